/**
 * Sire on SQL storage end to end, through the Promise facade: the CONTRACT example on PGlite and
 * PostgreSQL, and a durable delay that falls due while no process is running.
 */
import { assert, describe, it } from "@effect/vitest"
import { mkdtemp, rm } from "node:fs/promises"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { SireClient } from "@sire/core"
import { randomToken } from "@sire/core/Id"
import * as Reactivity from "@effect/experimental/Reactivity"
import { PgClient } from "@effect/sql-pg"
import { Effect, Redacted } from "effect"
import { leadNotification } from "../../core/test/fixtures/contract.js"
import * as SqlStorage from "../src/SqlStorage.js"

const url = process.env.SIRE_TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test"
const settleMs = { worker: { pollMs: 50 }, eventPollMs: 50 }

const napThenGreet = (ms: number) => ({
  name: "Nap, then greet",
  nodes: [
    { id: "start", type: "trigger" },
    { id: "nap", type: "delay", params: { ms } },
    { id: "greet", type: "transform", params: { value: "hello {{ input.name }}" } }
  ],
  edges: [{ source: "start", target: "nap" }, { source: "nap", target: "greet" }]
})

describe("Sire on PGlite", () => {
  it("runs the CONTRACT example end to end", async () => {
    const sire = await SireClient.make({ ...settleMs, storage: SqlStorage.layerPglite({}) })
    try {
      const workflow = await sire.createWorkflow(leadNotification)
      const vip = await sire.run({ workflowId: workflow.id, input: { email: "ceo@acme.com" } })
      assert.strictEqual(vip.status, "completed")
      assert.deepStrictEqual(vip.output, { tier: "vip", to: "ceo@acme.com" })
      const steps = await sire.steps(vip.id)
      assert.deepStrictEqual(steps.map((s) => [s.nodeId, s.status]).sort(), [
        ["check", "completed"],
        ["done", "completed"],
        ["start", "completed"],
        ["vip", "completed"]
      ])
    } finally {
      await sire.close()
    }
  })

  it("a delay that falls due while no process runs completes once, after the next start", async () => {
    const dataDir = await mkdtemp(join(tmpdir(), "sire-pglite-"))
    try {
      const first = await SireClient.make({ ...settleMs, storage: SqlStorage.layerPglite({ dataDir }) })
      const workflow = await first.createWorkflow(napThenGreet(300))
      const started = await first.start({ workflowId: workflow.id, input: { name: "Ada" } })
      for (let i = 0; i < 200 && (await first.get(started.id)).status !== "waiting"; i++) {
        await new Promise((resolve) => setTimeout(resolve, 10))
      }
      assert.strictEqual((await first.get(started.id)).status, "waiting")
      await first.close()
      await new Promise((resolve) => setTimeout(resolve, 500))
      const second = await SireClient.make({ ...settleMs, storage: SqlStorage.layerPglite({ dataDir }) })
      try {
        const done = await second.wait(started.id)
        assert.strictEqual(done.status, "completed")
        assert.deepStrictEqual(done.output, { greet: "hello Ada" })
        const steps = await second.steps(started.id)
        assert.strictEqual(steps.find((s) => s.nodeId === "greet")?.attempts, 1)
        assert.strictEqual(steps.find((s) => s.nodeId === "nap")?.status, "completed")
      } finally {
        await second.close()
      }
    } finally {
      await rm(dataDir, { recursive: true, force: true })
    }
  })
})

const schema = `sire_test_${randomToken(16).toLowerCase()}`
const inSchema = () => {
  const parsed = new URL(url)
  parsed.searchParams.set("options", `-c search_path=${schema}`)
  return parsed.toString()
}

/** Runs one statement on a short-lived connection to the test server. */
const admin = (statement: string) =>
  Effect.runPromise(
    Effect.scoped(
      Effect.flatMap(
        PgClient.make({ url: Redacted.make(url), maxConnections: 1, connectTimeout: "3 seconds" }),
        (sql) => sql.unsafe(statement)
      )
    ).pipe(Effect.provide(Reactivity.layer))
  )

const reachable = await admin(`CREATE SCHEMA ${schema}`).then(
  () => true,
  (error) => {
    if (process.env.SIRE_REQUIRE_POSTGRES === "1") throw error
    console.warn(`Skipping Sire on PostgreSQL: ${String(error)}`)
    return false
  }
)

describe.skipIf(!reachable)("Sire on PostgreSQL", () => {
  it("runs the CONTRACT example end to end", async () => {
    const sire = await SireClient.make({
      ...settleMs,
      storage: SqlStorage.layerPostgres({ url: Redacted.make(inSchema()), maxConnections: 4 })
    })
    try {
      const workflow = await sire.createWorkflow(leadNotification)
      const runs = await Promise.all(
        ["a@acme.com", "b@else.org", "c@acme.com"].map((email) => sire.run({ workflowId: workflow.id, input: { email } }))
      )
      assert.deepStrictEqual(runs.map((r) => r.status), ["completed", "completed", "completed"])
      assert.deepStrictEqual(runs.map((r) => r.output), [{ tier: "vip", to: "a@acme.com" }, null, { tier: "vip", to: "c@acme.com" }])
    } finally {
      await sire.close()
      await admin(`DROP SCHEMA ${schema} CASCADE`)
    }
  })
})
