/**
 * Per-client rate limiting by category, over a `RateLimitStore`.
 *
 * @since 0.1.0
 */
import { Clock, Context, Effect, Layer, Schema } from "effect"
import { RateLimitStore, type RateLimitStoreError } from "./RateLimitStore.js"
import * as Telemetry from "./Telemetry.js"

/** A category's budget: at most `limit` requests in any window of `windowMs` milliseconds. */
export interface Category {
  /** The most requests admitted in any window. */
  readonly limit: number
  /** The window's length in milliseconds. */
  readonly windowMs: number
}

/** The default categories (CONTRACT §4): `auth` 10/min, `write` 60/min, `read` 300/min. */
export const defaultCategories = {
  auth: { limit: 10, windowMs: 60_000 },
  write: { limit: 60, windowMs: 60_000 },
  read: { limit: 300, windowMs: 60_000 }
} as const satisfies Record<string, Category>

/** The outcome of a check, carrying what `X-RateLimit-*` and `Retry-After` need. */
export interface Decision {
  /** Whether the request may proceed. */
  readonly allowed: boolean
  /** The category's limit (`X-RateLimit-Limit`). */
  readonly limit: number
  /** Requests left in the current window after this one (`X-RateLimit-Remaining`). */
  readonly remaining: number
  /** Whole seconds until the oldest counted request leaves the window, freeing a slot (`X-RateLimit-Reset`). */
  readonly resetSeconds: number
  /** Whole seconds to wait before a retry is admitted: at least 1 when denied, 0 when allowed (`Retry-After`). */
  readonly retryAfterSeconds: number
}

/** A client's standing in a category without counting a request: what its next `check` would start from. */
export interface Budget extends Decision {
  /** The category's window in milliseconds. */
  readonly windowMs: number
}

/** The category asked for is not configured. */
export class UnknownRateLimitCategory extends Schema.TaggedError<UnknownRateLimitCategory>()(
  "UnknownRateLimitCategory",
  { category: Schema.String }
) {
  /** A human-readable description. */
  override get message(): string {
    return `unknown rate limit category: ${this.category}`
  }
}

/** Decides whether a client may make another request in a category. */
export class RateLimiter extends Context.Tag("@sire/core/RateLimiter")<RateLimiter, {
  /** Counts a request by `clientKey` in `category` (store key `${category}:${clientKey}`) if admitted. */
  readonly check: (
    category: string,
    clientKey: string
  ) => Effect.Effect<Decision, RateLimitStoreError | UnknownRateLimitCategory>
  /** Reads `clientKey`'s budget in `category` without counting a request (`allowed`: whether the next one would be admitted). */
  readonly peek: (
    category: string,
    clientKey: string
  ) => Effect.Effect<Budget, RateLimitStoreError | UnknownRateLimitCategory>
}>() {}

/** Options for `layerWith`. */
export interface Options {
  /** The categories by name. */
  readonly categories: Readonly<Record<string, Category>>
}

/** Builds a `RateLimiter` over the `RateLimitStore` in context. */
export const make = (options: Options): Effect.Effect<RateLimiter["Type"], never, RateLimitStore> =>
  Effect.gen(function*() {
    const store = yield* RateLimitStore
    const categories = new Map(Object.entries(options.categories))
    const configOf = (category: string): Effect.Effect<Category, UnknownRateLimitCategory> => {
      const config = categories.get(category)
      return config === undefined ? Effect.fail(new UnknownRateLimitCategory({ category })) : Effect.succeed(config)
    }
    /** Hits the store with `limit`; a limit of 0 admits and records nothing (the store's contract), so it only reads. */
    const judge = (category: string, clientKey: string, config: Category, limit: number) =>
      Effect.gen(function*() {
        const now = yield* Clock.currentTimeMillis
        const hit = yield* store.hit(`${category}:${clientKey}`, { limit, windowMs: config.windowMs, now })
        const untilFree = hit.oldestAt === undefined ? config.windowMs : hit.oldestAt + config.windowMs - now
        const admitted = limit > 0 ? hit.admitted : hit.count < config.limit
        return {
          allowed: admitted,
          limit: config.limit,
          remaining: Math.max(0, config.limit - hit.count),
          resetSeconds: hit.oldestAt === undefined ? 0 : Math.max(0, Math.ceil(untilFree / 1000)),
          retryAfterSeconds: admitted ? 0 : Math.max(1, Math.ceil(untilFree / 1000))
        } satisfies Decision
      })
    const check = (category: string, clientKey: string) =>
      configOf(category).pipe(
        Effect.flatMap((config) => judge(category, clientKey, config, config.limit)),
        Telemetry.traced("RateLimiter.check")
      )
    const peek = (category: string, clientKey: string) =>
      configOf(category).pipe(
        Effect.flatMap((config) =>
          Effect.map(judge(category, clientKey, config, 0), (decision) => ({ ...decision, windowMs: config.windowMs }) satisfies Budget)
        ),
        Telemetry.traced("RateLimiter.peek")
      )
    return RateLimiter.of({ check, peek })
  })

/** A `RateLimiter` with the given categories; needs a `RateLimitStore`. */
export const layerWith = (options: Options): Layer.Layer<RateLimiter, never, RateLimitStore> =>
  Layer.effect(RateLimiter, make(options))

/** A `RateLimiter` with `defaultCategories`; needs a `RateLimitStore`. */
export const layer: Layer.Layer<RateLimiter, never, RateLimitStore> = layerWith({ categories: defaultCategories })
