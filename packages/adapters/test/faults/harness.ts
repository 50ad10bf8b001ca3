/**
 * Shared machinery of the fault-injection tests (not a test file): spawning `worker.ts` as real
 * child processes and talking to them over their stdio, PostgreSQL schemas and PGlite data
 * directories per test, reading the stores' tables directly, and cleaning all of it up.
 *
 * Every test makes one `Faults` and calls `close()` in `finally`: it kills every child it spawned
 * (SIGCONT then SIGKILL, so a stopped one dies too), waits for them to exit, terminates their
 * PostgreSQL backends (selected by the `application_name` they were given), drops the schemas and
 * removes the data directories. A module-wide registry lets `afterAll` kill anything left over.
 */
import * as Reactivity from "@effect/experimental/Reactivity"
import * as SqlClient from "@effect/sql/SqlClient"
import { PgClient } from "@effect/sql-pg"
import type { Event, Step } from "@sire/core/Execution"
import { randomToken } from "@sire/core/Id"
import { Effect, Layer, ManagedRuntime, Redacted, Schedule } from "effect"
import { type ChildProcessWithoutNullStreams, spawn } from "node:child_process"
import { mkdtemp, rm } from "node:fs/promises"
import { createRequire } from "node:module"
import { tmpdir } from "node:os"
import { dirname, join } from "node:path"
import { createInterface } from "node:readline"
import { fileURLToPath, pathToFileURL } from "node:url"
import * as PgliteClient from "../../src/PgliteClient.js"
import { inSchema, unreachable, url } from "../postgres.js"
import type { WorkerConfig } from "./worker.js"

const here = dirname(fileURLToPath(import.meta.url))
const workerPath = join(here, "worker.ts")
const packageDir = join(here, "..", "..")
/** tsx's ESM loader, resolved from this package up (the workspace root holds it), passed to `--import` as a URL. */
const tsxLoader = pathToFileURL(createRequire(import.meta.url).resolve("tsx")).href

/** The test database (`SIRE_TEST_DATABASE_URL`). */
export const databaseUrl = url

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

/** Polls `check` every `everyMs` until it returns a value other than `undefined`/`false`, or fails after `timeoutMs`. */
export const waitUntil = async <A>(
  what: string,
  timeoutMs: number,
  check: () => Promise<A | undefined | false> | A | undefined | false,
  everyMs = 100
): Promise<A> => {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = await check()
    if (value !== undefined && value !== false) return value
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`)
    await sleep(everyMs)
  }
}

// ---------------------------------------------------------------------------------------------
// PostgreSQL reachability (shared with the other PostgreSQL tests: importing `../postgres.js`
// fails under SIRE_REQUIRE_POSTGRES=1 when the server does not answer).

/** Whether PostgreSQL answers; when it does not (and is not required), warns that `suite` is skipped. */
export const checkPostgres = async (suite: string): Promise<boolean> => {
  if (unreachable === undefined) return true
  console.warn(`Skipping ${suite}: ${unreachable}`)
  return false
}

export { inSchema }

/**
 * Runs statements on a short-lived connection to the test database (outside any test schema),
 * retried for a few seconds: the server may be out of connections for a moment on a busy machine.
 */
export const admin = (statements: ReadonlyArray<string>): Promise<void> =>
  Effect.runPromise(
    Effect.scoped(
      Effect.flatMap(
        PgClient.make({
          url: Redacted.make(databaseUrl),
          maxConnections: 1,
          connectTimeout: "5 seconds",
          applicationName: "sire_fault_admin"
        }),
        (sql) => Effect.forEach(statements, (statement) => sql.unsafe(statement), { discard: true })
      )
    ).pipe(
      Effect.provide(Reactivity.layer),
      Effect.retry(Schedule.intersect(Schedule.spaced("500 millis"), Schedule.recurs(10)))
    )
  )

/** Terminates every backend of the test database whose `application_name` is `applicationName`; returns how many. */
export const terminateBackends = async (db: Db, applicationName: string): Promise<number> => {
  const rows = await db.query<{ readonly ok: boolean }>(
    `SELECT pg_terminate_backend(pid) AS ok FROM pg_stat_activity
      WHERE datname = current_database() AND pid <> pg_backend_pid() AND application_name = $1`,
    [applicationName]
  )
  return rows.filter((r) => r.ok).length
}

// ---------------------------------------------------------------------------------------------
// Reading the stores' tables directly (PGlite: only while no worker has the data directory open).

/** A connection to a storage (`pglite:<dir>` or `postgres:<url>`), for reading tables. */
export interface Db {
  readonly query: <A = Record<string, unknown>>(text: string, params?: ReadonlyArray<unknown>) => Promise<ReadonlyArray<A>>
  readonly close: () => Promise<void>
}

export const openDb = async (storage: string): Promise<Db> => {
  const layer: Layer.Layer<SqlClient.SqlClient, unknown> = storage.startsWith("pglite:")
    ? PgliteClient.layer({ dataDir: storage.slice("pglite:".length) })
    : PgClient.layer({
      url: Redacted.make(storage.slice("postgres:".length)),
      maxConnections: 2,
      connectTimeout: "5 seconds",
      applicationName: "sire_fault_reader"
    }).pipe(
      Layer.provide(Reactivity.layer),
      Layer.retry(Schedule.intersect(Schedule.spaced("500 millis"), Schedule.recurs(10)))
    )
  const runtime = ManagedRuntime.make(layer)
  await runtime.runPromise(Effect.void)
  return {
    query: <A>(text: string, params: ReadonlyArray<unknown> = []) =>
      runtime.runPromise(
        Effect.flatMap(SqlClient.SqlClient, (sql) => sql.unsafe<A & object>(text, params))
      ) as Promise<ReadonlyArray<A>>,
    close: () => runtime.dispose()
  }
}

/** Everything the tests look at, read at one moment. */
export interface State {
  readonly executions: ReadonlyMap<string, { readonly status: string; readonly fence: number; readonly record: unknown }>
  readonly steps: ReadonlyMap<string, ReadonlyMap<string, Step>>
  readonly events: ReadonlyMap<string, ReadonlyArray<Event>>
  readonly counters: ReadonlyMap<string, number>
  readonly jobs: number
}

export const counterKey = (executionId: string, nodeId: string) => `${executionId}/${nodeId}`

export const readState = async (db: Db): Promise<State> => {
  const executions = await db.query<{ id: string; status: string; fence: string | number; record: unknown }>(
    "SELECT id, status, fence, record FROM sire_executions ORDER BY id"
  )
  const steps = await db.query<{ execution_id: string; node_id: string; record: Step }>(
    "SELECT execution_id, node_id, record FROM sire_steps ORDER BY execution_id, node_id"
  )
  const events = await db.query<{ execution_id: string; record: Event }>(
    "SELECT execution_id, record FROM sire_events ORDER BY execution_id, seq"
  )
  const counters = await db.query<{ execution_id: string; node_id: string; n: number }>(
    "SELECT execution_id, node_id, n FROM fault_counters ORDER BY execution_id, node_id"
  )
  const jobs = await db.query<{ n: string | number }>("SELECT count(*) AS n FROM sire_jobs")
  const group = <R extends { execution_id: string }, V>(rows: ReadonlyArray<R>, f: (r: R) => V) => {
    const out = new Map<string, Array<V>>()
    for (const row of rows) {
      const list = out.get(row.execution_id) ?? []
      list.push(f(row))
      out.set(row.execution_id, list)
    }
    return out
  }
  return {
    executions: new Map(executions.map((e) => [e.id, { status: e.status, fence: Number(e.fence), record: e.record }])),
    steps: new Map(Array.from(group(steps, (s) => s.record), ([id, list]) => [id, new Map(list.map((s) => [s.nodeId, s]))])),
    events: group(events, (e) => e.record),
    counters: new Map(counters.map((c) => [counterKey(c.execution_id, c.node_id), Number(c.n)])),
    jobs: Number(jobs[0]?.n ?? 0)
  }
}

/** How many events of an execution have `tag` (and, if given, `nodeId`). */
export const countEvents = (state: State, executionId: string, tag: Event["_tag"], nodeId?: string): number =>
  (state.events.get(executionId) ?? []).filter((e) =>
    e._tag === tag && (nodeId === undefined || ("nodeId" in e && e.nodeId === nodeId))
  ).length

// ---------------------------------------------------------------------------------------------
// Worker processes.

/** A protocol line of a worker (see `worker.ts`). */
export interface Line {
  readonly fault: string
  readonly worker: string
  readonly t: number
  readonly [key: string]: unknown
}

const live = new Set<WorkerProcess>()

/** One `worker.ts` child process. */
export class WorkerProcess {
  readonly lines: Array<Line> = []
  stderr = ""
  readonly exited: Promise<{ readonly code: number | null; readonly signal: NodeJS.Signals | null }>
  private waiters = new Set<() => void>()
  private nextId = 1
  exitStatus: { readonly code: number | null; readonly signal: NodeJS.Signals | null } | undefined

  constructor(readonly config: WorkerConfig, readonly child: ChildProcessWithoutNullStreams) {
    live.add(this)
    createInterface({ input: child.stdout }).on("line", (text) => {
      if (!text.startsWith("{")) return
      try {
        this.lines.push(JSON.parse(text) as Line)
      } catch {
        return
      }
      for (const wake of this.waiters) wake()
    })
    child.stderr.on("data", (chunk: Buffer) => {
      // keep the tail only: enough to explain a failure
      this.stderr = (this.stderr + chunk.toString()).slice(-20_000)
    })
    child.stdin.on("error", () => {})
    this.exited = new Promise((resolve) => {
      child.on("exit", (code, signal) => {
        this.exitStatus = { code, signal }
        live.delete(this)
        for (const wake of this.waiters) wake()
        resolve({ code, signal })
      })
    })
  }

  get id(): string {
    return this.config.workerId
  }

  get alive(): boolean {
    return this.exitStatus === undefined
  }

  /** The first line from index `from` on matching `match`, waiting up to `timeoutMs` for it. */
  waitFor(what: string, match: (line: Line) => boolean, timeoutMs: number, from = 0): Promise<Line> {
    return new Promise((resolve, reject) => {
      let index = from
      const check = () => {
        for (; index < this.lines.length; index++) {
          if (match(this.lines[index])) return done(() => resolve(this.lines[index]))
        }
        if (!this.alive) {
          return done(() => reject(new Error(`worker ${this.id} exited (${JSON.stringify(this.exitStatus)}) before ${what}\n${this.stderr}`)))
        }
      }
      const timer = setTimeout(
        () => done(() => reject(new Error(`worker ${this.id}: timed out after ${timeoutMs} ms waiting for ${what}\n${this.stderr}`))),
        timeoutMs
      )
      const done = (settle: () => void) => {
        clearTimeout(timer)
        this.waiters.delete(check)
        settle()
      }
      this.waiters.add(check)
      check()
    })
  }

  /** Sends a command and waits for its reply (`created`, `waited`; `error` rejects). */
  async request(command: Record<string, unknown>, timeoutMs: number): Promise<Line> {
    const id = this.nextId++
    const from = this.lines.length
    this.child.stdin.write(`${JSON.stringify({ ...command, id })}\n`)
    const reply = await this.waitFor(`reply to ${String(command.cmd)} #${id}`, (l) => l.id === id, timeoutMs, from)
    if (reply.fault === "error") throw new Error(`worker ${this.id}: ${String(reply.message)}`)
    return reply
  }

  /** Saves `workflow` and starts `count` executions; their ids. */
  async create(workflow: unknown, count: number, timeoutMs = 30_000): Promise<ReadonlyArray<string>> {
    const reply = await this.request({ cmd: "create", workflow, count }, timeoutMs)
    return reply.executionIds as ReadonlyArray<string>
  }

  signal(signal: NodeJS.Signals): void {
    if (this.alive) this.child.kill(signal)
  }

  /** SIGKILL, then waits until the process is gone. */
  async kill(): Promise<void> {
    this.signal("SIGCONT")
    this.signal("SIGKILL")
    await this.exited
  }

  /** SIGTERM (graceful close), waiting up to `timeoutMs` before SIGKILL; the exit code. */
  async stop(timeoutMs = 10_000): Promise<number | null> {
    this.signal("SIGTERM")
    const timer = setTimeout(() => this.signal("SIGKILL"), timeoutMs)
    const { code } = await this.exited
    clearTimeout(timer)
    return code
  }

  lineCount(fault: string, match: (line: Line) => boolean = () => true, from = 0): number {
    let n = 0
    for (let i = from; i < this.lines.length; i++) if (this.lines[i].fault === fault && match(this.lines[i])) n++
    return n
  }
}

// Last resort if the test process exits with children alive (a stopped child ignores the end of its stdin).
process.on("exit", () => {
  for (const worker of live) {
    worker.child.kill("SIGCONT")
    worker.child.kill("SIGKILL")
  }
})

/** Kills every worker process still alive in this test file. */
export const killAll = async (): Promise<void> => {
  await Promise.all(Array.from(live, (w) => w.kill()))
}

/**
 * Short settings: 2 s leases renewed every 300 ms (margin for a loaded CI machine: a healthy worker
 * must not lose its leases), polls every 100 ms.
 */
export const fastWorker = { leaseMs: 2_000, heartbeatMs: 300, pollMs: 100, concurrency: 8 } as const

/** Where a test's workers keep their state. */
export interface Storage {
  /** `pglite:<dir>` or `postgres:<url with search_path>`. */
  readonly storage: string
  /** PostgreSQL: `application_name` given to every worker connection of this test. */
  readonly applicationName?: string
}

/** The resources of one test: worker processes, PostgreSQL schemas, data directories. */
export class Faults {
  private readonly workers: Array<WorkerProcess> = []
  private readonly schemas: Array<{ readonly schema: string; readonly applicationName: string }> = []
  private readonly dirs: Array<string> = []
  private count = 0

  /** A fresh, empty PGlite data directory. */
  async pglite(): Promise<Storage> {
    const dir = await mkdtemp(join(tmpdir(), "sire-fault-"))
    this.dirs.push(dir)
    return { storage: `pglite:${dir}` }
  }

  /**
   * A fresh PostgreSQL schema, migrated by one worker-less Sire runtime so that workers started
   * together do not race on the migrations, plus the counters table.
   */
  async postgres(): Promise<Storage> {
    const token = randomToken(12).toLowerCase()
    const schema = `sire_fault_${token}`
    const applicationName = `sire_fault_${token}`
    this.schemas.push({ schema, applicationName })
    await admin([`CREATE SCHEMA ${schema}`])
    const url = inSchema(schema)
    const { migrate } = await import("../../src/SqlMigrations.js")
    await Effect.runPromise(
      Effect.flatMap(SqlClient.SqlClient, (sql) =>
        Effect.zipRight(
          migrate,
          sql`CREATE TABLE IF NOT EXISTS fault_counters (
            execution_id text NOT NULL, node_id text NOT NULL, n integer NOT NULL,
            PRIMARY KEY (execution_id, node_id))`
        )).pipe(
          Effect.provide(PgClient.layer({ url: Redacted.make(url), maxConnections: 1 })),
          Effect.provide(Reactivity.layer),
          Effect.retry(Schedule.intersect(Schedule.spaced("500 millis"), Schedule.recurs(10)))
        )
    )
    return { storage: `postgres:${url}`, applicationName }
  }

  /** Spawns a worker and waits until it is ready. */
  async spawn(on: Storage, settings: Partial<Omit<WorkerConfig, "storage">> = {}, readyMs = 30_000): Promise<WorkerProcess> {
    const config: WorkerConfig = {
      ...fastWorker,
      workerId: `w${++this.count}`,
      ...settings,
      storage: on.storage,
      ...(on.applicationName !== undefined ? { applicationName: on.applicationName } : {})
    }
    const child = spawn(process.execPath, ["--import", tsxLoader, workerPath, JSON.stringify(config)], {
      cwd: packageDir,
      env: { ...process.env },
      stdio: ["pipe", "pipe", "pipe"]
    })
    const worker = new WorkerProcess(config, child)
    this.workers.push(worker)
    await worker.waitFor("ready", (l) => l.fault === "ready", readyMs)
    return worker
  }

  /** Opens the storage for reading (PGlite: only while no worker holds it), runs `f`, closes. */
  async read<A>(on: Storage, f: (db: Db) => Promise<A>): Promise<A> {
    const db = await openDb(on.storage)
    try {
      return await f(db)
    } finally {
      await db.close()
    }
  }

  /** Kills every worker, then drops the schemas and removes the directories. */
  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.kill()))
    const errors: Array<unknown> = []
    for (const { applicationName, schema } of this.schemas) {
      await admin([
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
          WHERE datname = current_database() AND application_name = '${applicationName}'`,
        `DROP SCHEMA IF EXISTS ${schema} CASCADE`
      ]).catch((error) => errors.push(error))
    }
    for (const dir of this.dirs) await rm(dir, { recursive: true, force: true }).catch((error) => errors.push(error))
    if (errors.length > 0) throw errors[0]
  }
}

/** A chain `start → b1 → … → bn` of `bump` nodes with `params` each. */
export const bumpChain = (n: number, params: Record<string, unknown> = {}, name = `chain of ${n}`) => ({
  name,
  nodes: [
    { id: "start", type: "trigger" },
    ...Array.from({ length: n }, (_, i) => ({ id: `b${i + 1}`, type: "bump", params }))
  ],
  edges: Array.from({ length: n }, (_, i) => ({ source: i === 0 ? "start" : `b${i}`, target: `b${i + 1}` }))
})
