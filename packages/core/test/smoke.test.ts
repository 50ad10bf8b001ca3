import { assert, describe, it } from "@effect/vitest"
import { Effect } from "effect"
import { Sire } from "../src/index.js"
import { leadNotification } from "./fixtures/contract.js"

describe("smoke", () => {
  it.effect("runs the CONTRACT example", () =>
    Effect.gen(function*() {
      const sire = yield* Sire.Sire
      const wf = yield* sire.createWorkflow(leadNotification)
      const vip = yield* sire.run({ workflowId: wf.id, input: { email: "ceo@acme.com" } })
      assert.strictEqual(vip.status, "completed")
      assert.deepStrictEqual(vip.output, { tier: "vip", to: "ceo@acme.com" })
      const other = yield* sire.run({ workflowId: wf.id, input: { email: "x@else.com" } })
      assert.strictEqual(other.status, "completed")
      assert.deepStrictEqual(other.output, null)
    }).pipe(Effect.provide(Sire.layerMemory())))
})
