/**
 * Vitest's global set-up for the widget: builds `dist/` (the ES module and the IIFE a page loads)
 * and the `sire` command the browser tests start, before any test, so both run the sources as
 * they are now.
 */
import { execFileSync } from "node:child_process"
import { createRequire } from "node:module"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import buildServer from "../../http/test/buildServer.js"

/** The widget package's directory. */
export const widgetDir = join(dirname(fileURLToPath(import.meta.url)), "..")

/** Runs `tsup` in the widget package (about 2 s). */
export const buildWidget = (): void => {
  const tsup = createRequire(join(widgetDir, "package.json")).resolve("tsup/dist/cli-default.js")
  execFileSync(process.execPath, [tsup, "--silent"], { cwd: widgetDir, stdio: ["ignore", "ignore", "inherit"] })
}

/** Builds the widget, then the server (about 5 s in all). */
export default function buildAll(): void {
  buildWidget()
  buildServer()
}
