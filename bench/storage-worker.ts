/**
 * A child process of `storage.ts` (spawned with `node --import tsx storage-worker.ts '<json>'`):
 *
 * - `worker`: on `start`, a Sire runtime with its worker on PostgreSQL (`SireClient.make({ storage:
 *   SqlStorage.layerPostgres(…), worker })`), counting its store commits and SQL statements; on
 *   `pause` it closes the runtime (the process stays warm); `stats` reports the counters. Reports
 *   `ready` once its modules are loaded.
 * - `footprint`: opens Sire on PGlite in `dataDir`, runs one execution, and reports the time it took
 *   and the process's resident memory before and after.
 *
 * It exits when the parent disconnects (the parent dying included).
 */
import * as SqlStorage from "@sire/adapters/SqlStorage"
import { SireClient } from "@sire/core"
import { Redacted } from "effect"
import {
  countedStorage,
  countPgStatements,
  type FromWorker,
  makeSqlCounts,
  makeStoreCounts,
  nodeTypes,
  resetSqlCounts,
  type ToWorker,
  type WorkerConfig
} from "./storage-shared.js"

const send = (message: FromWorker) =>
  new Promise<void>((resolve) => {
    if (process.send === undefined || !process.connected) return resolve()
    process.send(message, () => resolve())
  })

process.on("disconnect", () => process.exit(0))

const runWorker = async (config: Extract<WorkerConfig, { mode: "worker" }>) => {
  const store = makeStoreCounts()
  const sql = makeSqlCounts()
  countPgStatements(sql)
  let sire: SireClient.SireClient | undefined
  let cpu = process.cpuUsage()
  const handle = async (message: ToWorker) => {
    switch (message.type) {
      case "start": {
        sire ??= await SireClient.make({
          nodes: nodeTypes,
          worker: { workerId: config.workerId, concurrency: config.concurrency, pollMs: config.pollMs },
          storage: countedStorage(
            SqlStorage.layerPostgres({
              url: Redacted.make(config.url),
              maxConnections: config.maxConnections,
              applicationName: "sire-bench-worker"
            }),
            store
          )
        })
        return send({ type: "started" })
      }
      case "pause": {
        await sire?.close()
        sire = undefined
        return send({ type: "paused" })
      }
      case "stats": {
        const used = process.cpuUsage(cpu)
        await send({
          type: "stats",
          stats: {
            store: { ...store },
            sql: { ...sql, kinds: { ...sql.kinds } },
            cpuMs: (used.user + used.system) / 1000,
            rssBytes: process.memoryUsage().rss
          }
        })
        if (message.reset) {
          store.commits = 0
          store.creates = 0
          resetSqlCounts(sql)
          cpu = process.cpuUsage()
        }
        return
      }
      case "stop": {
        await sire?.close()
        process.exit(0)
      }
    }
  }
  let queue = Promise.resolve()
  process.on("message", (message: ToWorker) => {
    queue = queue.then(() => handle(message)).catch((error) =>
      send({ type: "error", message: error instanceof Error ? `${error.message}\n${error.stack}` : String(error) })
    )
  })
  await send({ type: "ready" })
}

const runFootprint = async (config: Extract<WorkerConfig, { mode: "footprint" }>) => {
  const rssBeforeBytes = process.memoryUsage().rss
  const t0 = performance.now()
  const sire = await SireClient.make({ storage: SqlStorage.layerPglite({ dataDir: config.dataDir }) })
  const openMs = performance.now() - t0
  const rssOpenBytes = process.memoryUsage().rss
  const t1 = performance.now()
  const workflow = await sire.createWorkflow({ name: "one", nodes: [{ id: "start", type: "trigger" }], edges: [] })
  const execution = await sire.run({ workflowId: workflow.id, input: { ok: true } })
  if (execution.status !== "completed") throw new Error(`footprint: execution ${execution.status}`)
  const firstRunMs = performance.now() - t1
  const rssRunBytes = process.memoryUsage().rss
  await sire.close()
  await send({ type: "footprint", footprint: { rssBeforeBytes, rssOpenBytes, rssRunBytes, openMs, firstRunMs } })
  process.exit(0)
}

const config = JSON.parse(process.argv[2] ?? "{}") as WorkerConfig
const running = config.mode === "worker" ? runWorker(config) : runFootprint(config)
running.catch(async (error) => {
  await send({ type: "error", message: error instanceof Error ? `${error.message}\n${error.stack}` : String(error) })
  process.exit(1)
})
