/**
 * The bulk group: cancel, retry or replay every execution a search filter selects, as a durable
 * operation that proceeds in the background (`Runner`), with its progress to read; or, with
 * `dryRun`, only the count and a sample.
 *
 * @since 0.1.0
 */
import { HttpApiEndpoint, HttpApiGroup, OpenApi } from "@effect/platform"
import { Schema } from "effect"
import { Status } from "@sire/core/Execution"
import { Authentication } from "../auth/Authentication.js"
import { BadRequest, Forbidden, NotFound } from "../Errors.js"
import { IdPath } from "../PathIds.js"
import { strict, UnixSeconds } from "../Schemas.js"

/** The filters of `GET /executions/search`, as JSON (`from`, `to` in unix seconds). */
export const BulkFilter = strict(Schema.Struct({
  workflowId: Schema.optional(Schema.String),
  status: Schema.optional(Status),
  trigger: Schema.optional(Schema.String),
  from: Schema.optional(Schema.Int),
  to: Schema.optional(Schema.Int),
  minDurationMs: Schema.optional(Schema.Number.pipe(Schema.nonNegative())),
  maxDurationMs: Schema.optional(Schema.Number.pipe(Schema.nonNegative()))
})).annotations({ identifier: "BulkFilter", description: "The search filters; executions created after the operation are never selected" })

/** The body of `POST /executions/bulk`. */
export const BulkPayload = strict(Schema.Struct({
  action: Schema.Literal("cancel", "retry", "replay"),
  filter: Schema.optional(BulkFilter),
  dryRun: Schema.optional(Schema.Boolean.annotations({ description: "Only count and sample what the filter selects; nothing is done" }))
}).annotations({ message: () => "must be a JSON object with action (cancel, retry or replay), and optionally filter and dryRun" }))

/** A bulk operation and its progress. */
export const BulkOperation = Schema.Struct({
  id: Schema.String,
  action: Schema.Literal("cancel", "retry", "replay"),
  filter: BulkFilter,
  status: Schema.Literal("running", "completed"),
  count: Schema.Int.annotations({ description: "Executions the filter selected when the operation started" }),
  processed: Schema.Int,
  succeeded: Schema.Int,
  skipped: Schema.Int.annotations({ description: "Executions the action did not apply to (already final for cancel; not failed or cancelled for retry)" }),
  failed: Schema.Int,
  errors: Schema.Array(Schema.Struct({ executionId: Schema.String, error: Schema.String })).annotations({ description: "The first errors (at most 20)" }),
  createdAt: UnixSeconds,
  updatedAt: UnixSeconds,
  finishedAt: Schema.optional(UnixSeconds)
}).annotations({ identifier: "BulkOperation" })

/** What a dry run would act on. */
export const BulkDryRun = Schema.Struct({
  dryRun: Schema.Literal(true),
  action: Schema.Literal("cancel", "retry", "replay"),
  count: Schema.Int,
  sample: Schema.Array(Schema.String).annotations({ description: "The ids of the newest selected executions (at most 10)" })
}).annotations({ identifier: "BulkDryRun" })

/** The bulk endpoints. */
export class BulkApi extends HttpApiGroup.make("bulk")
  .add(
    HttpApiEndpoint.post("start", "/api/v1/executions/bulk")
      .annotateContext(OpenApi.annotations({ identifier: "startBulkAction", summary: "Cancel, retry or replay executions in bulk" }))
      .setPayload(BulkPayload)
      .addSuccess(BulkOperation, { status: 202 })
      .addSuccess(BulkDryRun, { status: 200 })
      .addError(BadRequest.schema)
      .annotate(
        OpenApi.Description,
        "Answers at once (202) with the operation's id and the count its filter selects; the action proceeds durably in the " +
          "background, a bounded batch at a time, and resumes after a restart. With `dryRun`, answers 200 with the count and a sample."
      )
  )
  .add(
    HttpApiEndpoint.get("get", "/api/v1/executions/bulk/:id")
      .annotateContext(OpenApi.annotations({ identifier: "getBulkAction", summary: "Get a bulk action's progress" }))
      .setPath(IdPath("bulk", "bulk operation"))
      .addSuccess(BulkOperation)
      .addError(NotFound.schema)
      .annotate(OpenApi.Description, "The operation's status and counts so far.")
  )
  .addError(Forbidden.schema)
  .middleware(Authentication)
  .annotate(OpenApi.Title, "Bulk actions")
  .annotate(OpenApi.Description, "Cancel, retry or replay every execution a search filter selects, in the background.")
{}
