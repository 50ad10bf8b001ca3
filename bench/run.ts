/**
 * `pnpm bench`: the engine benchmark (`engine.ts`), then the storage benchmark (`storage.ts`),
 * each in its own Node process.
 *
 * `BENCH_ONLY` that names a storage part (`overhead`, `scale-out`, `latency`, `footprint`…) runs
 * only `storage.ts`, so `engine.ts` does not overwrite its results with an empty run; any other
 * value goes to both (each runs the cases whose names contain it).
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

if (!picksStoragePart(process.env.BENCH_ONLY)) run("engine.ts")
run("storage.ts")
