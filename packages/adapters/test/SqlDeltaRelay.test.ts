import { assert, describe, it } from "@effect/vitest"
import * as fc from "fast-check"
import { maxPiece } from "@sire/core/DeltaRelay"
import { maxPayloadBytes, pack } from "../src/SqlDeltaRelay.js"

const indexed = fc.record({
  executionId: fc.stringMatching(/^exec_[A-Za-z0-9]{24}$/),
  index: fc.integer({ min: 1, max: 1_000_000 }),
  nodeId: fc.string({ minLength: 1, maxLength: 64 }),
  text: fc.string({ unit: "binary", maxLength: maxPiece })
}).map(({ executionId, index, nodeId, text }) => ({
  executionId,
  index,
  delta: { _tag: "step.delta" as const, nodeId, attempt: 1, text, at: 1_700_000_000_000 }
}))

describe("SqlDeltaRelay", () => {
  it("property: packed payloads are each under PostgreSQL's 8000-byte NOTIFY limit and carry every delta once, in order", () => {
    fc.assert(fc.property(fc.array(indexed, { maxLength: 60 }), (batch) => {
      const payloads = pack("self", batch)
      const carried: Array<unknown> = []
      for (const payload of payloads) {
        assert.isBelow(new TextEncoder().encode(payload).length, 8_000)
        assert.isAtMost(new TextEncoder().encode(payload).length, maxPayloadBytes)
        const wire = JSON.parse(payload)
        assert.strictEqual(wire.k, "d")
        assert.strictEqual(wire.s, "self")
        assert.isAbove(wire.d.length, 0)
        carried.push(...wire.d)
      }
      assert.deepStrictEqual(
        carried,
        batch.map(({ delta, executionId, index }) => [executionId, index, delta.nodeId, delta.attempt, delta.text, delta.at])
      )
    }), { numRuns: 150 })
  })
})
