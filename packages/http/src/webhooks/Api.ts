/**
 * The webhooks group (`/api/v1/webhooks`): register an endpoint (its `whsec_…` signing secret is
 * answered once, at registration; its URL checked by the egress guard), list them (never the
 * secret), remove one. Deliveries follow the Standard Webhooks spec.
 *
 * @since 0.1.0
 */
import { HttpApiEndpoint, HttpApiGroup, OpenApi } from "@effect/platform"
import { Schema } from "effect"
import { Authentication } from "../auth/Authentication.js"
import { BadRequest, Forbidden, NotFound } from "../Errors.js"
import { IdPath } from "../PathIds.js"
import { PageParams, strict, UnixSeconds } from "../Schemas.js"
import { eventTypes } from "./Webhooks.js"

/** An event type an endpoint may subscribe to. */
export const WebhookEventType = Schema.Literal(...eventTypes).annotations({
  description: "An event: `execution.started`, `execution.completed`, `execution.failed`, `execution.cancelled`, " +
    "`workflow.created`, `workflow.updated`, `workflow.deleted`"
})

/** Whether `text` is an absolute `http:` or `https:` URL with a host, no credentials, no whitespace or control characters (which URL parsing would drop silently). */
export const isWebhookUrl = (text: string): boolean => {
  if (/[\u0000-\u0020\u007f]/.test(text)) return false
  try {
    const url = new URL(text)
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname !== "" && url.username === "" &&
      url.password === ""
  } catch {
    return false
  }
}

/** The URL deliveries are POSTed to: absolute `http:` or `https:`, no credentials, whitespace or control characters, at most 2048 characters. */
export const WebhookUrl = Schema.String.pipe(
  Schema.maxLength(2048),
  Schema.filter((url) => isWebhookUrl(url) || "must be an absolute http: or https: URL (without credentials, whitespace or control characters)", {
    jsonSchema: { format: "uri" }
  })
).annotations({ description: "An absolute `http:` or `https:` URL, e.g. `https://example.com/hooks/sire`" })

/** An endpoint as listed: never its secret. */
export const Webhook = Schema.Struct({
  id: Schema.String.annotations({ description: "`wh_…`" }),
  url: Schema.String,
  events: Schema.Array(WebhookEventType),
  enabled: Schema.Boolean.annotations({ description: "False once disabled after repeated failed deliveries" }),
  failureCount: Schema.Int.annotations({ description: "Consecutive failed delivery attempts since the last success" }),
  lastError: Schema.optional(Schema.String.annotations({ description: "Why the last failed attempt failed" })),
  lastAttemptAt: Schema.optional(UnixSeconds),
  disabledAt: Schema.optional(UnixSeconds),
  createdAt: UnixSeconds
}).annotations({ identifier: "Webhook" })

/** The answer to a registration: the endpoint and its signing secret, shown this once. */
export const CreatedWebhook = Schema.Struct({
  ...Webhook.fields,
  secret: Schema.String.annotations({
    description: "The Standard Webhooks signing secret, `whsec_<base64>`: shown only now, keep it to verify `webhook-signature`"
  })
}).annotations({ identifier: "CreatedWebhook" })

/** The body of `POST /api/v1/webhooks`. */
export const CreateWebhook = strict(Schema.Struct({
  url: WebhookUrl,
  events: Schema.Array(WebhookEventType).pipe(Schema.minItems(1), Schema.maxItems(eventTypes.length * 4)).annotations({
    description: "The events to deliver (at least one)"
  })
}).annotations({ message: () => "must be a JSON object with url and events" }))

/** The webhook endpoints (members list, admins and owners register and remove). */
export class WebhooksApi extends HttpApiGroup.make("webhooks")
  .add(
    HttpApiEndpoint.post("create", "/api/v1/webhooks")
      .annotateContext(OpenApi.annotations({ identifier: "createWebhook", summary: "Register a webhook endpoint" }))
      .setPayload(CreateWebhook)
      .addSuccess(CreatedWebhook, { status: 201 })
      .addError(BadRequest.schema)
      .annotate(
        OpenApi.Description,
        "Registers an endpoint for the given events. The answer carries its signing secret, shown only this once. " +
          "Deliveries are POSTs of `{ type, timestamp, data }` with `webhook-id`, `webhook-timestamp` and " +
          "`webhook-signature` headers (Standard Webhooks), retried with backoff under the same `webhook-id`. " +
          "400 when the egress guard refuses the URL: a loopback, private, link-local or metadata address in any " +
          "notation, or a `localhost` name, unless `SIRE_EGRESS_ALLOW` lists it. Other host names are not resolved " +
          "here: every delivery checks the addresses they resolve to then."
      )
  )
  .add(
    HttpApiEndpoint.get("list", "/api/v1/webhooks")
      .annotateContext(OpenApi.annotations({ identifier: "listWebhooks", summary: "List webhook endpoints" }))
      .setUrlParams(PageParams)
      .addSuccess(Schema.Array(Webhook))
      .annotate(OpenApi.Description, "The organization's webhook endpoints, newest first, without their secrets.")
  )
  .add(
    HttpApiEndpoint.del("delete", "/api/v1/webhooks/:id")
      .annotateContext(OpenApi.annotations({ identifier: "deleteWebhook", summary: "Delete a webhook endpoint" }))
      .setPath(IdPath("wh", "webhook"))
      .addSuccess(Schema.Void, { status: 204 })
      .addError(NotFound.schema)
      .annotate(OpenApi.Description, "Removes an endpoint and its pending deliveries.")
  )
  .addError(Forbidden.schema)
  .middleware(Authentication)
  .annotate(OpenApi.Title, "Webhooks")
  .annotate(OpenApi.Description, "Outgoing webhooks (Standard Webhooks) for execution and workflow events.")
{}
