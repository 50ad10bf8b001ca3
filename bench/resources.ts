/**
 * What `http.ts` and `storage.ts` share to reach PostgreSQL and to release what they hold: child
 * processes, PostgreSQL schemas and temporary directories, released at the end, also on error and
 * on SIGINT/SIGTERM (exit code 130).
 */
import type { ChildProcess } from "node:child_process"
import { randomBytes } from "node:crypto"
import { mkdtempSync, rmSync } from "node:fs"
import { createRequire } from "node:module"
import os from "node:os"
import { join } from "node:path"

/** Resolves after `ms` milliseconds. */
export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

// ---------------------------------------------------------------------------------------------
// PostgreSQL (the `pg` driver of `@effect/sql-pg`)

/** A raw `pg` connection (administration, polling, bare commits). */
export interface PgConnection {
  connect(): Promise<unknown>
  query<R = Record<string, unknown>>(text: string, params?: ReadonlyArray<unknown>): Promise<{ readonly rows: Array<R> }>
  end(): Promise<void>
}
const pg = createRequire(import.meta.resolve("@effect/sql-pg"))("pg") as {
  Client: new(config: { connectionString: string; application_name?: string }) => PgConnection
}

/** The PostgreSQL server of the benchmarks: `SIRE_TEST_DATABASE_URL`, else `postgres://postgres@127.0.0.1:5432/test`. */
export const postgresUrl = process.env.SIRE_TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test"

/** Opens a `pg` connection (application name `sire-bench`) to `connectionString`. */
export const connect = async (connectionString = postgresUrl): Promise<PgConnection> => {
  const client = new pg.Client({ connectionString, application_name: "sire-bench" })
  await client.connect()
  return client
}

/** `identifier` quoted for SQL (`"…"`, inner quotes doubled). */
export const quoted = (identifier: string) => `"${identifier.replace(/"/g, "\"\"")}"`

/** `postgresUrl` with its `search_path` set to `schema` (how Sire runs in a private schema). */
export const inSchema = (schema: string) => {
  const url = new URL(postgresUrl)
  url.searchParams.delete("options")
  const query = url.search ? `${url.search}&` : "?"
  url.search = ""
  return `${url.toString()}${query}options=${encodeURIComponent(`-c search_path=${schema}`)}`
}

// ---------------------------------------------------------------------------------------------
// Child processes

/** How a child process is stopped: asked with `ask` (default SIGTERM), killed after `graceMs` (default 15 s). */
export interface StopOptions {
  readonly graceMs?: number
  readonly ask?: (child: ChildProcess) => void
}

/** Asks `child` to exit, then SIGKILLs it after the grace period; resolves with its exit code or signal. */
export const stopChild = async (
  child: ChildProcess,
  { ask = (c) => c.kill("SIGTERM"), graceMs = 15_000 }: StopOptions = {}
): Promise<number | string | null> => {
  if (child.exitCode === null && child.signalCode === null) {
    const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()))
    ask(child)
    await Promise.race([exited, sleep(graceMs)])
    if (child.exitCode === null && child.signalCode === null) {
      child.kill("SIGKILL")
      await Promise.race([exited, sleep(2_000)])
      return "SIGKILL (no exit within the grace period after SIGTERM)"
    }
  }
  return child.exitCode ?? child.signalCode
}

// ---------------------------------------------------------------------------------------------
// Resources released at the end, also on error and on SIGINT/SIGTERM

/** A benchmark's own clean-up, around the shared one. */
export interface CleanupHooks {
  /** How the tracked child processes are stopped (see `StopOptions`). */
  readonly stop?: StopOptions
  /** Runs first, before the child processes are stopped. */
  readonly beforeChildren?: () => void | Promise<void>
  /** Runs once the child processes are stopped, before the schemas are dropped. */
  readonly afterChildren?: () => void | Promise<void>
}

/**
 * The child processes, schemas and temporary directories of one benchmark process, and the
 * `admin` connection that made the schemas. `cleanup()` (run once) calls `beforeChildren`, stops
 * the children, calls `afterChildren`, drops the schemas, ends `admin` and removes the directories;
 * SIGINT and SIGTERM run it, then exit with 130.
 */
export const makeResources = (hooks: CleanupHooks = {}) => {
  const children = new Set<ChildProcess>()
  const schemas = new Set<string>()
  const dirs = new Set<string>()
  let cleaning: Promise<void> | undefined

  const resources = {
    /** The connection creating and dropping schemas (set by the benchmark once PostgreSQL answers). */
    admin: undefined as PgConnection | undefined,

    /** Child processes not stopped yet. */
    children: children as ReadonlySet<ChildProcess>,

    /** Stops `child` at clean-up unless it exits or is stopped before. */
    track: (child: ChildProcess) => {
      children.add(child)
      child.once("exit", () => children.delete(child))
      return child
    },

    /** `stopChild` with the benchmark's `StopOptions` (overridden by `options`); the child is no longer tracked. */
    stop: async (child: ChildProcess, options: StopOptions = {}) => {
      try {
        return await stopChild(child, { ...hooks.stop, ...options })
      } finally {
        children.delete(child)
      }
    },

    /** Throws once clean-up has begun, so that nothing new starts (no load, no process). */
    stillRunning: () => {
      if (cleaning !== undefined) throw new Error("stopped: cleaning up")
    },

    /** A new directory under the OS temp dir, removed at clean-up. */
    tempDir: (prefix: string) => {
      const dir = mkdtempSync(join(os.tmpdir(), prefix))
      dirs.add(dir)
      return dir
    },

    /** Removes a directory of `tempDir` now. */
    removeDir: (dir: string) => {
      rmSync(dir, { recursive: true, force: true })
      dirs.delete(dir)
    },

    /** Creates `<prefix>_<unix seconds>_<random>` with `admin`, dropped at clean-up (the age tells a killed run's leftovers). */
    newSchema: async (prefix: string) => {
      const schema = `${prefix}_${Math.floor(Date.now() / 1000)}_${randomBytes(6).toString("hex")}`
      await resources.admin!.query(`CREATE SCHEMA ${quoted(schema)}`)
      schemas.add(schema)
      return schema
    },

    /** Drops the schemas of `newSchema(prefix)` older than an hour: runs killed with `kill -9`. */
    dropLeftovers: async (prefix: string) => {
      const admin = resources.admin!
      const { rows } = await admin.query<{ nspname: string }>("SELECT nspname FROM pg_namespace WHERE nspname ~ $1", [
        `^${prefix}_[0-9]+_`
      ])
      const hourAgo = Date.now() / 1000 - 3_600
      for (const { nspname } of rows) {
        if (Number(nspname.slice(prefix.length + 1).split("_")[0]) < hourAgo) {
          await admin.query(`DROP SCHEMA IF EXISTS ${quoted(nspname)} CASCADE`)
        }
      }
    },

    /** Releases everything (once; later calls return the same promise). */
    cleanup: () =>
      cleaning ??= (async () => {
        await hooks.beforeChildren?.()
        await Promise.all(Array.from(children, (child) => resources.stop(child)))
        await hooks.afterChildren?.()
        for (const schema of schemas) {
          try {
            await resources.admin?.query(`DROP SCHEMA IF EXISTS ${quoted(schema)} CASCADE`)
            schemas.delete(schema)
          } catch (error) {
            process.stderr.write(`failed to drop schema ${schema}: ${String(error)}\n`)
          }
        }
        await resources.admin?.end().catch(() => {})
        for (const dir of dirs) rmSync(dir, { recursive: true, force: true })
      })()
  }

  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      process.stderr.write(`\n${signal}: cleaning up\n`)
      void resources.cleanup().finally(() => process.exit(130))
    })
  }
  return resources
}
