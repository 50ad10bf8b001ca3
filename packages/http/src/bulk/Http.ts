/**
 * Handlers of the bulk group: a dry run counts and samples; a start stores the operation (the
 * runner does the rest); a read shows its progress.
 *
 * @since 0.1.0
 */
import { HttpApiBuilder, HttpServerResponse } from "@effect/platform"
import { Clock, Effect, Option, Schema } from "effect"
import * as Id from "@sire/core/Id"
import { SireApi } from "../Api.js"
import * as SqlClient from "@effect/sql/SqlClient"
import { auditedFailures, succeeded } from "../audit/Audited.js"
import { authorize } from "../auth/Principal.js"
import { internal, notFound } from "../Errors.js"
import { seconds } from "../Schemas.js"
import { BulkDryRun, BulkOperation } from "./Api.js"
import * as Operations from "./Operations.js"

/** An operation as the API shows it. */
const show = (operation: Operations.Operation): typeof BulkOperation.Type => ({
  id: operation.id,
  action: operation.action,
  filter: operation.filter as typeof BulkOperation.Type["filter"],
  status: operation.status,
  count: operation.total,
  processed: operation.processed,
  succeeded: operation.succeeded,
  skipped: operation.skipped,
  failed: operation.failed,
  errors: operation.errors,
  createdAt: seconds(operation.createdAt),
  updatedAt: seconds(operation.updatedAt),
  ...(operation.finishedAt !== null ? { finishedAt: seconds(operation.finishedAt) } : {})
})

const encodeOperation = Schema.encodeSync(BulkOperation)
const encodeDryRun = Schema.encodeSync(BulkDryRun)

/** The audit log's subject of a bulk operation's start. */
const started = { action: "execution.bulk_started", resourceType: "bulk_operation" }

/** The bulk group's handlers. */
export const BulkLive = HttpApiBuilder.group(SireApi, "bulk", (handlers) =>
  Effect.succeed(
    handlers
      .handle("start", ({ payload }) =>
        auditedFailures(started, Effect.gen(function*() {
          const principal = yield* authorize(payload.action === "cancel" ? "executions.cancel" : "executions.start")
          const filter = payload.filter ?? {}
          const now = yield* Clock.currentTimeMillis
          if (payload.dryRun === true) {
            const { count, sample } = yield* Operations.preview(principal.organizationId, filter, now, 10)
            return HttpServerResponse.unsafeJson(encodeDryRun({ dryRun: true, action: payload.action, count, sample }), { status: 200 })
          }
          const { count } = yield* Operations.preview(principal.organizationId, filter, now, 0)
          const operation: Operations.Operation = {
            id: yield* Id.make<string>("bulk"),
            organizationId: principal.organizationId,
            action: payload.action,
            filter,
            plan: principal.plan,
            createdBy: principal.userId,
            status: count === 0 ? "completed" : "running",
            total: count,
            processed: 0,
            succeeded: 0,
            skipped: 0,
            failed: 0,
            errors: [],
            cursor: null,
            snapshotAt: now,
            createdAt: now,
            updatedAt: now,
            finishedAt: count === 0 ? now : null
          }
          // the operation and its audit entry together (a dry run changes nothing and is not recorded)
          const sql = yield* SqlClient.SqlClient
          yield* sql.withTransaction(Effect.zipRight(Operations.insert(operation), succeeded(started, operation.id)))
          return HttpServerResponse.unsafeJson(encodeOperation(show(operation)), {
            status: 202,
            headers: { location: `/api/v1/executions/bulk/${operation.id}` }
          })
        }).pipe(Effect.catchTag("SqlError", internal))))
      .handle("get", ({ path }) =>
        Effect.gen(function*() {
          const principal = yield* authorize("executions.read")
          const operation = yield* Operations.get(principal.organizationId, path.id)
          if (Option.isNone(operation)) return yield* notFound(`bulk operation ${path.id} not found`)
          return show(operation.value)
        }).pipe(Effect.catchTag("SqlError", internal)))
  ))
