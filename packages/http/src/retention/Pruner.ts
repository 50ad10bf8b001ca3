/**
 * Deletes what retention no longer keeps, in bounded batches: final executions (`completed`,
 * `failed`, `cancelled`) whose end is older than their organization's period, with their steps and
 * events (`ON DELETE CASCADE`), the payloads delivered to their `waitForEvent` nodes
 * (`sire_execution_signals`) and any leftover job (`sire_jobs`). Queued, running and waiting
 * executions are never deleted, whatever their age; nor is a sub-workflow's execution while its
 * parent is kept (a waiting parent still reads its children), so a parent and its final children
 * go together.
 *
 * Each batch is one statement over at most `batchSize` executions, oldest end first, that skips
 * the rows another transaction holds (`FOR UPDATE SKIP LOCKED`) and keeps its locks only while it
 * runs; batches are `pauseMs` apart so that live traffic is not starved.
 *
 * @since 0.1.0
 */
import * as SqlClient from "@effect/sql/SqlClient"
import type { SqlError } from "@effect/sql/SqlError"
import { Effect } from "effect"

/** One day in milliseconds. */
export const dayMs = 86_400_000

/** How a run prunes. */
export interface Options {
  /** The period of organizations that did not set their own, in days. */
  readonly defaultDays: number
  /** Executions deleted per statement; 500 by default. */
  readonly batchSize?: number | undefined
  /** The pause between two batches; 100 ms by default. */
  readonly pauseMs?: number | undefined
}

/** What a run deleted. */
export interface Outcome {
  /** Executions deleted, in all. */
  readonly deleted: number
  /** Statements that deleted some. */
  readonly batches: number
  /** Executions deleted per organization. */
  readonly byOrganization: Readonly<Record<string, number>>
}

/** What one batch deleted. */
export interface Batch {
  /** Executions deleted per organization. */
  readonly counts: ReadonlyArray<{ readonly organizationId: string; readonly count: number }>
  /** The latest end among them (unix ms): the next batch starts there. */
  readonly lastEndedAt: number
}

/**
 * Deletes one batch of expired executions at `now` that ended at `from` or later. Starting each
 * batch where the last one stopped scans the executions that stay (a longer period, a waiting
 * parent) once per run, not once per batch.
 */
export const batch = (now: number, options: Options, from = 0): Effect.Effect<Batch, SqlError, SqlClient.SqlClient> =>
  Effect.flatMap(SqlClient.SqlClient, (sql) =>
    Effect.gen(function*() {
      const [bound] = yield* sql<{ readonly days: number | null }>`SELECT min(days) AS days FROM sire_retention_policies`
      const oldest = Math.min(options.defaultDays, bound?.days ?? options.defaultDays)
      const expired = (alias: string) =>
        sql`${sql(alias)}.status IN ('completed', 'failed', 'cancelled')
          AND ${sql(alias)}.ended_at < ${now}::bigint - COALESCE((SELECT r.days FROM sire_retention_policies r
            WHERE r.organization_id = ${sql(alias)}.organization_id), ${options.defaultDays}::integer) * ${dayMs}::bigint`
      const rows = yield* sql<{
        readonly organizationId: string
        readonly count: number | string
        readonly last: number | string
      }>`WITH doomed AS (
          SELECT e.id FROM sire_executions e
          WHERE e.ended_at >= ${from}::bigint AND e.ended_at < ${now - oldest * dayMs}::bigint AND ${expired("e")}
            AND NOT EXISTS (
              SELECT 1 FROM sire_executions p
              WHERE p.id = e.record->'parent'->>'executionId' AND NOT (${expired("p")})
            )
          ORDER BY e.ended_at
          LIMIT ${options.batchSize ?? 500}
          FOR UPDATE OF e SKIP LOCKED
        ), gone AS (
          DELETE FROM sire_executions WHERE id IN (SELECT id FROM doomed) RETURNING id, organization_id, ended_at
        ), signals AS (
          DELETE FROM sire_execution_signals WHERE execution_id IN (SELECT id FROM gone)
        ), jobs AS (
          DELETE FROM sire_jobs WHERE execution_id IN (SELECT id FROM gone)
        )
        SELECT organization_id AS "organizationId", count(*) AS count, max(ended_at) AS last FROM gone GROUP BY organization_id`
      return {
        counts: rows.map((row) => ({ organizationId: row.organizationId, count: Number(row.count) })),
        lastEndedAt: Math.max(from, ...rows.map((row) => Number(row.last)))
      }
    }))

/** Deletes every expired execution at `now`, batch after batch until one comes short. */
export const prune = (now: number, options: Options): Effect.Effect<Outcome, SqlError, SqlClient.SqlClient> =>
  Effect.gen(function*() {
    const size = options.batchSize ?? 500
    const byOrganization: Record<string, number> = {}
    let deleted = 0
    let batches = 0
    let from = 0
    while (true) {
      const { counts, lastEndedAt } = yield* batch(now, options, from)
      from = lastEndedAt
      const total = counts.reduce((sum, row) => sum + row.count, 0)
      for (const row of counts) byOrganization[row.organizationId] = (byOrganization[row.organizationId] ?? 0) + row.count
      deleted += total
      if (total > 0) batches += 1
      if (total < size) return { deleted, batches, byOrganization }
      if ((options.pauseMs ?? 100) > 0) yield* Effect.sleep(options.pauseMs ?? 100)
    }
  })
