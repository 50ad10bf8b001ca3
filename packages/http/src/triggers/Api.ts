/**
 * The incoming webhooks group: `POST /hooks/<token>` (outside `/api/v1`, no authentication — the
 * unguessable token is the capability) starts the workflow of a `webhook` trigger node with the
 * delivered JSON. Deliveries may be signed (Standard Webhooks) and are deduplicated by `webhook-id`.
 *
 * @since 0.1.0
 */
import { HttpApiEndpoint, HttpApiGroup, OpenApi } from "@effect/platform"
import { Schema } from "effect"
import { BadRequest, Conflict, NotFound, PaymentRequired, Unauthorized } from "../Errors.js"
import { JsonValue } from "../Schemas.js"

/** The answer to an accepted delivery: the execution it started (or, for a replayed delivery id, started before). */
export const Accepted = Schema.Struct({
  executionId: Schema.String
}).annotations({ identifier: "HookAccepted" })

const HookPath = Schema.Struct({
  token: Schema.String.annotations({ description: "The trigger's token, from the `url` of its entry in the workflow's `triggers`" })
})

/** The incoming webhook endpoint. */
export class HooksApi extends HttpApiGroup.make("hooks")
  .add(
    HttpApiEndpoint.post("receive", "/hooks/:token")
      .annotateContext(OpenApi.annotations({ identifier: "receiveWebhookTrigger", summary: "Trigger a workflow by webhook" }))
      .setPath(HookPath)
      .setPayload(JsonValue)
      .addSuccess(Accepted, { status: 202 })
      .addError(BadRequest.schema)
      .addError(Unauthorized.schema)
      .addError(PaymentRequired.schema)
      .addError(NotFound.schema)
      .addError(Conflict.schema)
      .annotate(
        OpenApi.Description,
        [
          "Starts the workflow of a `webhook` trigger node (no authentication: the token in the URL is the capability).",
          "The body must be JSON (`Content-Type: application/json`, at most 1 MB). The execution's input is",
          "`{ body, headers, query, receivedAt }` (headers without credentials or cookies; `receivedAt` in unix seconds),",
          "its trigger `webhook`. Answers 202 `{ executionId }` once the execution is stored.",
          "",
          "A delivery carrying `webhook-id` (else `Idempotency-Key`) already received by this trigger starts nothing new:",
          "the answer names the first delivery's execution. When the trigger names a `credentialId`, the delivery must be",
          "signed the Standard Webhooks way with the credential's `whsec_…` value (`webhook-id`, `webhook-timestamp`,",
          "`webhook-signature: v1,<base64 HMAC-SHA256 of \"id.timestamp.body\">`), within `toleranceSeconds` (300) of now;",
          "otherwise 401. An unknown token, or one whose workflow or node was deleted, is 404.",
          "",
          "The delivery runs the workflow's published version (editing the draft changes nothing here until it is published);",
          "the trigger node must be in that version. A workflow that is not published answers 409."
        ].join("\n")
      )
  )
  .annotate(OpenApi.Title, "Incoming webhooks")
  .annotate(OpenApi.Description, "Unguessable URLs of `webhook` trigger nodes; the token is the authority.")
{}
