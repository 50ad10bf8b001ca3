/**
 * The sign-in throttle in the database (`sire_login_attempts`), shared by every server on one
 * PostgreSQL: an attempt is one statement — an upsert that counts it only when the key's wait is
 * over (the row lock serializes concurrent attempts on a key) — plus, when it is refused, a read of
 * the count it waits on (a statement of its own, to see what concurrent attempts committed); a
 * success is one delete. The wait
 * comes from `LoginThrottle.schedule`, so the formula is the memory store's. Keys idle for the
 * policy's window are deleted every so often.
 *
 * @since 0.1.0
 */
import * as SqlClient from "@effect/sql/SqlClient"
import { Effect, Layer } from "effect"
import { defaultPolicy, LoginThrottle, type Policy, retryAfter, schedule } from "./LoginThrottle.js"

type BigintColumn = number | string | bigint

interface Row {
  readonly attempts: number
  readonly lastAt: BigintColumn
}

const sweepEvery = 1024

/** The throttle over the `SqlClient` in context, with `policy`. */
export const make = (policy: Policy = defaultPolicy) =>
  Effect.gen(function*() {
    const sql = yield* SqlClient.SqlClient
    const steps = schedule(policy)
    const waits = `{${steps.map((wait) => Math.round(wait)).join(",")}}`
    const last = steps.length
    let sinceSweep = 0
    const sweep = (cutoff: number) => {
      if (++sinceSweep < sweepEvery) return Effect.void
      sinceSweep = 0
      return Effect.asVoid(sql`DELETE FROM sire_login_attempts WHERE last_at <= ${cutoff}`)
    }
    return LoginThrottle.of({
      attempt: (key, now) =>
        Effect.gen(function*() {
          const at = Math.floor(now)
          const cutoff = at - policy.windowMs
          yield* sweep(cutoff)
          const counted = yield* sql`INSERT INTO sire_login_attempts AS a (key, attempts, last_at) VALUES (${key}, 1, ${at})
            ON CONFLICT (key) DO UPDATE SET
              attempts = CASE WHEN a.last_at <= ${cutoff} THEN 1 ELSE a.attempts + 1 END,
              last_at = GREATEST(a.last_at, ${at})
            WHERE a.last_at <= ${cutoff} OR a.attempts < ${policy.freeAttempts}
              OR ${at} >= a.last_at + (${waits}::bigint[])[LEAST(a.attempts, ${last - 1}) + 1]
            RETURNING attempts`
          if (counted.length > 0) return { admitted: true } as const
          const [row] = yield* sql<Row>`SELECT attempts, last_at AS "lastAt" FROM sire_login_attempts WHERE key = ${key}`
          const attempts = row?.attempts ?? policy.freeAttempts
          return { admitted: false, retryAfterMs: retryAfter(policy, attempts, row === undefined ? at : Number(row.lastAt), at) } as const
        }),
      clear: (key) => Effect.asVoid(sql`DELETE FROM sire_login_attempts WHERE key = ${key}`)
    })
  })

/** The SQL throttle as a layer; needs the `sire_login_attempts` table of the server migrations. */
export const layer = (policy: Policy = defaultPolicy): Layer.Layer<LoginThrottle, never, SqlClient.SqlClient> =>
  Layer.effect(LoginThrottle, make(policy))
