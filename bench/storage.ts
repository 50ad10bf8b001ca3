/**
 * `pnpm bench` (after `engine.ts`): what durable storage costs — Sire on PGlite and on PostgreSQL
 * against the same work on `Sire.layerMemory`.
 *
 * Four parts (`BENCH_ONLY=<substring of a part's name>` runs a subset):
 *
 * 1. **durable overhead per node** — a 20-node chain of a non-`pure` host node (`bench.echo`) and
 *    of `transform` (pure), run with `sire.run` in this process on memory, PGlite (data dir and
 *    in memory) and PostgreSQL, interleaved, `BENCH_STORAGE_REPS` times after `BENCH_STORAGE_WARMUP`
 *    warm-up runs. µs per node = median over reps of (durable time − memory time of the same rep) / 20
 *    (also in this process's CPU time, which counts PGlite but not the PostgreSQL server).
 *    Store commits are counted by decorating the `ExecutionStore` (`commit` increments a counter);
 *    on PostgreSQL every statement the `pg` driver sends is counted too (round trips, transactions).
 *    Also `SqlExecutionStore.commit` alone (one step record + one event) and a bare single-row
 *    `INSERT` commit, to show what one commit costs.
 * 2. **scale-out on PostgreSQL** — the CONTRACT example with 1, 2 and 4 worker processes
 *    (`storage-worker.ts`, each a `SireClient` with its worker: 64 executions at once, a pool of
 *    `WORKER_CONNECTIONS`) on one schema; the processes stay up (warm) and open or close their
 *    runtime for each run. This process creates the executions (2,000, or as many as 1 worker runs
 *    in ~8 s by a 150-execution pilot run per worker count, whichever is fewer) through a
 *    client-only Sire runtime (its worker never claims: see `clientQueue`) whose queue defers the
 *    jobs; the release is one `INSERT` of every job but the last, then the last through the queue
 *    (its `enqueue` notifies the workers). The rate is executions / (last `ended_at` − release).
 *    Right after each run, the commit ceiling of PostgreSQL: as many connections as worker
 *    processes (and as many as their pools hold), each committing single-row `INSERT`s back to back
 *    for `CEILING_MS`, with the server's `synchronous_commit` (the workers use it too). Sire's
 *    write transactions (counted at the driver in the workers) are reported per second and as a
 *    fraction of the ceiling. `BENCH_SCALE_REPS` reps, interleaved over the worker counts.
 * 3. **enqueue-to-start latency** — one idle worker process (woken by LISTEN/NOTIFY; it polls
 *    only every second) and `BENCH_LATENCY_SAMPLES` executions started one at a time: from
 *    `start()` returning (its commits done) to the `execution.started` event's time (1 ms
 *    resolution) and to the first node running (`process.hrtime`, the machine's monotonic clock,
 *    shared by all processes). Also PGlite with the worker in this process.
 * 4. **PGlite footprint** — fresh child processes: time for `SireClient.make` on a fresh data
 *    dir (`BENCH_FOOTPRINT_REPS` times) and twice as often on the existing one it left, and the
 *    process's RSS before and after.
 *
 * Writes `results/storage.json` (`{ name, value, unit }` rows) and `results/storage.meta.json`,
 * prints a markdown table. PostgreSQL: `SIRE_TEST_DATABASE_URL` (default
 * `postgres://postgres@127.0.0.1:5432/test`); each part works in its own schema, dropped at the
 * end; when the server is unreachable its cases are skipped (`SIRE_REQUIRE_POSTGRES=1`: fail).
 * Every child process is stopped (killed if need be) at the end, on error and on SIGINT/SIGTERM.
 *
 * Environment: `BENCH_ONLY`, `BENCH_STORAGE_REPS` (15), `BENCH_STORAGE_WARMUP` (30),
 * `BENCH_EXECUTIONS` (fixed count, no pilot sizing), `BENCH_SCALE_REPS` (3), `BENCH_LATENCY_SAMPLES` (200),
 * `BENCH_FOOTPRINT_REPS` (2), `BENCH_WORKER_PROFILE=<dir>` (CPU profiles of the worker processes).
 */
import { Effect, Layer, ManagedRuntime, Redacted } from "effect"
import { ExecutionStore, Id, Sire, type Worker, type WorkflowStore, type WorkQueue } from "@sire/core"
import type { Event, Execution, Step } from "@sire/core/Execution"
import * as PgliteClient from "@sire/adapters/PgliteClient"
import * as SqlStorage from "@sire/adapters/SqlStorage"
import { leadNotification } from "../packages/core/test/fixtures/contract.js"
import { type ChildProcess, spawn } from "node:child_process"
import { mkdirSync, writeFileSync } from "node:fs"
import { machine, round } from "./machine.js"
import { connect, inSchema, makeResources, postgresUrl, quoted, sleep } from "./resources.js"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import {
  chain,
  clientQueue,
  countedStorage,
  countPgStatements,
  echo,
  type Footprint,
  type FromWorker,
  makeSqlCounts,
  makeStoreCounts,
  nodeTypes,
  type SqlCounts,
  stampWorkflow,
  storageParts,
  type ToWorker,
  type WorkerConfig,
  type WorkerStats
} from "./storage-shared.js"

const CHAIN = 20
const REPS = Number(process.env.BENCH_STORAGE_REPS ?? 15)
/** Enough runs for the JIT to settle: fewer leave the first reps ≈ 2× slower. */
const WARMUP = Number(process.env.BENCH_STORAGE_WARMUP ?? 30)
const COMMIT_SAMPLES = 200
/** Executions per scale-out run: `BENCH_EXECUTIONS`, else 2,000 — fewer when a pilot run shows 1 worker would take longer than `SCALE_RUN_SECONDS`. */
const EXECUTIONS = process.env.BENCH_EXECUTIONS === undefined ? undefined : Number(process.env.BENCH_EXECUTIONS)
const DEFAULT_EXECUTIONS = 2_000
const PILOT_EXECUTIONS = 150
const SCALE_RUN_SECONDS = 8
const SCALE_REPS = Number(process.env.BENCH_SCALE_REPS ?? 3)
const WORKER_COUNTS = [1, 2, 4] as const
const WORKER_CONCURRENCY = 64 // Worker.defaultOptions.concurrency
/** Pooled connections per worker process (+ 1 for LISTEN): 4 workers stay well under `max_connections` = 100, shared. */
const WORKER_CONNECTIONS = 6
const CREATE_CONCURRENCY = 8
const CEILING_MS = 1_000
const LATENCY_SAMPLES = Number(process.env.BENCH_LATENCY_SAMPLES ?? 200)
const LATENCY_WARMUP = 10
const LATENCY_POLL_MS = 1_000
const FOOTPRINT_REPS = Number(process.env.BENCH_FOOTPRINT_REPS ?? 2)
const TARGET_COMMITS_PER_NODE = 1
const TARGET_PG_MS_PER_NODE = 0.6
const TARGET_LATENCY_MS = 5
const here = dirname(fileURLToPath(import.meta.url))
const organizationId = Id.defaultOrganizationId

// ---------------------------------------------------------------------------------------------
// Statistics and rows

const sorted = (xs: ReadonlyArray<number>) => [...xs].sort((a, b) => a - b)
const median = (xs: ReadonlyArray<number>) => {
  const s = sorted(xs)
  const m = s.length >> 1
  return s.length % 2 === 1 ? s[m] : (s[m - 1] + s[m]) / 2
}
/** Nearest-rank percentile. */
const percentile = (xs: ReadonlyArray<number>, p: number) => {
  const s = sorted(xs)
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))]
}
const mib = (bytes: number) => bytes / 2 ** 20

interface Row {
  readonly part: string
  readonly name: string
  readonly value: number
  readonly unit: string
  readonly digits: number
  readonly target?: { readonly label: string; readonly met: boolean }
}

const rows: Array<Row> = []
const add = (part: string, name: string, value: number, unit: string, digits: number, target?: Row["target"]) =>
  rows.push({ part, name, value, unit, digits, ...(target ? { target } : {}) })
const log = (message: string) => process.stderr.write(`  ${message}\n`)

// ---------------------------------------------------------------------------------------------
// Resources released at the end, also on error and on SIGINT/SIGTERM

/** Runtimes in this process (`ManagedRuntime`s), disposed at the end. */
const runtimes = new Set<{ readonly dispose: () => Promise<void> }>()

const dispose = async (runtime: { readonly dispose: () => Promise<void> }) => {
  runtimes.delete(runtime)
  await Promise.race([runtime.dispose(), sleep(5_000)])
}

const resources = makeResources({
  // a worker process is asked to stop over its IPC channel (it closes its runtime), else SIGTERM
  stop: {
    graceMs: 3_000,
    ask: (child) => (child.connected ? child.send({ type: "stop" } satisfies ToWorker) : child.kill("SIGTERM"))
  },
  afterChildren: async () => {
    await Promise.all(Array.from(runtimes, dispose))
  }
})
const { cleanup, tempDir } = resources
const stopChild = (child: ChildProcess) => resources.stop(child)

/** Schemas are named `sire_bench_<unix seconds>_<random>`, so leftovers of a killed run can be told by age. */
const newSchema = () => resources.newSchema("sire_bench")

/** Starts `storage-worker.ts` in a new Node process; resolves on its first message (`ready`, `footprint`). */
const spawnWorker = (config: WorkerConfig) => {
  const profile = process.env.BENCH_WORKER_PROFILE ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_WORKER_PROFILE}`] : []
  const child = spawn(process.execPath, [...profile, "--import", "tsx", join(here, "storage-worker.ts"), JSON.stringify(config)], {
    cwd: here,
    stdio: ["ignore", "inherit", "inherit", "ipc"]
  })
  resources.track(child)
  const first = new Promise<FromWorker>((resolve, reject) => {
    child.once("message", (message: FromWorker) =>
      message.type === "error" ? reject(new Error(`worker: ${message.message}`)) : resolve(message))
    child.once("exit", (code, signal) => reject(new Error(`worker exited (${code ?? signal}) before reporting`)))
  })
  return { child, first }
}

/** Sends a message to a worker process and resolves on its reply of type `reply` (rejects on `error` or exit). */
const request = <T extends FromWorker["type"]>(child: ChildProcess, message: ToWorker, reply: T) =>
  new Promise<Extract<FromWorker, { type: T }>>((resolve, reject) => {
    const done = () => {
      child.off("message", onMessage)
      child.off("exit", onExit)
    }
    const onMessage = (m: FromWorker) => {
      if (m.type === reply) {
        done()
        resolve(m as Extract<FromWorker, { type: T }>)
      } else if (m.type === "error") {
        done()
        reject(new Error(`worker: ${m.message}`))
      }
    }
    const onExit = (code: number | null, signal: string | null) => {
      done()
      reject(new Error(`worker exited (${code ?? signal}) before replying ${reply}`))
    }
    child.on("message", onMessage)
    child.once("exit", onExit)
    child.send(message, (error) => {
      if (error) {
        done()
        reject(error)
      }
    })
  })

/** A worker process's counters (reset after reading when `reset`). */
const statsOf = (child: ChildProcess, reset: boolean) =>
  request(child, { type: "stats", reset }, "stats").then((m) => m.stats)

// ---------------------------------------------------------------------------------------------
// Sire runtimes in this process

type Storage = Layer.Layer<ExecutionStore.ExecutionStore | WorkQueue.WorkQueue | WorkflowStore.WorkflowStore, unknown>

/** A Sire runtime over `storage` with the benchmark's node types, counting store commits. */
const sireRuntime = async (storage: Storage, worker: Partial<Worker.Options> = { concurrency: 16 }) => {
  const counts = makeStoreCounts()
  const runtime = ManagedRuntime.make(
    Layer.provideMerge(Sire.layerWith({ nodes: [...nodeTypes], worker }), countedStorage(storage, counts))
  )
  runtimes.add(runtime)
  const sire = await runtime.runPromise(Sire.Sire)
  const store = await runtime.runPromise(ExecutionStore.ExecutionStore)
  const run = <A, E>(effect: Effect.Effect<A, E, never>) => runtime.runPromise(effect)
  const create = (document: unknown) => run(Effect.map(sire.createWorkflow(document), (w) => w.id))
  const ref = (execution: Execution) => ({ organizationId, executionId: execution.id })
  return { runtime, sire, store, counts, run, create, ref }
}
type SireRuntime = Awaited<ReturnType<typeof sireRuntime>>

const completed = (execution: Execution) => {
  if (execution.status !== "completed") throw new Error(`execution ${execution.status}: ${JSON.stringify(execution.error)}`)
  return execution
}

const postgresStorage = (schema: string, maxConnections: number): Storage =>
  SqlStorage.layerPostgres({ url: Redacted.make(inSchema(schema)), maxConnections, applicationName: "sire-bench" })

// ---------------------------------------------------------------------------------------------
// 1. Durable overhead per node

interface Sample {
  readonly ms: number
  /** This process's CPU time (PGlite runs in it; PostgreSQL's own CPU is not counted). */
  readonly cpuMs: number
  readonly commits: number
  readonly statements: number
  readonly transactions: number
  readonly writes: number
}

const durableOverhead = async (sql: SqlCounts, postgres: boolean) => {
  const part = storageParts.overhead
  log(`${part}…`)
  const backends: Array<{ readonly key: string; readonly label: string; readonly storage: Storage; readonly pg?: true }> = [
    { key: "memory", label: "memory", storage: Sire.layerMemoryStorage },
    { key: "pglite-dir", label: "PGlite, data dir", storage: SqlStorage.layerPglite({ dataDir: tempDir("sire-bench-pglite-") }) },
    { key: "pglite-mem", label: "PGlite, in memory", storage: SqlStorage.layerPglite({}) }
  ]
  if (postgres) backends.push({ key: "postgres", label: "PostgreSQL", storage: postgresStorage(await newSchema(), 4), pg: true })
  const workflows = [
    { key: "echo", label: `${CHAIN}-node chain of a non-pure node`, document: chain(echo.type, CHAIN), nodes: CHAIN },
    { key: "transform", label: `${CHAIN}-node chain of transform (pure)`, document: chain("transform", CHAIN), nodes: CHAIN },
    { key: "echo1", label: "1-node execution of a non-pure node", document: chain(echo.type, 1), nodes: 1 }
  ]
  const opened = new Map<string, { readonly rt: SireRuntime; readonly ids: Map<string, string> }>()
  for (const backend of backends) {
    const rt = await sireRuntime(backend.storage)
    const ids = new Map<string, string>()
    for (const w of workflows) ids.set(w.key, await rt.create(w.document))
    opened.set(backend.key, { rt, ids })
  }
  const once = async (backendKey: string, workflowKey: string): Promise<Sample> => {
    const { ids, rt } = opened.get(backendKey)!
    const before = { commits: rt.counts.commits, statements: sql.statements, transactions: sql.transactions, writes: sql.writes }
    const cpu0 = process.cpuUsage()
    const t0 = performance.now()
    completed(await rt.run(rt.sire.run({ workflowId: ids.get(workflowKey)!, input: { x: 42 } })))
    const ms = performance.now() - t0
    const cpu = process.cpuUsage(cpu0)
    return {
      ms,
      cpuMs: (cpu.user + cpu.system) / 1000,
      commits: rt.counts.commits - before.commits,
      statements: sql.statements - before.statements,
      transactions: sql.transactions - before.transactions,
      writes: sql.writes - before.writes
    }
  }
  const samples = new Map<string, Array<Sample>>()
  for (const b of backends) for (const w of workflows) for (let i = 0; i < WARMUP; i++) await once(b.key, w.key)
  for (let r = 0; r < REPS; r++) {
    for (const b of backends) {
      for (const w of workflows) {
        const key = `${b.key}/${w.key}`
        samples.set(key, [...(samples.get(key) ?? []), await once(b.key, w.key)])
      }
    }
  }
  const of = (b: string, w: string) => samples.get(`${b}/${w}`)!
  /** Median over reps of (durable − memory) in the same rep, ms per execution. */
  const overheadMs = (b: string, w: string) => median(of(b, w).map((s, r) => s.ms - of("memory", w)[r].ms))
  const overheadCpuMs = (b: string, w: string) => median(of(b, w).map((s, r) => s.cpuMs - of("memory", w)[r].cpuMs))
  for (const w of workflows) {
    const ms = median(of("memory", w.key).map((s) => s.ms))
    if (w.nodes === 1) add(part, `${w.label}: memory, whole sire.run`, ms, "ms/execution", 2)
    else add(part, `${w.label}: memory, whole sire.run`, (ms * 1000) / w.nodes, "µs/node", 1)
  }
  for (const b of backends.filter((b) => b.key !== "memory")) {
    for (const w of workflows.filter((w) => w.key !== "echo1")) {
      const perNodeUs = (overheadMs(b.key, w.key) * 1000) / w.nodes
      const commits = median(of(b.key, w.key).map((s) => s.commits)) / w.nodes
      add(part, `${w.label}: ${b.label}: durable overhead`, perNodeUs, "µs/node", 0,
        b.pg && w.key === "echo" ? { label: `≤ ${TARGET_PG_MS_PER_NODE * 1000} µs/node`, met: perNodeUs <= TARGET_PG_MS_PER_NODE * 1000 } : undefined)
      add(part, `${w.label}: ${b.label}: durable overhead, CPU time of this process`, (overheadCpuMs(b.key, w.key) * 1000) / w.nodes, "cpu-µs/node", 0)
      add(part, `${w.label}: ${b.label}: store commits`, commits, "commits/node", 2,
        { label: `≤ ${TARGET_COMMITS_PER_NODE} commit/node`, met: commits <= TARGET_COMMITS_PER_NODE })
      if (b.pg) {
        add(part, `${w.label}: ${b.label}: SQL round trips`, median(of(b.key, w.key).map((s) => s.statements)) / w.nodes, "statements/node", 1)
        add(part, `${w.label}: ${b.label}: PostgreSQL transactions`, median(of(b.key, w.key).map((s) => s.transactions)) / w.nodes, "transactions/node", 2)
      }
    }
    const fixed = overheadMs(b.key, "echo1")
    add(part, `per execution (1-node execution): ${b.label}: durable overhead`, fixed, "ms/execution", 2)
    add(part, `per execution (1-node execution): ${b.label}: store commits`, median(of(b.key, "echo1").map((s) => s.commits)), "commits/execution", 0)
    if (b.pg) add(part, `per execution (1-node execution): ${b.label}: SQL round trips`, median(of(b.key, "echo1").map((s) => s.statements)), "statements/execution", 0)
    add(part, `${workflows[0].label}: ${b.label}: marginal durable overhead ((20-node − 1-node) / 19)`,
      ((overheadMs(b.key, "echo") - fixed) * 1000) / (CHAIN - 1), "µs/node", 0)
    const marginalCommits = (median(of(b.key, "echo").map((s) => s.commits)) - median(of(b.key, "echo1").map((s) => s.commits))) / (CHAIN - 1)
    add(part, `${workflows[0].label}: ${b.label}: marginal store commits ((20-node − 1-node) / 19)`, marginalCommits, "commits/node", 2,
      { label: `≤ ${TARGET_COMMITS_PER_NODE} commit/node`, met: marginalCommits <= TARGET_COMMITS_PER_NODE })
  }

  // One `ExecutionStore.commit` on its own, shaped like a node's result (one step record, one event).
  for (const b of backends.filter((b) => b.key !== "memory")) {
    const { ids, rt } = opened.get(b.key)!
    const execution = completed(await rt.run(rt.sire.run({ workflowId: ids.get("echo")!, input: { x: 42 } })))
    const ref = rt.ref(execution)
    const step = (await rt.run(rt.store.steps(ref)))[0] as Step
    const commitOnce = () =>
      rt.run(rt.store.commit(ref, {
        steps: [step],
        events: [{ _tag: "step.completed", at: Date.now(), nodeId: step.nodeId, output: step.output ?? null, handles: step.handles }]
      }, 2 ** 31 - 1))
    for (let i = 0; i < 20; i++) await commitOnce()
    const statements0 = sql.statements
    const times: Array<number> = []
    for (let i = 0; i < COMMIT_SAMPLES; i++) {
      const t0 = performance.now()
      await commitOnce()
      times.push((performance.now() - t0) * 1000)
    }
    add(part, `ExecutionStore.commit alone (1 step + 1 event): ${b.label}`, median(times), "µs/commit", 0)
    if (b.pg) add(part, `ExecutionStore.commit alone: ${b.label}: SQL round trips`, (sql.statements - statements0) / COMMIT_SAMPLES, "statements/commit", 1)
  }
  if (postgres) {
    const client = await connect()
    try {
      await client.query("CREATE TEMPORARY TABLE bench_commit (n integer)")
      const times: Array<number> = []
      for (let i = 0; i < COMMIT_SAMPLES + 20; i++) {
        const t0 = performance.now()
        await client.query("INSERT INTO bench_commit (n) VALUES ($1)", [i])
        if (i >= 20) times.push((performance.now() - t0) * 1000)
      }
      add(part, "bare single-row INSERT commit, 1 connection: PostgreSQL", median(times), "µs/commit", 0)
      const trips: Array<number> = []
      for (let i = 0; i < COMMIT_SAMPLES + 20; i++) {
        const t0 = performance.now()
        await client.query("SELECT 1")
        if (i >= 20) trips.push((performance.now() - t0) * 1000)
      }
      add(part, "round trip (SELECT 1), 1 connection: PostgreSQL", median(trips), "µs", 0)
    } finally {
      await client.end()
    }
  }
  for (const { rt } of opened.values()) await dispose(rt.runtime)
}

// ---------------------------------------------------------------------------------------------
// 2. Scale-out on PostgreSQL, and the server's commit ceiling

const emailOf = (i: number) => (i % 2 === 0 ? `lead${i}@acme.com` : `lead${i}@else.com`)

/** Single-row `INSERT` commits per second over `connections` connections committing back to back. */
const commitCeiling = async (schema: string, connections: number) => {
  const clients = await Promise.all(Array.from({ length: connections }, () => connect()))
  try {
    const table = `${quoted(schema)}.bench_ceiling`
    await clients[0].query(`CREATE TABLE IF NOT EXISTS ${table} (conn integer NOT NULL, n integer NOT NULL)`)
    await clients[0].query(`TRUNCATE ${table}`)
    const counts = clients.map(() => 0)
    const start = performance.now()
    const end = start + CEILING_MS
    await Promise.all(clients.map(async (client, c) => {
      while (performance.now() < end) {
        await client.query(`INSERT INTO ${table} (conn, n) VALUES ($1, $2)`, [c, counts[c]])
        counts[c]++
      }
    }))
    const seconds = (performance.now() - start) / 1000
    return counts.reduce((a, b) => a + b, 0) / seconds
  } finally {
    await Promise.all(clients.map((c) => c.end()))
  }
}

interface ScaleRun {
  readonly rate: number
  readonly seconds: number
  readonly createSeconds: number
  readonly stats: ReadonlyArray<WorkerStats>
  /** Commit ceiling over as many connections as worker processes. */
  readonly ceiling: number
  /** Commit ceiling over as many connections as the workers' pools hold together. */
  readonly poolCeiling: number
}

const scaleOut = async () => {
  const part = `${storageParts.scale} (CONTRACT example)`
  log(`${part}…`)
  const schema = await newSchema()
  const s = quoted(schema)
  const jobs: Array<WorkQueue.Job> = []
  const underlying: { queue?: WorkQueue.WorkQueue["Type"] } = {}
  // the client-only runtime migrates the schema before any worker opens it
  const rt = await sireRuntime(clientQueue(postgresStorage(schema, CREATE_CONCURRENCY), { defer: jobs, underlying }), {
    concurrency: 0,
    pollMs: 60_000
  })
  const workflowId = await rt.create(leadNotification)
  const maxWorkers = Math.max(...WORKER_COUNTS)
  const spawned = Array.from({ length: maxWorkers }, (_, k) =>
    spawnWorker({
      mode: "worker",
      url: inSchema(schema),
      workerId: `bench-${k}`,
      concurrency: WORKER_CONCURRENCY,
      pollMs: 1_000,
      maxConnections: WORKER_CONNECTIONS
    }))
  await Promise.all(spawned.map((w) => w.first))
  const workers = spawned.map((w) => w.child)

  const runOnce = async (count: number, executions: number, ceiling = true): Promise<ScaleRun> => {
    const active = workers.slice(0, count)
    jobs.length = 0
    const creating = performance.now()
    await rt.run(Effect.forEach(
      Array.from({ length: executions }, (_, i) => i),
      (i) => rt.sire.start({ workflowId, input: { email: emailOf(i) } }),
      { concurrency: CREATE_CONCURRENCY, discard: true }
    ))
    if (jobs.length !== executions) throw new Error(`scale-out: ${jobs.length} jobs deferred, expected ${executions}`)
    const createSeconds = (performance.now() - creating) / 1000
    await Promise.all(active.map((w) => request(w, { type: "start" }, "started")))
    await Promise.all(active.map((w) => statsOf(w, true)))
    // every job but the last in one INSERT, then the last through the queue, whose enqueue wakes the workers
    await resources.admin!.query(
      `INSERT INTO ${s}.sire_jobs (execution_id, organization_id, run_at) SELECT unnest($1::text[]), $2, $3`,
      [jobs.slice(0, -1).map((j) => j.executionId), organizationId, Date.now()]
    )
    const released = Date.now()
    await rt.run(underlying.queue!.enqueue({ ...jobs[jobs.length - 1], runAt: released }))
    const deadline = released + 120_000
    let last: { done: number; bad: number; vips: number; last: string | null }
    while (true) {
      await sleep(20)
      ;[last] = (await resources.admin!.query<typeof last>(
        `SELECT count(*) FILTER (WHERE status = 'completed')::int AS done,
           count(*) FILTER (WHERE status IN ('failed', 'cancelled'))::int AS bad,
           count(*) FILTER (WHERE record->'output'->>'tier' = 'vip')::int AS vips,
           max(ended_at) AS last
         FROM ${s}.sire_executions`
      )).rows
      if (last.done + last.bad >= executions) break
      if (Date.now() > deadline) throw new Error(`scale-out (${count} workers): ${last.done}/${executions} completed after 120 s`)
    }
    if (last.bad > 0 || last.vips !== executions / 2) {
      throw new Error(`scale-out (${count} workers): ${last.bad} failed, ${last.vips} vip outputs (expected ${executions / 2})`)
    }
    const seconds = (Number(last.last) - released) / 1000
    const stats = await Promise.all(active.map((w) => statsOf(w, true)))
    await Promise.all(active.map((w) => request(w, { type: "pause" }, "paused")))
    await resources.admin!.query(`TRUNCATE ${s}.sire_events, ${s}.sire_steps, ${s}.sire_jobs, ${s}.sire_executions`)
    return {
      rate: executions / seconds,
      seconds,
      createSeconds,
      stats,
      ceiling: ceiling ? await commitCeiling(schema, count) : Number.NaN,
      poolCeiling: ceiling ? await commitCeiling(schema, count * WORKER_CONNECTIONS) : Number.NaN
    }
  }

  // A pilot run per worker count warms the processes up (JIT); the 1-worker one sizes the runs.
  let executions = EXECUTIONS ?? DEFAULT_EXECUTIONS
  for (const count of WORKER_COUNTS) {
    const pilot = await runOnce(count, PILOT_EXECUTIONS, false)
    log(`  pilot, ${count} worker(s): ${Math.round(pilot.rate)} executions/s`)
    if (count === 1 && EXECUTIONS === undefined) {
      executions = Math.min(DEFAULT_EXECUTIONS, Math.max(400, Math.floor((pilot.rate * SCALE_RUN_SECONDS) / 100) * 100))
    }
  }
  const runs = new Map<number, Array<ScaleRun>>(WORKER_COUNTS.map((c) => [c, []]))
  for (let r = 0; r < SCALE_REPS; r++) {
    for (const count of WORKER_COUNTS) {
      const run = await runOnce(count, executions)
      runs.get(count)!.push(run)
      log(
        `  rep ${r + 1}, ${count} worker(s): ${Math.round(run.rate)} executions/s (${run.seconds.toFixed(1)} s; created in ` +
          `${run.createSeconds.toFixed(1)} s), ceiling ${Math.round(run.ceiling)} / ${Math.round(run.poolCeiling)} commits/s`
      )
    }
  }
  await Promise.all(workers.map(stopChild))
  await dispose(rt.runtime)

  const sum = (stats: ReadonlyArray<WorkerStats>, f: (s: WorkerStats) => number) => stats.reduce((a, s) => a + f(s), 0)
  const rate = new Map(WORKER_COUNTS.map((c) => [c, median(runs.get(c)!.map((r) => r.rate))]))
  const label = (c: number) => `${c} worker process${c === 1 ? "" : "es"}`
  for (const c of WORKER_COUNTS) {
    const rs = runs.get(c)!
    const perSecond = (f: (s: WorkerStats) => number) => median(rs.map((r) => sum(r.stats, f) / r.seconds))
    const ceiling = median(rs.map((r) => r.ceiling))
    const poolCeiling = median(rs.map((r) => r.poolCeiling))
    const writes = perSecond((s) => s.sql.writes)
    add(part, `CONTRACT executions, ${label(c)}`, rate.get(c)!, "executions/s", 0)
    if (c > 1) {
      add(part, `scaling efficiency, ${label(c)} (rate ÷ (${c} × rate of 1))`, rate.get(c)! / (c * rate.get(1)!), "ratio", 2)
    }
    add(part, `${label(c)}: Sire store commits`, perSecond((s) => s.store.commits), "commits/s", 0)
    add(part, `${label(c)}: Sire write transactions (store + queue)`, writes, "transactions/s", 0)
    add(part, `${label(c)}: all PostgreSQL transactions (reads included)`, perSecond((s) => s.sql.transactions), "transactions/s", 0)
    add(part, `${label(c)}: SQL round trips per execution`, median(rs.map((r) => sum(r.stats, (s) => s.sql.statements) / executions)), "statements/execution", 1)
    add(part, `${label(c)}: worker CPU per execution`, median(rs.map((r) => sum(r.stats, (s) => s.cpuMs) / executions)), "cpu-ms/execution", 2)
    add(part, `PostgreSQL commit ceiling, ${c} connection${c === 1 ? "" : "s"} (single-row INSERTs)`, ceiling, "commits/s", 0)
    /** Median over reps of (Sire's write transactions/s ÷ the ceiling measured right after, in the same rep). */
    const fraction = (of: (r: ScaleRun) => number) => median(rs.map((r) => sum(r.stats, (s) => s.sql.writes) / r.seconds / of(r)))
    add(part, `${label(c)}: Sire write transactions ÷ ceiling at ${c} connection${c === 1 ? "" : "s"}`, fraction((r) => r.ceiling), "fraction", 2)
    add(part, `PostgreSQL commit ceiling, ${c * WORKER_CONNECTIONS} connections (= the workers' pools)`, poolCeiling, "commits/s", 0)
    add(part, `${label(c)}: Sire write transactions ÷ ceiling at ${c * WORKER_CONNECTIONS} connections`, fraction((r) => r.poolCeiling), "fraction", 2)
  }
  const kinds = (c: number) => {
    const merged: Record<string, number> = {}
    for (const r of runs.get(c)!) {
      for (const s of r.stats) for (const [k, n] of Object.entries(s.sql.kinds)) merged[k] = (merged[k] ?? 0) + n
    }
    const per = executions * runs.get(c)!.length
    return Object.fromEntries(Object.entries(merged).sort((a, b) => b[1] - a[1]).slice(0, 15).map(([k, n]) => [k, round(n / per, 2)]))
  }
  add(part, "executions per run (released at once)", executions, "executions", 0)
  return {
    executions,
    statementsPerExecution: Object.fromEntries(WORKER_COUNTS.map((c) => [`${c}`, kinds(c)])),
    seconds: Object.fromEntries(WORKER_COUNTS.map((c) => [`${c}`, runs.get(c)!.map((r) => round(r.seconds, 2))]))
  }
}

// ---------------------------------------------------------------------------------------------
// 3. Enqueue-to-start latency

interface LatencySample {
  /** `start()` returned → `execution.started` event time (both `Date.now()`, 1 ms resolution). */
  readonly started: number
  /** `start()` returned → the first node ran (`process.hrtime`). */
  readonly node: number
  /** `start()`'s own duration. */
  readonly start: number
}

const latencySample = async (rt: SireRuntime, workflowId: string, inProcess: boolean): Promise<LatencySample> => {
  const call = process.hrtime.bigint()
  const execution = await rt.run(rt.sire.start({ workflowId, input: { at: Date.now() } }))
  const returnedNs = process.hrtime.bigint()
  const returnedMs = Date.now()
  let final: Execution
  if (inProcess) final = await rt.run(rt.sire.wait(execution.id))
  else {
    await sleep(15)
    while (true) {
      final = await rt.run(rt.sire.get(execution.id))
      if (final.status === "completed" || final.status === "failed" || final.status === "cancelled") break
      await sleep(5)
    }
  }
  completed(final)
  const events = await rt.run(rt.store.events(rt.ref(execution), 0)) as ReadonlyArray<Event>
  const started = events.find((e) => e._tag === "execution.started")
  const steps = await rt.run(rt.store.steps(rt.ref(execution)))
  const ns = (steps[0]?.output as { ns?: string } | undefined)?.ns
  if (started === undefined || ns === undefined) throw new Error("latency: no execution.started event or stamp")
  return {
    started: started.at - returnedMs,
    node: Number(BigInt(ns) - returnedNs) / 1e6,
    start: Number(returnedNs - call) / 1e6
  }
}

const latency = async (postgres: boolean) => {
  const part = storageParts.latency
  log(`${part}…`)
  const backends: Array<{ readonly label: string; readonly rt: SireRuntime; readonly workflowId: string; readonly inProcess: boolean }> = []
  if (postgres) {
    const schema = await newSchema()
    const rt = await sireRuntime(clientQueue(postgresStorage(schema, 4)), { concurrency: 0, pollMs: 60_000 })
    const workflowId = await rt.create(stampWorkflow)
    const { child, first } = spawnWorker({
      mode: "worker",
      url: inSchema(schema),
      workerId: "bench-latency",
      concurrency: WORKER_CONCURRENCY,
      pollMs: LATENCY_POLL_MS,
      maxConnections: 4
    })
    await first
    await request(child, { type: "start" }, "started")
    backends.push({ label: "PostgreSQL, worker process", rt, workflowId, inProcess: false })
  }
  {
    const rt = await sireRuntime(SqlStorage.layerPglite({ dataDir: tempDir("sire-bench-latency-") }), {
      pollMs: LATENCY_POLL_MS
    })
    backends.push({ label: "PGlite data dir, worker in process", rt, workflowId: await rt.create(stampWorkflow), inProcess: true })
  }
  const samples = backends.map(() => [] as Array<LatencySample>)
  for (let i = 0; i < LATENCY_WARMUP + LATENCY_SAMPLES; i++) {
    for (const [b, backend] of backends.entries()) {
      const sample = await latencySample(backend.rt, backend.workflowId, backend.inProcess)
      if (i >= LATENCY_WARMUP) samples[b].push(sample)
      await sleep(2)
    }
  }
  for (const [b, backend] of backends.entries()) {
    const s = samples[b]
    const target = (ms: number) => (backend.inProcess ? undefined : { label: `≤ ${TARGET_LATENCY_MS} ms`, met: ms <= TARGET_LATENCY_MS })
    const startedMedian = median(s.map((x) => x.started))
    add(part, `${backend.label}: start() returned → execution.started, median`, startedMedian, "ms", 1, target(startedMedian))
    add(part, `${backend.label}: start() returned → execution.started, p99`, percentile(s.map((x) => x.started), 99), "ms", 1)
    add(part, `${backend.label}: start() returned → first node running, median`, median(s.map((x) => x.node)), "ms", 2)
    add(part, `${backend.label}: start() returned → first node running, p99`, percentile(s.map((x) => x.node), 99), "ms", 2)
    add(part, `${backend.label}: start() itself (create + enqueue), median`, median(s.map((x) => x.start)), "ms", 2)
  }
  for (const child of Array.from(resources.children)) await stopChild(child)
  for (const backend of backends) await dispose(backend.rt.runtime)
}

// ---------------------------------------------------------------------------------------------
// 4. PGlite footprint

const footprint = async () => {
  const part = storageParts.footprint
  log(`${part}…`)
  const open = async (dataDir: string) => {
    const { first } = spawnWorker({ mode: "footprint", dataDir })
    const message = await first
    if (message.type !== "footprint") throw new Error(`footprint: unexpected ${message.type}`)
    return message.footprint
  }
  const fresh: Array<Footprint> = []
  const existing: Array<Footprint> = []
  for (let r = 0; r < FOOTPRINT_REPS; r++) {
    const dataDir = join(tempDir("sire-bench-footprint-"), "db")
    fresh.push(await open(dataDir))
    existing.push(await open(dataDir))
    existing.push(await open(dataDir))
  }
  const m = (xs: ReadonlyArray<Footprint>, f: (x: Footprint) => number) => median(xs.map(f))
  add(part, "cold start, fresh data dir (SireClient.make: initdb + migrations)", m(fresh, (x) => x.openMs), "ms", 0)
  add(part, "cold start, existing data dir (SireClient.make)", m(existing, (x) => x.openMs), "ms", 0)
  add(part, "first execution after opening an existing data dir (create workflow + run 1 node)", m(existing, (x) => x.firstRunMs), "ms", 1)
  add(part, "process RSS before opening (modules loaded)", mib(m(existing, (x) => x.rssBeforeBytes)), "MiB", 0)
  add(part, "process RSS after opening, fresh data dir", mib(m(fresh, (x) => x.rssOpenBytes)), "MiB", 0)
  add(part, "process RSS after opening, existing data dir", mib(m(existing, (x) => x.rssOpenBytes)), "MiB", 0)
  add(part, "process RSS after one execution, existing data dir", mib(m(existing, (x) => x.rssRunBytes)), "MiB", 0)
}

// ---------------------------------------------------------------------------------------------

const parts = storageParts
const only = process.env.BENCH_ONLY
const selected = (name: string) => only === undefined || name.toLowerCase().includes(only.toLowerCase())

const postgresSettings = async (): Promise<Record<string, string>> => {
  const names = [
    "server_version", "synchronous_commit", "fsync", "wal_sync_method", "commit_delay", "full_page_writes",
    "shared_buffers", "wal_buffers", "max_connections", "wal_level", "max_wal_size", "work_mem"
  ]
  const { rows: settings } = await resources.admin!.query<{ name: string; setting: string; unit: string | null }>(
    "SELECT name, setting, unit FROM pg_settings WHERE name = ANY($1)",
    [names]
  )
  const [{ sessions }] = (await resources.admin!.query<{ sessions: number }>("SELECT count(*)::int AS sessions FROM pg_stat_activity")).rows
  return {
    ...Object.fromEntries(settings.map((s) => [s.name, s.unit ? `${s.setting} × ${s.unit}` : s.setting])),
    sessions_at_start: String(sessions)
  }
}

const main = async () => {
  const started = performance.now()
  if (!Object.values(parts).some(selected)) {
    console.log(`storage bench: no part matches BENCH_ONLY=${only} (parts: ${Object.values(parts).join("; ")})`)
    return
  }
  const wantsPostgres = selected(parts.overhead) || selected(parts.scale) || selected(parts.latency)
  let postgres = false
  if (wantsPostgres) {
    try {
      resources.admin = await connect()
      postgres = true
    } catch (error) {
      if (process.env.SIRE_REQUIRE_POSTGRES === "1") throw error
      process.stderr.write(`PostgreSQL unreachable at ${postgresUrl}: its cases are skipped (${String(error)})\n`)
    }
  }
  const sql = makeSqlCounts()
  countPgStatements(sql)
  const settings = postgres ? await postgresSettings() : undefined
  if (postgres) await resources.dropLeftovers("sire_bench")
  let scale: Awaited<ReturnType<typeof scaleOut>> | undefined
  const seconds: Record<string, number> = {}
  const timed = async <A>(name: string, f: () => Promise<A>) => {
    const t0 = performance.now()
    try {
      return await f()
    } finally {
      seconds[name] = round((performance.now() - t0) / 1000, 1)
      log(`  (${seconds[name]} s)`)
    }
  }
  try {
    if (selected(parts.overhead)) await timed(parts.overhead, () => durableOverhead(sql, postgres))
    if (selected(parts.scale) && postgres) scale = await timed(parts.scale, scaleOut)
    if (selected(parts.latency)) await timed(parts.latency, () => latency(postgres))
    if (selected(parts.footprint)) await timed(parts.footprint, footprint)
  } finally {
    await cleanup()
  }

  // -------------------------------------------------------------------------------------------
  // Results

  const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "")
  const out = rows.map((r) => ({ name: `${slug(r.part.replace(/^\d+\. /, ""))}: ${r.name}`, value: round(r.value, r.digits), unit: r.unit }))
  const meta = {
    ...machine(),
    statistic: "median (p99: nearest rank)",
    durableOverhead: {
      chainLength: CHAIN,
      reps: REPS,
      warmup: WARMUP,
      definition: "median over interleaved reps of (durable sire.run time − memory sire.run time, same rep) / nodes",
      runtime: "Sire.layerWith({ nodes, worker: { concurrency: 16 } }) in this process; PostgreSQL pool of 4 connections",
      commits: "ExecutionStore.commit calls (a decorator layer counts them); SQL statements and transactions counted at the pg driver"
    },
    scaleOut: {
      executions: EXECUTIONS ?? `${DEFAULT_EXECUTIONS}, fewer if a ${PILOT_EXECUTIONS}-execution pilot shows 1 worker needs > ${SCALE_RUN_SECONDS} s`,
      reps: SCALE_REPS,
      workerConcurrency: WORKER_CONCURRENCY,
      workerConnections: WORKER_CONNECTIONS,
      workerPollMs: 1_000,
      ceilingMs: CEILING_MS,
      ceiling: "single-row INSERT (autocommit) loops, one per connection, in this process (node-postgres); " +
        "over as many connections as worker processes, and as many as their pools hold",
      synchronousCommit: settings?.synchronous_commit ?? null,
      release: "executions created beforehand (jobs deferred), then one INSERT of every job but the last, and the last through the queue (its NOTIFY on the schema channel wakes the workers)",
      ...(scale ?? {})
    },
    latency: { samples: LATENCY_SAMPLES, warmup: LATENCY_WARMUP, workerPollMs: LATENCY_POLL_MS },
    pglite: { startParams: PgliteClient.defaultStartParams, footprintReps: FOOTPRINT_REPS },
    postgres: settings ?? "unreachable or not used",
    ...(only ? { only } : {}),
    secondsPerPart: seconds,
    totalSeconds: round((performance.now() - started) / 1000, 1)
  }
  mkdirSync(join(here, "results"), { recursive: true })
  writeFileSync(join(here, "results", "storage.json"), JSON.stringify(out, null, 2) + "\n")
  writeFileSync(join(here, "results", "storage.meta.json"), JSON.stringify(meta, null, 2) + "\n")

  const fmt = (r: Row) => r.value.toLocaleString("en-US", { minimumFractionDigits: r.digits, maximumFractionDigits: r.digits })
  const lines = [
    `Node ${meta.node}, ${meta.platform}, ${meta.cpus} × ${meta.cpu}, load ${meta.loadAverage.join(" ")}; ` +
    `PostgreSQL ${settings?.server_version ?? "—"} (synchronous_commit=${settings?.synchronous_commit ?? "—"}, ` +
    `shared_buffers=${settings?.shared_buffers ?? "—"}); ${meta.timestamp}`,
    "",
    "| part | case | value | unit | target |",
    "| --- | --- | ---: | --- | --- |",
    ...rows.map((r) => `| ${r.part} | ${r.name} | ${fmt(r)} | ${r.unit} | ${r.target ? `${r.target.label} ${r.target.met ? "✅" : "❌"}` : ""} |`)
  ]
  console.log(lines.join("\n"))
  console.log(`\nwrote bench/results/storage.json and bench/results/storage.meta.json (${meta.totalSeconds} s)`)
}

main().catch(async (e) => {
  console.error(e)
  await cleanup()
  process.exit(1)
})
