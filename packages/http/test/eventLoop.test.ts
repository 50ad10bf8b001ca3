/**
 * No request holds the event loop: expression evaluation hands the loop back every few ms, so
 * while one member's workflow grinds through expensive expressions, `/healthz` (and every other
 * organization's request) still answers — through the real server and a real HTTP client.
 */
import { afterAll, assert, beforeAll, describe, it } from "@effect/vitest"
import { databases, signup, skip, start, type TestServer } from "./harness.js"

/** Ten chained `transform` nodes whose value runs until its limit (sequence cap or time), each failure let through. */
const grinding = {
  name: "grinding",
  nodes: [
    { id: "start", type: "trigger" },
    ...Array.from({ length: 10 }, (_, i) => ({
      id: `t${i}`,
      type: "transform",
      onError: "continue",
      params: { value: "{{ [1..5000].([1..5000]) ~> $count() }}" }
    }))
  ],
  edges: Array.from({ length: 10 }, (_, i) => ({ source: i === 0 ? "start" : `t${i - 1}`, target: `t${i}` }))
}

/** Sends `GET /healthz` every `everyMs` until `stop` resolves; the slowest answer's time, in ms. */
const probe = async (base: string, stop: Promise<unknown>, everyMs = 20) => {
  let done = false
  void stop.finally(() => {
    done = true
  })
  let worst = 0
  let count = 0
  while (!done) {
    const sent = performance.now()
    const answer = await fetch(`${base}/healthz`)
    await answer.arrayBuffer()
    assert.strictEqual(answer.status, 200)
    worst = Math.max(worst, performance.now() - sent)
    count++
    await new Promise((resolve) => setTimeout(resolve, everyMs))
  }
  return { worst, count }
}

describe.each(databases)("the event loop on %s", (database) => {
  let server: TestServer
  beforeAll(async () => {
    if (skip(database)) return
    server = await start(database)
  })
  afterAll(async () => {
    await server?.close()
  })

  it.skipIf(skip(database))("stays responsive while a sync run evaluates ten expensive expressions: /healthz answers every probe quickly", async () => {
    const user = await signup(server, "grinder")
    const created = await server.request("POST", "/api/v1/workflows", { token: user.token, body: grinding })
    assert.strictEqual(created.status, 201, created.text)
    const run = server.request("POST", "/api/v1/executions", {
      token: user.token,
      body: { workflowId: created.body.id, input: {}, mode: "sync" }
    })
    const [answer, probes] = await Promise.all([run, probe(server.base, run)])
    assert.strictEqual(answer.status, 200, answer.text)
    assert.strictEqual(answer.body.status, "completed", answer.text)
    // every node failed on its limit and let the failure through
    assert.match(JSON.stringify(answer.body), /sequence too large|timed out/)
    // Slices are ≈10 ms; a bound generous enough for a loaded 2-core CI machine. Without slicing: ≈10 s.
    assert.isBelow(probes.worst, 1_000, `slowest /healthz during the run: ${probes.worst.toFixed(0)} ms over ${probes.count} probes`)
    assert.isAbove(probes.count, 5, "the run lasted long enough to be probed")
    console.log(`${database}: slowest /healthz during the run ${probes.worst.toFixed(1)} ms over ${probes.count} probes`)
  }, 60_000)
})
