/**
 * Publishing: which frozen version of a workflow its webhook, schedule and chat triggers run. A
 * workflow is published at one version (its row here) or unpublished (no row): editing the draft
 * never changes what runs in production, publishing does. Reads join the version's document, so a
 * trigger starts exactly what was published.
 *
 * `liveOf` (the workflow list's and responses' presenter) answers from memory what it read before
 * until a publication changes anywhere — `sire_publications` notifies `publications` (server
 * migration 0022; a deleted workflow is unpublished first) — a read that raced such a change is not
 * kept, and nothing is kept over 60 s. `live`, which triggers use to start
 * executions, always reads the database.
 *
 * @since 0.1.0
 */
import * as SqlClient from "@effect/sql/SqlClient"
import type { SqlError } from "@effect/sql/SqlError"
import { Clock, Context, Effect, Layer, Option, type Scope } from "effect"
import { Changes, generation } from "@sire/adapters/SqlChanges"
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

/** The topic `sire_publications` notifies (server migration 0022). */
export const topic = "publications"

/** Most workflows whose publication `liveOf` keeps in memory; the oldest go first. */
const maxEntries = 10_000

/** How long `liveOf` trusts what it read, at most (as the other caches: a notification missed still ends). */
const maxAgeMs = 60_000

/** What `liveOf` knows of a workflow: its organization, its publication (`null`: unpublished), until when. */
interface Known {
  readonly organizationId: string
  readonly live: Live | null
  readonly until: number
}

/** The publication store over the `SqlClient` and the `Changes` in context (see the module's note on caching). */
export const make: Effect.Effect<Publications["Type"], never, SqlClient.SqlClient | Changes | Scope.Scope> = Effect.gen(function*() {
  const sql = yield* SqlClient.SqlClient
  const changes = yield* Changes
  const columns = sql`p.workflow_id AS "workflowId", p.version, p.published_at AS "publishedAt", p.published_by AS "publishedBy", v.document`
  const read = (organizationId: string, workflowIds: ReadonlyArray<string>) =>
    workflowIds.length === 0
      ? Effect.succeed(new Map<string, Live>())
      : Effect.map(
        sql<Row>`SELECT ${columns} FROM sire_publications p
          JOIN sire_workflow_versions v ON v.workflow_id = p.workflow_id AND v.version = p.version
          WHERE p.organization_id = ${organizationId} AND p.workflow_id IN ${sql.in(workflowIds)}`,
        (rows) => new Map(rows.map((row) => [row.workflowId, toLive(row)]))
      )

  const known = new Map<string, Known>()
  const current = yield* generation(topic, () => known.clear())

  const liveOf = (organizationId: string, workflowIds: ReadonlyArray<string>) =>
    Effect.flatMap(Clock.currentTimeMillis, (now) => {
      const found = new Map<string, Live>()
      const missing: Array<string> = []
      for (const workflowId of workflowIds) {
        const entry = known.get(workflowId)
        if (entry === undefined || entry.organizationId !== organizationId || entry.until <= now) missing.push(workflowId)
        else if (entry.live !== null) found.set(workflowId, entry.live)
      }
      if (missing.length === 0) return Effect.succeed<ReadonlyMap<string, Live>>(found)
      const before = current()
      return Effect.map(read(organizationId, missing), (loaded): ReadonlyMap<string, Live> => {
        for (const workflowId of missing) {
          const live = loaded.get(workflowId)
          if (live !== undefined) found.set(workflowId, live)
          if (current() !== before) continue
          known.delete(workflowId)
          known.set(workflowId, { organizationId, live: live ?? null, until: now + maxAgeMs })
          if (known.size > maxEntries) known.delete(known.keys().next().value!)
        }
        return found
      })
    })

  /** Tells this process's caches at once (every other process hears the database's notification). */
  const changed = Effect.ensuring(changes.changed(topic))

  return Publications.of({
    live: (organizationId, workflowId) => Effect.map(read(organizationId, [workflowId]), (found) => Option.fromNullable(found.get(workflowId))),
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
        return Option.fromNullable((yield* read(organizationId, [workflowId])).get(workflowId))
      }).pipe(changed),
    unpublish: (organizationId, workflowId) =>
      Effect.map(
        sql`DELETE FROM sire_publications WHERE organization_id = ${organizationId} AND workflow_id = ${workflowId}
          RETURNING workflow_id`,
        (rows) => rows.length > 0
      ).pipe(changed)
  })
})

/** The publication store as a layer. */
export const layer: Layer.Layer<Publications, never, SqlClient.SqlClient | Changes> = Layer.scoped(Publications, make)
