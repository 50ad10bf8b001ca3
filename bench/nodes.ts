/**
 * `pnpm bench` (alone with `BENCH_ONLY=nodes`): the cost of the server's node types, in one
 * process, on the in-memory engine (`Sire.layerMemory` with the `code` and `http` nodes
 * registered), so that the node is measured and not a database.
 *
 * `code` (the function body `return input.n + 1`):
 * - cold: a fresh sandbox pool of one worker per run (worker start + QuickJS wasm load + the run +
 *   termination), called directly;
 * - warm, direct: `Sandbox.run` on a pool of 2 reused workers, one run at a time, and with
 *   `IN_FLIGHT` runs in flight (throughput);
 * - warm, engine: `sire.run` of trigger → code → output; its baseline, measured in the same run, is
 *   the same workflow with a `transform` node computing `{{ input.n + 1 }}`.
 *
 * `http` (a `GET` of a loopback `node:http` server in this process answering a small JSON): `sire.run`
 * of trigger → http → output (through the egress guard, 127.0.0.1 allowed) against a bare `fetch`
 * of the same URL; the ratio is executions per second over fetches per second.
 *
 * Every measurement is a closed loop (one operation at a time unless said) for `BENCH_NODES_SECONDS`
 * (3 s) after a short warm-up; latencies are each operation's wall time (p50, p99 in ms, exact).
 * Writes `results/nodes.json` (`{ name, value, unit }` rows), `results/nodes.meta.json` and prints
 * a markdown table.
 */
import { Effect, Exit, Layer, ManagedRuntime, Scope } from "effect"
import { Sire } from "@sire/core"
import { mkdirSync, writeFileSync } from "node:fs"
import { createServer } from "node:http"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import * as CodeNode from "@sire/nodes/CodeNode"
import * as CredentialVault from "@sire/nodes/CredentialVault"
import * as EgressGuard from "@sire/nodes/EgressGuard"
import * as HttpNode from "@sire/nodes/HttpNode"
import { Sandbox } from "@sire/nodes/Sandbox"
import * as Pool from "@sire/nodes/SandboxPool"
import { machine, round } from "./machine.js"

const SECONDS = Number(process.env.BENCH_NODES_SECONDS ?? 3)
const WARMUP_SECONDS = Math.min(1, SECONDS / 3)
const IN_FLIGHT = 4
const SOURCE = "return input.n + 1"
const here = dirname(fileURLToPath(import.meta.url))

/** One measurement: operations per second and latency percentiles. */
interface Measured {
  readonly ops: number
  readonly perSecond: number
  readonly p50Ms: number
  readonly p99Ms: number
}

const percentile = (sorted: ReadonlyArray<number>, p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN

/** Runs `op` in a closed loop with `inFlight` at a time for `seconds` (after a warm-up), timing each. */
const measure = async (label: string, op: () => Promise<void>, inFlight = 1, seconds = SECONDS): Promise<Measured> => {
  const loop = async (until: number, latencies: Array<number> | undefined) => {
    const lane = async () => {
      while (performance.now() < until) {
        const begin = performance.now()
        await op()
        latencies?.push(performance.now() - begin)
      }
    }
    await Promise.all(Array.from({ length: inFlight }, lane))
  }
  await loop(performance.now() + WARMUP_SECONDS * 1000, undefined)
  const latencies: Array<number> = []
  const begin = performance.now()
  await loop(begin + seconds * 1000, latencies)
  const elapsed = (performance.now() - begin) / 1000
  const sorted = latencies.sort((a, b) => a - b)
  const result = { ops: sorted.length, perSecond: sorted.length / elapsed, p50Ms: percentile(sorted, 0.5), p99Ms: percentile(sorted, 0.99) }
  process.stderr.write(`  ${label}: ${round(result.perSecond, 1)}/s, p99 ${round(result.p99Ms, 3)} ms (${result.ops} ops)\n`)
  return result
}

/** A loopback JSON server; resolves with its URL and a way to close it. */
const loopback = () =>
  new Promise<{ url: string; close: () => Promise<void> }>((resolve, reject) => {
    const body = JSON.stringify({ ok: true, items: [1, 2, 3] })
    const server = createServer((_request, response) => {
      response.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(body) })
      response.end(body)
    })
    server.keepAliveTimeout = 60_000
    server.once("error", reject)
    server.listen(0, "127.0.0.1", () => {
      const address = server.address()
      const port = typeof address === "object" && address !== null ? address.port : 0
      resolve({
        url: `http://127.0.0.1:${port}/items`,
        close: () => new Promise((done) => {
          server.closeAllConnections()
          server.close(() => done())
        })
      })
    })
  })

/** The credential vault the `http` node needs; the bench sends no credential, so it holds none. */
const noCredentials = CredentialVault.layerMemory()

const workflow = (name: string, node: Record<string, unknown>) => ({
  name,
  nodes: [
    { id: "start", type: "trigger" },
    { id: "work", ...node },
    { id: "done", type: "output", params: { value: "{{ nodes.work }}" } }
  ],
  edges: [{ source: "start", target: "work" }, { source: "work", target: "done" }]
})

const main = async () => {
  const started = performance.now()
  const server = await loopback()
  const nodes = Effect.all([CodeNode.make, HttpNode.make])
  const engine = Layer.unwrapEffect(Effect.map(nodes, ([code, http]) => Sire.layerMemory({ nodes: [code, http] })))
  const layer = Layer.provideMerge(engine, Layer.mergeAll(Pool.layer({ size: 3 }), EgressGuard.layer({ allow: ["127.0.0.1"] }), noCredentials))
  const runtime = ManagedRuntime.make(layer)
  try {
    const sire = await runtime.runPromise(Sire.Sire)
    const sandbox = await runtime.runPromise(Sandbox)
    const create = (document: unknown) => runtime.runPromise(Effect.map(sire.createWorkflow(document), (w) => w.id))
    const ids = {
      code: await create(workflow("code", { type: "code", params: { source: SOURCE } })),
      transform: await create(workflow("transform", { type: "transform", params: { value: "{{ input.n + 1 }}" } })),
      http: await create(workflow("http", { type: "http", params: { url: server.url } }))
    }
    const execute = (workflowId: string, check: (output: unknown) => boolean) => async () => {
      const execution = await runtime.runPromise(sire.run({ workflowId, input: { n: 41 } }))
      if (execution.status !== "completed" || !check(execution.output)) {
        throw new Error(`execution ${execution.status}: ${JSON.stringify(execution.error ?? execution.output)}`)
      }
    }
    const is42 = (output: unknown) => output === 42
    const direct = async () => {
      const result = await runtime.runPromise(sandbox.run({ organizationId: "bench", source: SOURCE, input: { n: 41 }, nodes: {}, vars: {}, timeoutMs: 1_000 }))
      if (result.output !== 42) throw new Error(`unexpected output ${JSON.stringify(result.output)}`)
    }
    const cold = async () => {
      const scope = Effect.runSync(Scope.make())
      try {
        const pool = await Effect.runPromise(Scope.extend(Pool.make({ size: 1 }), scope))
        const result = await Effect.runPromise(pool.run({ organizationId: "bench", source: SOURCE, input: { n: 41 }, nodes: {}, vars: {}, timeoutMs: 1_000 }))
        if (result.output !== 42) throw new Error(`unexpected output ${JSON.stringify(result.output)}`)
      } finally {
        await Effect.runPromise(Scope.close(scope, Exit.void))
      }
    }
    const bareFetch = async () => {
      const response = await fetch(server.url)
      const body = await response.json() as { ok?: boolean }
      if (response.status !== 200 || body.ok !== true) throw new Error(`fetch answered ${response.status}`)
    }
    const httpOk = (output: unknown) => (output as { status?: number; body?: { ok?: boolean } }).status === 200 &&
      (output as { body: { ok?: boolean } }).body.ok === true

    process.stderr.write("nodes bench\n")
    const m = {
      cold: await measure("code cold (fresh pool per run)", cold),
      warm: await measure("code warm, direct", direct),
      warmParallel: await measure(`code warm, direct, ${IN_FLIGHT} in flight`, direct, IN_FLIGHT),
      engineCode: await measure("code warm, engine", execute(ids.code, is42)),
      engineTransform: await measure("transform (baseline), engine", execute(ids.transform, is42)),
      engineHttp: await measure("http node, engine", execute(ids.http, httpOk)),
      fetch: await measure("bare fetch", bareFetch)
    }
    const rows: Array<{ name: string; value: number; unit: string }> = []
    const add = (name: string, x: Measured, unit: string) => {
      rows.push({ name: `${name}: rate`, value: round(x.perSecond, 1), unit })
      rows.push({ name: `${name}: p50`, value: round(x.p50Ms, 3), unit: "ms" })
      rows.push({ name: `${name}: p99`, value: round(x.p99Ms, 3), unit: "ms" })
    }
    add("code-cold-fresh-pool-per-run", m.cold, "runs/s")
    add("code-warm-direct", m.warm, "runs/s")
    add(`code-warm-direct-${IN_FLIGHT}-in-flight`, m.warmParallel, "runs/s")
    add("code-warm-engine", m.engineCode, "executions/s")
    add("transform-engine-baseline", m.engineTransform, "executions/s")
    rows.push({ name: "code-warm: engine / direct", value: round(m.engineCode.perSecond / m.warm.perSecond, 3), unit: "× (executions/s over direct runs/s)" })
    rows.push({ name: "code-warm-engine: ratio to transform", value: round(m.engineCode.perSecond / m.engineTransform.perSecond, 3), unit: "× (code executions/s over transform executions/s)" })
    rows.push({ name: "code: cold / warm", value: round(m.cold.perSecond / m.warm.perSecond, 4), unit: "× (cold runs/s over warm runs/s)" })
    add("http-node-engine", m.engineHttp, "executions/s")
    add("bare-fetch-baseline", m.fetch, "fetches/s")
    rows.push({ name: "http-node: ratio", value: round(m.engineHttp.perSecond / m.fetch.perSecond, 3), unit: "× (executions/s over fetches/s)" })
    rows.push({ name: "http-node: p99 ratio", value: round(m.engineHttp.p99Ms / m.fetch.p99Ms, 2), unit: "× (execution p99 over fetch p99)" })

    const meta = {
      ...machine(),
      secondsPerMeasurement: SECONDS,
      warmupSeconds: WARMUP_SECONDS,
      statistic: "closed loop, one at a time unless `in flight`; exact percentiles of every operation",
      layer: "Sire.layerMemory({ nodes: [code, http] }) over Pool.layer({ size: 3 }) (one organization: 2 workers), EgressGuard.layer({ allow: ['127.0.0.1'] })",
      source: SOURCE,
      loopback: "node:http in this process, keep-alive, 31-byte JSON",
      totalSeconds: round((performance.now() - started) / 1000, 1)
    }
    mkdirSync(join(here, "results"), { recursive: true })
    writeFileSync(join(here, "results", "nodes.json"), JSON.stringify(rows, null, 2) + "\n")
    writeFileSync(join(here, "results", "nodes.meta.json"), JSON.stringify(meta, null, 2) + "\n")
    console.log("\n| measurement | value | unit |\n|---|---:|---|")
    for (const row of rows) console.log(`| ${row.name} | ${row.value} | ${row.unit} |`)
    console.log(`\nwrote bench/results/nodes.json and bench/results/nodes.meta.json (${meta.totalSeconds} s)`)
  } finally {
    await runtime.dispose()
    await server.close()
  }
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
