/**
 * The version history of a workflow: its frozen versions newest first, each with when it was
 * frozen, by whom (`null` for versions frozen before the server recorded it, or through the
 * embedding API) and, for a restore, which version it copied.
 *
 * @since 0.1.0
 */
import * as SqlClient from "@effect/sql/SqlClient"
import type { SqlError } from "@effect/sql/SqlError"
import { Context, Effect, Layer } from "effect"

/** One entry of the history (times in unix milliseconds). */
export interface Entry {
  readonly version: number
  readonly createdAt: number
  readonly createdBy: string | null
  readonly restoredFrom: number | null
}

/** A page of the history and the cursor after it (the last version shown). */
export interface Page {
  readonly items: ReadonlyArray<Entry>
  readonly nextCursor: string | undefined
}

/** The version history store. */
export class History extends Context.Tag("@sire/http/VersionHistory")<History, {
  /** Records who froze a version (and the version a restore copied). */
  readonly record: (
    organizationId: string,
    workflowId: string,
    version: number,
    by: string,
    restoredFrom?: number
  ) => Effect.Effect<void, SqlError>
  /** Up to `limit` versions of a workflow newest first, below the version `before` when given. */
  readonly list: (organizationId: string, workflowId: string, limit: number, before?: number) => Effect.Effect<Page, SqlError>
  /** One version's entry, if the workflow has it. */
  readonly entry: (organizationId: string, workflowId: string, version: number) => Effect.Effect<Entry | undefined, SqlError>
  /** Forgets a deleted workflow's records. */
  readonly forget: (organizationId: string, workflowId: string) => Effect.Effect<void, SqlError>
}>() {}

interface Row {
  readonly version: number | string
  readonly createdAt: number | string
  readonly createdBy: string | null
  readonly restoredFrom: number | string | null
}

const toEntry = (row: Row): Entry => ({
  version: Number(row.version),
  createdAt: Number(row.createdAt),
  createdBy: row.createdBy,
  restoredFrom: row.restoredFrom === null ? null : Number(row.restoredFrom)
})

/** The version history over the `SqlClient` in context. */
export const make = Effect.gen(function*() {
  const sql = yield* SqlClient.SqlClient
  const select = (organizationId: string, workflowId: string) =>
    sql`SELECT v.version, v.created_at AS "createdAt", a.created_by AS "createdBy", a.restored_from AS "restoredFrom"
      FROM sire_workflow_versions v
      LEFT JOIN sire_version_authors a ON a.workflow_id = v.workflow_id AND a.version = v.version
      WHERE v.organization_id = ${organizationId} AND v.workflow_id = ${workflowId}`
  return History.of({
    record: (organizationId, workflowId, version, by, restoredFrom) =>
      Effect.asVoid(sql`INSERT INTO sire_version_authors (workflow_id, version, organization_id, created_by, restored_from)
        VALUES (${workflowId}, ${version}, ${organizationId}, ${by}, ${restoredFrom ?? null})
        ON CONFLICT (workflow_id, version) DO UPDATE SET created_by = excluded.created_by, restored_from = excluded.restored_from`),
    list: (organizationId, workflowId, limit, before) =>
      Effect.map(
        sql<Row>`${select(organizationId, workflowId)} ${before !== undefined ? sql`AND v.version < ${before}` : sql``}
          ORDER BY v.version DESC LIMIT ${limit + 1}`,
        (rows) => {
          const items = rows.slice(0, limit).map(toEntry)
          const last = items[items.length - 1]
          return { items, nextCursor: rows.length > limit && last !== undefined ? String(last.version) : undefined }
        }
      ),
    entry: (organizationId, workflowId, version) =>
      Effect.map(sql<Row>`${select(organizationId, workflowId)} AND v.version = ${version}`, (rows) =>
        rows[0] === undefined ? undefined : toEntry(rows[0])),
    forget: (organizationId, workflowId) =>
      Effect.asVoid(sql`DELETE FROM sire_version_authors WHERE organization_id = ${organizationId} AND workflow_id = ${workflowId}`)
  })
})

/** The version history as a layer. */
export const layer: Layer.Layer<History, never, SqlClient.SqlClient> = Layer.effect(History, make)
