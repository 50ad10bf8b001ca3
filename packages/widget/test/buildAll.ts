/**
 * Vitest's global set-up for the widget: builds `dist/` (the ES module and the IIFE a page loads)
 * before any test, so the browser tests and the size budget see the sources as they are now.
 */
import { execFileSync } from "node:child_process"
import { createRequire } from "node:module"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"

/** The widget package's directory. */
export const widgetDir = join(dirname(fileURLToPath(import.meta.url)), "..")

/** Runs `tsup` in the widget package (about 2 s). */
export default function buildWidget(): void {
  const tsup = createRequire(join(widgetDir, "package.json")).resolve("tsup/dist/cli-default.js")
  execFileSync(process.execPath, [tsup, "--silent"], { cwd: widgetDir, stdio: ["ignore", "ignore", "inherit"] })
}
