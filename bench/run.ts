/**
 * `pnpm bench`: the engine benchmark (`engine.ts`), then the storage benchmark (`storage.ts`), then
 * the HTTP benchmark (`http.ts`), then the node types' benchmark (`nodes.ts`), then telemetry's cost
 * (`otel.ts`), each in its own Node process.
 *
 * `BENCH_ONLY=http` runs only `http.ts`; `BENCH_ONLY=nodes` only `nodes.ts`; `BENCH_ONLY=otel` only `otel.ts`. `BENCH_ONLY` that names a storage part (`overhead`,
 * `scale-out`, `latency`, `footprint`…) runs only `storage.ts`, so `engine.ts` does not overwrite
 * its results with an empty run; any other value goes to both (each runs the cases whose names
 * contain it), not to `http.ts`.
 */
import { spawnSync } from "node:child_process"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import { picksStoragePart } from "./storage-shared.js"

const here = dirname(fileURLToPath(import.meta.url))
const run = (script: string) => {
  const { error, signal, status } = spawnSync(process.execPath, ["--import", "tsx", join(here, script)], {
    cwd: here,
    stdio: "inherit"
  })
  if (error) throw error
  if (status !== 0) {
    process.stderr.write(`${script} ${signal ? `was killed by ${signal}` : `exited with ${status}`}\n`)
    process.exit(status ?? 1)
  }
}

const only = process.env.BENCH_ONLY
const onlyHttp = only?.toLowerCase() === "http"
const onlyNodes = only?.toLowerCase() === "nodes"
const onlyOtel = only?.toLowerCase() === "otel"
if (!onlyHttp && !onlyNodes && !onlyOtel) {
  if (!picksStoragePart(only)) run("engine.ts")
  run("storage.ts")
}
if (only === undefined || onlyHttp) run("http.ts")
if (only === undefined || onlyNodes) run("nodes.ts")
if (only === undefined || onlyOtel) run("otel.ts")
