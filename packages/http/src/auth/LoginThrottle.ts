/**
 * Per-account throttling of sign-in attempts, on top of the per-client rate limit: a slow-down,
 * not a lockout. An account (its normalized email, whether or not it exists, so answers tell
 * nothing) gets `freeAttempts` attempts; after that each further attempt must wait a delay that
 * doubles with every attempt (from `baseDelayMs` up to `maxDelayMs`) after the previous one, and
 * an attempt that comes too early is refused without its password being checked and without
 * counting. A successful sign-in clears the count; so does `windowMs` without attempts.
 *
 * Every admitted attempt counts until a success clears it, so concurrent guesses cannot slip
 * through together between a check and a count: `attempt` decides and counts atomically.
 *
 * @since 0.1.0
 */
import type { SqlError } from "@effect/sql/SqlError"
import { Context, Effect, Layer } from "effect"

/** How attempts slow down. */
export interface Policy {
  /** Attempts admitted without a wait. */
  readonly freeAttempts: number
  /** The wait before the first attempt past the free ones; each further one waits twice the previous wait. */
  readonly baseDelayMs: number
  /** The longest wait. */
  readonly maxDelayMs: number
  /** An account with no attempt for this long starts afresh. */
  readonly windowMs: number
}

/** 5 free attempts, then 1 s, 2 s, 4 s … at most 15 minutes apart; forgotten after an hour without attempts. */
export const defaultPolicy: Policy = { freeAttempts: 5, baseDelayMs: 1_000, maxDelayMs: 15 * 60_000, windowMs: 60 * 60_000 }

/** The wait after the `attempts`-th counted attempt before the next one is admitted. */
export const delayMs = (policy: Policy, attempts: number): number =>
  attempts < policy.freeAttempts
    ? 0
    : Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.min(attempts - policy.freeAttempts, 52))

/**
 * How long an attempt at `now` must wait when `attempts` were counted, the latest at `lastAt`: at
 * least 1 ms, at most the wait itself (a clock read before a later attempt was counted elsewhere).
 */
export const retryAfter = (policy: Policy, attempts: number, lastAt: number, now: number): number => {
  const wait = delayMs(policy, attempts)
  return Math.max(1, Math.min(wait, lastAt + wait - now))
}

/**
 * The waits by attempts counted, up to the first that stays: `schedule[min(n, length - 1)]` is
 * `delayMs(policy, n)` (how the SQL store applies the same formula).
 */
export const schedule = (policy: Policy): ReadonlyArray<number> => {
  const waits: Array<number> = []
  for (let attempts = 0;; attempts++) {
    const wait = delayMs(policy, attempts)
    waits.push(wait)
    if (attempts >= policy.freeAttempts && (wait >= policy.maxDelayMs || attempts >= policy.freeAttempts + 52)) return waits
  }
}

/** An attempt's outcome: admitted (and counted), or refused with the wait before the next may be. */
export type Decision =
  | { readonly admitted: true }
  | { readonly admitted: false; readonly retryAfterMs: number }

/** The throttle's state, per account key. */
export class LoginThrottle extends Context.Tag("@sire/http/LoginThrottle")<LoginThrottle, {
  /** Atomically: admits and counts an attempt on `key` at `now` (unix ms) if its wait is over, else refuses it uncounted. */
  readonly attempt: (key: string, now: number) => Effect.Effect<Decision, SqlError>
  /** Forgets the attempts on `key` (a successful sign-in). */
  readonly clear: (key: string) => Effect.Effect<void, SqlError>
}>() {}

/** A key's state: attempts counted, and when the latest was admitted. */
interface Entry {
  readonly attempts: number
  readonly lastAt: number
}

const sweepEvery = 1024

/** The throttle in memory (one process), with `policy`; it drops keys idle for `windowMs` every so often. */
export const makeMemory = (policy: Policy): LoginThrottle["Type"] => {
  const entries = new Map<string, Entry>()
  let sinceSweep = 0
  const sweep = (now: number) => {
    sinceSweep = 0
    for (const [key, entry] of entries) if (entry.lastAt <= now - policy.windowMs) entries.delete(key)
  }
  return LoginThrottle.of({
    attempt: (key, now) =>
      Effect.sync((): Decision => {
        if (++sinceSweep >= Math.max(sweepEvery, entries.size)) sweep(now)
        const entry = entries.get(key)
        const attempts = entry === undefined || entry.lastAt <= now - policy.windowMs ? 0 : entry.attempts
        const lastAt = attempts === 0 ? now : entry!.lastAt
        if (attempts > 0 && attempts >= policy.freeAttempts && now < lastAt + delayMs(policy, attempts)) {
          return { admitted: false, retryAfterMs: retryAfter(policy, attempts, lastAt, now) }
        }
        entries.set(key, { attempts: attempts + 1, lastAt: Math.max(lastAt, now) })
        return { admitted: true }
      }),
    clear: (key) => Effect.sync(() => void entries.delete(key))
  })
}

/** The in-memory throttle as a layer. */
export const layerMemory = (policy: Policy = defaultPolicy): Layer.Layer<LoginThrottle> =>
  Layer.sync(LoginThrottle, () => makeMemory(policy))
