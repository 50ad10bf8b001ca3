/**
 * The packages as a user gets them: every package packed (`pnpm pack`, the built files its
 * `publishConfig` names), installed with npm into fresh projects outside the workspace, and run by
 * plain `node` (no loader). One project installs only `@sire/core`, `@sire/adapters`, `effect` and
 * PGlite (no `pg`, no server): the README's embedding example, a host node type and a run on PGlite
 * work there. One installs `@sire/core` and `@sire/nodes` (no server): a workflow with an `http` and
 * a `code` node runs there. Another installs `@sire/http`: `npx sire serve` answers `/readyz`, `npx sire run` runs
 * the README's example document with its progress, and a consumer
 * file type-checks with `tsc --module nodenext --moduleResolution nodenext --strict`.
 * The packages are built by `pnpm build` (the README's test command builds before it tests); a
 * package found unbuilt is built here.
 */
import { afterAll, assert, beforeAll, describe, it } from "@effect/vitest"
import { execFile, spawn } from "node:child_process"
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs"
import { createServer } from "node:net"
import { tmpdir } from "node:os"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..")
const app = join(dirname(fileURLToPath(import.meta.url)), "..", "app")
const packages = ["core", "adapters", "nodes", "widget", "http"]
const pnpm = ["-y", "pnpm@10"]

/** Runs a command to its end (without blocking the test's event loop); its standard and error output, or a failure with both. */
const runBoth = (command: string, args: ReadonlyArray<string>, cwd: string, env: NodeJS.ProcessEnv = {}): Promise<readonly [string, string]> =>
  new Promise((resolve, reject) => {
    execFile(command, args, { cwd, encoding: "utf8", env: { ...process.env, ...env }, timeout: 840_000, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) =>
      error ? reject(new Error(`${command} ${args.join(" ")} failed: ${error.message}\n${stdout}\n${stderr}`)) : resolve([stdout, stderr]))
  })

/** `runBoth`'s standard output. */
const run = (command: string, args: ReadonlyArray<string>, cwd: string, env: NodeJS.ProcessEnv = {}): Promise<string> =>
  runBoth(command, args, cwd, env).then(([stdout]) => stdout)

/** A fresh npm project in a temporary directory outside the workspace, with `dependencies` installed by npm. */
const project = async (name: string, dependencies: Record<string, string>): Promise<string> => {
  const dir = mkdtempSync(join(tmpdir(), `sire-${name}-`))
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name: `sire-${name}-check`, private: true, type: "module", dependencies }, null, 2))
  cpSync(app, dir, { recursive: true })
  // npm, not pnpm and not the workspace: what a user of a plain Node app runs
  await run("npm", ["install", "--no-audit", "--no-fund", "--loglevel=error", "--prefer-offline"], dir, { npm_config_workspaces: "false" })
  return dir
}

/** A TCP port free on the loopback interface now. */
const freePort = (): Promise<number> => new Promise((resolve, reject) => {
  const server = createServer()
  server.once("error", reject)
  server.listen(0, "127.0.0.1", () => {
    const address = server.address()
    server.close(() => resolve(typeof address === "object" && address !== null ? address.port : 0))
  })
})

const tarballs = mkdtempSync(join(tmpdir(), "sire-tarballs-"))
const tarball = (name: string): string => {
  const file = readdirSync(tarballs).find((entry) => entry.startsWith(`sire-${name}-`) && entry.endsWith(".tgz"))
  assert.isDefined(file, `the tarball of ${name}`)
  return `file:${join(tarballs, file!)}`
}
const dirs: Array<string> = [tarballs]

beforeAll(async () => {
  for (const name of packages) {
    const dir = join(root, "packages", name)
    if (!existsSync(join(dir, "dist"))) await run("npx", [...pnpm, "run", "build"], dir)
    // the build ran already: packing only packs (`prepack` would build again)
    await run("npx", [...pnpm, "pack", "--pack-destination", tarballs, "--config.ignore-scripts=true"], dir)
  }
})

afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true })
})

describe("an app with @sire/core, @sire/adapters, effect and PGlite (no pg, no server)", () => {
  let dir: string
  beforeAll(async () => {
    dir = await project("embedded", {
      "@sire/core": tarball("core"),
      "@sire/adapters": tarball("adapters"),
      effect: "^3.22.4",
      "@electric-sql/pglite": "^0.5.16"
    })
    dirs.push(dir)
  })

  it("installs no PostgreSQL driver and no server", () => {
    for (const absent of ["pg", "@effect/sql-pg", "@sire/http", "stripe"]) {
      assert.isFalse(existsSync(join(dir, "node_modules", absent)), `${absent} is not installed`)
    }
    assert.isFalse(existsSync(join(dir, "node_modules", "@sire", "core", "src")), "no sources are packed")
  })

  it("runs the README's embedding example with plain node", async () => {
    assert.deepStrictEqual(JSON.parse(await run("node", ["embed.mjs"], dir)), { status: "completed", output: { tier: "vip", to: "ceo@acme.com" } })
  })

  it("runs a workflow through a host's own node type", async () => {
    assert.deepStrictEqual(JSON.parse(await run("node", ["custom-node.mjs"], dir)), { status: "completed", output: { greet: "HELLO, ADA" } })
  })

  it("keeps a workflow in a PGlite data directory across clients and runs it", async () => {
    assert.deepStrictEqual(JSON.parse(await run("node", ["pglite.mjs", join(dir, "data")], dir)), { status: "completed", output: { double: 42 } })
  })
})

describe("an app with @sire/core, @sire/nodes and effect (no server)", () => {
  let dir: string
  beforeAll(async () => {
    dir = await project("nodes", {
      "@sire/core": tarball("core"),
      "@sire/nodes": tarball("nodes"),
      effect: "^3.22.4"
    })
    dirs.push(dir)
  })

  it("installs neither the server nor what only the server needs", () => {
    for (const absent of ["@sire/http", "@sire/adapters", "stripe", "@node-rs/argon2", "@opentelemetry/sdk-trace-node", "pg", "@electric-sql/pglite"]) {
      assert.isFalse(existsSync(join(dir, "node_modules", absent)), `${absent} is not installed`)
    }
  })

  it("runs a workflow with an `http` node (through the egress guard) and a `code` node (in the sandbox) with plain node", async () => {
    assert.deepStrictEqual(JSON.parse(await run("node", ["nodes.mjs"], dir)), { status: "completed", output: { total: 84 } })
  })
})

describe("an app with @sire/http", () => {
  let dir: string
  beforeAll(async () => {
    dir = await project("server", {
      "@sire/core": tarball("core"),
      "@sire/adapters": tarball("adapters"),
      "@sire/nodes": tarball("nodes"),
      "@sire/chat": tarball("chat"),
      "@sire/http": tarball("http"),
      effect: "^3.22.4",
      typescript: "5.9.3",
      "@types/node": "^20.19.0",
      // the drivers' own declarations need these when a compiler checks libraries (skipLibCheck off)
      "@types/pg": "^8.15.5",
      "@types/emscripten": "^1.41.5"
    })
    dirs.push(dir)
  })

  it("`npx sire serve` starts on PGlite and answers /readyz", async () => {
    const port = await freePort()
    const child = spawn("npx", ["sire", "serve"], {
      cwd: dir,
      env: { ...process.env, PORT: String(port), HOST: "127.0.0.1", SIRE_DATA_DIR: join(dir, ".sire"), SIRE_LOG_LEVEL: "warning" },
      stdio: ["ignore", "pipe", "pipe"],
      detached: true
    })
    let output = ""
    child.stdout.on("data", (chunk) => (output += chunk))
    child.stderr.on("data", (chunk) => (output += chunk))
    try {
      let status = 0
      for (let waited = 0; status !== 200 && waited < 120_000 && child.exitCode === null; waited += 250) {
        status = await fetch(`http://127.0.0.1:${port}/readyz`).then((answer) => answer.status, () => 0)
        if (status !== 200) await new Promise((resolve) => setTimeout(resolve, 250))
      }
      assert.strictEqual(status, 200, output)
    } finally {
      process.kill(-child.pid!, "SIGTERM")
      await new Promise((resolve) => child.once("exit", resolve))
    }
  })

  it("`npx sire run` runs the README's example document: progress on stderr (a line per node), the output as JSON on stdout", async () => {
    cpSync(join(root, "examples", "server", "lead-notification.json"), join(dir, "lead-notification.json"))
    const [stdout, stderr] = await runBoth("npx", ["sire", "run", "lead-notification.json", "--input", JSON.stringify({ email: "ceo@acme.com" })], dir)
    assert.deepStrictEqual(JSON.parse(stdout), { tier: "vip", to: "ceo@acme.com" })
    for (const node of ["start", "check", "vip", "done"]) assert.match(stderr, new RegExp(`\\b${node}\\b`), `progress names ${node}`)
  })

  it("a consumer file type-checks with tsc --module nodenext --moduleResolution nodenext --strict", async () => {
    await run("npx", ["tsc", "--noEmit", "--module", "nodenext", "--moduleResolution", "nodenext", "--strict", "--target", "es2022", "consumer.ts"], dir)
  })
})
