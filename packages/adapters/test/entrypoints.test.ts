/**
 * The package's entry points load outside vitest (only the testkit needs vitest), from the sources.
 * The built package in plain Node, installed by npm without a PostgreSQL driver, is
 * `examples/npm-install`'s test.
 */
import { assert, it } from "@effect/vitest"
import { execFileSync } from "node:child_process"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"

const packageDir = join(dirname(fileURLToPath(import.meta.url)), "..")

it("`@sire/adapters` imports in a plain Node process and exposes every adapter (and `SqlFailure`); the database clients are entry points of their own", () => {
  const script = `import("@sire/adapters").then((m) => console.log(Object.keys(m).sort().join(",")))`
  const out = execFileSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], {
    cwd: packageDir,
    encoding: "utf8",
    timeout: 60_000
  })
  assert.strictEqual(
    out.trim(),
    "CachedWorkflowStore,SqlChanges,SqlDeltaRelay,SqlExecutionStore,SqlFailure,SqlMigrations,SqlQuotaStore,SqlRateLimitStore,SqlSharedRateLimitStore,SqlStartStore,SqlStorage,SqlWorkQueue,SqlWorkflowStore"
  )
}, 60_000)
