/**
 * `pnpm bench`: the engine's overhead against plain `async` functions doing the same work.
 *
 * One process, one runtime (`Sire.layerMemory`). Every case is warmed up, then its variants run
 * interleaved (sire.run, engine only, baseline, sire.run, …) `BENCH_REPS` times and the median is
 * reported. Writes `results/engine.json` (`{ name, value, unit }` rows), `results/engine.meta.json`
 * (Node version, time, machine) and prints a markdown table.
 *
 * Variants of every case:
 * - `sire.run`: what an embedder calls — start, then wait on the execution's event stream.
 * - engine only: `sire.start`, then a plain listener on the in-process event hub resolves on the
 *   final event (same queue, worker, engine and store; no `sire.run` event stream). Diagnostic.
 * - baseline: plain `async` functions doing the same work and recording every result in a `Map`.
 *
 * Environment: `BENCH_REPS` (7), `BENCH_WARMUP` (3), `BENCH_ONLY=<substring of a case name>`,
 * `BENCH_VERBOSE=1` (every run's time), `BENCH_PROFILE=<file>.cpuprofile` (measured part only).
 */
import { Deferred, Effect, ManagedRuntime } from "effect"
import { Execution, ExecutionEvents, Expression, Sire } from "@sire/core"
import { leadNotification } from "../packages/core/test/fixtures/contract.js"
import jsonata from "jsonata"
import { mkdirSync, writeFileSync } from "node:fs"
import { Session } from "node:inspector/promises"
import { machine, round } from "./machine.js"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"

/** The largest fan-out that fits a document's 500-node limit (`documentLimits`): 499 children + the trigger. */
const NODES = 499
const EXECUTIONS = 2_000
const IN_FLIGHT = 64
const FANOUT_CONCURRENCY = 8 // the engine's default `settings.concurrency`
const REPS = Number(process.env.BENCH_REPS ?? 7)
const WARMUP = Number(process.env.BENCH_WARMUP ?? 3)
/** 2,000 executions are a warm-up of their own: one run is enough. */
const CONTRACT_WARMUP = Math.min(WARMUP, 1)
const TARGET_US_PER_NODE = 20
const EXPRESSION = "$string(input.x)"
const TEMPLATE = `{{ ${EXPRESSION} }}`

// ---------------------------------------------------------------------------------------------
// Workflows

const chain = (templated: boolean) => ({
  name: `chain of ${NODES}${templated ? " (templates)" : ""}`,
  nodes: [
    { id: "n0", type: "trigger" },
    ...Array.from({ length: NODES - 1 }, (_, k) => ({
      id: `n${k + 1}`,
      type: "transform",
      params: { value: templated ? TEMPLATE : { n: k + 1 } }
    }))
  ],
  edges: Array.from({ length: NODES - 1 }, (_, k) => ({ source: `n${k}`, target: `n${k + 1}` }))
})

const fanOut = (templated: boolean) => ({
  name: `fan-out of ${NODES}${templated ? " (templates)" : ""}`,
  nodes: [
    { id: "start", type: "trigger" },
    ...Array.from({ length: NODES }, (_, k) => ({
      id: `n${k}`,
      type: "transform",
      params: { value: templated ? TEMPLATE : { n: k } }
    }))
  ],
  edges: Array.from({ length: NODES }, (_, k) => ({ source: "start", target: `n${k}` }))
})

const emailOf = (i: number) => (i % 2 === 0 ? `lead${i}@acme.com` : `lead${i}@else.com`)

// ---------------------------------------------------------------------------------------------
// Baselines: plain async functions doing the same work, committing each result into a Map

interface StepRecord {
  readonly status: "completed"
  readonly output: unknown
}

/** Runs `task(0)`…`task(count - 1)` with at most `concurrency` in flight. */
const pool = async (count: number, concurrency: number, task: (i: number) => Promise<void>) => {
  let next = 0
  const lane = async () => {
    while (next < count) await task(next++)
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, lane))
}

/** Compiled once, with the limits Sire compiles templates with. */
const program = jsonata(EXPRESSION, {
  timeout: Expression.defaultLimits.timeoutMs,
  stack: Expression.defaultLimits.maxDepth,
  sequence: Expression.defaultLimits.maxSequence
})
/** The same document shape Sire evaluates templates against. */
const evaluateTemplate = (input: unknown, nodes: Record<string, unknown>) =>
  program.evaluate({ input, nodes, vars: {}, execution: { id: "e", workflowId: "w", trigger: "api" } })

const baselineChain = (templated: boolean) => async () => {
  const input = { x: 42 }
  const steps = new Map<string, StepRecord>()
  const outputs: Record<string, unknown> = {}
  const trigger = async (value: unknown) => value
  const transform = async (k: number) => (templated ? await evaluateTemplate(input, outputs) : { n: k })
  let value = await trigger(input)
  steps.set("n0", { status: "completed", output: value })
  outputs.n0 = value
  for (let k = 1; k < NODES; k++) {
    value = await transform(k)
    steps.set(`n${k}`, { status: "completed", output: value })
    outputs[`n${k}`] = value
  }
  if (steps.size !== NODES) throw new Error("baseline chain: wrong step count")
}

const baselineFanOut = (templated: boolean) => async () => {
  const input = { x: 42 }
  const steps = new Map<string, StepRecord>()
  const outputs: Record<string, unknown> = {}
  const trigger = async (value: unknown) => value
  const transform = async (k: number) => (templated ? await evaluateTemplate(input, outputs) : { n: k })
  const started = await trigger(input)
  steps.set("start", { status: "completed", output: started })
  outputs.start = started
  await pool(NODES, FANOUT_CONCURRENCY, async (k) => {
    const value = await transform(k)
    steps.set(`n${k}`, { status: "completed", output: value })
    outputs[`n${k}`] = value
  })
  if (steps.size !== NODES + 1) throw new Error("baseline fan-out: wrong step count")
}

const acme = /@acme\.com$/
const baselineContractOnce = async (email: string) => {
  const steps = new Map<string, StepRecord>()
  const input = { email }
  const start = await (async () => input)()
  steps.set("start", { status: "completed", output: start })
  const check = await (async () => acme.test(start.email))()
  steps.set("check", { status: "completed", output: check })
  if (!check) return null
  const vip = await (async () => ({ tier: "vip", to: start.email }))()
  steps.set("vip", { status: "completed", output: vip })
  const done = await (async () => vip)()
  steps.set("done", { status: "completed", output: done })
  return done
}

const baselineContract = async () => {
  let vips = 0
  await pool(EXECUTIONS, IN_FLIGHT, async (i) => {
    if ((await baselineContractOnce(emailOf(i))) !== null) vips++
  })
  if (vips !== EXECUTIONS / 2) throw new Error("baseline contract: wrong outputs")
}

// ---------------------------------------------------------------------------------------------
// Measurement

const median = (xs: ReadonlyArray<number>) => {
  const s = [...xs].sort((a, b) => a - b)
  const m = s.length >> 1
  return s.length % 2 === 1 ? s[m] : (s[m - 1] + s[m]) / 2
}

/** Wall-clock and process CPU milliseconds of one run. */
interface Sample {
  readonly wall: number
  readonly cpu: number
}

const sample = async (run: () => Promise<unknown>): Promise<Sample> => {
  const cpu0 = process.cpuUsage()
  const t0 = performance.now()
  await run()
  const wall = performance.now() - t0
  const cpu = process.cpuUsage(cpu0)
  return { wall, cpu: (cpu.user + cpu.system) / 1000 }
}

/** Warms every variant up, then runs them interleaved `REPS` times (so load drift hits all alike). */
const measure = async <K extends string>(
  variants: Record<K, () => Promise<unknown>>,
  warmup: number
): Promise<Record<K, ReadonlyArray<Sample>>> => {
  const keys = Object.keys(variants) as Array<K>
  for (const k of keys) for (let i = 0; i < warmup; i++) await variants[k]()
  const out = Object.fromEntries(keys.map((k) => [k, [] as Array<Sample>])) as Record<K, Array<Sample>>
  for (let r = 0; r < REPS; r++) for (const k of keys) out[k].push(await sample(variants[k]))
  if (process.env.BENCH_VERBOSE) {
    for (const k of keys) process.stderr.write(`    ${k} wall ms: ${out[k].map((s) => s.wall.toFixed(1)).join(", ")}\n`)
  }
  return out
}

interface Row {
  readonly name: string
  readonly value: number
  readonly unit: string
}

interface Case {
  readonly name: string
  readonly unit: "µs/node" | "executions/s"
  /** Median wall time per unit of work (µs per node) or rate (executions per second). */
  readonly sire: number
  /** The same from process CPU time (µs per node, or executions per CPU-second). */
  readonly sireCpu: number
  readonly engine: number
  readonly baseline: number
  /** sire.run time / baseline time (> 1: slower than the baseline). */
  readonly ratio: number
  readonly min: number
  readonly max: number
  readonly target?: { readonly label: string; readonly met: boolean }
}


const main = async () => {
  const started = performance.now()
  const runtime = ManagedRuntime.make(Sire.layerMemory({ worker: { concurrency: 256 } }))
  const sire = await runtime.runPromise(Sire.Sire)
  const hub = await runtime.runPromise(ExecutionEvents.ExecutionEvents)
  const create = (document: unknown) => runtime.runPromise(Effect.map(sire.createWorkflow(document), (w) => w.id))

  const completed = <E extends { readonly status: string; readonly error?: unknown }>(execution: E) => {
    if (execution.status !== "completed") throw new Error(`execution ${execution.status}: ${JSON.stringify(execution.error)}`)
    return execution
  }
  /** `sire.run`: start, then wait on the execution's event stream. */
  const viaRun = (workflowId: string, input: unknown) => Effect.map(sire.run({ workflowId, input }), completed)
  /** `sire.start`, then resolve on the final event published by the engine (then read the execution). */
  const viaHub = (workflowId: string, input: unknown) =>
    Effect.scoped(Effect.gen(function*() {
      const done = yield* Deferred.make<void>()
      const execution = yield* sire.start({ workflowId, input })
      yield* hub.listen(execution.id, (events) => {
        if (events.some(Execution.isFinalEvent)) Deferred.unsafeDone(done, Effect.void)
      })
      // It may have finished before the listener was added.
      const now = yield* sire.get(execution.id)
      if (!Execution.isFinal(now.status)) yield* Deferred.await(done)
      return completed(yield* sire.get(execution.id))
    }))

  const ids = {
    chain: await create(chain(false)),
    fanOut: await create(fanOut(false)),
    chainTpl: await create(chain(true)),
    fanOutTpl: await create(fanOut(true)),
    contract: await create(leadNotification)
  }

  /** Sanity check (untimed): every node ran and completed, with the expected output. */
  const verify = async (workflowId: string, nodes: number, templated: boolean) => {
    const execution = await runtime.runPromise(viaRun(workflowId, { x: 42 }))
    const steps = await runtime.runPromise(sire.steps(execution.id))
    if (steps.length !== nodes || steps.some((s) => s.status !== "completed")) throw new Error(`${workflowId}: not every node completed`)
    const leaf = steps.find((s) => s.nodeId === "n1")
    if (JSON.stringify(leaf?.output) !== (templated ? `"42"` : `{"n":1}`)) throw new Error(`${workflowId}: unexpected output ${JSON.stringify(leaf?.output)}`)
  }

  const contractBatch = (one: (i: number) => Effect.Effect<{ readonly output?: unknown }, unknown>) => () =>
    runtime.runPromise(
      Effect.forEach(Array.from({ length: EXECUTIONS }, (_, i) => i), one, { concurrency: IN_FLIGHT })
    ).then((executions) => {
      const vips = executions.filter((e) => e.output !== null && e.output !== undefined).length
      if (vips !== EXECUTIONS / 2) throw new Error(`contract: ${vips} vip outputs, expected ${EXECUTIONS / 2}`)
    })

  // `BENCH_PROFILE=file.cpuprofile` profiles the measured part only (workflow creation, which
  // validates 1,000-node documents, is left out).
  const profiler = process.env.BENCH_PROFILE ? new Session() : undefined
  if (profiler) {
    profiler.connect()
    await profiler.post("Profiler.setSamplingInterval", { interval: 200 })
    await profiler.post("Profiler.enable")
    await profiler.post("Profiler.start")
  }

  const cases: Array<Case> = []
  /** `BENCH_ONLY=chain` (a substring of case names) runs a subset, e.g. under a profiler. */
  const selected = (name: string) => process.env.BENCH_ONLY === undefined || name.includes(process.env.BENCH_ONLY)

  const perNode = async (name: string, workflowId: string, nodes: number, templated: boolean, baseline: () => Promise<void>) => {
    if (!selected(name)) return
    process.stderr.write(`  ${name}…\n`)
    await verify(workflowId, nodes, templated)
    const input = { x: 42 }
    const m = await measure({
      sire: () => runtime.runPromise(viaRun(workflowId, input)),
      engine: () => runtime.runPromise(viaHub(workflowId, input)),
      baseline
    }, WARMUP)
    const perNodeUs = (ms: number) => (ms * 1000) / nodes
    const sire = perNodeUs(median(m.sire.map((s) => s.wall)))
    const baselineUs = perNodeUs(median(m.baseline.map((s) => s.wall)))
    cases.push({
      name,
      unit: "µs/node",
      sire,
      sireCpu: perNodeUs(median(m.sire.map((s) => s.cpu))),
      engine: perNodeUs(median(m.engine.map((s) => s.wall))),
      baseline: baselineUs,
      ratio: sire / baselineUs,
      min: perNodeUs(Math.min(...m.sire.map((s) => s.wall))),
      max: perNodeUs(Math.max(...m.sire.map((s) => s.wall))),
      ...(templated ? {} : { target: { label: `≤ ${TARGET_US_PER_NODE} µs/node`, met: sire <= TARGET_US_PER_NODE } })
    })
  }

  await perNode(`chain of ${NODES} nodes, static params`, ids.chain, NODES, false, baselineChain(false))
  await perNode(`fan-out of ${NODES} nodes, static params`, ids.fanOut, NODES + 1, false, baselineFanOut(false))
  await perNode(`chain of ${NODES} nodes, 1 template per node`, ids.chainTpl, NODES, true, baselineChain(true))
  await perNode(`fan-out of ${NODES} nodes, 1 template per node`, ids.fanOutTpl, NODES + 1, true, baselineFanOut(true))

  const contractName = `CONTRACT example, ${EXECUTIONS} executions, ${IN_FLIGHT} in flight`
  if (selected(contractName)) {
    process.stderr.write(`  ${contractName}…\n`)
    const input = (i: number) => ({ email: emailOf(i) })
    const m = await measure({
      sire: contractBatch((i) => viaRun(ids.contract, input(i))),
      engine: contractBatch((i) => viaHub(ids.contract, input(i))),
      baseline: baselineContract
    }, CONTRACT_WARMUP)
    const rate = (ms: number) => EXECUTIONS / (ms / 1000)
    const sireMs = median(m.sire.map((s) => s.wall))
    const baselineMs = median(m.baseline.map((s) => s.wall))
    cases.push({
      name: contractName,
      unit: "executions/s",
      sire: rate(sireMs),
      sireCpu: rate(median(m.sire.map((s) => s.cpu))),
      engine: rate(median(m.engine.map((s) => s.wall))),
      baseline: rate(baselineMs),
      ratio: sireMs / baselineMs,
      min: rate(Math.max(...m.sire.map((s) => s.wall))),
      max: rate(Math.min(...m.sire.map((s) => s.wall)))
    })
  }

  if (profiler) {
    const { profile } = await profiler.post("Profiler.stop")
    writeFileSync(process.env.BENCH_PROFILE!, JSON.stringify(profile))
    profiler.disconnect()
  }
  await runtime.dispose()

  // -------------------------------------------------------------------------------------------
  // Results

  const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "")
  const rows: Array<Row> = cases.flatMap((c) => {
    const perNode = c.unit === "µs/node"
    const v = (x: number) => round(x, perNode ? 2 : 0)
    return [
      { name: `${slug(c.name)}: sire.run`, value: v(c.sire), unit: c.unit },
      { name: `${slug(c.name)}: sire.run cpu`, value: v(c.sireCpu), unit: perNode ? "cpu-µs/node" : "executions/cpu-s" },
      { name: `${slug(c.name)}: engine only`, value: v(c.engine), unit: c.unit },
      { name: `${slug(c.name)}: baseline`, value: v(c.baseline), unit: c.unit },
      { name: `${slug(c.name)}: ratio`, value: round(c.ratio, 1), unit: "× (sire.run time / baseline time)" }
    ]
  })
  const meta = {
    ...machine(),
    reps: REPS,
    warmup: WARMUP,
    contractWarmup: CONTRACT_WARMUP,
    statistic: "median",
    layer: "Sire.layerMemory({ worker: { concurrency: 256 } })",
    ...(process.env.BENCH_ONLY ? { only: process.env.BENCH_ONLY } : {}),
    totalSeconds: round((performance.now() - started) / 1000, 1)
  }
  const here = dirname(fileURLToPath(import.meta.url))
  mkdirSync(join(here, "results"), { recursive: true })
  writeFileSync(join(here, "results", "engine.json"), JSON.stringify(rows, null, 2) + "\n")
  writeFileSync(join(here, "results", "engine.meta.json"), JSON.stringify(meta, null, 2) + "\n")

  const fmt = (c: Case, x: number) => (c.unit === "executions/s" ? Math.round(x).toLocaleString("en-US") : x.toFixed(1))
  const lines = [
    `Node ${meta.node}, ${meta.platform}, ${meta.cpus} × ${meta.cpu}, load ${meta.loadAverage.join(" ")}; ` +
    `median of ${REPS} runs after ${WARMUP} warm-up runs (CONTRACT: ${CONTRACT_WARMUP}); ${meta.timestamp}`,
    "",
    "| case | unit | sire.run | sire.run, CPU time¹ | engine only² | baseline³ | ratio⁴ | sire.run min–max | target |",
    "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |",
    ...cases.map((c) =>
      `| ${c.name} | ${c.unit} | ${fmt(c, c.sire)} | ${fmt(c, c.sireCpu)} | ${fmt(c, c.engine)} | ${fmt(c, c.baseline)} | ` +
      `${c.ratio.toFixed(1)}× | ${fmt(c, c.min)}–${fmt(c, c.max)} | ${c.target ? `${c.target.label} ${c.target.met ? "✅" : "❌"}` : ""} |`
    ),
    "",
    "¹ process CPU time (all threads, GC included) instead of wall time: less sensitive to other load on the machine.",
    "² `sire.start` + a listener on the in-process event hub instead of `sire.run`'s event stream (diagnostic).",
    `³ plain \`async\` functions doing the same work, each result recorded in a \`Map\`; fan-out through a ${FANOUT_CONCURRENCY}-wide promise pool, ` +
    `templates through the same compiled JSONata expression, CONTRACT with ${IN_FLIGHT} in flight.`,
    "⁴ sire.run wall time / baseline wall time."
  ]
  console.log(lines.join("\n"))
  console.log(`\nwrote bench/results/engine.json and bench/results/engine.meta.json (${meta.totalSeconds} s)`)
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
