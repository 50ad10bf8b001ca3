/**
 * `sire serve` as a real process, through a real HTTP client: health, readiness, the OpenAPI
 * document, the generated development secret, and a clean exit on SIGTERM.
 */
import { afterAll, assert, describe, it } from "@effect/vitest"
import { spawnSync } from "node:child_process"
import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import * as SireProcess from "./sireProcess.js"
import { bin, packageDir, stop } from "./sireProcess.js"

const repositoryDir = join(packageDir, "..", "..")
const dataDir = mkdtempSync(join(tmpdir(), "sire-serve-"))
afterAll(() => rmSync(dataDir, { recursive: true, force: true }))

/** Starts `sire serve` on the shared data dir, with no secret set unless `env` sets one. */
const serve = (env: Record<string, string>) => SireProcess.serve({ dataDir, env: { SIRE_SECRET: "", ...env }, startMs: 90_000 })

describe("sire serve", () => {
  it("serves /healthz, /readyz and /openapi.json, generates a private development secret, and exits 0 on SIGTERM", async () => {
    const running = await serve({})
    try {
      const health = await fetch(`${running.base}/healthz`)
      assert.strictEqual(health.status, 200)
      assert.deepStrictEqual(await health.json(), { status: "ok" })
      const ready = await fetch(`${running.base}/readyz`)
      assert.strictEqual(ready.status, 200)
      assert.deepStrictEqual(await ready.json(), { status: "ready" })
      const openapi = (await (await fetch(`${running.base}/openapi.json`)).json()) as { openapi: string; paths: Record<string, unknown> }
      assert.match(openapi.openapi, /^3\./)
      assert.includeMembers(Object.keys(openapi.paths), ["/healthz", "/readyz"])
      const secretPath = join(dataDir, "secret")
      assert.strictEqual(statSync(secretPath).mode & 0o777, 0o600, "only the owner may read the secret")
      assert.isAtLeast(readFileSync(secretPath, "utf8").trim().length, 64)
      assert.include(running.output(), "SIRE_SECRET is not set")
      assert.notInclude(running.output(), readFileSync(secretPath, "utf8").trim(), "the secret is never logged")
    } finally {
      assert.strictEqual(await stop(running), 0)
    }
  }, 150_000)

  it("a second start on the same data dir keeps its database and its secret, without the warning", async () => {
    const before = readFileSync(join(dataDir, "secret"), "utf8")
    const running = await serve({})
    try {
      assert.strictEqual((await fetch(`${running.base}/readyz`)).status, 200)
      assert.strictEqual(readFileSync(join(dataDir, "secret"), "utf8"), before)
      assert.notInclude(running.output(), "SIRE_SECRET is not set")
    } finally {
      assert.strictEqual(await stop(running), 0)
    }
  }, 150_000)

  it("the README's curl session works as printed: sign up, create a key and the CONTRACT workflow, execute it, read its logs", async () => {
    const readme = readFileSync(join(repositoryDir, "README.md"), "utf8")
    const script = readFileSync(join(repositoryDir, "examples", "server", "session.sh"), "utf8")
    const shown = /<!-- session -->\n```sh\n([\s\S]*?)```\n<!-- \/session -->/.exec(readme)?.[1]
    assert.isDefined(shown, "the README shows the session between <!-- session --> markers")
    assert.strictEqual(shown, script.slice(script.indexOf("set -euo pipefail")), "the README shows examples/server/session.sh as it is")
    const running = await serve({})
    try {
      const session = spawnSync("bash", [join("examples", "server", "session.sh")], {
        cwd: repositoryDir,
        env: { ...process.env, SIRE_URL: running.base },
        encoding: "utf8",
        timeout: 30_000
      })
      assert.strictEqual(session.status, 0, session.stderr)
      const execution = JSON.parse(session.stdout.split("\n")[0]!) as { status: string; output: unknown }
      assert.strictEqual(execution.status, "completed")
      assert.deepStrictEqual(execution.output, { tier: "vip", to: "ceo@acme.com" })
      const events = [...session.stdout.matchAll(/^event: (\S+)$/gm)].map((match) => match[1])
      assert.strictEqual(events[0], "execution.queued")
      assert.strictEqual(events[events.length - 1], "execution.completed")
    } finally {
      assert.strictEqual(await stop(running), 0)
    }
  }, 180_000)

  it("the README's tour of nodes and triggers works as printed, every value labelled: code, a webhook and its replay, a schedule's next run, waitForEvent resumed", async () => {
    const readme = readFileSync(join(repositoryDir, "README.md"), "utf8")
    const script = readFileSync(join(repositoryDir, "examples", "workflows", "tour.sh"), "utf8")
    const shown = /<!-- tour -->\n```sh\n([\s\S]*?)```\n<!-- \/tour -->/.exec(readme)?.[1]
    assert.isDefined(shown, "the README shows the tour between <!-- tour --> markers")
    assert.strictEqual(shown, script.slice(script.indexOf("set -euo pipefail")), "the README shows examples/workflows/tour.sh as it is")
    const running = await serve({})
    try {
      const tour = spawnSync("bash", [join("examples", "workflows", "tour.sh")], {
        cwd: repositoryDir,
        env: { ...process.env, SIRE_URL: running.base },
        encoding: "utf8",
        timeout: 60_000
      })
      assert.strictEqual(tour.status, 0, tour.stderr)
      const printed = tour.stdout.trim().split("\n").map((line) => /^([a-z][^:{]*): (.+)$/.exec(line))
      assert.isTrue(printed.every((match) => match !== null), `every line is "<label>: <value>":\n${tour.stdout}`)
      const values = new Map(printed.map((match) => [match![1]!, match![2]!]))
      assert.strictEqual(values.size, 7, `seven labelled values:\n${tour.stdout}`)
      assert.match(values.get("code node output")!, /score: 62/)
      const [first, replay] = [values.get("webhook, first delivery"), values.get("webhook, replay (same webhook-id)")]
        .map((value) => JSON.parse(value!) as { executionId: string })
      assert.match(first!.executionId, /^exec_/)
      assert.strictEqual(replay!.executionId, first!.executionId, "the replay named the first delivery's execution")
      assert.isAbove(Number(values.get("schedule's next run (unix seconds)")), Date.now() / 1000, "the schedule's next run lies ahead")
      assert.strictEqual(values.get("parked execution's status"), "waiting")
      assert.strictEqual(values.get("resume accepted; status until a worker continues it"), "waiting")
      assert.match(values.get("resumed execution's output")!, /answer: \{ approved: true \}/)
    } finally {
      assert.strictEqual(await stop(running), 0)
    }
  }, 210_000)

  it("SIGTERM drains: an open log stream and a waiting sync start end at once, and the process exits 0 within seconds", async () => {
    const running = await serve({})
    const call = async (method: string, path: string, token?: string, body?: unknown) => {
      const response = await fetch(`${running.base}${path}`, {
        method,
        headers: {
          ...(token !== undefined ? { authorization: `Bearer ${token}` } : {}),
          ...(body !== undefined ? { "content-type": "application/json" } : {})
        },
        ...(body !== undefined ? { body: JSON.stringify(body) } : {})
      })
      return (await response.json()) as Record<string, any>
    }
    let exited = false
    try {
      const { token } = await call("POST", "/api/v1/auth/signup", undefined, {
        email: "drain@example.com",
        password: "correct horse battery staple"
      })
      const workflow = await call("POST", "/api/v1/workflows", token, {
        name: "waits a minute",
        nodes: [{ id: "start", type: "trigger" }, { id: "wait", type: "delay", params: { ms: 60_000 } }],
        edges: [{ source: "start", target: "wait" }]
      })
      const started = await call("POST", "/api/v1/executions", token, { workflowId: workflow.id })
      const logs = await fetch(`${running.base}/api/v1/executions/${started.id}/logs`, {
        headers: { authorization: `Bearer ${token}` }
      })
      const streamed = logs.text()
      const sync = call("POST", "/api/v1/executions", token, { workflowId: workflow.id, mode: "sync" })
      await new Promise((resolve) => setTimeout(resolve, 1_000))
      const stopping = Date.now()
      const code = await stop(running)
      exited = true
      assert.strictEqual(code, 0)
      assert.isBelow(Date.now() - stopping, 10_000, "shutdown does not wait for the minute-long delay")
      assert.include(await streamed, "event: execution.started", "the stream delivered the log so far, then ended")
      assert.notStrictEqual((await sync).status, "completed", "the sync start answered with the execution as it stood")
    } finally {
      if (!exited) await stop(running)
    }
  }, 180_000)

  it("without a command it prints its help, which names serve; an unknown command exits 2", () => {
    const help = spawnSync(process.execPath, [bin], { cwd: packageDir, encoding: "utf8", timeout: 30_000 })
    assert.strictEqual(help.status, 0)
    assert.match(help.stdout, /- serve\s+Start the Sire server/)
    const unknown = spawnSync(process.execPath, [bin, "bogus"], { cwd: packageDir, encoding: "utf8", timeout: 30_000 })
    assert.strictEqual(unknown.status, 2)
  }, 150_000)
})
