/**
 * The caller's rate-limit budgets as `GET /api/v1/usage` shows them: per category, what the
 * `X-RateLimit-*` headers would say for this client (its API key, else its user), read with
 * `RateLimiter.peek`, so that no category is charged a request by being looked at.
 *
 * @since 0.1.0
 */
import { Clock, Effect } from "effect"
import { RateLimiter } from "@sire/core/RateLimiter"
import type { Principal } from "../auth/Principal.js"
import { clientOf } from "../RequestGuard.js"
import { seconds } from "../Schemas.js"

/** The categories of the request guard. */
export const categories = ["auth", "read", "write"] as const

/** One category's budget. */
export interface Budget {
  readonly limit: number
  readonly remaining: number
  readonly resetAt: number
  readonly resetSeconds: number
  readonly windowMs: number
  readonly isLimited: boolean
}

/** What the budgets are counted against, and each category's. */
export type Budgets = { readonly client: "apiKey" | "user" } & { readonly [K in typeof categories[number]]: Budget }

/** The principal's budgets in every category, counting nothing. */
export const of = (principal: Principal) =>
  Effect.gen(function*() {
    const limiter = yield* RateLimiter
    const client = clientOf({ _tag: "Authenticated", principal }, "")
    const now = seconds(yield* Clock.currentTimeMillis)
    const peeked = yield* Effect.forEach(categories, (category) =>
      Effect.map(limiter.peek(category, client), (budget) =>
        [category, {
          limit: budget.limit,
          remaining: budget.remaining,
          resetAt: now + budget.resetSeconds,
          resetSeconds: budget.resetSeconds,
          windowMs: budget.windowMs,
          isLimited: !budget.allowed
        } satisfies Budget] as const))
    return { client: principal.apiKeyId !== undefined ? "apiKey" : "user", ...Object.fromEntries(peeked) } as Budgets
  })
