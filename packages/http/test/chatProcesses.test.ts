/**
 * Step deltas across processes: two real `sire serve` processes on one fresh PostgreSQL schema, A
 * with workers and B API-only (`SIRE_WORKER_CONCURRENCY=0`), so every execution runs on A. A model
 * node streams slowly from the loopback fake of an OpenAI-compatible server.
 *
 * 1. A visitor sends a message through A and drops the stream after a few deltas; the resume
 *    stream on B (which never followed the reply) starts with a `snapshot` of exactly the text so
 *    far, then receives the remaining deltas live, then the reply with the whole text, then `end`.
 * 2. `GET /api/v1/executions/:id/logs` on B shows the `step.delta` events of a run on A, and they
 *    make up its text.
 *
 * Every process is stopped (SIGTERM, SIGKILL after 15 s) and the schema dropped, pass or fail.
 */
import { afterAll, assert, describe, it } from "@effect/vitest"
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { randomToken } from "@sire/core/Id"
import { type FakeModels, fakeModels } from "./fakeModels.js"
import { freshSchema, skip } from "./harness.js"
import { modelWorkflow, origin, parseEvents, publicPath, readStream } from "./publicChat.js"
import * as SireProcess from "./sireProcess.js"
import type { Running } from "./sireProcess.js"

const api = "/api/v1"
const dataDir = mkdtempSync(join(tmpdir(), "sire-chat-processes-"))
const secret = "chat-processes-secret-0123456789abcdef0123456789abcdef"
const live = new Set<Running>()
let fake: FakeModels | undefined

afterAll(async () => {
  await Promise.all([...live].map((running) => SireProcess.stop(running)))
  await fake?.close()
  rmSync(dataDir, { recursive: true, force: true })
}, 40_000)

const serve = async (name: string, env: Record<string, string>): Promise<Running> => {
  const running = await SireProcess.serve({ dataDir: join(dataDir, name), label: name, env: { SIRE_SECRET: secret, SIRE_EGRESS_ALLOW: "127.0.0.1", ...env } })
  live.add(running)
  return running
}

const call = async (running: Running, method: string, path: string, token?: string, body?: unknown) => {
  const response = await fetch(`${running.base}${path}`, {
    method,
    headers: {
      ...(token !== undefined ? { authorization: `Bearer ${token}` } : {}),
      ...(body !== undefined ? { "content-type": "application/json" } : {}),
      origin
    },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    signal: AbortSignal.timeout(30_000)
  })
  const text = await response.text()
  return { status: response.status, body: text === "" ? undefined : JSON.parse(text), text }
}

describe.skipIf(skip("postgres"))("public chat across two processes on one PostgreSQL", () => {
  it("a reply sent through A (running on A) resumes on B: a snapshot of the text so far, live deltas, the reply; B's execution log shows A's deltas", { timeout: 120_000 }, async () => {
    const schema = await freshSchema()
    try {
      fake = await fakeModels()
      const a = await serve("chat-a", { DATABASE_URL: schema.url })
      const b = await serve("chat-b", { DATABASE_URL: schema.url, SIRE_WORKER_CONCURRENCY: "0" })
      const signup = await call(a, "POST", `${api}/auth/signup`, undefined, { email: `chat-${randomToken(8).toLowerCase()}@example.com`, password: "correct horse battery staple" })
      assert.strictEqual(signup.status, 201, signup.text)
      const token = signup.body.token
      const credential = await call(a, "POST", `${api}/credentials`, token, { name: "fake", type: "bearer", value: "sk-fake", allowedHosts: ["127.0.0.1"] })
      assert.strictEqual(credential.status, 201, credential.text)
      const workflow = await call(a, "POST", `${api}/workflows`, token, modelWorkflow(fake.openaiBaseUrl, credential.body.id))
      assert.strictEqual(workflow.status, 201, workflow.text)
      const deployment = await call(a, "POST", `${api}/chat/deployments`, token, { workflowId: workflow.body.id, allowedOrigins: [origin] })
      assert.strictEqual(deployment.status, 201, deployment.text)
      const key = deployment.body.publishableKey
      const session = await call(a, "POST", publicPath(key, "/sessions"), undefined, {})
      assert.strictEqual(session.status, 201, session.text)

      const story = Array.from({ length: 30 }, (_, i) => `word${i} `).join("")
      fake.queue({ text: story, chunks: story.match(/\S+ /g)!, delayMs: 60 })
      const dropped = await readStream(a.base, "POST", publicPath(key, "/messages"), {
        token: session.body.visitorToken,
        body: { content: "a long answer, please" },
        stopAfter: (events) => events.filter((e) => e.event === "delta").length >= 4
      })
      const last = dropped.events.at(-1)!.id!
      const before = dropped.events.filter((e) => e.event === "delta").map((e) => e.data.text).join("")
      const resumed = await readStream(b.base, "GET", publicPath(key, `/messages/${dropped.events[0]!.data.id}/stream`), {
        token: session.body.visitorToken,
        lastEventId: last
      })
      assert.strictEqual(resumed.status, 200, resumed.text)
      const kinds = resumed.events.map((e) => e.event)
      assert.deepStrictEqual(kinds.slice(-2), ["reply", "end"], resumed.text)
      const deltas = resumed.events.filter((e) => e.event === "delta")
      assert.isAtLeast(deltas.length, 5, `B received live deltas of the run on A: ${resumed.text}`)
      const snapshot = resumed.events.find((e) => e.event === "snapshot")
      const shown = snapshot === undefined ? before : snapshot.data.text
      if (snapshot !== undefined) {
        assert.strictEqual(kinds[0], "snapshot", "the snapshot comes first")
        assert.isTrue(snapshot.data.text.startsWith(before), "the snapshot holds what the visitor saw")
      }
      assert.strictEqual(shown + deltas.map((e) => e.data.text).join(""), story, "snapshot and live deltas make the whole text")
      assert.strictEqual(resumed.events.at(-2)!.data.content, story)
      assert.isTrue(resumed.events.every((e) => e.id! > last))

      // The execution log on B shows the deltas of a run on A.
      let open!: () => void
      const gate = new Promise<void>((resolve) => (open = resolve))
      const logText = "deltas cross processes through notify"
      fake.queue({ text: logText, delayMs: 20, gate })
      const started = await call(a, "POST", `${api}/executions`, token, { workflowId: workflow.body.id, input: { message: "log" } })
      assert.strictEqual(started.status, 201, started.text)
      const log = fetch(`${b.base}${api}/executions/${started.body.id}/logs`, {
        headers: { authorization: `Bearer ${token}` },
        signal: AbortSignal.timeout(30_000)
      }).then((response) => response.text())
      await new Promise((resolve) => setTimeout(resolve, 500))
      open()
      const events = parseEvents((await log).replace(/^retry: \d+\n\n/, ""))
      const logDeltas = events.filter((e) => e.event === "step.delta")
      assert.isAbove(logDeltas.length, 3, await log)
      assert.strictEqual(logDeltas.map((e) => e.data.text).join(""), logText)
      assert.strictEqual(events.at(-1)!.event, "execution.completed")
      assert.notInclude(a.output() + b.output(), "could not be relayed")
    } finally {
      await Promise.all([...live].map(async (running) => {
        live.delete(running)
        await SireProcess.stop(running)
      }))
      await schema.drop()
    }
  })
})
