/**
 * Paging and integer helpers shared by the SQL stores: newest-first cursors as WHERE conditions,
 * the one-extra-row LIMIT, and clamping numbers into `bigint` range.
 */
import type * as SqlClient from "@effect/sql/SqlClient"
import type { Fragment } from "@effect/sql/Statement"
import { decodeCursor } from "@sire/core/WorkflowStore"

/** Bound of integer comparisons: beyond every stored millisecond time, within `bigint`. */
const bound = 2 ** 62

/** Clamps a rounded number into the range `bigint` columns are compared against. */
export const clampInt = (n: number): number => Math.min(Math.max(n, -bound), bound)

/** A stored time (unix ms): rounded up, so a job is never due nor a lease over earlier than asked. */
export const storedTime = (n: number): number => (Number.isNaN(n) ? 0 : clampInt(Math.ceil(n)))

/**
 * A limit as compared against integer counters (`count < limit` ⇔ `count < ceil(limit)`); `null`
 * (and NaN, which no counter reaches) means unlimited.
 */
export const storedLimit = (limit: number | null): number | null =>
  limit === null || Number.isNaN(limit) ? null : clampInt(Math.ceil(limit))

/**
 * The WHERE condition selecting rows strictly after a listing cursor in newest-first order
 * (`created_at DESC, id DESC`); `undefined` for no cursor or one `decodeCursor` rejects.
 */
export const afterCursor = (sql: SqlClient.SqlClient, cursor: string | undefined): Fragment | undefined => {
  const at = cursor === undefined ? undefined : decodeCursor(cursor)
  if (at === undefined) return undefined
  return Number.isInteger(at.createdAt)
    ? sql`(created_at, id) < (${clampInt(at.createdAt)}, ${at.id})`
    : sql`created_at < ${clampInt(Math.ceil(at.createdAt))}`
}

/** The LIMIT that fetches one row past a page, so `paginate` knows whether another page follows (`null`: no limit). */
export const pageLimit = (limit: number): number | null =>
  limit >= Number.MAX_SAFE_INTEGER ? null : Math.max(0, Math.floor(limit) || 0) + 1

