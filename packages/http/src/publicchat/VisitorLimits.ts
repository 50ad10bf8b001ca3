/**
 * The public chat's own rate limits, over the shared `RateLimitStore` (so every server on one
 * PostgreSQL counts together): messages per visitor and per address, and sessions opened per
 * address, each per minute of its deployment's limits. Refusals are 429 with `Retry-After`.
 *
 * @since 0.1.0
 */
import { Clock, Effect } from "effect"
import { RateLimitStore } from "@sire/core/RateLimitStore"
import { tooManyRequests } from "../Errors.js"

const minute = 60_000

/** Counts one hit of `key` within `limit` a minute; a 429 saying `error` past it. */
export const admit = (key: string, limit: number, error: string) =>
  Effect.gen(function*() {
    const store = yield* RateLimitStore
    const now = yield* Clock.currentTimeMillis
    const hit = yield* store.hit(key, { limit, windowMs: minute, now })
    if (hit.admitted) return
    const wait = hit.oldestAt === undefined ? minute : hit.oldestAt + minute - now
    return yield* tooManyRequests(error, wait)
  })

/** The key of a visitor's messages. */
export const visitorKey = (sessionId: string) => `chat-visitor:${sessionId}`

/** The key of an address's messages to a deployment. */
export const addressKey = (deploymentId: string, address: string) => `chat-address:${deploymentId}:${address}`

/** The key of the sessions an address opens on a deployment. */
export const sessionsKey = (deploymentId: string, address: string) => `chat-sessions:${deploymentId}:${address}`
