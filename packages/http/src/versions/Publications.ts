/**
 * Publishing: which frozen version of a workflow its webhook, schedule and chat triggers run. A
 * workflow is published at one version (its row here) or unpublished (no row): editing the draft
 * never changes what runs in production, publishing does. Reads join the version's document, so a
 * trigger starts exactly what was published.
 *
 * @since 0.1.0
 */
import * as SqlClient from "@effect/sql/SqlClient"
import type { SqlError } from "@effect/sql/SqlError"
import { Context, Effect, Layer, Option } from "effect"
import type { Document } from "@sire/core/Workflow"

/** A workflow's publication: the version its triggers run, since when and by whom (`null` for the upgrade's). Times in unix milliseconds. */
export interface Publication {
  readonly workflowId: string
  readonly version: number
  readonly publishedAt: number
  readonly publishedBy: string | null
}

/** A publication with the document of its version: what the workflow's triggers run. */
export interface Live extends Publication {
  readonly document: Document
}

/** The publication store. */
export class Publications extends Context.Tag("@sire/http/Publications")<Publications, {
  /** What a workflow's triggers run, if it is published. */
  readonly live: (organizationId: string, workflowId: string) => Effect.Effect<Option.Option<Live>, SqlError>
  /** What each of some workflows' triggers run (one query), by workflow id; unpublished ones are absent. */
  readonly liveOf: (organizationId: string, workflowIds: ReadonlyArray<string>) => Effect.Effect<ReadonlyMap<string, Live>, SqlError>
  /** Publishes a workflow at one of its versions; `None` when the organization's workflow has no such version. */
  readonly publish: (
    organizationId: string,
    workflowId: string,
    version: number,
    by: string,
    now: number
  ) => Effect.Effect<Option.Option<Live>, SqlError>
  /** Unpublishes a workflow; whether it was published. */
  readonly unpublish: (organizationId: string, workflowId: string) => Effect.Effect<boolean, SqlError>
}>() {}

interface Row {
  readonly workflowId: string
  readonly version: number | string
  readonly publishedAt: number | string
  readonly publishedBy: string | null
  readonly document: Document | string
}

const toLive = (row: Row): Live => ({
  workflowId: row.workflowId,
  version: Number(row.version),
  publishedAt: Number(row.publishedAt),
  publishedBy: row.publishedBy,
  document: typeof row.document === "string" ? JSON.parse(row.document) as Document : row.document
})

/** The publication store over the `SqlClient` in context. */
export const make = Effect.gen(function*() {
  const sql = yield* SqlClient.SqlClient
  const columns = sql`p.workflow_id AS "workflowId", p.version, p.published_at AS "publishedAt", p.published_by AS "publishedBy", v.document`
  const liveOf = (organizationId: string, workflowIds: ReadonlyArray<string>) =>
    workflowIds.length === 0
      ? Effect.succeed(new Map<string, Live>())
      : Effect.map(
        sql<Row>`SELECT ${columns} FROM sire_publications p
          JOIN sire_workflow_versions v ON v.workflow_id = p.workflow_id AND v.version = p.version
          WHERE p.organization_id = ${organizationId} AND p.workflow_id IN ${sql.in(workflowIds)}`,
        (rows) => new Map(rows.map((row) => [row.workflowId, toLive(row)]))
      )
  return Publications.of({
    live: (organizationId, workflowId) => Effect.map(liveOf(organizationId, [workflowId]), (found) => Option.fromNullable(found.get(workflowId))),
    liveOf,
    publish: (organizationId, workflowId, version, by, now) =>
      Effect.gen(function*() {
        const published = yield* sql`INSERT INTO sire_publications (workflow_id, organization_id, version, published_at, published_by)
          SELECT v.workflow_id, v.organization_id, v.version, ${now}, ${by} FROM sire_workflow_versions v
          WHERE v.workflow_id = ${workflowId} AND v.organization_id = ${organizationId} AND v.version = ${version}
          ON CONFLICT (workflow_id) DO UPDATE SET
            version = excluded.version, published_at = excluded.published_at, published_by = excluded.published_by
          RETURNING workflow_id`
        if (published.length === 0) return Option.none<Live>()
        return Option.fromNullable((yield* liveOf(organizationId, [workflowId])).get(workflowId))
      }),
    unpublish: (organizationId, workflowId) =>
      Effect.map(
        sql`DELETE FROM sire_publications WHERE organization_id = ${organizationId} AND workflow_id = ${workflowId}
          RETURNING workflow_id`,
        (rows) => rows.length > 0
      )
  })
})

/** The publication store as a layer. */
export const layer: Layer.Layer<Publications, never, SqlClient.SqlClient> = Layer.effect(Publications, make)
