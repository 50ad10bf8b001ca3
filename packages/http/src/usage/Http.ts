/**
 * Handlers of the usage group.
 *
 * @since 0.1.0
 */
import { HttpApiBuilder } from "@effect/platform"
import { Effect, Either } from "effect"
import { Quota } from "@sire/core/Quota"
import { RateLimiter } from "@sire/core/RateLimiter"
import { SireApi } from "../Api.js"
import { authorize } from "../auth/Principal.js"
import { badRequest, internal } from "../Errors.js"
import * as Budgets from "./Budgets.js"
import { UsageReports } from "./Report.js"
import { summarize } from "./Summary.js"
import { quotaPeriod, reportWindow } from "./Window.js"

/** The usage group's handlers. */
export const UsageLive = HttpApiBuilder.group(SireApi, "usage", (handlers) =>
  Effect.gen(function*() {
    const quota = yield* Quota
    const limiter = yield* RateLimiter
    const reports = yield* UsageReports
    return handlers.handle("get", ({ urlParams }) =>
      Effect.gen(function*() {
        const principal = yield* authorize("usage.read")
        const standing = yield* quota.usage({ organizationId: principal.organizationId, plan: principal.plan })
        const period = quotaPeriod(standing)
        const window = reportWindow(urlParams, period)
        if (Either.isLeft(window)) return yield* badRequest(window.left)
        const { from, to } = window.right
        const rateLimit = yield* Effect.provideService(Budgets.of(principal), RateLimiter, limiter)
        const rows = yield* reports.byWorkflow(principal.organizationId, from * 1000, to * 1000 + 999)
        return {
          rateLimit,
          usage: { plan: principal.plan, period, executions: { used: standing.current, limit: standing.limit } },
          from,
          to,
          ...summarize(rows)
        }
      }).pipe(Effect.catchTags({
        SqlError: internal,
        UnknownPlan: internal,
        QuotaStoreError: internal,
        RateLimitStoreError: internal,
        UnknownRateLimitCategory: internal
      })))
  }))
