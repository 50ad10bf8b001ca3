/**
 * The SQL schema of the stores, as `@effect/sql` migrations written once against `SqlClient`
 * (PostgreSQL dialect: the same migrations run on PostgreSQL and PGlite).
 *
 * @example
 * import { Layer } from "effect"
 * import * as SqlMigrations from "@sire/adapters/SqlMigrations"
 * import * as SqlWorkflowStore from "@sire/adapters/SqlWorkflowStore"
 *
 * // needs a SqlClient: PgClient.layer(...) or the PGlite client layer
 * const Stores = SqlWorkflowStore.layer.pipe(Layer.provide(SqlMigrations.layer))
 *
 * @since 0.1.0
 */
import * as Migrator from "@effect/sql/Migrator"
import * as SqlClient from "@effect/sql/SqlClient"
import type { SqlError } from "@effect/sql/SqlError"
import { Effect, Layer } from "effect"

/** The table recording applied migrations; distinct from `@effect/sql`'s default so a host's own migrations never mix with ours. */
export const table = "sire_migrations"

const core = Effect.gen(function*() {
  const sql = yield* SqlClient.SqlClient
  yield* sql`CREATE TABLE sire_workflows (
    id text COLLATE "C" PRIMARY KEY,
    organization_id text NOT NULL,
    document jsonb NOT NULL,
    revision integer NOT NULL,
    latest_version integer,
    created_at bigint NOT NULL,
    updated_at bigint NOT NULL
  )`
  yield* sql`CREATE INDEX sire_workflows_listing ON sire_workflows (organization_id, created_at DESC, id DESC)`
  yield* sql`CREATE TABLE sire_workflow_versions (
    workflow_id text COLLATE "C" NOT NULL REFERENCES sire_workflows (id) ON DELETE CASCADE,
    organization_id text NOT NULL,
    version integer NOT NULL,
    document jsonb NOT NULL,
    created_at bigint NOT NULL,
    PRIMARY KEY (workflow_id, version)
  )`
  yield* sql`CREATE TABLE sire_executions (
    id text COLLATE "C" PRIMARY KEY,
    organization_id text NOT NULL,
    workflow_id text NOT NULL,
    status text NOT NULL,
    trigger text NOT NULL,
    record jsonb NOT NULL,
    idempotency_key text,
    fence bigint NOT NULL DEFAULT 0,
    event_seq integer NOT NULL DEFAULT 0,
    created_at bigint NOT NULL,
    started_at bigint,
    ended_at bigint
  )`
  yield* sql`CREATE UNIQUE INDEX sire_executions_idempotency ON sire_executions (organization_id, idempotency_key)
    WHERE idempotency_key IS NOT NULL`
  yield* sql`CREATE INDEX sire_executions_listing ON sire_executions (organization_id, created_at DESC, id DESC)`
  yield* sql`CREATE TABLE sire_steps (
    execution_id text COLLATE "C" NOT NULL REFERENCES sire_executions (id) ON DELETE CASCADE,
    node_id text COLLATE "C" NOT NULL,
    record jsonb NOT NULL,
    PRIMARY KEY (execution_id, node_id)
  )`
  yield* sql`CREATE TABLE sire_events (
    execution_id text COLLATE "C" NOT NULL REFERENCES sire_executions (id) ON DELETE CASCADE,
    seq integer NOT NULL,
    record jsonb NOT NULL,
    PRIMARY KEY (execution_id, seq)
  )`
})

const queue = Effect.gen(function*() {
  const sql = yield* SqlClient.SqlClient
  yield* sql`CREATE TABLE sire_jobs (
    execution_id text COLLATE "C" PRIMARY KEY,
    organization_id text NOT NULL,
    run_at bigint NOT NULL,
    claimed_by text,
    token bigint,
    lease_until bigint,
    rerun_at bigint
  )`
  yield* sql`CREATE INDEX sire_jobs_run_at ON sire_jobs (run_at)`
  yield* sql`CREATE SEQUENCE sire_job_tokens`
})

const limits = Effect.gen(function*() {
  const sql = yield* SqlClient.SqlClient
  yield* sql`CREATE TABLE sire_rate_limits (
    key text COLLATE "C" PRIMARY KEY,
    hits bigint[] NOT NULL
  )`
  yield* sql`CREATE TABLE sire_quota (
    key text COLLATE "C" PRIMARY KEY,
    count bigint NOT NULL
  )`
})

const rateLimitDecision = Effect.gen(function*() {
  const sql = yield* SqlClient.SqlClient
  yield* sql`ALTER TABLE sire_rate_limits ADD COLUMN admitted boolean NOT NULL DEFAULT true`
})

/** Creates the trigger functions named `<prefix>_notify_change` and `<prefix>_notify_row_change` (one set per migration table, so sets never race). */
const changeFunctions = (prefix: string) =>
  Effect.gen(function*() {
    const sql = yield* SqlClient.SqlClient
    const channel = `'sire_changes_' || left(md5(current_schema()), 16)`
    yield* sql.unsafe(`CREATE OR REPLACE FUNCTION ${prefix}_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify(${channel}, TG_ARGV[0]);
        RETURN NULL;
      END $$`)
    yield* sql.unsafe(`CREATE OR REPLACE FUNCTION ${prefix}_notify_row_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify(${channel}, TG_ARGV[0] || ':' || OLD.id);
        RETURN NULL;
      END $$`)
  })

/**
 * A migration step: `table`'s updates and deletes notify `topic` on `SqlChanges`' channel (the
 * schema's `sire_changes_` and 16 hex digits of its name's MD5) — once per statement, or with
 * `perRow` once per row as `topic:<id>` — through trigger functions named after `prefix` (one
 * prefix per set of migrations).
 */
export const notifyChanges = (options: {
  readonly prefix: string
  readonly table: string
  readonly topic: string
  readonly perRow?: boolean
  /** Inserts notify too (for caches that hold what is absent). */
  readonly inserts?: boolean
}) =>
  Effect.gen(function*() {
    const sql = yield* SqlClient.SqlClient
    const { inserts = false, perRow = false, prefix, table, topic } = options
    yield* changeFunctions(prefix)
    yield* sql.unsafe(`CREATE TRIGGER ${table}_changed AFTER ${inserts ? "INSERT OR " : ""}UPDATE OR DELETE ON ${table}
      FOR EACH ${perRow ? "ROW" : "STATEMENT"} EXECUTE FUNCTION ${prefix}_notify_${perRow ? "row_" : ""}change('${topic}')`)
  })

/** Workflows notify `workflow:<id>` when a draft changes or goes (caches drop it). */
const changes = notifyChanges({ prefix: "sire", table: "sire_workflows", topic: "workflow", perRow: true })

/**
 * Ended executions by end time, for retention (the server's `retention/Pruner`). Partial on
 * `ended_at` alone: an execution enters it once, at its final commit; the commits before stay HOT.
 */
const executionEnds = Effect.gen(function*() {
  const sql = yield* SqlClient.SqlClient
  yield* sql`CREATE INDEX sire_executions_ended ON sire_executions (ended_at) WHERE ended_at IS NOT NULL`
})

/** Every migration, by `<id>_<name>`. */
export const migrations: Migrator.Loader = Migrator.fromRecord({
  "0001_core": core,
  "0002_queue": queue,
  "0003_limits": limits,
  "0004_rate_limit_decision": rateLimitDecision,
  "0005_changes": changes,
  "0006_execution_ends": executionEnds
})

/**
 * Runs `@effect/sql`'s Migrator for `loader` with its bookkeeping in `migrationsTable`, one process
 * at a time per schema: processes starting together on an empty database would otherwise race in
 * the Migrator's own set-up (it checks for its table, then creates it, outside its lock) and one of
 * them would crash, or skip the migrations still being applied by the other. A transaction holds
 * an advisory lock for the schema and table, creates the table if need be, then migrates.
 *
 * A database that has them all already — every start but the first — is told by one read, with no
 * transaction and no lock: migrations commit together with their bookkeeping rows, so a latest id
 * that is the loader's last means there is nothing to do (one still being applied elsewhere is not
 * visible yet, and the locked path then waits for it).
 */
export const serialized = (loader: Migrator.Loader, migrationsTable: string): Effect.Effect<
  ReadonlyArray<readonly [id: number, name: string]>,
  Migrator.MigrationError | SqlError,
  SqlClient.SqlClient
> =>
  Effect.flatMap(SqlClient.SqlClient, (sql) =>
    Effect.gen(function*() {
      const wanted = Math.max(0, ...(yield* loader).map(([id]) => id))
      const [table] = yield* sql<{ readonly present: boolean }>`SELECT to_regclass(${migrationsTable}) IS NOT NULL AS present`
      if (table?.present === true) {
        const [applied] = yield* sql<{ readonly latest: number | null }>`SELECT max(migration_id) AS latest FROM ${sql(migrationsTable)}`
        if (applied !== undefined && applied.latest !== null && applied.latest >= wanted) return []
      }
      return yield* sql.withTransaction(Effect.gen(function*() {
        yield* sql`SELECT pg_advisory_xact_lock(hashtext(current_schema() || '.' || ${migrationsTable}))`
        yield* sql`CREATE TABLE IF NOT EXISTS ${sql(migrationsTable)} (
          migration_id integer primary key,
          created_at timestamp with time zone not null default now(),
          name text not null
        )`
        return yield* Migrator.make({})({ loader, table: migrationsTable })
      }))
    }))

/** Applies the migrations not yet applied (in one transaction); running it again is a no-op. Returns what it applied. */
export const migrate: Effect.Effect<
  ReadonlyArray<readonly [id: number, name: string]>,
  Migrator.MigrationError | SqlError,
  SqlClient.SqlClient
> = serialized(migrations, table)

/** Runs the migrations once when the layer is built. */
export const layer: Layer.Layer<never, Migrator.MigrationError | SqlError, SqlClient.SqlClient> = Layer.effectDiscard(migrate)
