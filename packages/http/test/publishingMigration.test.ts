/**
 * The upgrade to publishing (server migration `0019_publishing`) on PGlite and PostgreSQL: on a
 * fresh database (the server's migrations run before the stores' tables exist) it only creates its
 * tables; on a database with workflows, each one keeps running what it ran: a draft that is not its
 * latest version (or a workflow with no version) is frozen as the next version, and every workflow
 * is published at its latest version.
 */
import * as PgClient from "@effect/sql-pg/PgClient"
import * as SqlClient from "@effect/sql/SqlClient"
import { afterAll, assert, describe, it } from "@effect/vitest"
import { Effect, Redacted } from "effect"
import * as PgliteClient from "@sire/adapters/PgliteClient"
import * as SqlMigrations from "@sire/adapters/SqlMigrations"
import * as ServerMigrations from "../src/ServerMigrations.js"
import { databases, type FreshSchema, freshSchema, skip } from "./harness.js"

const document = (value: string) => ({
  name: `wf ${value}`,
  nodes: [{ id: "start", type: "trigger" }, { id: "done", type: "output", params: { value } }],
  edges: [{ source: "start", target: "done" }]
})

/** The same document with its keys in another order: equal as JSON. */
const reordered = (value: string) => ({
  edges: [{ target: "done", source: "start" }],
  nodes: [{ type: "trigger", id: "start" }, { params: { value }, type: "output", id: "done" }],
  name: `wf ${value}`
})

/**
 * Undoes `0019_publishing` and the migrations after it, leaving the database as the previous
 * release (the one with `0018`) left it: the migrator applies only ids above the highest applied,
 * so the later ones go too (and a migration added after these must be undone here as well).
 */
const beforeUpgrade = Effect.gen(function*() {
  const sql = yield* SqlClient.SqlClient
  for (const table of ["sire_oauth_identities", "sire_oauth_codes", "sire_oauth_flows", "sire_bulk_operations", "sire_publications", "sire_version_authors"]) {
    yield* sql`DROP TABLE ${sql(table)}`
  }
  yield* sql`DELETE FROM ${sql(ServerMigrations.table)} WHERE migration_id >= 19`
})

const insertWorkflow = (id: string, draft: unknown, versions: ReadonlyArray<unknown>) =>
  Effect.gen(function*() {
    const sql = yield* SqlClient.SqlClient
    yield* sql`INSERT INTO sire_workflows (id, organization_id, document, revision, latest_version, created_at, updated_at)
      VALUES (${id}, 'org_upgrade', ${JSON.stringify(draft)}::jsonb, 1, ${versions.length === 0 ? null : versions.length}, 1000, 1000)`
    for (const [i, version] of versions.entries()) {
      yield* sql`INSERT INTO sire_workflow_versions (workflow_id, organization_id, version, document, created_at)
        VALUES (${id}, 'org_upgrade', ${i + 1}, ${JSON.stringify(version)}::jsonb, 1000)`
    }
  })

/** The upgrade, checked on the database in context. */
const upgrade = Effect.gen(function*() {
  const sql = yield* SqlClient.SqlClient
  // As the server does: its own migrations first (the stores' tables do not exist yet), then the stores'.
  yield* ServerMigrations.migrate
  yield* SqlMigrations.migrate
  const [fresh] = yield* sql<{ readonly count: number | string }>`SELECT count(*) AS count FROM sire_publications`
  assert.strictEqual(Number(fresh!.count), 0)

  yield* beforeUpgrade
  yield* sql`INSERT INTO sire_organizations (id, name, plan, created_at) VALUES ('org_upgrade', 'upgrade', 'free', 0)`
  yield* insertWorkflow("wf_draftonly", document("draft"), [])
  yield* insertWorkflow("wf_frozen", reordered("two"), [document("one"), document("two")])
  yield* insertWorkflow("wf_edited", document("edited"), [document("one")])
  const applied = yield* ServerMigrations.migrate
  assert.deepStrictEqual(applied.map(([id]) => id).filter((id) => id <= 19), [19])

  const published = yield* sql<{ readonly id: string; readonly version: number | string; readonly latest: number | string }>`
    SELECT w.id, p.version, w.latest_version AS latest FROM sire_workflows w
      JOIN sire_publications p ON p.workflow_id = w.id ORDER BY w.id`
  assert.deepStrictEqual(published.map((row) => [row.id, Number(row.version), Number(row.latest)]), [
    ["wf_draftonly", 1, 1],
    ["wf_edited", 2, 2],
    ["wf_frozen", 2, 2]
  ])
  const versions = yield* sql<{ readonly id: string; readonly version: number | string; readonly value: string }>`
    SELECT workflow_id AS id, version, document->'nodes'->1->'params'->>'value' AS value FROM sire_workflow_versions
    ORDER BY workflow_id, version`
  assert.deepStrictEqual(versions.map((row) => [row.id, Number(row.version), row.value]), [
    ["wf_draftonly", 1, "draft"],
    ["wf_edited", 1, "one"],
    ["wf_edited", 2, "edited"],
    ["wf_frozen", 1, "one"],
    ["wf_frozen", 2, "two"]
  ], "only drafts that were not their latest version are frozen")
})

describe.each(databases)("the publishing upgrade on %s", (database) => {
  describe.skipIf(skip(database))("", () => {
    let schema: FreshSchema | undefined
    afterAll(async () => {
      await schema?.drop()
    })
    it.effect("a fresh database gets the tables only; existing workflows are published at what they ran", () =>
      Effect.gen(function*() {
        if (database === "pglite") return yield* Effect.provide(upgrade, PgliteClient.layer({}))
        schema = yield* Effect.promise(() => freshSchema())
        return yield* Effect.provide(upgrade, PgClient.layer({ url: Redacted.make(schema.url), maxConnections: 2 }))
      }).pipe(Effect.scoped), { timeout: 120_000 })
  })
})
