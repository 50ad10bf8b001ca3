/**
 * Handlers of the audit log group.
 *
 * @since 0.1.0
 */
import { HttpApiBuilder, HttpServerRequest } from "@effect/platform"
import { Effect, Option } from "effect"
import { SireApi } from "../Api.js"
import { authorize } from "../auth/Principal.js"
import { internal, notFound } from "../Errors.js"
import { defaultLimit, pageResponse, seconds } from "../Schemas.js"
import { AuditLog, type Entry } from "./AuditLog.js"

/** An entry as the API shows it (unix seconds, the actor grouped). */
const show = (entry: Entry) => ({
  id: entry.id,
  action: entry.action,
  resourceType: entry.resourceType,
  resourceId: entry.resourceId,
  actor: { type: entry.actorType, id: entry.actorId, userId: entry.actorUserId, label: entry.actorLabel },
  outcome: entry.outcome,
  reason: entry.reason,
  requestId: entry.requestId,
  address: entry.address,
  userAgent: entry.userAgent,
  createdAt: seconds(entry.createdAt)
})

/** Unix seconds to the first (or, with `end`, the last) millisecond of that second. */
const millis = (unixSeconds: number | undefined, end = false) =>
  unixSeconds === undefined ? {} : { [end ? "to" : "from"]: unixSeconds * 1000 + (end ? 999 : 0) }

/** The audit log group's handlers. */
export const AuditLogsLive = HttpApiBuilder.group(SireApi, "auditLogs", (handlers) =>
  Effect.gen(function*() {
    const log = yield* AuditLog
    return handlers
      .handle("list", ({ urlParams }) =>
        Effect.gen(function*() {
          const principal = yield* authorize("audit.read")
          const request = yield* HttpServerRequest.HttpServerRequest
          const { cursor, from, limit, to, ...filters } = urlParams
          const page = yield* log.list(principal.organizationId, {
            ...filters,
            ...millis(from),
            ...millis(to, true),
            limit: limit ?? defaultLimit,
            ...(cursor !== undefined ? { cursor } : {})
          })
          return pageResponse(page.items.map(show), page.nextCursor, request.url)
        }).pipe(Effect.catchTag("SqlError", internal)))
      .handle("get", ({ path }) =>
        Effect.gen(function*() {
          const principal = yield* authorize("audit.read")
          const entry = yield* log.get(principal.organizationId, path.id)
          return Option.isSome(entry) ? show(entry.value) : yield* notFound(`audit log entry ${path.id} not found`)
        }).pipe(Effect.catchTag("SqlError", internal)))
  }))
