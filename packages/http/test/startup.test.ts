/**
 * What a new user sees of `sire serve`, as a real process with JSON log lines: a line per phase of
 * the start (creating the PGlite database the first time, opening it later, migrating, starting
 * the engine), one banner with the URL, the database and the API reference — PostgreSQL named
 * without its password — and a clean stop on Ctrl-C even when the signal arrives several times
 * (the terminal's, then `pnpm`'s and the shell's forwards): one `Stopped` line, exit 0; the root
 * `start` script's command, run as `pnpm` runs it, ends with status 0 too (no `ELIFECYCLE`).
 */
import { afterAll, assert, describe, it } from "@effect/vitest"
import { mkdtempSync, readFileSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { freshSchema, postgresUrl, skip } from "./harness.js"
import * as SireProcess from "./sireProcess.js"
import { packageDir } from "./sireProcess.js"

const dataDir = mkdtempSync(join(tmpdir(), "sire-startup-"))
afterAll(() => rmSync(dataDir, { recursive: true, force: true }))

const secret = "startup-test-secret-0123456789abcdef0123456789abcdef"

/** A JSON log line. */
interface Line {
  readonly level: string
  readonly message: string
  readonly [annotation: string]: unknown
}

/** The JSON log lines of an output (anything else, such as a crash, fails the test). */
const linesOf = (output: string): Array<Line> =>
  output.trim().split("\n").map((line) => {
    try {
      return JSON.parse(line) as Line
    } catch {
      throw new Error(`not a JSON log line: ${line}\n${output}`)
    }
  })

/** The position of the one line whose message matches `pattern`. */
const indexOf = (lines: ReadonlyArray<Line>, pattern: RegExp): number => {
  const found = lines.flatMap((line, index) => (pattern.test(line.message) ? [index] : []))
  assert.strictEqual(found.length, 1, `one line matches ${pattern}:\n${lines.map((line) => line.message).join("\n")}`)
  return found[0]!
}

/** Starts `sire serve` with JSON log lines. */
const serve = (env: Record<string, string> = {}) =>
  SireProcess.serve({ dataDir, env: { SIRE_SECRET: secret, SIRE_LOG_FORMAT: "json", ...env }, startMs: 60_000 })

/** Asserts the banner: `Listening on <base> (pid …)`, the database as given, and an API reference that answers. */
const assertBanner = async (running: SireProcess.Running, lines: ReadonlyArray<Line>, database: string) => {
  const banner = lines[indexOf(lines, /^Listening on /)]!
  assert.strictEqual(banner.level, "INFO")
  assert.strictEqual(banner.message, `Listening on ${running.base} (pid ${running.child.pid})`)
  assert.strictEqual(banner.database, database)
  assert.strictEqual(banner.apiReference, `${running.base}/docs/api-reference`)
  const reference = await fetch(String(banner.apiReference))
  assert.strictEqual(reference.status, 200)
  assert.match(reference.headers.get("content-type") ?? "", /^text\/html/)
  await reference.arrayBuffer()
}

/** Asserts the end: one `Stopped on <signal>` line, the last one, and exit 0. */
const assertStopped = (exit: SireProcess.Exited, output: string, signal: NodeJS.Signals) => {
  assert.deepStrictEqual(exit, { code: 0, signal: null }, output)
  const lines = linesOf(output)
  const stopped = indexOf(lines, /^Stopped\b/)
  assert.strictEqual(stopped, lines.length - 1, "the Stopped line is the last one")
  assert.match(lines[stopped]!.message, new RegExp(`^Stopped on ${signal} \\(in \\d+\\.\\d s\\)$`))
  assert.strictEqual(lines[stopped]!.level, "INFO")
}

describe("sire serve's start and stop", () => {
  it("a first start creates the database, logs each phase, then one banner (URL, PGlite's directory, API reference); Ctrl-C delivered three times: one Stopped line, exit 0", async () => {
    const running = await serve()
    let exit: SireProcess.Exited | undefined
    try {
      await new Promise((resolve) => setTimeout(resolve, 100))
      const lines = linesOf(running.output())
      const phases = [
        indexOf(lines, new RegExp(`^Creating the database: PGlite in ${join(dataDir, "db")} `)),
        indexOf(lines, /^Migrating the database$/),
        indexOf(lines, /^Starting the engine \(up to 64 executions at once\)/),
        indexOf(lines, /^Listening on /)
      ]
      assert.deepStrictEqual([...phases].sort((a, b) => a - b), phases, "in this order")
      for (const phase of phases) assert.strictEqual(lines[phase]!.level, "INFO")
      assert.notMatch(running.output(), /Opening the database/)
      await assertBanner(running, lines, `PGlite in ${join(dataDir, "db")}`)
    } finally {
      exit = await SireProcess.signal(running, ["SIGINT", "SIGINT", "SIGTERM"])
    }
    assertStopped(exit, running.output(), "SIGINT")
  }, 90_000)

  it("a second start opens the database it created (no Creating line) and stops the same way on SIGTERM", async () => {
    const running = await serve()
    let exit: SireProcess.Exited | undefined
    try {
      await new Promise((resolve) => setTimeout(resolve, 100))
      const lines = linesOf(running.output())
      indexOf(lines, new RegExp(`^Opening the database: PGlite in ${join(dataDir, "db")}$`))
      assert.notMatch(running.output(), /Creating the database/)
      await assertBanner(running, lines, `PGlite in ${join(dataDir, "db")}`)
    } finally {
      exit = await SireProcess.signal(running, ["SIGTERM"])
    }
    assertStopped(exit, running.output(), "SIGTERM")
  }, 90_000)

  it("the root start script's server command, as pnpm runs it (sh -c), exits 0 on Ctrl-C: SIGINT to the process group (the terminal), then to pnpm's child (its forward)", async () => {
    const script: string = JSON.parse(readFileSync(join(packageDir, "..", "..", "package.json"), "utf8")).scripts.start
    const command = script.split(" && ").at(-1)!
    assert.include(command, "packages/http/bin/sire.js serve", "the script ends with the server, after the build")
    const running = await SireProcess.serve({ dataDir, shell: command, env: { SIRE_SECRET: secret, SIRE_LOG_FORMAT: "json" }, startMs: 60_000 })
    let exit: SireProcess.Exited | undefined
    try {
      exit = await SireProcess.signal(running, [["SIGINT", "group"], "SIGINT"], 5)
    } finally {
      SireProcess.killGroup(running, "SIGKILL")
    }
    assertStopped(exit, running.output(), "SIGINT")
  }, 90_000)

  it.skipIf(skip("postgres"))("on PostgreSQL the phases and the banner name host, port, database and user, never the password of DATABASE_URL", async () => {
    const schema = await freshSchema()
    const canary = "s3cret-canary"
    const url = new URL(schema.url)
    url.password = canary
    const expected = new URL(postgresUrl)
    const database = `PostgreSQL ${expected.hostname}:${expected.port || "5432"}${expected.pathname} (user ${expected.username})`
    try {
      const running = await serve({ DATABASE_URL: url.toString() })
      let exit: SireProcess.Exited | undefined
      try {
        await new Promise((resolve) => setTimeout(resolve, 100))
        const lines = linesOf(running.output())
        const opening = lines[indexOf(lines, /^Opening the database: /)]!
        assert.strictEqual(opening.message, `Opening the database: ${database}`)
        await assertBanner(running, lines, database)
      } finally {
        exit = await SireProcess.signal(running, ["SIGINT"])
      }
      assertStopped(exit, running.output(), "SIGINT")
      assert.notInclude(running.output(), canary, "the password is never printed")
      assert.notInclude(running.output(), "search_path", "nor the URL's query")
    } finally {
      await schema.drop()
    }
  }, 90_000)
})
