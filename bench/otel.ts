/**
 * `pnpm bench` (alone with `BENCH_ONLY=otel`): what telemetry costs. Three variants of the same
 * work, interleaved round by round, median reported:
 * - `none`: no telemetry layer at all (`Layer.empty`);
 * - `off`: the `OTEL_*` environment path with nothing set (`Telemetry.layerFromEnv`) — what a
 *   server without telemetry runs; must be within noise of `none`;
 * - `on`: the OpenTelemetry SDK exporting spans (batched) and metrics (every second) over
 *   OTLP/HTTP to a loopback sink in this process that accepts and discards them.
 *
 * Engine: executions/s of the CONTRACT example with `sire.run` on `Sire.layerMemory()`
 * (`EXECUTIONS` per round, `IN_FLIGHT` at a time). HTTP: sync executions/s of the bundled server
 * (`Server.layer`, in this process, in-memory PGlite, rate limits and quota lifted) under
 * autocannon with `CONNECTIONS` keep-alive connections, `SECONDS` measured per round after a
 * one-second warm-up. Writes `results/otel.json` (rows `{ name, value, unit }` and the ratios
 * `on/off` and `off/none`) and `results/otel.meta.json`; bounded to about two minutes.
 *
 * Environment: `BENCH_OTEL_ROUNDS` (3), `BENCH_OTEL_EXECUTIONS` (400), `BENCH_OTEL_SECONDS` (4).
 */
import autocannon from "autocannon"
import { Effect, Exit, Layer, LogLevel, Logger, ManagedRuntime, Option, Redacted, Scope } from "effect"
import { mkdirSync, readFileSync, writeFileSync } from "node:fs"
import { createServer, type Server as NodeServer } from "node:http"
import { createServer as createNetServer } from "node:net"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import { Sire } from "@sire/core"
import * as PgliteClient from "@sire/adapters/PgliteClient"
import { leadNotification } from "../packages/core/test/fixtures/contract.js"
import * as Server from "../packages/http/src/Server.js"
import type { ServerConfig } from "../packages/http/src/ServerConfig.js"
import * as OtlpExport from "../packages/http/src/telemetry/OtlpExport.js"
import * as Telemetry from "../packages/http/src/telemetry/Telemetry.js"
import { machine, round } from "./machine.js"

const ROUNDS = Number(process.env.BENCH_OTEL_ROUNDS ?? 3)
const ENGINE_ROUNDS = ROUNDS * 2
const EXECUTIONS = Number(process.env.BENCH_OTEL_EXECUTIONS ?? 400)
const IN_FLIGHT = 32
const CONNECTIONS = 10
const SECONDS = Number(process.env.BENCH_OTEL_SECONDS ?? 4)
const variants = ["none", "off", "on"] as const
type Variant = typeof variants[number]

const here = dirname(fileURLToPath(import.meta.url))
const contract: unknown = JSON.parse(readFileSync(join(here, "..", "examples", "server", "lead-notification.json"), "utf8"))
for (const name of Object.keys(process.env)) if (name.startsWith("OTEL_")) delete process.env[name]

/** A loopback OTLP/HTTP sink: accepts every export, keeps nothing but a count. */
const sink = async () => {
  let exports = 0
  const server: NodeServer = createServer((request, response) => {
    request.resume()
    request.on("end", () => {
      exports++
      response.writeHead(200, { "content-type": "application/json" })
      response.end("{}")
    })
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  const address = server.address()
  const url = `http://127.0.0.1:${typeof address === "object" && address !== null ? address.port : 0}`
  return { url, exports: () => exports, close: () => new Promise<void>((resolve) => server.close(() => resolve())) }
}

/** The telemetry layer of a variant; `on` exports to `endpoint` (the exporters read it when built). */
const telemetry = (variant: Variant, endpoint: string): Layer.Layer<never, unknown> => {
  if (variant === "none") return Layer.empty
  if (variant === "off") return Telemetry.layerFromEnv
  return Telemetry.layer(() => {
    process.env.OTEL_EXPORTER_OTLP_ENDPOINT = endpoint
    try {
      return OtlpExport.configuration({ traces: true, metrics: true, serviceName: "sire-bench", metricIntervalMs: 1_000, metricTimeoutMs: 1_000 })
    } finally {
      delete process.env.OTEL_EXPORTER_OTLP_ENDPOINT
    }
  })
}

/** The median and the spread of a variant's rounds. */
interface Summary {
  readonly median: number
  readonly min: number
  readonly max: number
}

const summarize = (values: ReadonlyArray<number>): Summary => {
  const sorted = [...values].sort((a, b) => a - b)
  return { median: sorted[Math.floor(sorted.length / 2)]!, min: sorted[0]!, max: sorted[sorted.length - 1]! }
}

/** The variants in round `r`'s order (rotated, so none always runs first). */
const order = (r: number): ReadonlyArray<Variant> => variants.map((_, i) => variants[(i + r) % variants.length]!)

/** Engine executions/s for each variant: one runtime per variant, rounds interleaved. */
const engine = async (endpoint: string): Promise<Record<Variant, Summary>> => {
  const runtimes = Object.fromEntries(variants.map((variant) => [
    variant,
    ManagedRuntime.make(Sire.layerMemory({ worker: { concurrency: 256 } }).pipe(Layer.provide(telemetry(variant, endpoint))))
  ])) as Record<Variant, ManagedRuntime.ManagedRuntime<Sire.Sire, unknown>>
  const workflows = {} as Record<Variant, string>
  for (const variant of variants) {
    workflows[variant] = await runtimes[variant].runPromise(Effect.flatMap(Sire.Sire, (sire) => Effect.map(sire.createWorkflow(leadNotification), (w) => w.id)))
  }
  const once = (variant: Variant, count: number) =>
    runtimes[variant].runPromise(Effect.flatMap(Sire.Sire, (sire) =>
      Effect.forEach(Array.from({ length: count }, (_, i) => i), (i) =>
        sire.run({ workflowId: workflows[variant], input: { email: `lead${i}@acme.com` } }), { concurrency: IN_FLIGHT, discard: true })))
  const rates: Record<Variant, Array<number>> = { none: [], off: [], on: [] }
  for (const variant of variants) await once(variant, EXECUTIONS)
  for (let r = 0; r < ENGINE_ROUNDS; r++) {
    for (const variant of order(r)) {
      const started = performance.now()
      await once(variant, EXECUTIONS)
      rates[variant].push(EXECUTIONS / ((performance.now() - started) / 1000))
    }
  }
  for (const variant of variants) await runtimes[variant].dispose()
  return { none: summarize(rates.none), off: summarize(rates.off), on: summarize(rates.on) }
}

/** A free loopback port. */
const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createNetServer().listen(0, "127.0.0.1", () => {
      const address = probe.address()
      probe.close(() => resolve(typeof address === "object" && address !== null ? address.port : 0))
    })
  })

const config: ServerConfig = {
  port: 0,
  host: "127.0.0.1",
  dataDir: "/nonexistent",
  databaseUrl: Option.none(),
  secret: Redacted.make("bench-secret-0123456789abcdef0123456789abcdef"),
  egressAllow: [],
  publicUrl: "http://sire.bench",
  rateLimits: { auth: { limit: 1e9, windowMs: 60_000 }, write: { limit: 1e9, windowMs: 60_000 }, read: { limit: 1e9, windowMs: 60_000 } },
  freeTierExecutions: 1e9,
  workerConcurrency: 64,
  sandboxWorkers: 3,
  codeTimeoutMaxMs: 30_000,
  logLevel: LogLevel.Warning
}

/** Starts an in-process server with the variant's telemetry; answers its base URL, a token and a workflow id. */
const startServer = async (variant: Variant, endpoint: string) => {
  const scope = Effect.runSync(Scope.make())
  const port = await freePort()
  const layer = Server.layer({ config: { ...config, port }, database: PgliteClient.layer({}), telemetry: telemetry(variant, endpoint) }).pipe(
    Layer.provide(Logger.minimumLogLevel(LogLevel.Warning))
  )
  await Effect.runPromise(Layer.buildWithScope(layer, scope))
  const base = `http://127.0.0.1:${port}`
  const post = async (path: string, body: unknown, token?: string) => {
    const response = await fetch(`${base}${path}`, {
      method: "POST",
      headers: { "content-type": "application/json", ...(token !== undefined ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body)
    })
    return (await response.json()) as Record<string, any>
  }
  const { token } = await post("/api/v1/auth/signup", { email: `bench-${variant}@example.com`, password: "correct horse battery staple" })
  const { id } = await post("/api/v1/workflows", contract, token)
  return { base, token: token as string, workflowId: id as string, close: () => Effect.runPromise(Scope.close(scope, Exit.void)) }
}

/** Sync executions/s of a server over `seconds`. */
const load = (server: { base: string; token: string; workflowId: string }, seconds: number) =>
  new Promise<number>((resolve, reject) => {
    autocannon({
      url: `${server.base}/api/v1/executions`,
      method: "POST",
      connections: CONNECTIONS,
      duration: seconds,
      headers: { "content-type": "application/json", authorization: `Bearer ${server.token}` },
      body: JSON.stringify({ workflowId: server.workflowId, input: { email: "lead@acme.com" }, mode: "sync" })
    }, (error, result) => (error ? reject(error) : resolve(result["2xx"] / seconds)))
  })

/** HTTP sync executions/s for each variant: one server per variant, rounds interleaved. */
const http = async (endpoint: string): Promise<Record<Variant, Summary>> => {
  const servers = {} as Record<Variant, Awaited<ReturnType<typeof startServer>>>
  for (const variant of variants) servers[variant] = await startServer(variant, endpoint)
  const rates: Record<Variant, Array<number>> = { none: [], off: [], on: [] }
  try {
    for (let r = 0; r < ROUNDS; r++) {
      for (const variant of order(r)) {
        await load(servers[variant], 1)
        rates[variant].push(await load(servers[variant], SECONDS))
      }
    }
  } finally {
    for (const variant of variants) await servers[variant].close()
  }
  return { none: summarize(rates.none), off: summarize(rates.off), on: summarize(rates.on) }
}

const main = async () => {
  const started = Date.now()
  const otlp = await sink()
  process.stderr.write("otel: engine…\n")
  const engineRates = await engine(otlp.url)
  process.stderr.write("otel: http…\n")
  const httpRates = await http(otlp.url)
  await otlp.close()
  const rows = (name: string, unit: string, rates: Record<Variant, Summary>) => [
    ...variants.flatMap((variant) => [
      { name: `${name}: ${variant}`, value: round(rates[variant].median, 1), unit },
      { name: `${name}: ${variant} min–max`, value: [round(rates[variant].min, 1), round(rates[variant].max, 1)], unit }
    ]),
    { name: `${name}: ratio off/none`, value: round(rates.off.median / rates.none.median, 3), unit: "× (1: telemetry off costs nothing)" },
    { name: `${name}: ratio on/off`, value: round(rates.on.median / rates.off.median, 3), unit: "× (throughput kept with telemetry on)" }
  ]
  const results = [
    ...rows("engine (memory, CONTRACT example, sire.run)", "executions/s", engineRates),
    ...rows("http (PGlite in memory, POST /api/v1/executions sync)", "executions/s", httpRates)
  ]
  const out = join(here, "results")
  mkdirSync(out, { recursive: true })
  writeFileSync(join(out, "otel.json"), `${JSON.stringify(results, null, 2)}\n`)
  writeFileSync(join(out, "otel.meta.json"), `${JSON.stringify({
    ...machine(),
    engineRounds: ENGINE_ROUNDS,
    httpRounds: ROUNDS,
    engineExecutionsPerRound: EXECUTIONS,
    httpSecondsPerRound: SECONDS,
    connections: CONNECTIONS,
    otlpExportsReceived: otlp.exports(),
    seconds: Math.round((Date.now() - started) / 1000)
  }, null, 2)}\n`)
  const line = (name: string, r: Record<Variant, Summary>) =>
    `| ${name} | ${variants.map((v) => `${round(r[v].median, 1)} (${round(r[v].min, 1)}–${round(r[v].max, 1)})`).join(" | ")} | ` +
    `${round(r.off.median / r.none.median, 3)} | ${round(r.on.median / r.off.median, 3)} |`
  process.stdout.write([
    "| executions/s, median (min–max) | none | off | on | off/none | on/off |",
    "|---|---|---|---|---|---|",
    line("engine", engineRates),
    line("http", httpRates)
  ].join("\n") + "\n")
}

main().then(() => process.exit(0), (error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`)
  process.exit(1)
})
