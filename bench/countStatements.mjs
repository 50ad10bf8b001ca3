/**
 * A preload of `http.ts` for the `sire serve` process it measures: counts the SQL statements the
 * server sends through its drivers — `pg`'s `Client#query` on PostgreSQL; on PGlite the Query and
 * Execute messages of every protocol exchange (`execProtocolRaw`, through which `query`, `exec` and
 * the client's prepared statements all pass) — as the server's own test does
 * (`packages/http/test/statements.test.ts`), and among them the transactions: `pg` queries, and
 * PGlite's `query` and `exec` calls, whose text starts with `BEGIN`.
 *
 * The counts go to the file named by `SIRE_BENCH_COUNTS_FILE` as JSON `{ statements, transactions }`
 * every 100 ms and once on SIGUSR2 (written beside it, then renamed: a reader never sees half a
 * file). Nothing is counted when the variable is unset.
 *
 * The drivers patched are the module instances the server loads: resolved from `packages/adapters`
 * (whose dependencies they are), `pg` through `require` (its ESM entry re-exports the same CommonJS
 * module), PGlite through its ESM entry (`exports["."].import`: the server imports it as ESM, and its
 * CommonJS build is another module with another `PGlite` class).
 *
 * Usage: `node --import <file URL of this file> packages/http/bin/sire.js serve`.
 */
import { readFileSync, renameSync, writeFileSync } from "node:fs"
import { createRequire } from "node:module"
import { dirname, join } from "node:path"
import { fileURLToPath, pathToFileURL } from "node:url"

const file = process.env.SIRE_BENCH_COUNTS_FILE

if (file) {
  const adapters = join(dirname(fileURLToPath(import.meta.url)), "..", "packages", "adapters", "package.json")
  const require = createRequire(adapters)

  /** The ESM entry of `name`, from the `package.json` of the package `require` resolves it in. */
  const esmEntry = (name) => {
    let dir = dirname(require.resolve(name))
    for (;;) {
      try {
        const manifest = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"))
        if (manifest.name === name) {
          let entry = manifest.exports?.["."]?.import ?? manifest.module ?? manifest.main
          while (entry !== null && typeof entry === "object") entry = entry.default
          return join(dir, entry)
        }
      } catch {
        // no package.json here: go up
      }
      if (dirname(dir) === dir) throw new Error(`countStatements: no package.json of ${name} above ${require.resolve(name)}`)
      dir = dirname(dir)
    }
  }

  const counts = { statements: 0, transactions: 0 }
  const isBegin = (statement) => {
    const text = typeof statement === "string" ? statement : statement?.text
    return typeof text === "string" && /^\s*begin\b/i.test(text)
  }
  /** Wraps `prototype[method]`: `counting(args)` adds to the counts before each call. */
  const patch = (prototype, method, counting) => {
    const original = prototype[method]
    if (typeof original !== "function") throw new Error(`countStatements: no ${method} to patch`)
    prototype[method] = function(...args) {
      counting(args)
      return original.apply(this, args)
    }
  }
  const transactions = ([statement]) => {
    if (isBegin(statement)) counts.transactions++
  }
  /** A buffer of frontend messages (type byte, then a length counting itself; the startup message has no type): its `Q` and `E`. */
  const protocolStatements = ([bytes]) => {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    for (let at = 0; bytes[0] !== 0 && at + 5 <= bytes.length; at += 1 + view.getInt32(at + 1)) {
      if (bytes[at] === 81 || bytes[at] === 69) counts.statements++
    }
  }

  const pg = require("pg")
  patch(pg.Client.prototype, "query", (args) => {
    counts.statements++
    transactions(args)
  })
  const { PGlite } = await import(pathToFileURL(esmEntry("@electric-sql/pglite")).href)
  patch(PGlite.prototype, "execProtocolRaw", protocolStatements)
  patch(PGlite.prototype, "query", transactions)
  patch(PGlite.prototype, "exec", transactions)

  const write = () => {
    writeFileSync(`${file}.tmp`, JSON.stringify(counts))
    renameSync(`${file}.tmp`, file)
  }
  write()
  setInterval(write, 100).unref()
  process.on("SIGUSR2", write)
}
