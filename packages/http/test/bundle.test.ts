/**
 * What the built `sire` command compiles when it starts: the modules `dist/sire.js` imports
 * statically, transitively (esbuild's metafile, written by `pnpm build`). Start-up time and idle
 * memory grow with that code, so what a request may never need loads on first use, in chunks of
 * its own: undici (the egress guard's first request), ajv (the first JSON-output `llm` node),
 * Stripe, the MCP SDK, the OpenTelemetry SDK, nodemailer.
 */
import { assert, describe, it } from "@effect/vitest"
import { readFileSync } from "node:fs"
import { join } from "node:path"
import { packageDir } from "./sireProcess.js"

interface Metafile {
  readonly outputs: Record<string, {
    readonly bytes: number
    readonly imports: ReadonlyArray<{ readonly path: string; readonly kind: string }>
    readonly inputs: Record<string, { readonly bytesInOutput: number }>
  }>
}

const metafile = JSON.parse(readFileSync(join(packageDir, "dist", "metafile-esm.json"), "utf8")) as Metafile

/** The output files loaded at start: `dist/sire.js` and what it imports statically, transitively. */
const loadedAtStart = (): ReadonlySet<string> => {
  const loaded = new Set<string>()
  const pending = ["dist/sire.js"]
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    if (loaded.has(file) || metafile.outputs[file] === undefined) continue
    loaded.add(file)
    for (const imported of metafile.outputs[file].imports) if (imported.kind === "import-statement") pending.push(imported.path)
  }
  return loaded
}

/** The packages (by `node_modules` path) whose code is in `files`. */
const packagesIn = (files: Iterable<string>): ReadonlySet<string> => {
  const packages = new Set<string>()
  for (const file of files) {
    for (const input of Object.keys(metafile.outputs[file]!.inputs)) {
      const match = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)\//.exec(input)
      if (match) packages.add(match[1]!)
    }
  }
  return packages
}

const onDemand = ["undici", "ajv", "stripe", "@modelcontextprotocol/sdk", "@opentelemetry/sdk-trace-base", "nodemailer"]

describe("the sire command's bundle", () => {
  it("loads at start none of the packages a request may never need, and has each of them in a chunk of its own for when it does", () => {
    const atStart = loadedAtStart()
    const startPackages = packagesIn(atStart)
    const laterPackages = packagesIn(Object.keys(metafile.outputs).filter((file) => file.endsWith(".js") && !atStart.has(file)))
    for (const name of onDemand) {
      assert.isFalse(startPackages.has(name), `${name} is loaded at start`)
      assert.isTrue(laterPackages.has(name), `${name} is not in the bundle at all`)
    }
    assert.isTrue(startPackages.has("effect") && startPackages.has("jsonata"), "the engine's own dependencies load at start")
  })

  it("compiles at most 4 MB of JavaScript at start (5 MB before undici and ajv loaded on demand)", () => {
    const bytes = [...loadedAtStart()].reduce((sum, file) => sum + metafile.outputs[file]!.bytes, 0)
    assert.isBelow(bytes, 4_000_000, `${bytes} bytes loaded at start`)
  })
})
