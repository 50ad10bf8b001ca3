import { assert, describe, it } from "@effect/vitest"
import { Effect, Schema } from "effect"
import { Execution, NodeType, SireClient, Validation } from "../src/index.js"
import { leadNotification } from "./fixtures/contract.js"

describe("SireClient (the Promise facade)", () => {
  it("runs the CONTRACT example and answers with plain values", async () => {
    const sire = await SireClient.make()
    try {
      const workflow = await sire.createWorkflow(leadNotification)
      const done = await sire.run({ workflowId: workflow.id, input: { email: "ceo@acme.com" } })
      assert.strictEqual(done.status, "completed")
      assert.deepStrictEqual(done.output, { tier: "vip", to: "ceo@acme.com" })
      assert.strictEqual((await sire.getWorkflow(workflow.id)).document.name, "Lead notification")
      const version = await sire.publishWorkflow(workflow.id)
      assert.strictEqual(version.version, 1)
    } finally {
      await sire.close()
    }
  })

  it("rejects with Sire's tagged errors, carrying every problem", async () => {
    const sire = await SireClient.make()
    try {
      const error = await sire.createWorkflow({ name: "x", nodes: [{ id: "a", type: "nope" }], edges: [] }).catch((e) => e)
      assert.instanceOf(error, Validation.InvalidWorkflow)
      assert.deepStrictEqual((error as Validation.InvalidWorkflow).details.map((d) => d.path), ["nodes[0].type"])
      const missing = await sire.get("exec_missing").catch((e) => e)
      assert.strictEqual((missing as Error).message, "execution exec_missing not found")
    } finally {
      await sire.close()
    }
  })

  it("streams events as an async iterable that ends after the final event", async () => {
    const echo = NodeType.make({
      type: "test.echo",
      description: "echo",
      params: Schema.Struct({ text: Schema.String }),
      run: (ctx) => Effect.succeed(ctx.params.text)
    })
    const sire = await SireClient.make({ nodes: [echo] })
    try {
      const workflow = await sire.createWorkflow({
        name: "echo",
        nodes: [{ id: "start", type: "trigger" }, { id: "say", type: "test.echo", params: { text: "hi {{ input.who }}" } }],
        edges: [{ source: "start", target: "say" }]
      })
      const started = await sire.start({ workflowId: workflow.id, input: { who: "Ada" } })
      const seen: Array<Execution.Event> = []
      for await (const event of sire.events(started.id)) seen.push(event)
      assert.deepStrictEqual(seen.map((e) => e.seq), seen.map((_, i) => i + 1))
      assert.strictEqual(seen[seen.length - 1]._tag, "execution.completed")
      assert.deepStrictEqual((await sire.wait(started.id)).output, { say: "hi Ada" })
    } finally {
      await sire.close()
    }
  })
})
