/**
 * `pnpm bench` (last; alone with `BENCH_ONLY=http`): the REST API of `sire serve` under load on
 * loopback, on PGlite and on PostgreSQL, each beside a bare `node:http` server answering the same
 * JSON in the same run; what a request costs the server (CPU, SQL statements, memory); and how long
 * the server takes from its spawn to its first completed sync execution.
 *
 * For each database: a fresh `sire serve` process (the built `packages/http/bin/sire.js`, rate limits and the
 * free-tier quota lifted, log level `warn`, `countStatements.mjs` preloaded), a signed-up account,
 * an admin API key and 20 copies of the CONTRACT example workflow
 * (`examples/server/lead-notification.json`). Its real responses to `GET /api/v1/workflows` (a page
 * of 20) and to a sync execution are captured and served verbatim by `http-baseline.ts` (bare
 * `node:http`, its own process). Then, with autocannon in this process:
 * 1. max throughput, closed loop: `CONNECTIONS` keep-alive connections, then 1, one request in
 *    flight on each, a `WARMUP_SECONDS` warm-up then `DURATION_SECONDS` measured, for
 *    `GET /api/v1/workflows` and for `POST /api/v1/executions` (`mode: "sync"`, the CONTRACT
 *    example), Sire then the baseline; cases named `<database> <endpoint> c=<connections>`;
 * 2. half load: sync executions at half the Sire rate measured with `CONNECTIONS` connections for
 *    `HALF_LOAD_SECONDS`, twice:
 *    - paced: an open-loop generator here (`node:http`, keep-alive) sending one request every
 *      1/rate s whatever the responses — what "p99 at half that load" means, the target's measure;
 *    - autocannon `overallRate`: each connection sends its share of the second's requests back to
 *      back as soon as the second starts, then idles, so every second begins with a burst of
 *      `CONNECTIONS` concurrent requests (closer to max-throughput latency; shown for comparison).
 * Then, with the load stopped:
 * 3. restart: the server stopped (SIGTERM) and spawned again on the same data dir or schema (same
 *    `SIRE_SECRET`, no preload), the sync execution POSTed with the existing API key and workflow,
 *    every 10 ms while the connection is refused, until one answers 200 `completed`: ms from the
 *    spawn; then `IDLE_EXECUTIONS` sync executions in all, `IDLE_SECONDS` idle, and its RSS;
 * 4. PGlite only, fresh start: a server spawned on a brand-new data dir: ms from the spawn to its
 *    port accepting a connection (tried every 10 ms), and to its first completed sync execution
 *    after a signup, an API key and the workflow (the first call retried while refused).
 * These land in `startup`, rows `{ name, value, unit }`.
 *
 * Latencies are every 2xx response's time from writing the request to its last byte (ms, exact,
 * not autocannon's histogram); `rps` counts good responses over the measured time. `errors` counts
 * non-2xx responses, connection errors and time-outs, and 2xx bodies that are not what was asked
 * (a sync execution not `completed`, a list that is not an array); samples land in `problems`.
 * Around each measured max-throughput run of Sire (each over its good responses):
 * - `serverCpuMsPerRequest`: the server process's CPU time (user + system, `/proc`) over the run
 *   (PostgreSQL's own CPU not included): less sensitive than req/s to other load on the machine;
 * - `statementsPerRequest`, `transactionsPerRequest`: the SQL statements the server sent through
 *   its driver (`pg`'s `Client#query`; PGlite's Query and Execute protocol messages, prepared
 *   statements' included), and those among them starting with `BEGIN`, counted in the server process by `countStatements.mjs`; its counts file is read 250 ms
 *   after the warm-up and after the run (after a SIGUSR2), so it holds the run's statements;
 * - PostgreSQL: `xactCommitsPerRequest`, the delta of `pg_stat_database.xact_commit` of the
 *   database: every transaction committed, explicit or one statement's, as PostgreSQL counts it;
 * - `peakRssMiB`: the server process's highest `VmRSS` (`/proc/<pid>/status`), sampled every 200 ms.
 *
 * Writes `results/http.json` and `results/http.meta.json` and prints markdown tables. PostgreSQL:
 * `SIRE_TEST_DATABASE_URL` (default `postgres://postgres@127.0.0.1:5432/test`), a fresh schema per
 * run (`sire_bench_http_<unix seconds>_<random>`), dropped at the end; when unreachable its cases are
 * skipped unless `SIRE_REQUIRE_POSTGRES=1`. Every child process, data dir and schema is released at
 * the end, also on error and on SIGINT/SIGTERM.
 *
 * Environment: `BENCH_HTTP_CONNECTIONS` (10), `BENCH_HTTP_WARMUP` (3 s), `BENCH_HTTP_DURATION` (10 s),
 * `BENCH_HTTP_HALF_LOAD` (8 s), `BENCH_HTTP_DATABASES` (`pglite,postgres`).
 */
import autocannon from "autocannon"
import { type ChildProcess, spawn } from "node:child_process"
import { randomBytes } from "node:crypto"
import { mkdirSync, readFileSync, writeFileSync } from "node:fs"
import http from "node:http"
import { createRequire } from "node:module"
import { createConnection, createServer, type AddressInfo } from "node:net"
import os from "node:os"
import { dirname, join } from "node:path"
import { fileURLToPath, pathToFileURL } from "node:url"
import { machine, round } from "./machine.js"
import { connect, inSchema, makeResources, postgresUrl, sleep } from "./resources.js"

const here = dirname(fileURLToPath(import.meta.url))
const httpPackage = join(here, "..", "packages", "http")
/** The built `sire` command (`pnpm bench` builds it first), as a user runs it. */
const bin = join(httpPackage, "bin", "sire.js")
/** The preload counting the server's SQL statements at its driver. */
const statementCounter = pathToFileURL(join(here, "countStatements.mjs")).href

const CONNECTIONS = Number(process.env.BENCH_HTTP_CONNECTIONS ?? 10)
const WARMUP_SECONDS = Number(process.env.BENCH_HTTP_WARMUP ?? 3)
const DURATION_SECONDS = Number(process.env.BENCH_HTTP_DURATION ?? 10)
const HALF_LOAD_SECONDS = Number(process.env.BENCH_HTTP_HALF_LOAD ?? 8)
/** The closed-loop concurrencies of the max-throughput runs. */
const CONCURRENCIES = [...new Set([CONNECTIONS, 1])]
/** Sync executions run after a restart before its idle RSS is read, `IDLE_SECONDS` later. */
const IDLE_EXECUTIONS = 30
const IDLE_SECONDS = 2
/** How often a server not listening yet is tried again, and its RSS sampled under load. */
const RETRY_MS = 10
const RSS_SAMPLE_MS = 200
/** How long after a run the counts file is read (it is rewritten every 100 ms). */
const COUNTS_SETTLE_MS = 250
const WORKFLOWS = 20
const TARGET_SYNC_RPS = 1_000
const TARGET_HALF_LOAD_P99_MS = 10
const START_TIMEOUT_MS = 90_000
const REQUEST_TIMEOUT_S = 10

/** The databases benchmarked. */
export type Database = "pglite" | "postgres"
const databases = (process.env.BENCH_HTTP_DATABASES ?? "pglite,postgres")
  .split(",").map((d) => d.trim()).filter((d): d is Database => d === "pglite" || d === "postgres")

const LIST = "GET /api/v1/workflows"
const SYNC = "POST /api/v1/executions (sync)"
/** The two endpoints under load. */
export type Endpoint = typeof LIST | typeof SYNC

/** The CONTRACT example (CONTRACT §3), as `examples/server/lead-notification.json` holds it. */
const contractExample: unknown = JSON.parse(readFileSync(new URL("../examples/server/lead-notification.json", import.meta.url), "utf8"))

/** What the server was asked, and what it answered, when it was not what the API promises. */
const problems: Array<string> = []
const problem = (text: string) => {
  if (problems.length < 50 && !problems.includes(text)) problems.push(text)
  process.stderr.write(`  problem: ${text}\n`)
}
const log = (message: string) => process.stderr.write(`  ${message}\n`)
const clip = (text: string, max = 500) => (text.length > max ? `${text.slice(0, max)}… (${text.length} chars)` : text)

// ---------------------------------------------------------------------------------------------
// Resources released at the end, also on error and on SIGINT/SIGTERM

/** Load generators running (autocannon instances, paced runs), stopped first at clean-up. */
const loads = new Set<{ stop: () => void }>()
const resources = makeResources({
  beforeChildren: () => {
    for (const load of loads) load.stop()
  }
})
const { cleanup, stillRunning, tempDir } = resources

/** A port free right now on 127.0.0.1 (`sire serve` logs the one it got at level `info` only). */
const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer()
    server.once("error", reject)
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo
      server.close(() => resolve(port))
    })
  })

/** User + system CPU time of a process so far, in ms (Linux `/proc`; `undefined` elsewhere). */
const cpuMs = (pid: number | undefined): number | undefined => {
  if (pid === undefined) return undefined
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8")
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ")
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100 // USER_HZ is 100 on Linux
  } catch {
    return undefined
  }
}

/** Resident set size of a process now, in MiB (`VmRSS` of Linux `/proc`; `undefined` elsewhere). */
const rssMiB = (pid: number | undefined): number | undefined => {
  if (pid === undefined) return undefined
  try {
    const kB = /^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, "utf8"))
    return kB ? round(Number(kB[1]) / 1024, 1) : undefined
  } catch {
    return undefined
  }
}

/** Samples a process's RSS every `RSS_SAMPLE_MS` until `stop()`, which returns the highest (MiB). */
const peakRss = (pid: number | undefined) => {
  let peak: number | undefined
  const sample = () => {
    const now = rssMiB(pid)
    if (now !== undefined && (peak === undefined || now > peak)) peak = now
  }
  sample()
  const timer = setInterval(sample, RSS_SAMPLE_MS)
  return {
    stop: () => {
      clearInterval(timer)
      sample()
      return peak
    }
  }
}

// ---------------------------------------------------------------------------------------------
// The servers

interface Server {
  readonly child: ChildProcess
  readonly base: string
  readonly output: () => string
}

/** How a `sire serve` is started. */
interface SireSetup {
  readonly database: Database
  readonly dataDir: string
  readonly databaseUrl: string | undefined
  /** `SIRE_SECRET`, the same when it restarts on the same database. */
  readonly secret: string
  /** Preloads `countStatements.mjs`, which writes its counts to this file. */
  readonly countsFile?: string
}

/** Keeps the last 64 KB of a child's stdout and stderr. */
const capture = (child: ChildProcess) => {
  let output = ""
  const onData = (chunk: Buffer) => {
    output += chunk.toString()
    if (output.length > 65_536) output = output.slice(-65_536)
  }
  child.stdout?.on("data", onData)
  child.stderr?.on("data", onData)
  return () => output
}

/** Spawns `sire serve` listening on `port` (not yet listening when this returns). */
const spawnSire = ({ countsFile, dataDir, databaseUrl, secret }: SireSetup, port: number): Server => {
  stillRunning()
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: "127.0.0.1",
    SIRE_DATA_DIR: dataDir,
    SIRE_SECRET: secret,
    // `warn`: no request logs — and no `Listening on` line either, hence the port chosen here.
    SIRE_LOG_LEVEL: "warn",
    // Limits still checked on every request, but never reached: a 1-second window keeps each
    // client's sliding log as short as one second of traffic, as a real limit would.
    SIRE_RATE_LIMIT_AUTH: "1000000/1",
    SIRE_RATE_LIMIT_WRITE: "1000000/1",
    SIRE_RATE_LIMIT_READ: "1000000/1",
    SIRE_FREE_TIER_EXECUTIONS: "1000000000"
  }
  if (databaseUrl) env.DATABASE_URL = databaseUrl
  else delete env.DATABASE_URL
  if (countsFile) env.SIRE_BENCH_COUNTS_FILE = countsFile
  else delete env.SIRE_BENCH_COUNTS_FILE
  const child = spawn(process.execPath, [...(countsFile ? ["--import", statementCounter] : []), bin, "serve"], {
    cwd: httpPackage,
    env,
    stdio: ["ignore", "pipe", "pipe"]
  })
  resources.track(child)
  return { child, base: `http://127.0.0.1:${port}`, output: capture(child) }
}

/** Throws, with its output, when `server` has exited. */
const stillUp = (server: Server, database: Database, what: string) => {
  const { child } = server
  if (child.exitCode !== null || child.signalCode !== null) {
    throw new Error(`sire serve (${database}) exited with ${child.exitCode ?? child.signalCode} ${what}:\n${server.output()}`)
  }
}

/** Starts `sire serve` and resolves once `/readyz` answers 200. */
const startSire = async (setup: SireSetup): Promise<Server> => {
  const { database } = setup
  const server = spawnSire(setup, await freePort())
  const { base, output } = server
  const deadline = Date.now() + START_TIMEOUT_MS
  while (Date.now() < deadline) {
    stillUp(server, database, "before it was ready")
    try {
      const ready = await fetch(`${base}/readyz`, { signal: AbortSignal.timeout(2_000) })
      if (ready.status === 200) return server
    } catch {
      // not listening yet
    }
    await sleep(250)
  }
  throw new Error(`sire serve (${database}) was not ready within ${START_TIMEOUT_MS / 1000} s:\n${output()}`)
}

/** Stops `sire serve` (SIGTERM); a death before, or an exit other than 0, is a problem. Its exit, unless it died. */
const stopSire = async (server: Server, what: string) => {
  const { child, output } = server
  let exit: number | string | null | undefined
  if (child.exitCode !== null || child.signalCode !== null) {
    problem(`${what}: sire serve died during the run (${child.exitCode ?? child.signalCode}):\n${clip(output(), 4_000)}`)
  } else {
    exit = await resources.stop(child)
    if (exit !== 0) problem(`${what}: sire serve exited with ${exit} after SIGTERM:\n${clip(output(), 4_000)}`)
  }
  if (output().trim()) log(`${what}: sire serve wrote:\n${clip(output(), 2_000)}`)
  return exit
}

/** Starts `http-baseline.ts` serving the two captured bodies; resolves once it listens. */
const startBaseline = (listFile: string, executionFile: string) =>
  new Promise<Server>((resolve, reject) => {
    stillRunning()
    const child = spawn(process.execPath, ["--import", "tsx", join(here, "http-baseline.ts"), listFile, executionFile], {
      cwd: here,
      stdio: ["ignore", "pipe", "pipe"]
    })
    resources.track(child)
    const output = capture(child)
    const timer = setTimeout(() => reject(new Error(`the baseline server did not start within 30 s:\n${output()}`)), 30_000)
    child.stdout!.on("data", () => {
      const listening = /Listening on (http:\/\/[^\s]+)/.exec(output())
      if (listening) {
        clearTimeout(timer)
        resolve({ child, base: listening[1], output })
      }
    })
    child.once("exit", (code) => {
      clearTimeout(timer)
      reject(new Error(`the baseline server exited with ${code}:\n${output()}`))
    })
  })

// ---------------------------------------------------------------------------------------------
// The API calls of the setup

interface Call {
  readonly method: "GET" | "POST"
  readonly path: string
  readonly body?: unknown
  readonly token?: string
}

/** One request; fails (and records a problem) unless the status is `expected`. */
const call = async (base: string, { body, method, path, token }: Call, expected: number) => {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: {
      ...(body !== undefined ? { "content-type": "application/json" } : {}),
      ...(token !== undefined ? { authorization: `Bearer ${token}` } : {})
    },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    signal: AbortSignal.timeout(30_000)
  })
  const text = await response.text()
  if (response.status !== expected) {
    const request = `${method} ${path}${body !== undefined ? ` ${clip(JSON.stringify(body), 300)}` : ""}`
    problem(`setup: ${request} → ${response.status} (expected ${expected}): ${clip(text)}`)
    throw new Error(`${request} answered ${response.status}: ${clip(text)}`)
  }
  return text
}

interface Fixture {
  readonly apiKey: string
  readonly workflowId: string
  /** The server's answer to `GET /api/v1/workflows`, verbatim. */
  readonly listBody: string
  /** The server's answer to a sync execution of the CONTRACT example, verbatim. */
  readonly executionBody: string
}

/** Signs up (a new account) and makes an admin API key; returns the key. */
const signUp = async (base: string) => {
  const email = `bench-${randomBytes(4).toString("hex")}@example.com`
  const session = JSON.parse(await call(base, { method: "POST", path: "/api/v1/auth/signup", body: { email, password: "bench-password-1" } }, 201)) as { token: string }
  const key = JSON.parse(await call(base, { method: "POST", path: "/api/v1/apikeys", body: { name: "bench", role: "admin" }, token: session.token }, 201)) as { key: string }
  return key.key
}

/** Creates a copy of the CONTRACT example; returns its id. */
const createWorkflow = async (base: string, apiKey: string) =>
  (JSON.parse(await call(base, { method: "POST", path: "/api/v1/workflows", body: contractExample, token: apiKey }, 201)) as { id: string }).id

/** A sync execution of the CONTRACT example; returns the server's answer verbatim, a problem unless it completed. */
const syncExecution = async (base: string, apiKey: string, workflowId: string) => {
  const executionBody = await call(base, { method: "POST", path: "/api/v1/executions", body: syncRequest(workflowId), token: apiKey }, 200)
  const execution = JSON.parse(executionBody) as { status?: string; output?: unknown }
  if (execution.status !== "completed") {
    problem(`setup: POST /api/v1/executions ${JSON.stringify(syncRequest(workflowId))} → 200 but status ${execution.status}: ${clip(executionBody)}`)
  }
  return { executionBody, completed: execution.status === "completed" }
}

/** Signs up, makes an admin API key, creates the workflows and captures one answer of each endpoint. */
const setUp = async (base: string): Promise<Fixture> => {
  const apiKey = await signUp(base)
  let workflowId = ""
  for (let i = 0; i < WORKFLOWS; i++) {
    const created = await createWorkflow(base, apiKey)
    workflowId ||= created
  }
  const listBody = await call(base, { method: "GET", path: "/api/v1/workflows", token: apiKey }, 200)
  const listed = JSON.parse(listBody) as Array<unknown>
  if (!Array.isArray(listed) || listed.length !== WORKFLOWS) {
    problem(`setup: GET /api/v1/workflows → 200 with ${Array.isArray(listed) ? `${listed.length} items` : "no array"}, expected ${WORKFLOWS}: ${clip(listBody)}`)
  }
  const { executionBody } = await syncExecution(base, apiKey, workflowId)
  return { apiKey, workflowId, listBody, executionBody }
}

const syncRequest = (workflowId: string) => ({ workflowId, input: { email: "lead@acme.com" }, mode: "sync" })

/** Whether `fetch` failed because nothing listens on the port (yet). */
const refused = (error: unknown) =>
  error instanceof Error && (error.cause as { code?: string } | undefined)?.code === "ECONNREFUSED"

/** `f()` (the server's first request), tried again every `RETRY_MS` while the connection is refused. */
const whenListening = async <A>(server: Server, database: Database, f: () => Promise<A>): Promise<A> => {
  const deadline = performance.now() + START_TIMEOUT_MS
  for (;;) {
    stillUp(server, database, "before it answered")
    try {
      return await f()
    } catch (error) {
      if (!refused(error)) throw error
      if (performance.now() > deadline) throw new Error(`sire serve (${database}) did not listen within ${START_TIMEOUT_MS / 1000} s:\n${server.output()}`)
    }
    await sleep(RETRY_MS)
  }
}

/** Resolves once `port` accepts a connection, tried every `RETRY_MS`. */
const accepting = async (server: Server, database: Database, port: number) => {
  const deadline = performance.now() + START_TIMEOUT_MS
  const accepts = () =>
    new Promise<boolean>((resolve) => {
      const socket = createConnection({ host: "127.0.0.1", port })
      socket.once("connect", () => {
        socket.destroy()
        resolve(true)
      })
      socket.once("error", () => resolve(false))
    })
  while (!(await accepts())) {
    stillUp(server, database, "before it listened")
    if (performance.now() > deadline) throw new Error(`sire serve (${database}) did not listen within ${START_TIMEOUT_MS / 1000} s:\n${server.output()}`)
    await sleep(RETRY_MS)
  }
}

// ---------------------------------------------------------------------------------------------
// Load

interface Target {
  readonly name: string
  readonly url: string
  readonly method: "GET" | "POST"
  readonly headers: Record<string, string>
  readonly body?: string
  /** Whether a 2xx body is what was asked. */
  readonly good: (body: string) => boolean
  /** The server process, for its CPU time. */
  readonly pid?: number | undefined
  /** Sire's server: what is read around a measured run beside its CPU time. */
  readonly meter?: Meter | undefined
}

/** Where a Sire server's statement counts are, and whether its database is PostgreSQL. */
interface Meter {
  readonly countsFile: string
  readonly postgres: boolean
}

/** The counters read around a measured run. */
interface Reading {
  readonly statements: number
  readonly transactions: number
  /** PostgreSQL's `xact_commit` of the database. */
  readonly xactCommit?: number
}

/** What one load run measured. */
export interface Measured {
  /** Good (2xx, expected body) responses per second over the measured time. */
  readonly rps: number
  readonly p50Ms: number
  readonly p99Ms: number
  /** Non-2xx responses, connection errors, time-outs and 2xx responses with an unexpected body. */
  readonly errors: number
  /** Good responses measured (the latencies' sample size). */
  readonly requests: number
  /** Response counts by status, when any was not 2xx. */
  readonly statusCodes?: Record<string, number>
  /** The server process's CPU time per good response, in ms. */
  readonly serverCpuMsPerRequest?: number
  /** Sire: SQL statements sent by its driver per good response (`countStatements.mjs`). */
  readonly statementsPerRequest?: number
  /** Sire: statements starting with `BEGIN` per good response. */
  readonly transactionsPerRequest?: number
  /** Sire on PostgreSQL: `pg_stat_database.xact_commit` delta per good response. */
  readonly xactCommitsPerRequest?: number
  /** Sire: the server process's highest RSS during the run (sampled every 200 ms), in MiB. */
  readonly peakRssMiB?: number
}

/** The value at quantile `q` (nearest rank) of ascending `sorted`. */
const quantile = (sorted: Float64Array, q: number) =>
  sorted.length === 0 ? Number.NaN : sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]

/** Turns latencies, counts and the elapsed time into a `Measured`. */
const summarize = (
  latencies: Array<number>,
  seconds: number,
  errors: number,
  statusCodes: Map<number, number>,
  cpu: number | undefined
): Measured => {
  const sorted = Float64Array.from(latencies).sort()
  const nonOk = Array.from(statusCodes.keys()).some((code) => code < 200 || code >= 300)
  return {
    rps: round(latencies.length / seconds, 1),
    p50Ms: round(quantile(sorted, 0.5), 2),
    p99Ms: round(quantile(sorted, 0.99), 2),
    errors,
    requests: latencies.length,
    ...(nonOk ? { statusCodes: Object.fromEntries(Array.from(statusCodes, ([code, n]) => [String(code), n])) } : {}),
    ...(cpu !== undefined && latencies.length > 0 ? { serverCpuMsPerRequest: round(cpu / latencies.length, 3) } : {})
  }
}

/** Records a bad answer's status and body (a few per run). */
const badAnswer = (target: Target, run: string, samples: Set<string>, status: number, body: string) => {
  if (samples.size >= 3) return
  const text = `${target.name}, ${run}: ${target.method} ${new URL(target.url).pathname}` +
    `${target.body ? ` ${clip(target.body, 200)}` : ""} → ${status}: ${clip(body)}`
  if (!samples.has(text)) {
    samples.add(text)
    problem(text)
  }
}

/**
 * One autocannon run of `seconds` on `target` with `connections` (`overallRate` caps the rate; see
 * the header); measures every response itself.
 */
const cannon = (target: Target, run: string, seconds: number, { connections = CONNECTIONS, overallRate }: { connections?: number; overallRate?: number } = {}) =>
  new Promise<Measured>((resolve, reject) => {
    stillRunning()
    const latencies: Array<number> = []
    const statusCodes = new Map<number, number>()
    const samples = new Set<string>()
    let bad = 0
    let lastStatus = 0
    let lastLatency = 0
    const cpu0 = cpuMs(target.pid)
    const instance = autocannon({
      url: target.url,
      method: target.method,
      headers: target.headers,
      ...(target.body !== undefined ? { body: target.body } : {}),
      connections,
      duration: seconds,
      timeout: REQUEST_TIMEOUT_S,
      ...(overallRate !== undefined ? { overallRate } : {}),
      // Called right after the `response` event of the same response (same tick): judge the body then.
      verifyBody: (body) => {
        const text = String(body)
        if (lastStatus >= 200 && lastStatus < 300 && target.good(text)) latencies.push(lastLatency)
        else {
          if (lastStatus >= 200 && lastStatus < 300) bad++
          badAnswer(target, run, samples, lastStatus, text)
        }
        return true
      }
    }, (error, result) => {
      loads.delete(instance)
      if (error) return reject(error)
      const cpu1 = cpuMs(target.pid)
      const errors = result.non2xx + result.errors + bad
      if (result.errors > 0) problem(`${target.name}, ${run}: ${result.errors} connection errors (${result.timeouts} time-outs)`)
      resolve(summarize(latencies, result.duration, errors, statusCodes, cpu0 !== undefined && cpu1 !== undefined ? cpu1 - cpu0 : undefined))
    })
    loads.add(instance)
    instance.on("response", (_client, statusCode, _bytes, responseTime) => {
      lastStatus = statusCode
      lastLatency = responseTime
      statusCodes.set(statusCode, (statusCodes.get(statusCode) ?? 0) + 1)
    })
  })

/**
 * An open-loop run: one request every 1/`rate` s for `seconds` whatever the responses (keep-alive
 * sockets, as many as needed), latency from writing each request to its response's last byte.
 */
const paced = (target: Target, run: string, rate: number, seconds: number) =>
  new Promise<Measured & { readonly sendLagP99Ms: number }>((resolve) => {
    stillRunning()
    const url = new URL(target.url)
    const agent = new http.Agent({ keepAlive: true, maxSockets: 256 })
    const total = Math.max(1, Math.round(rate * seconds))
    const interval = 1000 / rate
    const latencies: Array<number> = []
    const lags: Array<number> = []
    const statusCodes = new Map<number, number>()
    const samples = new Set<string>()
    let errors = 0
    let sent = 0
    let finished = 0
    let timer: NodeJS.Timeout | undefined
    const cpu0 = cpuMs(target.pid)
    const t0 = performance.now()
    const done = () => {
      if (++finished < total) return
      const elapsed = (performance.now() - t0) / 1000
      const cpu1 = cpuMs(target.pid)
      loads.delete(handle)
      agent.destroy()
      const lagsSorted = Float64Array.from(lags).sort()
      resolve({
        ...summarize(latencies, elapsed, errors, statusCodes, cpu0 !== undefined && cpu1 !== undefined ? cpu1 - cpu0 : undefined),
        sendLagP99Ms: round(quantile(lagsSorted, 0.99), 2)
      })
    }
    const send = (scheduled: number) => {
      const start = performance.now()
      lags.push(start - scheduled)
      const request = http.request({
        agent,
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: target.method,
        headers: { ...target.headers, ...(target.body !== undefined ? { "content-length": Buffer.byteLength(target.body) } : {}) },
        timeout: REQUEST_TIMEOUT_S * 1000
      }, (response) => {
        const chunks: Array<Buffer> = []
        response.on("data", (chunk: Buffer) => chunks.push(chunk))
        response.on("end", () => {
          const ms = performance.now() - start
          const status = response.statusCode ?? 0
          statusCodes.set(status, (statusCodes.get(status) ?? 0) + 1)
          const body = Buffer.concat(chunks).toString()
          if (status >= 200 && status < 300 && target.good(body)) latencies.push(ms)
          else {
            errors++
            badAnswer(target, run, samples, status, body)
          }
          done()
        })
      })
      request.on("timeout", () => request.destroy(new Error(`no response within ${REQUEST_TIMEOUT_S} s`)))
      request.on("error", (error) => {
        errors++
        if (samples.size < 3) {
          samples.add(error.message)
          problem(`${target.name}, ${run}: ${target.method} ${url.pathname} failed: ${error.message}`)
        }
        done()
      })
      request.end(target.body)
    }
    const tick = () => {
      const now = performance.now()
      const due = Math.min(total, Math.floor((now - t0) / interval) + 1)
      while (sent < due) send(t0 + interval * sent++)
      if (sent < total) timer = setTimeout(tick, Math.max(0, t0 + interval * sent - performance.now()))
    }
    const handle = {
      stop: () => {
        clearTimeout(timer)
        agent.destroy()
      }
    }
    loads.add(handle)
    tick()
  })

/**
 * A Sire server's statement counts (`countStatements.mjs`; asked with SIGUSR2, read
 * `COUNTS_SETTLE_MS` later) and on PostgreSQL the database's `xact_commit`. `undefined` without a meter.
 */
const read = async (target: Target): Promise<Reading | undefined> => {
  const { meter, pid } = target
  if (!meter) return undefined
  try {
    if (pid !== undefined) process.kill(pid, "SIGUSR2")
  } catch {
    // exited: its last counts are in the file
  }
  await sleep(COUNTS_SETTLE_MS)
  const counts = JSON.parse(readFileSync(meter.countsFile, "utf8")) as { statements: number; transactions: number }
  if (!meter.postgres) return counts
  const { rows } = await resources.admin!.query<{ xact_commit: string }>(
    "SELECT xact_commit FROM pg_stat_database WHERE datname = current_database()"
  )
  return { ...counts, xactCommit: Number(rows[0].xact_commit) }
}

/** The counters' increase between two readings, per good response. */
const perRequest = (before: Reading | undefined, after: Reading | undefined, requests: number) => {
  if (!before || !after || requests === 0) return {}
  const per = (delta: number) => round(delta / requests, 3)
  return {
    statementsPerRequest: per(after.statements - before.statements),
    transactionsPerRequest: per(after.transactions - before.transactions),
    ...(before.xactCommit !== undefined && after.xactCommit !== undefined
      ? { xactCommitsPerRequest: per(after.xactCommit - before.xactCommit) }
      : {})
  }
}

/**
 * A warm-up run (not recorded, but its failures are), then the measured max-throughput run with
 * `connections`; for Sire, its statements, transactions and peak RSS over the measured run.
 */
const maxThroughput = async (target: Target, connections: number): Promise<Measured> => {
  log(`${target.name}: warm-up ${WARMUP_SECONDS} s, then ${DURATION_SECONDS} s with ${connections} connection${connections === 1 ? "" : "s"}`)
  const warm = await cannon(target, `warm-up, c=${connections}`, WARMUP_SECONDS, { connections })
  if (warm.errors > 0) problem(`${target.name}, warm-up c=${connections}: ${warm.errors} errors in ${warm.requests + warm.errors} responses`)
  const before = await read(target)
  const rss = target.meter ? peakRss(target.pid) : undefined
  const run = await cannon(target, `max throughput, c=${connections}`, DURATION_SECONDS, { connections })
  const peakRssMiB = rss?.stop()
  const after = await read(target)
  const measured: Measured = {
    ...run,
    ...perRequest(before, after, run.requests),
    ...(peakRssMiB !== undefined ? { peakRssMiB } : {})
  }
  log(
    `  ${measured.rps} req/s, p50 ${measured.p50Ms} ms, p99 ${measured.p99Ms} ms, ${measured.errors} errors` +
      (measured.statementsPerRequest !== undefined
        ? `; ${measured.statementsPerRequest} statements, ${measured.transactionsPerRequest} BEGIN` +
          `${measured.xactCommitsPerRequest !== undefined ? `, ${measured.xactCommitsPerRequest} xact_commit` : ""} per request, peak RSS ${measured.peakRssMiB} MiB`
        : "")
  )
  return measured
}

// ---------------------------------------------------------------------------------------------
// One database

/** One line of the results: an endpoint on a database at a concurrency, Sire beside the baseline. */
export interface Case {
  /** `<database> <endpoint> c=<connections>`. */
  readonly name: string
  readonly database: Database
  readonly endpoint: Endpoint
  /** Keep-alive connections, one request in flight on each. */
  readonly connections: number
  readonly sire: Measured
  readonly baseline: Measured
  /** Sire req/s ÷ baseline req/s. */
  readonly ratio: number
  /** Sync executions at `CONNECTIONS` only: latency at half of Sire's max rate. */
  readonly halfLoad?: {
    readonly rate: number
    /** Open loop, evenly spaced (the target's measure). */
    readonly paced: Measured & { readonly sendLagP99Ms: number }
    /** autocannon `overallRate`: a burst of `CONNECTIONS` concurrent requests at the start of each second. */
    readonly autocannonOverallRate: Measured
  }
}

/** One measure of `startup`. */
export interface Row {
  readonly name: string
  readonly value: number
  readonly unit: string
}

/** Everything about one database: its cases and startup measures, or why it has none. */
interface DatabaseRun {
  readonly cases: Array<Case>
  readonly startup: Array<Row>
  readonly seconds: number
  readonly loadAverage: Array<number>
  readonly serverExit?: number | string | null
}

const ms = (since: number) => round(performance.now() - since, 0)

/** Spawns `sire serve` for a start-up measure (`t0`: the spawn), runs `measure`, and stops it whatever happens. */
const timedStart = async (
  setup: SireSetup,
  what: string,
  measure: (spawned: { readonly server: Server; readonly port: number; readonly t0: number }) => Promise<Array<Row>>
): Promise<Array<Row>> => {
  log(`${setup.database}: ${what}`)
  const port = await freePort()
  const t0 = performance.now()
  const server = spawnSire(setup, port)
  try {
    return await measure({ server, port, t0 })
  } finally {
    await stopSire(server, `${setup.database} ${what}`)
  }
}

/**
 * `sire serve` spawned again on the database it has set up (`fixture` still valid): ms from the
 * spawn to its first completed sync execution (POSTed every `RETRY_MS` while refused); then its
 * RSS once `IDLE_EXECUTIONS` sync executions have run and `IDLE_SECONDS` have passed.
 */
const restart = (setup: SireSetup, fixture: Fixture, what: string): Promise<Array<Row>> =>
  timedStart(setup, what, async ({ server, t0 }) => {
    const { database } = setup
    const first = await whenListening(server, database, () => syncExecution(server.base, fixture.apiKey, fixture.workflowId))
    const firstMs = ms(t0)
    if (!first.completed) throw new Error(`${database}, ${what}: the first sync execution did not complete`)
    for (let i = 1; i < IDLE_EXECUTIONS; i++) await syncExecution(server.base, fixture.apiKey, fixture.workflowId)
    await sleep(IDLE_SECONDS * 1000)
    const idle = rssMiB(server.child.pid)
    log(`  first completed sync execution ${firstMs} ms after the spawn; RSS ${idle} MiB idle after ${IDLE_EXECUTIONS}`)
    return [
      { name: `${database} ${what}: spawn → first completed sync execution`, value: firstMs, unit: "ms" },
      ...(idle !== undefined
        ? [{ name: `${database} ${what}: RSS idle (${IDLE_EXECUTIONS} sync executions, then ${IDLE_SECONDS} s)`, value: idle, unit: "MiB" }]
        : [])
    ]
  })

/**
 * `sire serve` spawned on `setup`'s brand-new database: ms from the spawn to its port accepting a
 * connection, and to its first completed sync execution after a signup, an API key and the workflow.
 */
const freshStart = (setup: SireSetup, what: string): Promise<Array<Row>> =>
  timedStart(setup, what, async ({ port, server, t0 }) => {
    const { database } = setup
    await accepting(server, database, port)
    const listeningMs = ms(t0)
    const apiKey = await whenListening(server, database, () => signUp(server.base))
    const { completed } = await syncExecution(server.base, apiKey, await createWorkflow(server.base, apiKey))
    const firstMs = ms(t0)
    if (!completed) throw new Error(`${database}, ${what}: the first sync execution did not complete`)
    log(`  listening ${listeningMs} ms after the spawn, first completed sync execution ${firstMs} ms`)
    return [
      { name: `${database} ${what}: spawn → listening`, value: listeningMs, unit: "ms" },
      { name: `${database} ${what}: spawn → first completed sync execution (signup, API key, workflow)`, value: firstMs, unit: "ms" }
    ]
  })

const benchDatabase = async (database: Database): Promise<DatabaseRun> => {
  const t0 = performance.now()
  const loadAverage = os.loadavg().map((l) => round(l, 2))
  const dataDir = tempDir(`sire-bench-http-${database}-`)
  const databaseUrl = database === "postgres" ? inSchema(await resources.newSchema("sire_bench_http")) : undefined
  const setup: SireSetup = {
    database,
    dataDir: join(dataDir, "sire"),
    databaseUrl,
    secret: randomBytes(32).toString("hex"),
    countsFile: join(dataDir, "counts.json")
  }
  log(`${database}: starting sire serve`)
  const sire = await startSire(setup)
  let baseline: Server | undefined
  let stopped = false
  const cases: Array<Case> = []
  const startup: Array<Row> = []
  let serverExit: number | string | null | undefined
  try {
    const fixture = await setUp(sire.base)
    const listFile = join(dataDir, "list.json")
    const executionFile = join(dataDir, "execution.json")
    writeFileSync(listFile, fixture.listBody)
    writeFileSync(executionFile, fixture.executionBody)
    baseline = await startBaseline(listFile, executionFile)

    const auth = { authorization: `Bearer ${fixture.apiKey}` }
    const json = { "content-type": "application/json" }
    const isList = (body: string) => body.startsWith("[")
    const isCompleted = (body: string) => body.includes("\"status\":\"completed\"")
    const syncBody = JSON.stringify(syncRequest(fixture.workflowId))
    const targets = (server: Server, name: string, meter?: Meter) => ({
      list: { name: `${database} ${name} ${LIST}`, url: `${server.base}/api/v1/workflows`, method: "GET", headers: auth, good: isList, pid: server.child.pid, meter } satisfies Target,
      sync: {
        name: `${database} ${name} ${SYNC}`,
        url: `${server.base}/api/v1/executions`,
        method: "POST",
        headers: { ...auth, ...json },
        body: syncBody,
        good: isCompleted,
        pid: server.child.pid,
        meter
      } satisfies Target
    })
    const s = targets(sire, "sire", { countsFile: setup.countsFile!, postgres: database === "postgres" })
    const b = targets(baseline, "node:http")
    const compare = async (endpoint: Endpoint, sireTarget: Target, baseTarget: Target, connections: number) => {
      const sireRun = await maxThroughput(sireTarget, connections)
      const baseRun = await maxThroughput(baseTarget, connections)
      return {
        name: `${database} ${endpoint} c=${connections}`,
        database,
        endpoint,
        connections,
        sire: sireRun,
        baseline: baseRun,
        ratio: round(sireRun.rps / baseRun.rps, 4)
      } satisfies Case
    }

    for (const connections of CONCURRENCIES) cases.push(await compare(LIST, s.list, b.list, connections))

    for (const connections of CONCURRENCIES) {
      const found = await compare(SYNC, s.sync, b.sync, connections)
      if (connections !== CONNECTIONS) {
        cases.push(found)
        continue
      }
      const rate = Math.max(1, Math.floor(found.sire.rps / 2))
      log(`${s.sync.name}: half load, ${rate} req/s for ${HALF_LOAD_SECONDS} s, paced then autocannon overallRate`)
      const halfPaced = await paced(s.sync, "half load (paced)", rate, HALF_LOAD_SECONDS)
      log(`  paced: ${halfPaced.rps} req/s, p50 ${halfPaced.p50Ms} ms, p99 ${halfPaced.p99Ms} ms, ${halfPaced.errors} errors`)
      const halfCannon = await cannon(s.sync, "half load (autocannon overallRate)", HALF_LOAD_SECONDS, { overallRate: rate })
      log(`  autocannon overallRate: ${halfCannon.rps} req/s, p50 ${halfCannon.p50Ms} ms, p99 ${halfCannon.p99Ms} ms, ${halfCannon.errors} errors`)
      cases.push({ ...found, halfLoad: { rate, paced: halfPaced, autocannonOverallRate: halfCannon } })
    }

    // Startup, with the load stopped: the server again on its database, then (PGlite) on a new one.
    await resources.stop(baseline.child, { graceMs: 3_000 })
    baseline = undefined
    stopped = true
    serverExit = await stopSire(sire, database)
    const { countsFile: _, ...plain } = setup
    startup.push(...await restart(plain, fixture, database === "pglite" ? "restart (existing data dir)" : "restart (existing schema)"))
    if (database === "pglite") {
      startup.push(...await freshStart({ ...plain, dataDir: join(dataDir, "fresh"), secret: randomBytes(32).toString("hex") }, "fresh data dir"))
    }
  } finally {
    if (!stopped) serverExit = await stopSire(sire, database)
    if (baseline) await resources.stop(baseline.child, { graceMs: 3_000 })
    resources.removeDir(dataDir)
  }
  return { cases, startup, seconds: round((performance.now() - t0) / 1000, 1), loadAverage, ...(serverExit !== undefined ? { serverExit } : {}) }
}

// ---------------------------------------------------------------------------------------------

const main = async () => {
  const started = performance.now()
  const only = process.env.BENCH_ONLY
  if (only !== undefined && only.toLowerCase() !== "http") {
    console.log(`http bench: BENCH_ONLY=${only} does not pick it (BENCH_ONLY=http does)`)
    return
  }
  let postgresVersion: string | undefined
  const wanted = [...databases]
  if (wanted.includes("postgres")) {
    try {
      const admin = resources.admin = await connect()
      postgresVersion = (await admin.query<{ server_version: string }>("SHOW server_version")).rows[0].server_version
      await resources.dropLeftovers("sire_bench_http")
    } catch (error) {
      if (process.env.SIRE_REQUIRE_POSTGRES === "1") throw error
      process.stderr.write(`PostgreSQL unreachable at ${postgresUrl}: its cases are skipped (${String(error)})\n`)
      await resources.admin?.end().catch(() => {})
      resources.admin = undefined
      wanted.splice(wanted.indexOf("postgres"), 1)
    }
  }

  const cases: Array<Case> = []
  const startup: Array<Row> = []
  const perDatabase: Record<string, Omit<DatabaseRun, "cases" | "startup">> = {}
  let failed = false
  try {
    for (const database of wanted) {
      try {
        const { cases: found, startup: started, ...rest } = await benchDatabase(database)
        cases.push(...found)
        startup.push(...started)
        perDatabase[database] = rest
      } catch (error) {
        failed = true
        problem(`${database}: the run failed: ${error instanceof Error ? error.message : String(error)}`)
      }
    }
  } finally {
    await cleanup()
  }

  // -------------------------------------------------------------------------------------------
  // Results

  const postgresSync = cases.find((c) => c.database === "postgres" && c.endpoint === SYNC && c.connections === CONNECTIONS)
  const target = {
    syncExecutionsPerSecondOnPostgres: TARGET_SYNC_RPS,
    p99MsAtHalfLoad: TARGET_HALF_LOAD_P99_MS,
    measuredOn: "PostgreSQL; half load measured paced (open loop)",
    met: postgresSync
      ? {
        throughput: postgresSync.sire.rps >= TARGET_SYNC_RPS && postgresSync.sire.errors === 0,
        p99AtHalfLoad: (postgresSync.halfLoad?.paced.p99Ms ?? Infinity) <= TARGET_HALF_LOAD_P99_MS && postgresSync.halfLoad?.paced.errors === 0
      }
      : null
  }
  const notes = [
    `max throughput: autocannon, closed loop with ${CONCURRENCIES.join(" then ")} keep-alive connection(s) (one request in flight on each; c=… in the case names), ${WARMUP_SECONDS} s warm-up then ${DURATION_SECONDS} s measured; Sire, then node:http, same client, same run`,
    "baseline: a bare node:http server in its own process (http-baseline.ts) answering the bodies captured from the Sire server verbatim; ratio = Sire req/s ÷ baseline req/s",
    `half load: sync executions at half of Sire's max rate with ${CONNECTIONS} connections for ${HALF_LOAD_SECONDS} s — paced: open loop, one request every 1/rate s (the target's measure); autocannonOverallRate: each connection sends its share back to back at the start of every second (bursts of ${CONNECTIONS} concurrent requests)`,
    "latency: each good response's time from writing the request to its last byte, p50/p99 by nearest rank; rps: good responses per second; errors: non-2xx, connection errors, time-outs and 2xx bodies that are not a completed execution (sync) or an array (list)",
    `sire serve: ${WORKFLOWS} CONTRACT workflows, the list's default page (${WORKFLOWS}), an admin API key, rate limits (1,000,000 per second: checked, never reached) and the free-tier quota lifted, SIRE_LOG_LEVEL=warn; sync request body ${JSON.stringify(syncRequest("wf_…"))}`,
    "serverCpuMsPerRequest: the server process's user + system CPU time over the measured run ÷ good responses (PostgreSQL's own CPU not included); the client (autocannon) shares the machine's cores with the server and the database",
    `statementsPerRequest, transactionsPerRequest: calls of pg's Client#query and PGlite's Query and Execute protocol messages (execProtocolRaw: query, exec and prepared statements) in the server process (countStatements.mjs, preloaded), and those whose text starts with BEGIN, over the measured run ÷ good responses; read ${COUNTS_SETTLE_MS} ms after the warm-up and after the run, so they include the server's background statements and those of the requests cut off at the end of the run (at most one per connection)`,
    "xactCommitsPerRequest (PostgreSQL): pg_stat_database.xact_commit of the database over the measured run ÷ good responses — every commit, one statement's implicit transaction included, of every session on the database (other users of it too); a busy backend publishes its counts at most once a second, so the window is shifted by up to a second at both ends",
    `peakRssMiB: the server process's highest VmRSS (/proc/<pid>/status) sampled every ${RSS_SAMPLE_MS} ms over the measured run`,
    `startup: the server stopped (SIGTERM) after the load and spawned again on the same data dir or schema (same SIRE_SECRET, no preload): ms from spawn() to the first 200 completed sync execution with the existing API key and workflow, POSTed every ${RETRY_MS} ms while the connection is refused; RSS after ${IDLE_EXECUTIONS} sync executions and ${IDLE_SECONDS} s idle. PGlite fresh data dir: ms from spawn() to the port accepting a connection (tried every ${RETRY_MS} ms), and to the first completed sync execution after a signup, an admin API key and the workflow's creation`
  ]
  const out = { cases, startup, target, notes, problems }
  const meta = {
    ...machine(),
    connections: CONNECTIONS,
    concurrencies: CONCURRENCIES,
    warmupSeconds: WARMUP_SECONDS,
    durationSeconds: DURATION_SECONDS,
    halfLoadSeconds: HALF_LOAD_SECONDS,
    autocannon: (createRequire(import.meta.url)("autocannon/package.json") as { version: string }).version,
    postgres: postgresVersion ?? "unreachable or not used",
    databases: perDatabase,
    ...(only ? { only } : {}),
    totalSeconds: round((performance.now() - started) / 1000, 1)
  }
  mkdirSync(join(here, "results"), { recursive: true })
  writeFileSync(join(here, "results", "http.json"), JSON.stringify(out, null, 2) + "\n")
  writeFileSync(join(here, "results", "http.meta.json"), JSON.stringify(meta, null, 2) + "\n")

  const n = (x: number | undefined, digits = 0) =>
    x === undefined || Number.isNaN(x) ? "—" : x.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits })
  const ms = (x: number | undefined) => n(x, x !== undefined && x < 10 ? 2 : 1)
  const label = { pglite: "PGlite", postgres: "PostgreSQL" } as const
  const lines = [
    `Node ${meta.node}, ${meta.platform}, ${meta.cpus} × ${meta.cpu}, load ${meta.loadAverage.join(" ")}; PostgreSQL ${meta.postgres}; ` +
    `autocannon ${meta.autocannon}, ${CONNECTIONS} connections, ${DURATION_SECONDS} s after ${WARMUP_SECONDS} s warm-up; ${meta.timestamp}`,
    "",
    "| database | endpoint | c | Sire req/s | p50 ms | p99 ms | errors | node:http req/s | p50 ms | p99 ms | ratio¹ | half load² req/s | p50 ms | p99 ms | bursty³ p50 ms | p99 ms |",
    "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ...cases.map((c) => {
      const h = c.halfLoad
      return `| ${label[c.database]} | ${c.endpoint} | ${c.connections} | ${n(c.sire.rps)} | ${ms(c.sire.p50Ms)} | ${ms(c.sire.p99Ms)} | ${n(c.sire.errors)} | ` +
        `${n(c.baseline.rps)} | ${ms(c.baseline.p50Ms)} | ${ms(c.baseline.p99Ms)} | ${c.ratio < 0.1 ? c.ratio.toPrecision(2) : n(c.ratio, 2)} | ` +
        (h
          ? `${n(h.paced.rps)} | ${ms(h.paced.p50Ms)} | ${ms(h.paced.p99Ms)} | ${ms(h.autocannonOverallRate.p50Ms)} | ${ms(h.autocannonOverallRate.p99Ms)} |`
          : "| | | | |")
    }),
    "",
    "c: keep-alive connections, one request in flight on each (closed loop).",
    "¹ Sire req/s ÷ node:http req/s (a bare server answering the same JSON bodies).",
    `² sync executions paced evenly (open loop) at half of Sire's max rate with ${CONNECTIONS} connections.`,
    `³ the same rate through autocannon \`overallRate\`: bursts of ${CONNECTIONS} concurrent requests at the start of every second.`,
    "",
    "What a request costs the Sire server, over each measured max-throughput run:",
    "",
    "| database | endpoint | c | CPU ms/req | SQL statements/req⁴ | BEGIN/req⁴ | xact_commit/req⁵ | peak RSS MiB |",
    "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ...cases.map((c) =>
      `| ${label[c.database]} | ${c.endpoint} | ${c.connections} | ${n(c.sire.serverCpuMsPerRequest, 3)} | ${n(c.sire.statementsPerRequest, 2)} | ` +
      `${n(c.sire.transactionsPerRequest, 2)} | ${n(c.sire.xactCommitsPerRequest, 2)} | ${n(c.sire.peakRssMiB, 1)} |`
    ),
    "",
    "⁴ at the driver in the server process (pg `Client#query`, PGlite Query and Execute protocol messages); BEGIN: those starting with `BEGIN`.",
    "⁵ PostgreSQL's `pg_stat_database.xact_commit` of the database (implicit one-statement transactions included).",
    "",
    "| startup⁶ | value |",
    "| --- | ---: |",
    ...startup.map((row) => `| ${row.name} | ${n(row.value, row.unit === "ms" ? 0 : 1)} ${row.unit} |`),
    "",
    `⁶ after the load, the server stopped and spawned again on its database, the sync execution POSTed every ${RETRY_MS} ms while refused; ` +
    `RSS after ${IDLE_EXECUTIONS} sync executions and ${IDLE_SECONDS} s idle; PGlite fresh: a new data dir, \`listening\` = its port accepts a connection.`,
    "",
    postgresSync
      ? `Target (PostgreSQL): sync execution ≥ ${n(TARGET_SYNC_RPS)}/s: ${n(postgresSync.sire.rps)}/s ${target.met!.throughput ? "✅" : "❌"}; ` +
        `p99 ≤ ${TARGET_HALF_LOAD_P99_MS} ms at half that load: ${ms(postgresSync.halfLoad?.paced.p99Ms)} ms ${target.met!.p99AtHalfLoad ? "✅" : "❌"}`
      : "Target (PostgreSQL): not measured",
    ...(problems.length > 0 ? ["", `Problems (${problems.length}):`, ...problems.map((p) => `- ${p}`)] : [])
  ]
  console.log(lines.join("\n"))
  console.log(`\nwrote bench/results/http.json and bench/results/http.meta.json (${meta.totalSeconds} s)`)
  if (failed) process.exit(1)
}

main().catch(async (e) => {
  console.error(e)
  await cleanup()
  process.exit(1)
})
