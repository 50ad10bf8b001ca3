/**
 * The chat deployments group (`/api/v1/chat/deployments`): publish a workflow for public chat on
 * the listed origins, with its publishable key (`pk_…`, public by design, shown on every read),
 * what the widget shows and the visitors' limits; list, read, change, delete, rotate the key.
 *
 * @since 0.1.0
 */
import { HttpApiEndpoint, HttpApiGroup, OpenApi } from "@effect/platform"
import { Schema } from "effect"
import { Authentication } from "../auth/Authentication.js"
import { BadRequest, Forbidden, NotFound } from "../Errors.js"
import { IdPath } from "../PathIds.js"
import { PageParams, strict, UnixSeconds } from "../Schemas.js"
import { originProblem } from "./Origins.js"

/** An origin exactly as a browser sends it. */
export const Origin = Schema.String.pipe(
  Schema.filter((text) => originProblem(text) ?? true)
).annotations({ description: "An origin as a browser sends it: `http(s)://host[:port]`, lower-case, no path or trailing slash" })

/** The widget's colours. */
export const Theme = Schema.Struct({
  accent: Schema.optional(Schema.String.pipe(Schema.pattern(/^#[0-9a-fA-F]{6}$/)).annotations({ description: "`#rrggbb`" })),
  scheme: Schema.Literal("auto", "light", "dark").annotations({ description: "`auto` follows `prefers-color-scheme`" })
}).annotations({ identifier: "ChatTheme" })

/** The visitors' limits. */
export const Limits = Schema.Struct({
  visitorMessagesPerMinute: Schema.Int.pipe(Schema.between(1, 60)),
  addressMessagesPerMinute: Schema.Int.pipe(Schema.between(1, 600))
}).annotations({ identifier: "ChatLimits" })

/** A chat deployment. */
export const Deployment = Schema.Struct({
  id: Schema.String.annotations({ description: "`chd_…`" }),
  workflowId: Schema.String.annotations({ description: "The workflow each visitor message runs (trigger `chat`)" }),
  publishableKey: Schema.String.annotations({
    description: "`pk_…`: public by design (it ships in web pages); it opens visitor sessions of this deployment and nothing else"
  }),
  allowedOrigins: Schema.Array(Schema.String),
  title: Schema.NullOr(Schema.String),
  greeting: Schema.NullOr(Schema.String),
  suggestions: Schema.Array(Schema.String),
  theme: Theme,
  limits: Limits,
  enabled: Schema.Boolean.annotations({ description: "A disabled deployment answers its public routes 404" }),
  createdAt: UnixSeconds,
  updatedAt: UnixSeconds
}).annotations({ identifier: "ChatDeployment" })

const fields = {
  allowedOrigins: Schema.Array(Origin).pipe(Schema.minItems(1), Schema.maxItems(20)).annotations({
    description: "1 to 20 origins whose pages may use the deployment; `*` and `null` are refused"
  }),
  title: Schema.String.pipe(Schema.maxLength(80)),
  greeting: Schema.String.pipe(Schema.maxLength(500)),
  suggestions: Schema.Array(Schema.String.pipe(Schema.minLength(1), Schema.maxLength(120))).pipe(Schema.maxItems(6)),
  theme: strict(Schema.Struct({ accent: Theme.fields.accent, scheme: Schema.optional(Theme.fields.scheme) })),
  limits: strict(Schema.Struct({
    visitorMessagesPerMinute: Schema.optional(Limits.fields.visitorMessagesPerMinute.annotations({ description: "Default 10" })),
    addressMessagesPerMinute: Schema.optional(Limits.fields.addressMessagesPerMinute.annotations({ description: "Default 60" }))
  })),
  enabled: Schema.Boolean
}

/** The body of `POST /chat/deployments`. */
export const CreateDeployment = strict(Schema.Struct({
  workflowId: Schema.String,
  allowedOrigins: fields.allowedOrigins,
  title: Schema.optional(fields.title),
  greeting: Schema.optional(fields.greeting),
  suggestions: Schema.optional(fields.suggestions),
  theme: Schema.optional(fields.theme),
  limits: Schema.optional(fields.limits),
  enabled: Schema.optional(fields.enabled)
}))

/** The body of `PATCH /chat/deployments/:id`: any field; `theme` and `limits` are replaced whole, `title` and `greeting` cleared with null. */
export const UpdateDeployment = strict(Schema.Struct({
  workflowId: Schema.optional(Schema.String),
  allowedOrigins: Schema.optional(fields.allowedOrigins),
  title: Schema.optional(Schema.NullOr(fields.title)),
  greeting: Schema.optional(Schema.NullOr(fields.greeting)),
  suggestions: Schema.optional(fields.suggestions),
  theme: Schema.optional(fields.theme),
  limits: Schema.optional(fields.limits),
  enabled: Schema.optional(fields.enabled)
}))

const DeploymentPath = IdPath("chd", "chat deployment")

/** The chat deployment endpoints (viewers read, admins change). */
export class DeploymentsApi extends HttpApiGroup.make("chatDeployments")
  .add(
    HttpApiEndpoint.post("create", "/api/v1/chat/deployments")
      .annotateContext(OpenApi.annotations({ identifier: "createChatDeployment", summary: "Publish a workflow for chat" }))
      .setPayload(CreateDeployment)
      .addSuccess(Deployment, { status: 201 })
      .addError(BadRequest.schema)
      .addError(NotFound.schema)
      .annotate(
        OpenApi.Description,
        "Publishes one of the organization's workflows for public chat on the listed origins, with a new publishable key " +
          "for the `@sire/chat` widget. Visitors' messages run the workflow like `POST /chat/sessions/:id/messages` does."
      )
  )
  .add(
    HttpApiEndpoint.get("list", "/api/v1/chat/deployments")
      .annotateContext(OpenApi.annotations({ identifier: "listChatDeployments", summary: "List chat deployments" }))
      .setUrlParams(PageParams)
      .addSuccess(Schema.Array(Deployment))
      .annotate(OpenApi.Description, "The organization's chat deployments, newest first.")
  )
  .add(
    HttpApiEndpoint.get("get", "/api/v1/chat/deployments/:id")
      .annotateContext(OpenApi.annotations({ identifier: "getChatDeployment", summary: "Get a chat deployment" }))
      .setPath(DeploymentPath)
      .addSuccess(Deployment)
      .addError(NotFound.schema)
      .annotate(OpenApi.Description, "A chat deployment, with its publishable key.")
  )
  .add(
    HttpApiEndpoint.patch("update", "/api/v1/chat/deployments/:id")
      .annotateContext(OpenApi.annotations({ identifier: "updateChatDeployment", summary: "Update a chat deployment" }))
      .setPath(DeploymentPath)
      .setPayload(UpdateDeployment)
      .addSuccess(Deployment)
      .addError(BadRequest.schema)
      .addError(NotFound.schema)
      .annotate(
        OpenApi.Description,
        "Changes the given fields (`theme` and `limits` are replaced whole; `title` and `greeting` are cleared with null)."
      )
  )
  .add(
    HttpApiEndpoint.del("delete", "/api/v1/chat/deployments/:id")
      .annotateContext(OpenApi.annotations({ identifier: "deleteChatDeployment", summary: "Delete a chat deployment" }))
      .setPath(DeploymentPath)
      .addSuccess(Schema.Void, { status: 204 })
      .addError(NotFound.schema)
      .annotate(
        OpenApi.Description,
        "Deletes the deployment: its key and every visitor token stop working at once (the visitors' messages stay in their chat sessions)."
      )
  )
  .add(
    HttpApiEndpoint.post("rotateKey", "/api/v1/chat/deployments/:id/rotate-key")
      .annotateContext(OpenApi.annotations({ identifier: "rotateChatDeploymentKey", summary: "Rotate a deployment's publishable key" }))
      .setPath(DeploymentPath)
      .addSuccess(Deployment)
      .addError(NotFound.schema)
      .annotate(
        OpenApi.Description,
        "Gives the deployment a new publishable key; the old one stops at once (pages must embed the new one). Visitor tokens " +
          "stay valid with the new key."
      )
  )
  .addError(Forbidden.schema)
  .middleware(Authentication)
  .annotate(OpenApi.Title, "Chat deployments")
  .annotate(OpenApi.Description, "Workflows published for chat on websites: each deployment's publishable key (`pk_…`) opens visitor sessions from its allowed origins only.")
{}
