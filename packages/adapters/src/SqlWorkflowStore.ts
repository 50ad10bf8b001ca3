/**
 * The workflow store on SQL, written once against `@effect/sql`'s `SqlClient` (PostgreSQL dialect:
 * runs on PostgreSQL and PGlite). Needs the tables of `SqlMigrations`.
 *
 * @example
 * import { Layer } from "effect"
 * import * as SqlMigrations from "@sire/adapters/SqlMigrations"
 * import * as SqlWorkflowStore from "@sire/adapters/SqlWorkflowStore"
 *
 * // provide a SqlClient (PgClient.layer(...) or the PGlite client layer) to this:
 * const Workflows = SqlWorkflowStore.layer.pipe(Layer.provide(SqlMigrations.layer))
 *
 * @since 0.1.0
 */
import * as SqlClient from "@effect/sql/SqlClient"
import { SqlError } from "@effect/sql/SqlError"
import type { Fragment } from "@effect/sql/Statement"
import { Effect, Layer, Option } from "effect"
import * as Telemetry from "@sire/core/Telemetry"
import type { OrganizationId, WorkflowId } from "@sire/core/Id"
import type { Document, Version, Workflow } from "@sire/core/Workflow"
import { paginate, WorkflowStore, WorkflowStoreError } from "@sire/core/WorkflowStore"
import { afterCursor, pageLimit } from "./internal/paging.js"
import * as SqlFailure from "./SqlFailure.js"

/** A LIKE pattern matching `text` anywhere, with `\`, `%` and `_` escaped. */
const containing = (text: string): string => `%${text.replace(/[\\%_]/g, "\\$&")}%`

interface WorkflowRow {
  readonly id: string
  readonly organization_id: string
  readonly document: Document
  readonly revision: number | string
  readonly latest_version: number | string | null
  readonly created_at: number | string | bigint
  readonly updated_at: number | string | bigint
}

interface VersionRow {
  readonly workflow_id: string
  readonly organization_id: string
  readonly version: number | string
  readonly document: Document
  readonly created_at: number | string | bigint
}

const toWorkflow = (row: WorkflowRow): Workflow => ({
  id: row.id as WorkflowId,
  organizationId: row.organization_id as OrganizationId,
  document: row.document,
  revision: Number(row.revision),
  latestVersion: row.latest_version === null ? null : Number(row.latest_version),
  createdAt: Number(row.created_at),
  updatedAt: Number(row.updated_at)
})

const toVersion = (row: VersionRow): Version => ({
  workflowId: row.workflow_id as WorkflowId,
  organizationId: row.organization_id as OrganizationId,
  version: Number(row.version),
  document: row.document,
  createdAt: Number(row.created_at)
})

const isUniqueViolation = (error: SqlError): boolean =>
  typeof error.cause === "object" && error.cause !== null && (error.cause as { code?: unknown }).code === "23505"

const toStoreError = (name: string) => (error: SqlError) =>
  new WorkflowStoreError({
    reason: isUniqueViolation(error) ? "Conflict" : "Unavailable",
    message: `SqlWorkflowStore.${name}: ${SqlFailure.describe(error)}`
  })

/** Runs one store operation: SQL errors become `WorkflowStoreError`, and the operation is a span. */
const operation = (name: string) =>
<A, E>(effect: Effect.Effect<A, E>): Effect.Effect<A, Exclude<E, SqlError> | WorkflowStoreError> =>
  effect.pipe(
    Effect.mapError((e) => (e instanceof SqlError ? toStoreError(name)(e) : (e as Exclude<E, SqlError>))),
    Telemetry.traced(`SqlWorkflowStore.${name}`)
  )

const workflowColumns = "id, organization_id, document, revision, latest_version, created_at, updated_at"
const versionColumns = "workflow_id, organization_id, version, document, created_at"

/** The SQL workflow store. */
export const make: Effect.Effect<WorkflowStore["Type"], never, SqlClient.SqlClient> = Effect.gen(function*() {
  const sql = yield* SqlClient.SqlClient
  const workflowCols = sql.literal(workflowColumns)
  const versionCols = sql.literal(versionColumns)

  return WorkflowStore.of({
    insert: (workflow) =>
      sql<{ id: string }>`INSERT INTO sire_workflows (${workflowCols})
        VALUES (${workflow.id}, ${workflow.organizationId}, ${JSON.stringify(workflow.document)}::jsonb,
          ${workflow.revision}, ${workflow.latestVersion}, ${workflow.createdAt}, ${workflow.updatedAt})
        ON CONFLICT (id) DO NOTHING
        RETURNING id`.withoutTransform.pipe(
        Effect.flatMap((rows) =>
          rows.length > 0
            ? Effect.void
            : Effect.fail(new WorkflowStoreError({ reason: "Conflict", message: `workflow ${workflow.id} exists` }))
        ),
        operation("insert")
      ),

    update: (organizationId, id, document, now) =>
      sql<WorkflowRow>`UPDATE sire_workflows
        SET document = ${JSON.stringify(document)}::jsonb, revision = revision + 1, updated_at = ${now}
        WHERE id = ${id} AND organization_id = ${organizationId}
        RETURNING ${workflowCols}`.withoutTransform.pipe(
        Effect.map((rows) => Option.map(Option.fromNullable(rows[0]), toWorkflow)),
        operation("update")
      ),

    get: (organizationId, id) =>
      sql<WorkflowRow>`SELECT ${workflowCols} FROM sire_workflows
        WHERE id = ${id} AND organization_id = ${organizationId}`.withoutTransform.pipe(
        Effect.map((rows) => Option.map(Option.fromNullable(rows[0]), toWorkflow)),
        operation("get")
      ),

    remove: (organizationId, id) =>
      sql`DELETE FROM sire_workflows WHERE id = ${id} AND organization_id = ${organizationId}
        RETURNING id`.withoutTransform.pipe(
        Effect.map((rows) => rows.length > 0),
        operation("remove")
      ),

    list: (query) => {
      const conditions: Array<Fragment> = [sql`organization_id = ${query.organizationId}`]
      if (query.name !== undefined) conditions.push(sql`document->>'name' ILIKE ${containing(query.name)} ESCAPE '\\'`)
      const after = afterCursor(sql, query.cursor)
      if (after !== undefined) conditions.push(after)
      return sql<WorkflowRow>`SELECT ${workflowCols} FROM sire_workflows
        WHERE ${sql.and(conditions)}
        ORDER BY created_at DESC, id DESC
        LIMIT ${pageLimit(query.limit)}`.withoutTransform.pipe(
        Effect.map((rows) => paginate(rows.map(toWorkflow), query.limit)),
        operation("list")
      )
    },

    freeze: (organizationId, id, now) =>
      Effect.gen(function*() {
        const locked = yield* sql`SELECT id FROM sire_workflows
          WHERE id = ${id} AND organization_id = ${organizationId}
          FOR UPDATE`.withoutTransform
        if (locked.length === 0) return Option.none<Version>()
        const [row] = yield* sql<VersionRow>`INSERT INTO sire_workflow_versions (${versionCols})
          SELECT w.id, w.organization_id,
            (SELECT COALESCE(MAX(v.version), 0) + 1 FROM sire_workflow_versions v WHERE v.workflow_id = w.id),
            w.document, ${now}
          FROM sire_workflows w WHERE w.id = ${id}
          RETURNING ${versionCols}`.withoutTransform
        const version = toVersion(row)
        yield* sql`UPDATE sire_workflows SET latest_version = ${version.version} WHERE id = ${id}`.withoutTransform
        return Option.some(version)
      }).pipe(sql.withTransaction, operation("freeze")),

    version: (organizationId, id, version) =>
      Number.isSafeInteger(version)
        ? sql<VersionRow>`SELECT ${versionCols} FROM sire_workflow_versions
            WHERE workflow_id = ${id} AND organization_id = ${organizationId} AND version = ${version}`.withoutTransform
          .pipe(
            Effect.map((rows) => Option.map(Option.fromNullable(rows[0]), toVersion)),
            operation("version")
          )
        : Effect.succeed(Option.none()),

    versions: (organizationId, id) =>
      sql<VersionRow>`SELECT ${versionCols} FROM sire_workflow_versions
        WHERE workflow_id = ${id} AND organization_id = ${organizationId}
        ORDER BY version`.withoutTransform.pipe(
        Effect.map((rows) => rows.map(toVersion)),
        operation("versions")
      )
  })
})

/** The SQL workflow store as a layer. */
export const layer: Layer.Layer<WorkflowStore, never, SqlClient.SqlClient> = Layer.effect(WorkflowStore, make)
