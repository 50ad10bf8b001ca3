/**
 * The audit log group (`/api/v1/audit-logs`): read the organization's record of who did what
 * (admins and owners). Nothing here, or anywhere, changes or deletes an entry.
 *
 * @since 0.1.0
 */
import { HttpApiEndpoint, HttpApiGroup, OpenApi } from "@effect/platform"
import { Schema } from "effect"
import { Authentication } from "../auth/Authentication.js"
import { Forbidden, NotFound } from "../Errors.js"
import { IdPath } from "../PathIds.js"
import { PageParams, UnixSeconds } from "../Schemas.js"

/** An audit log entry as the API shows it. */
export const AuditLogEntry = Schema.Struct({
  id: Schema.String.annotations({ description: "The entry's id (`audit_…`)" }),
  action: Schema.String.annotations({ description: "What was done, `<resource>.<verb>`: `workflow.created`, `member.role_changed`, `user.login`, …" }),
  resourceType: Schema.String.annotations({ description: "The kind of resource acted on: `workflow`, `credential`, `member`, `api_key`, …" }),
  resourceId: Schema.NullOr(Schema.String).annotations({ description: "The resource's id; null when there is none (a refused creation)" }),
  actor: Schema.Struct({
    type: Schema.Literal("user", "apiKey").annotations({ description: "A signed-in user, or an API key" }),
    id: Schema.String.annotations({ description: "The user's id, or the API key's (`key_…`)" }),
    userId: Schema.String.annotations({ description: "The user behind the actor (a key's creator)" }),
    label: Schema.NullOr(Schema.String).annotations({ description: "The user's email, or the key's display prefix (`sk_1a2b3c4d`), when the action was taken" })
  }),
  outcome: Schema.Literal("success", "failure"),
  reason: Schema.NullOr(Schema.String).annotations({ description: "Why the action failed (the error answered); null on success" }),
  requestId: Schema.NullOr(Schema.String).annotations({ description: "The request's `X-Request-Id`" }),
  address: Schema.NullOr(Schema.String).annotations({ description: "The client's address" }),
  userAgent: Schema.NullOr(Schema.String).annotations({ description: "The client's `User-Agent`" }),
  createdAt: UnixSeconds
}).annotations({ identifier: "AuditLogEntry" })

const Text = Schema.String.pipe(Schema.minLength(1), Schema.maxLength(200))
const Seconds = Schema.NumberFromString.pipe(Schema.int())

/** The listing's filters, with `limit` and `cursor`. */
export const AuditLogParams = Schema.Struct({
  ...PageParams.fields,
  action: Schema.optional(Text).annotations({ description: "Only this action (`workflow.deleted`)" }),
  resourceType: Schema.optional(Text).annotations({ description: "Only this kind of resource (`workflow`)" }),
  resourceId: Schema.optional(Text).annotations({ description: "Only entries about this resource" }),
  actorId: Schema.optional(Text).annotations({ description: "Only actions by this user (in person or through their keys) or this API key" }),
  from: Schema.optional(Seconds).annotations({ description: "Only entries at or after this time (unix seconds)" }),
  to: Schema.optional(Seconds).annotations({ description: "Only entries at or before this time (unix seconds)" })
})

/** The audit log endpoints (admins and owners). */
export class AuditLogsApi extends HttpApiGroup.make("auditLogs")
  .add(
    HttpApiEndpoint.get("list", "/api/v1/audit-logs")
      .annotateContext(OpenApi.annotations({ identifier: "listAuditLogs", summary: "List audit log entries" }))
      .setUrlParams(AuditLogParams)
      .addSuccess(Schema.Array(AuditLogEntry))
      .annotate(
        OpenApi.Description,
        "The organization's audit log, newest first, filtered by action, resource, actor and time (unix seconds, inclusive)."
      )
  )
  .add(
    HttpApiEndpoint.get("get", "/api/v1/audit-logs/:id")
      .annotateContext(OpenApi.annotations({ identifier: "getAuditLog", summary: "Get an audit log entry" }))
      .setPath(IdPath("audit", "audit log entry"))
      .addSuccess(AuditLogEntry)
      .addError(NotFound.schema)
      .annotate(OpenApi.Description, "One entry of the organization's audit log.")
  )
  .addError(Forbidden.schema)
  .middleware(Authentication)
  .annotate(OpenApi.Title, "Audit logs")
  .annotate(
    OpenApi.Description,
    "An append-only record of who did what in the organization: sign-ins, keys, credentials, members, workflows, webhooks, chat deployments, marketplace installs and billing, each with its actor, request and outcome. Never a secret."
  )
{}
