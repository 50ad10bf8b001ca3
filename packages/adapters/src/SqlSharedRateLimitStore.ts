/**
 * A rate-limit store for several processes on one database that costs a request no round trip of
 * its own: each process decides from its own copy of a key's sliding log and writes its admitted
 * hits behind, all keys of an interval in one statement (`sire_rate_limits`, the table of
 * `SqlRateLimitStore`), which also brings back every process's hits on those keys.
 *
 * A key's copy is trusted for `freshMs` after it was last synchronized; a hit on a key with no copy,
 * or a stale one, first synchronizes it (one statement: its pending hits written, every process's
 * read back). The promise, in any window of a key: at most `limit` hits admitted, plus
 * those admitted by other processes within the last `freshMs + flushMs` (by default 120 ms) — the
 * ones this process could not have seen yet. One process alone is exact.
 *
 * @since 0.1.0
 */
import * as SqlClient from "@effect/sql/SqlClient"
import type { SqlError } from "@effect/sql/SqlError"
import { Clock, Duration, Effect, Fiber, Layer, type Scope } from "effect"
import { RateLimitStore, RateLimitStoreError } from "@sire/core/RateLimitStore"
import { clampInt, storedTime } from "./internal/paging.js"
import * as SqlFailure from "./SqlFailure.js"

/** Settings of the shared store. */
export interface Options {
  /** How long a key's copy is trusted after it was synchronized (default 100 ms). */
  readonly freshMs?: number
  /** How long admitted hits wait to be written, together (default 20 ms). */
  readonly flushMs?: number
}

interface Copy {
  /** Every hit known in the window, sorted. */
  log: Array<number>
  /** This process's hits not yet written. */
  pending: Array<number>
  windowMs: number
  syncedAt: number
  /** The time of the latest hit (callers' clock: what a flush judges the window by). */
  lastAt: number
}

type BigintColumn = number | string | bigint

interface LogRow {
  readonly key: string
  readonly hits: ReadonlyArray<BigintColumn>
}

const toStoreError = (name: string) => (error: SqlError) =>
  new RateLimitStoreError({
    reason: "Unavailable",
    message: `SqlSharedRateLimitStore.${name}: ${SqlFailure.describe(error)}`
  })

const cutoffOf = (now: number, windowMs: number) => {
  const n = now - windowMs
  return Number.isNaN(n) ? Number.MAX_SAFE_INTEGER : clampInt(Math.floor(n))
}

/** The shared store over the `SqlClient` in context; its writer lives in the scope (what is pending is written when it closes). */
export const make = (options: Options = {}): Effect.Effect<RateLimitStore["Type"], never, SqlClient.SqlClient | Scope.Scope> =>
  Effect.gen(function*() {
    const sql = yield* SqlClient.SqlClient
    const freshMs = options.freshMs ?? 100
    const flushMs = options.flushMs ?? 20
    const copies = new Map<string, Copy>()
    let timer: Fiber.RuntimeFiber<void> | undefined
    const syncing = yield* Effect.makeSemaphore(1)

    const adopt = (copy: Copy, hits: ReadonlyArray<BigintColumn>, now: number) => {
      const cutoff = cutoffOf(now, copy.windowMs)
      const merged = hits.map(Number).concat(copy.pending).filter((t) => t > cutoff)
      copy.log = merged.sort((a, b) => a - b)
      copy.syncedAt = now
    }

    /**
     * Writes the pending hits of `keys` (all in one statement) and refreshes their copies with every
     * process's hits; a failed write keeps the hits for the next one.
     */
    const sync = (keys: ReadonlyArray<string>, at?: number) =>
      // one at a time: a copy must never be replaced by a read that missed hits still being written
      syncing.withPermits(1)(Effect.suspend(() => {
        const sent = new Map<string, Array<number>>()
        const rows = keys.flatMap((key) => {
          const copy = copies.get(key)
          if (copy === undefined) return []
          sent.set(key, copy.pending)
          copy.pending = []
          return [{ key, hits: sent.get(key)!.map(storedTime), cutoff: cutoffOf(at ?? copy.lastAt, copy.windowMs) }]
        })
        return sql<LogRow>`WITH batch AS (
            SELECT * FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS b(key text, hits bigint[], cutoff bigint)
          )
          INSERT INTO sire_rate_limits AS r (key, hits, admitted)
          SELECT key, hits, true FROM batch
          ON CONFLICT (key) DO UPDATE SET
            hits = ARRAY(SELECT h.at FROM unnest(r.hits) AS h(at)
              WHERE h.at > (SELECT b.cutoff FROM batch b WHERE b.key = r.key)) || excluded.hits
          RETURNING key, hits`.withoutTransform.pipe(
          Effect.tap((returned) =>
            Effect.sync(() => {
              for (const row of returned) {
                const copy = copies.get(row.key)
                if (copy !== undefined) adopt(copy, row.hits, at ?? copy.lastAt)
              }
            })
          ),
          Effect.tapError(() =>
            Effect.sync(() => {
              for (const [key, hits] of sent) copies.get(key)?.pending.unshift(...hits)
            })
          ),
          Effect.mapError(toStoreError("sync"))
        )
      }))

    /** Writes every pending hit behind the requests that admitted them. */
    const flush = Effect.suspend(() => {
      timer = undefined
      const keys = Array.from(copies.entries()).filter(([, copy]) => copy.pending.length > 0).map(([key]) => key)
      if (keys.length === 0) return Effect.void
      return sync(keys).pipe(
        Effect.catchAll((error) => Effect.logWarning("rate limit hits could not be written yet; kept for the next flush", error)),
        Effect.asVoid
      )
    })

    const schedule = Effect.suspend(() => {
      if (timer !== undefined) return Effect.void
      return Effect.map(
        Effect.forkDaemon(Effect.zipRight(Clock.sleep(Duration.millis(flushMs)), flush)),
        (fiber) => void (timer = fiber)
      )
    })
    yield* Effect.addFinalizer(() => Effect.zipRight(Effect.suspend(() => (timer ? Fiber.interruptFork(timer) : Effect.void)), flush))

    /** Decides a hit from a copy synchronized within `freshMs`; an admitted hit is written behind. */
    const decideLocally = (copy: Copy, limit: number, now: number) => {
      copy.lastAt = Math.max(copy.lastAt, now)
      const cutoff = cutoffOf(now, copy.windowMs)
      if (copy.log.length > 0 && copy.log[0] <= cutoff) copy.log = copy.log.filter((t) => t > cutoff)
      if (copy.log.length >= limit) return Effect.succeed({ admitted: false, count: copy.log.length, oldestAt: copy.log[0] })
      const stamp = storedTime(now)
      if (copy.log.length > 0 && copy.log[copy.log.length - 1] > stamp) copy.log = [...copy.log, stamp].sort((a, b) => a - b)
      else copy.log.push(stamp)
      copy.pending.push(stamp)
      return Effect.as(schedule, { admitted: true, count: copy.log.length, oldestAt: copy.log[0] })
    }

    /** Drops the copies of keys whose window has emptied and nothing is left to write (bounded memory). */
    let hitsSinceSweep = 0
    const sweep = (now: number) => {
      hitsSinceSweep = 0
      for (const [key, copy] of copies) {
        if (copy.pending.length === 0 && copy.lastAt <= now - copy.windowMs) copies.delete(key)
      }
    }

    return RateLimitStore.of({
      hit: (key, { limit, now, windowMs }) =>
        Effect.suspend(() => {
          if (++hitsSinceSweep >= Math.max(1_000, copies.size)) sweep(now)
          let copy = copies.get(key)
          if (copy !== undefined && copy.windowMs === windowMs && now - copy.syncedAt < freshMs) {
            return decideLocally(copy, limit, now)
          }
          if (copy === undefined || copy.windowMs !== windowMs) {
            copy = { log: [], pending: copy?.pending ?? [], windowMs, syncedAt: Number.NEGATIVE_INFINITY, lastAt: now }
            copies.set(key, copy)
          }
          const synced = copy
          return Effect.flatMap(sync([key], now), () => decideLocally(synced, limit, now))
        })
    })
  })

/** The shared store as a layer. */
export const layer = (options: Options = {}): Layer.Layer<RateLimitStore, never, SqlClient.SqlClient> =>
  Layer.scoped(RateLimitStore, make(options))
