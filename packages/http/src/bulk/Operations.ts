/**
 * Bulk operations on SQL (`sire_bulk_operations`, migration `0020_bulk_operations`): the record of
 * each, the executions its filter selects (created up to its snapshot, newest first, by a keyset
 * cursor), and the lease under which one process at a time advances it by a batch.
 *
 * @since 0.1.0
 */
import * as SqlClient from "@effect/sql/SqlClient"
import type { SqlError } from "@effect/sql/SqlError"
import type { Fragment } from "@effect/sql/Statement"
import { Effect, Option } from "effect"
import type { Status } from "@sire/core/Execution"

/** What a bulk operation does to each execution it selects. */
export type Action = "cancel" | "retry" | "replay"

/** The search filters of a bulk operation (`from`, `to` in unix seconds, as `GET /executions/search`). */
export interface Filter {
  readonly workflowId?: string | undefined
  readonly status?: Status | undefined
  readonly trigger?: string | undefined
  readonly from?: number | undefined
  readonly to?: number | undefined
  readonly minDurationMs?: number | undefined
  readonly maxDurationMs?: number | undefined
}

/** One execution an operation could not act on, and why. */
export interface ItemError {
  readonly executionId: string
  readonly error: string
}

/** A bulk operation as stored. Times are unix milliseconds. */
export interface Operation {
  readonly id: string
  readonly organizationId: string
  readonly action: Action
  readonly filter: Filter
  readonly plan: string
  readonly createdBy: string | null
  readonly status: "running" | "completed"
  readonly total: number
  readonly processed: number
  readonly succeeded: number
  readonly skipped: number
  readonly failed: number
  readonly errors: ReadonlyArray<ItemError>
  readonly cursor: { readonly createdAt: number; readonly id: string } | null
  readonly snapshotAt: number
  readonly createdAt: number
  readonly updatedAt: number
  readonly finishedAt: number | null
}

/** The most item errors an operation keeps. */
export const maxErrors = 20

interface Row {
  readonly id: string
  readonly organization_id: string
  readonly action: Action
  readonly filter: Filter | string
  readonly plan: string
  readonly created_by: string | null
  readonly status: "running" | "completed"
  readonly total: number
  readonly processed: number
  readonly succeeded: number
  readonly skipped: number
  readonly failed: number
  readonly errors: ReadonlyArray<ItemError> | string
  readonly cursor_created_at: string | number | null
  readonly cursor_id: string | null
  readonly snapshot_at: string | number
  readonly created_at: string | number
  readonly updated_at: string | number
  readonly finished_at: string | number | null
}

const parsed = <A>(value: A | string): A => (typeof value === "string" ? JSON.parse(value) : value)

const fromRow = (row: Row): Operation => ({
  id: row.id,
  organizationId: row.organization_id,
  action: row.action,
  filter: parsed(row.filter),
  plan: row.plan,
  createdBy: row.created_by,
  status: row.status,
  total: Number(row.total),
  processed: Number(row.processed),
  succeeded: Number(row.succeeded),
  skipped: Number(row.skipped),
  failed: Number(row.failed),
  errors: parsed(row.errors),
  cursor: row.cursor_created_at === null || row.cursor_id === null ? null : { createdAt: Number(row.cursor_created_at), id: row.cursor_id },
  snapshotAt: Number(row.snapshot_at),
  createdAt: Number(row.created_at),
  updatedAt: Number(row.updated_at),
  finishedAt: row.finished_at === null ? null : Number(row.finished_at)
})

/** The conditions selecting an organization's executions by `filter`, created at or before `snapshotAt`. */
const selecting = (sql: SqlClient.SqlClient, organizationId: string, filter: Filter, snapshotAt: number): Array<Fragment> => {
  const out: Array<Fragment> = [sql`organization_id = ${organizationId}`, sql`created_at <= ${snapshotAt}`]
  if (filter.workflowId !== undefined) out.push(sql`workflow_id = ${filter.workflowId}`)
  if (filter.status !== undefined) out.push(sql`status = ${filter.status}`)
  if (filter.trigger !== undefined) out.push(sql`trigger = ${filter.trigger}`)
  if (filter.from !== undefined) out.push(sql`created_at >= ${filter.from * 1000}`)
  if (filter.to !== undefined) out.push(sql`created_at <= ${filter.to * 1000 + 999}`)
  if (filter.minDurationMs !== undefined) out.push(sql`(ended_at - started_at) >= ${Math.ceil(filter.minDurationMs)}`)
  if (filter.maxDurationMs !== undefined) out.push(sql`(ended_at - started_at) <= ${Math.floor(filter.maxDurationMs)}`)
  return out
}

/** How many executions `filter` selects, and the ids of the newest `sample` of them. */
export const preview = (organizationId: string, filter: Filter, snapshotAt: number, sample: number) =>
  Effect.flatMap(SqlClient.SqlClient, (sql) =>
    Effect.gen(function*() {
      const where = sql.and(selecting(sql, organizationId, filter, snapshotAt))
      const [counted] = yield* sql<{ readonly n: string | number }>`SELECT count(*) AS n FROM sire_executions WHERE ${where}`.withoutTransform
      const rows = yield* sql<{ readonly id: string }>`SELECT id FROM sire_executions WHERE ${where}
        ORDER BY created_at DESC, id DESC LIMIT ${sample}`.withoutTransform
      return { count: Number(counted?.n ?? 0), sample: rows.map((row) => row.id) }
    }))

/** Stores a new running operation. */
export const insert = (operation: Operation): Effect.Effect<void, SqlError, SqlClient.SqlClient> =>
  Effect.flatMap(SqlClient.SqlClient, (sql) =>
    Effect.asVoid(sql`INSERT INTO sire_bulk_operations (id, organization_id, action, filter, plan, created_by, status, total,
        snapshot_at, created_at, updated_at, finished_at)
      VALUES (${operation.id}, ${operation.organizationId}, ${operation.action}, ${JSON.stringify(operation.filter)}::jsonb,
        ${operation.plan}, ${operation.createdBy}, ${operation.status}, ${operation.total}, ${operation.snapshotAt},
        ${operation.createdAt}, ${operation.updatedAt}, ${operation.finishedAt})`))

/** An organization's operation. */
export const get = (organizationId: string, id: string): Effect.Effect<Option.Option<Operation>, SqlError, SqlClient.SqlClient> =>
  Effect.flatMap(SqlClient.SqlClient, (sql) =>
    Effect.map(
      sql<Row>`SELECT * FROM sire_bulk_operations WHERE id = ${id} AND organization_id = ${organizationId}`.withoutTransform,
      (rows) => Option.map(Option.fromNullable(rows[0]), fromRow)
    ))

/** Takes the lease of the oldest running operation no process holds, for `leaseMs` under `token`. */
export const claim = (now: number, leaseMs: number, token: string): Effect.Effect<Option.Option<Operation>, SqlError, SqlClient.SqlClient> =>
  Effect.flatMap(SqlClient.SqlClient, (sql) =>
    Effect.map(
      sql<Row>`UPDATE sire_bulk_operations SET lease_until = ${now + leaseMs}, lease_token = ${token}
        WHERE id = (SELECT id FROM sire_bulk_operations WHERE status = 'running' AND lease_until <= ${now}
          ORDER BY created_at LIMIT 1 FOR UPDATE SKIP LOCKED)
        RETURNING *`.withoutTransform,
      (rows) => Option.map(Option.fromNullable(rows[0]), fromRow)
    ))

/** The next `size` executions an operation selects after its cursor, newest first. */
export const nextBatch = (operation: Operation, size: number) =>
  Effect.flatMap(SqlClient.SqlClient, (sql) => {
    const where = selecting(sql, operation.organizationId, operation.filter, operation.snapshotAt)
    if (operation.cursor !== null) where.push(sql`(created_at, id) < (${operation.cursor.createdAt}, ${operation.cursor.id})`)
    return Effect.map(
      sql<{ readonly id: string; readonly created_at: string | number }>`SELECT id, created_at FROM sire_executions
        WHERE ${sql.and(where)} ORDER BY created_at DESC, id DESC LIMIT ${size}`.withoutTransform,
      (rows) => rows.map((row) => ({ id: row.id, createdAt: Number(row.created_at) }))
    )
  })

/** What one batch did. */
export interface Progress {
  readonly processed: number
  readonly succeeded: number
  readonly skipped: number
  readonly failed: number
  readonly errors: ReadonlyArray<ItemError>
  readonly cursor: { readonly createdAt: number; readonly id: string } | null
  readonly done: boolean
}

/** Records a batch and gives the lease back, if `token` still holds it: whether it did. */
export const advance = (operation: Operation, token: string, progress: Progress, now: number) =>
  Effect.flatMap(SqlClient.SqlClient, (sql) =>
    Effect.map(
      sql<{ readonly id: string }>`UPDATE sire_bulk_operations SET
          processed = processed + ${progress.processed}, succeeded = succeeded + ${progress.succeeded},
          skipped = skipped + ${progress.skipped}, failed = failed + ${progress.failed},
          errors = (SELECT coalesce(jsonb_agg(e), '[]'::jsonb) FROM (SELECT e FROM jsonb_array_elements(errors || ${JSON.stringify(progress.errors)}::jsonb) AS e LIMIT ${maxErrors}) AS kept),
          cursor_created_at = ${progress.cursor?.createdAt ?? operation.cursor?.createdAt ?? null},
          cursor_id = ${progress.cursor?.id ?? operation.cursor?.id ?? null},
          status = ${progress.done ? "completed" : "running"}, finished_at = ${progress.done ? now : null},
          updated_at = ${now}, lease_until = 0, lease_token = NULL
        WHERE id = ${operation.id} AND lease_token = ${token}
        RETURNING id`.withoutTransform,
      (rows) => rows.length > 0
    ))
