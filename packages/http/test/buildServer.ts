/**
 * Vitest's global set-up for this package: builds `dist/` (the `sire` command as it ships, see
 * `tsup.config.ts`) before any test starts a `sire serve` process, so that the processes run the
 * sources as they are now, never a stale build.
 */
import { execFileSync } from "node:child_process"
import { createRequire } from "node:module"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"

const packageDir = join(dirname(fileURLToPath(import.meta.url)), "..")

/** Runs `tsup` in the package (about 3 s). */
export default function buildServer(): void {
  const tsup = createRequire(join(packageDir, "package.json")).resolve("tsup/dist/cli-default.js")
  execFileSync(process.execPath, [tsup, "--silent"], { cwd: packageDir, stdio: ["ignore", "ignore", "inherit"] })
}
