/**
 * The usage group (`GET /api/v1/usage`, any role): the caller's rate-limit budgets, the
 * organization's plan and executions this quota period against its limit, and, for a window
 * (`from`/`to`), executions per workflow by status with their model tokens and cost — shaped after
 * Sim's usage-limits response (`rateLimit`, `usage`) where it fits.
 *
 * @since 0.1.0
 */
import { HttpApiEndpoint, HttpApiGroup, OpenApi } from "@effect/platform"
import { Schema } from "effect"
import { Authentication } from "../auth/Authentication.js"
import { BadRequest, Forbidden } from "../Errors.js"
import { TokenUsage } from "../executions/Api.js"
import { UnixSeconds } from "../Schemas.js"

/** The latest time `from`/`to` take: 9999-12-31T23:59:59Z. */
const latest = 253_402_300_799

const Seconds = Schema.NumberFromString.pipe(Schema.int(), Schema.between(0, latest))

/** The query of `GET /api/v1/usage`. */
export const UsageParams = Schema.Struct({
  from: Schema.optional(Seconds).annotations({ description: "The report's first second (unix seconds, included); the quota period's start by default" }),
  to: Schema.optional(Seconds).annotations({ description: "The report's last second (unix seconds, included); the quota period's last second by default" })
})

/** One rate-limit category's budget for the caller. */
export const RateLimitBudget = Schema.Struct({
  limit: Schema.Int.annotations({ description: "Requests admitted in any window (`X-RateLimit-Limit`)" }),
  remaining: Schema.Int.annotations({ description: "Requests left in the window (`X-RateLimit-Remaining`); for `read`, after this request" }),
  resetAt: UnixSeconds.annotations({ description: "When the oldest counted request leaves the window, freeing a slot (unix seconds; now when none is counted)" }),
  resetSeconds: Schema.Int.annotations({ description: "Seconds until `resetAt` (`X-RateLimit-Reset`)" }),
  windowMs: Schema.Number.annotations({ description: "The sliding window's length in milliseconds" }),
  isLimited: Schema.Boolean.annotations({ description: "Whether the next request in this category would be refused with 429" })
}).annotations({ identifier: "RateLimitBudget" })

/** Executions by status, and their total. */
export const ExecutionCounts = Schema.Struct({
  total: Schema.Int,
  queued: Schema.Int,
  running: Schema.Int,
  waiting: Schema.Int,
  completed: Schema.Int,
  failed: Schema.Int,
  cancelled: Schema.Int
}).annotations({ identifier: "ExecutionCounts", description: "Executions created in the window, by their status now" })

/** Model tokens and cost: the sum, and per `<provider>/<model>`. */
export const ModelUsage = Schema.Struct({
  ...TokenUsage.fields,
  byModel: Schema.Record({ key: Schema.String, value: TokenUsage })
}).annotations({
  identifier: "ModelUsage",
  description: "Summed from the `usage` of the `llm` and `agent` steps (as on `GET /executions/:id`); `costUsd` is null when a model's price is unknown (see `byModel`)"
})

/** One workflow's executions and model usage in the window. */
export const WorkflowUsage = Schema.Struct({
  workflowId: Schema.String,
  name: Schema.NullOr(Schema.String).annotations({ description: "The workflow's name; null once it is deleted" }),
  executions: ExecutionCounts,
  model: ModelUsage
}).annotations({ identifier: "WorkflowUsage" })

/** What `GET /api/v1/usage` answers. */
export const UsageResponse = Schema.Struct({
  rateLimit: Schema.Struct({
    client: Schema.Literal("apiKey", "user").annotations({ description: "What the budgets are counted against: the API key used, else the user" }),
    auth: RateLimitBudget,
    read: RateLimitBudget,
    write: RateLimitBudget
  }).annotations({ description: "The caller's budgets per category, as the `X-RateLimit-*` headers would say; looking counts only this request (`read`)" }),
  usage: Schema.Struct({
    plan: Schema.String.annotations({ description: "The organization's plan: `free`, `pro` or `enterprise`" }),
    period: Schema.Struct({
      start: UnixSeconds.annotations({ description: "The quota period's first second (the UTC calendar month)" }),
      end: UnixSeconds.annotations({ description: "The next period's first second" })
    }),
    executions: Schema.Struct({
      used: Schema.Int.annotations({ description: "Executions started this period, as the quota counts them" }),
      limit: Schema.NullOr(Schema.Int).annotations({ description: "The plan's executions per period; null: unlimited" })
    })
  }).annotations({ description: "The organization's plan and its executions this quota period against the plan's limit" }),
  from: UnixSeconds.annotations({ description: "The report's first second (included)" }),
  to: UnixSeconds.annotations({ description: "The report's last second (included)" }),
  workflows: Schema.Array(WorkflowUsage).annotations({ description: "Each workflow with executions created from `from` to `to`, the busiest first" }),
  totals: Schema.Struct({ executions: ExecutionCounts, model: ModelUsage }).annotations({ description: "The sums over `workflows`" })
}).annotations({ identifier: "Usage" })

/** The usage endpoint (every role). */
export class UsageApi extends HttpApiGroup.make("usage")
  .add(
    HttpApiEndpoint.get("get", "/api/v1/usage")
      .annotateContext(OpenApi.annotations({ identifier: "getUsage", summary: "Get usage and limits" }))
      .setUrlParams(UsageParams)
      .addSuccess(UsageResponse)
      .addError(BadRequest.schema)
      .addError(Forbidden.schema)
      .middleware(Authentication)
      .annotate(
        OpenApi.Description,
        "The caller's rate-limit budgets (`auth`, `read`, `write`), the organization's plan and executions this quota period " +
          "against its limit, and for `from`–`to` (unix seconds, both included; the quota period by default; at most 366 days, " +
          "`from` ≤ `to`, else 400) each workflow's executions by status with the model tokens and cost their steps recorded."
      )
  )
  .annotate(OpenApi.Title, "Usage")
  .annotate(OpenApi.Description, "Rate limits, quota and per-workflow usage of the caller's organization.")
{}
