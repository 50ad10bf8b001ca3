/**
 * Keyset paging over SQL for the stores' newest-first listings: the cursor is the last row's
 * creation time and id (`@sire/core`'s `encodeCursor`), and a page is fetched with one row more
 * than asked to know whether another follows.
 *
 * @since 0.1.0
 */
import type * as SqlClient from "@effect/sql/SqlClient"
import type { Fragment } from "@effect/sql/Statement"
import { decodeCursor, encodeCursor, type Page } from "@sire/core/WorkflowStore"

/** Keeps a number inside PostgreSQL's `bigint` range, so a crafted cursor cannot make a query fail. */
export const clampBigint = (n: number): number => Math.min(Math.max(n, -(2 ** 62)), 2 ** 62)

/**
 * The `AND …` condition keeping the rows after `cursor` in newest-first (creation time, id) order;
 * nothing without a cursor. `createdAt` and `id` name the columns (qualified when the query joins).
 */
export const olderThan = (
  sql: SqlClient.SqlClient,
  cursor: string | undefined,
  createdAt: Fragment = sql`created_at`,
  id: Fragment = sql`id`
): Fragment => {
  const after = cursor === undefined ? undefined : decodeCursor(cursor)
  if (after === undefined) return sql``
  return Number.isInteger(after.createdAt)
    ? sql`AND (${createdAt}, ${id}) < (${clampBigint(after.createdAt)}, ${after.id})`
    : sql`AND ${createdAt} < ${clampBigint(Math.ceil(after.createdAt))}`
}

/** The page of the first `limit` of `limit + 1` fetched items, with the cursor after them when more were fetched. */
export const cut = <A extends { readonly createdAt: number; readonly id: string }>(
  fetched: ReadonlyArray<A>,
  limit: number
): Page<A> => {
  const items = fetched.slice(0, limit)
  const last = items[items.length - 1]
  return { items, nextCursor: fetched.length > limit && last ? encodeCursor(last.createdAt, last.id) : undefined }
}
