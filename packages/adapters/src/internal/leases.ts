/**
 * Lease times in SQL, on the caller's clock or on the database's (`clock_timestamp()`), so workers
 * whose clocks disagree still agree on when a lease has run out.
 */
import type * as SqlClient from "@effect/sql/SqlClient"
import type { Fragment } from "@effect/sql/Statement"
import { clampInt, storedTime } from "./paging.js"

/** Whose clock leases are measured by. */
export type LeaseClock = "caller" | "database"

/** A `now` compared against stored times: rounded down (`t <= now` ⇔ `t <= floor(now)` for integer `t`). */
export const comparedTime = (n: number): number => (Number.isNaN(n) ? 0 : clampInt(Math.floor(n)))

/** The time leases are compared with, and the end of a lease of `leaseMs` from now, on `clock`. */
export const leaseTimes = (sql: SqlClient.SqlClient, clock: LeaseClock | undefined) => {
  const databaseClock = sql`(extract(epoch from clock_timestamp()) * 1000)::bigint`
  return {
    now: (now: number): Fragment => clock === "database" ? databaseClock : sql`${comparedTime(now)}`,
    end: (now: number, leaseMs: number): Fragment =>
      clock === "database" ? sql`${databaseClock} + ${storedTime(leaseMs)}` : sql`${storedTime(now + leaseMs)}`
  }
}
