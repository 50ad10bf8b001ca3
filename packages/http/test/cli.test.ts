/**
 * The `sire` command as a user runs it: the package's bin as a process, its stdout, stderr and exit
 * status — `--help` for the root and each command, `--version`, `sire validate` (every problem with
 * its path and node, exit 1; `--json`), `sire run` (progress lines on stderr as the engine's events
 * arrive, the output as JSON on stdout, exit 0 only on `completed`; retries, waits, skips, logs and
 * failures; input from JSON or `@file`; a data dir; Ctrl-C cancels) — with stderr a pipe (plain
 * lines, as in CI logs) and in a pseudo-terminal (`script` from util-linux: the live display).
 */
import { afterAll, assert, describe, it } from "@effect/vitest"
import { type ChildProcess, spawn, spawnSync } from "node:child_process"
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { createServer } from "node:http"
import type { AddressInfo } from "node:net"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { eventually } from "./harness.js"
import { bin, packageDir } from "./sireProcess.js"

const dir = mkdtempSync(join(tmpdir(), "sire-cli-"))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** Writes `value` as JSON to a file in the test's directory; its path. */
const file = (name: string, value: unknown): string => {
  const path = join(dir, name)
  writeFileSync(path, typeof value === "string" ? value : JSON.stringify(value, null, 2))
  return path
}

/** How a `sire` process ended. */
interface Ran {
  readonly code: number | null
  readonly stdout: string
  readonly stderr: string
}

/** A started `sire` process and what it wrote so far. */
interface Started {
  readonly child: ChildProcess
  readonly stdout: () => string
  readonly stderr: () => string
  readonly exited: Promise<Ran>
}

/** Starts `sire <args>` with stdout and stderr as pipes (killed after 60 s). */
const start = (args: ReadonlyArray<string>, env: Readonly<Record<string, string>> = {}): Started => {
  const child = spawn(process.execPath, [bin, ...args], { cwd: dir, env: { ...process.env, NO_COLOR: "", ...env }, stdio: ["ignore", "pipe", "pipe"] })
  let stdout = ""
  let stderr = ""
  child.stdout!.on("data", (chunk: Buffer) => (stdout += chunk.toString()))
  child.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString()))
  const timer = setTimeout(() => child.kill("SIGKILL"), 60_000)
  const exited = new Promise<Ran>((resolve) =>
    child.once("close", (code) => {
      clearTimeout(timer)
      resolve({ code, stdout, stderr })
    }))
  return { child, stdout: () => stdout, stderr: () => stderr, exited }
}

/** Runs `sire <args>` to its end. */
const sire = (args: ReadonlyArray<string>, env: Readonly<Record<string, string>> = {}): Promise<Ran> => start(args, env).exited

const hasScript = spawnSync("script", ["--version"], { encoding: "utf8" }).status === 0

/** Runs `sire <args>` in a pseudo-terminal (`script`): everything it wrote to the terminal, and its exit status. */
const inTerminal = (args: ReadonlyArray<string>, env: Readonly<Record<string, string>> = {}): Promise<{ readonly code: number | null; readonly output: string }> =>
  new Promise((resolve) => {
    const quote = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`
    const command = [process.execPath, bin, ...args].map(quote).join(" ")
    const child = spawn("script", ["-qec", command, "/dev/null"], {
      cwd: dir,
      env: { ...process.env, NO_COLOR: "", TERM: "xterm-256color", ...env },
      stdio: ["ignore", "pipe", "pipe"]
    })
    let output = ""
    child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()))
    child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()))
    const timer = setTimeout(() => child.kill("SIGKILL"), 60_000)
    child.once("close", (code) => {
      clearTimeout(timer)
      resolve({ code, output })
    })
  })

/** The lines of a stream's text. */
const lines = (text: string): Array<string> => text.split("\n").map((line) => line.replace(/\r$/, "")).filter((line) => line !== "")

/** The index of the first line matching `pattern` after `from`, failing with the lines when there is none. */
const lineAfter = (all: ReadonlyArray<string>, pattern: RegExp, from = -1): number => {
  const index = all.findIndex((line, i) => i > from && pattern.test(line))
  assert.isAtLeast(index, 0, `no line matching ${pattern} after line ${from} in:\n${all.join("\n")}`)
  return index
}

const lead = {
  name: "Lead notification",
  nodes: [
    { id: "start", type: "trigger" },
    { id: "check", type: "condition", params: { expression: "{{ $contains(input.email, /@acme\\.com$/) }}" } },
    { id: "vip", type: "transform", params: { value: { tier: "vip", to: "{{ input.email }}" } } },
    { id: "done", type: "output", params: { value: "{{ nodes.vip }}" } }
  ],
  edges: [
    { source: "start", target: "check" },
    { source: "check", sourceHandle: "true", target: "vip" },
    { source: "vip", target: "done" }
  ]
}

const ESC = "\x1b["

describe("sire --help and --version", () => {
  it("the root help lists the three commands with a line each, and examples; plain text when stdout is a pipe", async () => {
    const help = await sire(["--help"])
    assert.strictEqual(help.code, 0)
    assert.match(help.stdout, /- serve\s+Start the Sire server/)
    assert.match(help.stdout, /- run \[--input json\|@file\] \[--data-dir dir\] <workflow\.json>\s+Run a workflow document here/)
    assert.match(help.stdout, /- validate \[--json\] <workflow\.json>\s+Check a workflow document/)
    assert.include(help.stdout, "sire run lead.json --input '{\"email\":\"ada@acme.com\"}'")
    assert.include(help.stdout, "sire run --help")
    assert.notInclude(help.stdout, ESC, "no ANSI escapes in a pipe")
    assert.notInclude(help.stdout, "--wizard", "the parser's own options stay out of the way")
    const bare = await sire([])
    assert.strictEqual(bare.code, 0)
    assert.strictEqual(bare.stdout, help.stdout, "sire alone shows the same help")
  }, 60_000)

  it("each command's help explains its arguments, its output and its exit statuses", async () => {
    const run = await sire(["run", "--help"])
    assert.strictEqual(run.code, 0)
    for (const part of ["<workflow.json>", "--input json|@file", "--data-dir dir", "Progress goes to stderr", "Exit status: 0 the execution completed", "130 Ctrl-C"]) {
      assert.include(run.stdout, part)
    }
    const validate = await sire(["validate", "--help"])
    assert.strictEqual(validate.code, 0)
    for (const part of ["--json", "Exit status: 0 the document is valid; 1 it has problems", "sire validate lead.json"]) assert.include(validate.stdout, part)
    assert.notInclude(validate.stdout, "Progress goes to stderr", "each command has its own details")
    const serve = await sire(["serve", "--help"])
    assert.strictEqual(serve.code, 0)
    for (const part of ["http://localhost:8080", "SIRE_DATA_DIR", "DATABASE_URL", "SIRE_EGRESS_ALLOW"]) assert.include(serve.stdout, part)
  }, 60_000)

  it("--version prints the package's version; an unknown command or a missing argument exits 2 saying what is wrong", async () => {
    const version = await sire(["--version"])
    assert.strictEqual(version.code, 0)
    assert.strictEqual(version.stdout.trim(), JSON.parse(readFileSync(join(packageDir, "package.json"), "utf8")).version)
    const unknown = await sire(["bogus"])
    assert.strictEqual(unknown.code, 2)
    assert.include(unknown.stderr, "use one of 'serve', 'run', 'validate'")
    const missing = await sire(["run"])
    assert.strictEqual(missing.code, 2)
    assert.include(missing.stderr, "Missing argument <workflow.json>")
    const nowhere = await sire(["validate", join(dir, "nowhere.json")])
    assert.strictEqual(nowhere.code, 2)
    assert.include(nowhere.stderr, "nowhere.json")
  }, 60_000)
})

describe("sire validate", () => {
  const broken = {
    name: "Broken",
    nodes: [
      { id: "start", type: "trigger" },
      { id: "check", type: "conditon", params: { expression: "{{ input.email = }}" } },
      { id: "fetch", type: "http", params: { method: "FETCH", url: 5 } },
      { id: "start", type: "transform", params: { value: 1 } }
    ],
    edges: [
      { source: "start", target: "ghost" },
      { source: "fetch", sourceHandle: "nope", target: "check" }
    ]
  }

  it("a valid document: exit 0", async () => {
    const valid = await sire(["validate", file("lead.json", lead)])
    assert.strictEqual(valid.code, 0, valid.stderr)
    assert.match(valid.stdout, /lead\.json: valid/)
  }, 60_000)

  it("every problem on its own line with its path and node, a union's alternatives on one line; exit 1", async () => {
    const path = file("broken.json", broken)
    const invalid = await sire(["validate", path])
    assert.strictEqual(invalid.code, 1)
    const out = lines(invalid.stdout)
    assert.strictEqual(out[0], `${path}: 7 problems`)
    assert.deepStrictEqual(out.slice(1), [
      "  nodes[1].type (node \"check\"): unknown node type \"conditon\"",
      "  nodes[1].params.expression (node \"check\"): unparsable expression \"input.email =\": Unexpected end of expression",
      "  nodes[2].params.method (node \"fetch\"): Expected \"GET\" | \"POST\" | \"PUT\" | \"PATCH\" | \"DELETE\" | \"HEAD\" | \"OPTIONS\", actual \"FETCH\"",
      "  nodes[2].params.url (node \"fetch\"): Expected string, actual 5",
      "  nodes[3].id (node \"start\"): duplicate node id \"start\"",
      "  edges[0].target: edge to unknown node \"ghost\"",
      "  edges[1].sourceHandle (node \"fetch\"): node \"fetch\" (http) has no handle \"nope\"; it has \"out\""
    ])
  }, 60_000)

  it("--json: one object with valid and the problems; a file that is not JSON is a problem with its line and column", async () => {
    const json = await sire(["validate", "--json", file("broken.json", broken)])
    assert.strictEqual(json.code, 1)
    const report = JSON.parse(json.stdout) as { valid: boolean; problems: Array<{ path: string; message: string; nodeId?: string }> }
    assert.strictEqual(report.valid, false)
    assert.deepStrictEqual(report.problems.map((problem) => [problem.path, problem.nodeId ?? null]), [
      ["nodes[1].type", "check"],
      ["nodes[1].params.expression", "check"],
      ["nodes[2].params.method", "fetch"],
      ["nodes[2].params.url", "fetch"],
      ["nodes[3].id", "start"],
      ["edges[0].target", null],
      ["edges[1].sourceHandle", "fetch"]
    ])
    const valid = await sire(["validate", "--json", file("lead.json", lead)])
    assert.deepStrictEqual(JSON.parse(valid.stdout), { valid: true, problems: [] })
    const notJson = await sire(["validate", file("notjson.json", "{\n  \"name\": \"x\",\n  nodes: []\n}")])
    assert.strictEqual(notJson.code, 1)
    assert.match(notJson.stdout, /document: the file is not JSON: .*line 3 column 3/)
  }, 60_000)
})

describe("sire run, progress as plain lines (stderr is a pipe, as in CI)", () => {
  it("runs the document, shows each node starting and completing with its duration and branch, prints the output as JSON; exit 0", async () => {
    const ran = await sire(["run", file("lead.json", lead), "--input", "{\"email\":\"ceo@acme.com\"}"])
    assert.strictEqual(ran.code, 0, ran.stderr)
    assert.deepStrictEqual(JSON.parse(ran.stdout), { tier: "vip", to: "ceo@acme.com" })
    const err = lines(ran.stderr)
    let at = lineAfter(err, /^▸ start \(trigger\) started$/)
    at = lineAfter(err, /^✓ start \(trigger\) completed in [\d.]+ m?s$/, at)
    at = lineAfter(err, /^✓ check \(condition\) completed in [\d.]+ m?s → true$/, at)
    at = lineAfter(err, /^✓ vip \(transform\) completed in [\d.]+ m?s$/, at)
    at = lineAfter(err, /^✓ done \(output\) completed in [\d.]+ m?s$/, at)
    lineAfter(err, /^execution exec_\w+ completed in [\d.]+ m?s$/, at)
    assert.notInclude(ran.stderr, ESC)
  }, 60_000)

  it("a branch not taken shows its nodes skipped; --input @file reads the input from a file", async () => {
    const ran = await sire(["run", file("lead.json", lead), "--input", `@${file("input.json", { email: "ada@example.com" })}`])
    assert.strictEqual(ran.code, 0, ran.stderr)
    const err = lines(ran.stderr)
    lineAfter(err, /^✓ check \(condition\) completed in [\d.]+ m?s → false$/)
    lineAfter(err, /^- vip \(transform\) skipped$/)
    lineAfter(err, /^- done \(output\) skipped$/)
  }, 60_000)

  it("the server's nodes: a code node's log line, a durable delay waiting then resumed, an http node's response as the output", async () => {
    const server = createServer((request, response) => {
      response.setHeader("content-type", "application/json")
      response.end(JSON.stringify({ path: request.url, ok: true }))
    })
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
    try {
      const port = (server.address() as AddressInfo).port
      const document = {
        name: "Nodes",
        inputs: { fields: { n: { type: "number", required: true } } },
        nodes: [
          { id: "start", type: "trigger" },
          { id: "score", type: "code", params: { source: "console.log('scoring', input.n); return input.n * 2" } },
          { id: "pause", type: "delay", params: { ms: 300 } },
          { id: "call", type: "http", params: { method: "GET", url: `http://127.0.0.1:${port}/score/{{ nodes.score }}` } },
          { id: "done", type: "output", params: { value: { score: "{{ nodes.score }}", answer: "{{ nodes.call.body }}" } } }
        ],
        edges: [
          { source: "start", target: "score" },
          { source: "score", target: "pause" },
          { source: "pause", target: "call" },
          { source: "call", target: "done" }
        ]
      }
      const ran = await sire(["run", file("nodes.json", document), "--input", "{\"n\":21}"], { SIRE_EGRESS_ALLOW: "127.0.0.1" })
      assert.strictEqual(ran.code, 0, ran.stderr)
      assert.deepStrictEqual(JSON.parse(ran.stdout), { score: 42, answer: { path: "/score/42", ok: true } })
      const err = lines(ran.stderr)
      let at = lineAfter(err, /^│ score \(code\) scoring 21$/)
      at = lineAfter(err, /^✓ score \(code\) completed in [\d.]+ m?s$/, at)
      at = lineAfter(err, /^◷ pause \(delay\) waiting until \d\d:\d\d:\d\d \(\d+ ms\)$/, at)
      at = lineAfter(err, /^▸ pause \(delay\) resumed$/, at)
      at = lineAfter(err, /^✓ pause \(delay\) completed in [\d.]+ m?s$/, at)
      lineAfter(err, /^✓ call \(http\) completed in [\d.]+ m?s$/, at)
    } finally {
      server.close()
    }
  }, 60_000)

  it("retries then a failure: each attempt's error and the delay before the next, the failed node, nothing on stdout; exit 1", async () => {
    const closed = createServer()
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve))
    const port = (closed.address() as AddressInfo).port
    await new Promise((resolve) => closed.close(resolve))
    const document = {
      name: "Unreachable",
      nodes: [
        { id: "start", type: "trigger" },
        { id: "call", type: "http", retry: { maxAttempts: 3, initialDelayMs: 50 }, params: { method: "GET", url: `http://127.0.0.1:${port}/` } }
      ],
      edges: [{ source: "start", target: "call" }]
    }
    const ran = await sire(["run", file("unreachable.json", document)], { SIRE_EGRESS_ALLOW: "127.0.0.1" })
    assert.strictEqual(ran.code, 1, ran.stderr)
    assert.strictEqual(ran.stdout, "")
    const err = lines(ran.stderr)
    let at = lineAfter(err, /^↻ call \(http\) attempt 1 failed: .*ECONNREFUSED.*; retrying in 50 ms$/)
    at = lineAfter(err, /^▸ call \(http\) attempt 2 started$/, at)
    at = lineAfter(err, /^↻ call \(http\) attempt 2 failed: .*; retrying in 100 ms$/, at)
    at = lineAfter(err, /^▸ call \(http\) attempt 3 started$/, at)
    at = lineAfter(err, /^✗ call \(http\) failed in [\d.]+ m?s: .*ECONNREFUSED/, at)
    lineAfter(err, /^execution exec_\w+ failed in [\d.]+ m?s at node call: /, at)
  }, 60_000)

  it("an invalid document or input exits 1 with every problem; --input that is not JSON exits 2; nothing runs", async () => {
    const broken = await sire(["run", file("dup.json", { ...lead, nodes: [...lead.nodes, { id: "vip", type: "transform" }] })])
    assert.strictEqual(broken.code, 1)
    assert.include(broken.stderr, "nodes[4].id (node \"vip\"): duplicate node id \"vip\"")
    assert.notInclude(broken.stderr, "started")
    const typed = { ...lead, inputs: { fields: { email: { type: "string", required: true } } } }
    const missing = await sire(["run", file("typed.json", typed), "--input", "{}"])
    assert.strictEqual(missing.code, 1)
    assert.match(missing.stderr, /the input does not match the workflow's inputs:\n {2}input\.email.*required/)
    assert.notInclude(missing.stderr, "started")
    const notJson = await sire(["run", file("lead.json", lead), "--input", "{email: 1}"])
    assert.strictEqual(notJson.code, 2)
    assert.include(notJson.stderr, "--input value is not JSON")
    const noFile = await sire(["run", file("lead.json", lead), "--input", "@nothere.json"])
    assert.strictEqual(noFile.code, 2)
    assert.include(noFile.stderr, "cannot read nothere.json")
  }, 60_000)

  it("--data-dir keeps the executions in PGlite under <dir>/db; the next run opens the same database", async () => {
    const dataDir = join(dir, "data")
    const first = await sire(["run", file("lead.json", lead), "--input", "{\"email\":\"a@acme.com\"}", "--data-dir", dataDir])
    assert.strictEqual(first.code, 0, first.stderr)
    assert.isTrue(existsSync(join(dataDir, "db", "PG_VERSION")), "a PGlite database under <dir>/db")
    const second = await sire(["run", file("lead.json", lead), "--input", "{\"email\":\"b@acme.com\"}", "--data-dir", dataDir])
    assert.strictEqual(second.code, 0, second.stderr)
    assert.deepStrictEqual(JSON.parse(second.stdout), { tier: "vip", to: "b@acme.com" })
  }, 120_000)

  it("Ctrl-C while a node waits for an event cancels the execution, says so, and exits 130", async () => {
    const document = {
      name: "Approval",
      nodes: [{ id: "start", type: "trigger" }, { id: "approve", type: "waitForEvent" }],
      edges: [{ source: "start", target: "approve" }]
    }
    const running = start(["run", file("approval.json", document)])
    await eventually(() => running.stderr().includes("◷ approve (waitForEvent) waiting for an event"), "the node waits", 60_000)
    running.child.kill("SIGINT")
    const ran = await running.exited
    assert.strictEqual(ran.code, 130, ran.stderr)
    assert.match(ran.stderr, /execution exec_\w+ cancelled/)
    assert.strictEqual(ran.stdout, "")
  }, 90_000)
})

/** The `sire …` lines of the sh blocks in a README's "The command line" section. */
const readmeCommands = (readme: string): Array<string> => {
  const text = readFileSync(readme, "utf8")
  const section = text.slice(text.indexOf("## The command line"), text.indexOf("\n## ", text.indexOf("## The command line") + 1))
  const blocks = [...section.matchAll(/```sh\n([\s\S]*?)```/g)].map((match) => match[1]!)
  return blocks.flatMap((block) => block.split("\n")).filter((line) => line.startsWith("sire ")).map((line) => line.replace(/\s+#.*$/, ""))
}

describe("the READMEs' command-line examples", () => {
  it("every sire command of both READMEs runs as printed from the repository root and exits 0; the printed outputs are the outputs", async () => {
    const root = join(packageDir, "..", "..")
    const commands = [...readmeCommands(join(root, "README.md")), ...readmeCommands(join(packageDir, "README.md"))]
    assert.isAtLeast(commands.length, 6, commands.join("\n"))
    const outputs = new Map<string, string>()
    for (const command of commands) {
      const ran = spawnSync("sh", ["-c", command.replace(/^sire /, `'${process.execPath}' '${bin}' `)], { cwd: root, encoding: "utf8", timeout: 60_000 })
      assert.strictEqual(ran.status, 0, `${command}\n${ran.stdout}\n${ran.stderr}`)
      outputs.set(command, ran.stdout)
    }
    const output = (prefix: string) => JSON.parse([...outputs].find(([command]) => command.startsWith(prefix))![1])
    assert.deepStrictEqual(output("sire run examples/server/lead-notification.json"), { tier: "vip", to: "ceo@acme.com" })
    assert.deepStrictEqual(output("sire run examples/workflows/code-node.json"), { email: "ceo@acme.com", domain: "acme.com", vip: true, score: 62 })
  }, 120_000)
})

describe.skipIf(!hasScript)("sire in a terminal (a pseudo-terminal from util-linux's script)", () => {
  it("run: a live display — cursor hidden, running nodes redrawn in place with a spinner, finished lines kept — then the output; the exit status", async () => {
    const document = {
      name: "Live",
      nodes: [
        { id: "start", type: "trigger" },
        { id: "pause", type: "delay", params: { ms: 400 } },
        { id: "done", type: "output", params: { value: { ok: true } } }
      ],
      edges: [{ source: "start", target: "pause" }, { source: "pause", target: "done" }]
    }
    const ran = await inTerminal(["run", file("live.json", document)])
    assert.strictEqual(ran.code, 0, ran.output)
    assert.include(ran.output, `${ESC}?25l`, "the cursor is hidden while it draws")
    assert.include(ran.output, `${ESC}?25h`, "and shown again at the end")
    assert.include(ran.output, `${ESC}1A\r${ESC}J`, "live lines are redrawn in place")
    assert.match(ran.output, /◷.*pause \(delay\).*waiting/)
    assert.match(ran.output, new RegExp(`${ESC.replace("[", "\\[")}32m✓${ESC.replace("[", "\\[")}0m pause \\(delay\\) completed in`), "a completed node in green")
    assert.match(ran.output, /execution exec_\w+ completed/)
    assert.match(ran.output, /\{\r?\n {2}"ok": true\r?\n\}/)
    const failed = await inTerminal(["run", file("failing.json", { name: "F", nodes: [{ id: "start", type: "trigger" }, { id: "stop", type: "fail", params: { message: "no" } }], edges: [{ source: "start", target: "stop" }] })])
    assert.strictEqual(failed.code, 1, failed.output)
    assert.match(failed.output, /✗.* stop \(fail\) failed in [\d.]+ m?s: no/)
  }, 90_000)

  it("NO_COLOR keeps the live display without colours; the help is styled on a terminal", async () => {
    const ran = await inTerminal(["run", file("lead.json", lead), "--input", "{\"email\":\"a@acme.com\"}"], { NO_COLOR: "1" })
    assert.strictEqual(ran.code, 0, ran.output)
    assert.include(ran.output, `${ESC}?25l`)
    assert.notInclude(ran.output, `${ESC}32m`)
    assert.match(ran.output, /✓ done \(output\) completed in/)
    const help = await inTerminal(["--help"])
    assert.strictEqual(help.code, 0)
    assert.include(help.output, `${ESC}0;1m`, "headings in bold")
  }, 90_000)
})
