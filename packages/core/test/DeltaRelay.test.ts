import { assert, describe, it } from "@effect/vitest"
import { Effect, Option } from "effect"
import * as fc from "fast-check"
import * as DeltaRelay from "../src/DeltaRelay.js"
import type { Delta, Event } from "../src/Execution.js"
import * as ExecutionEvents from "../src/ExecutionEvents.js"

const delta = (text: string, nodeId = "ask"): Delta => ({ _tag: "step.delta", nodeId, attempt: 1, text, at: 0 })
const completed: Event = { _tag: "execution.completed", seq: 9, at: 0, output: null }

describe("DeltaRelay", () => {
  it.scoped("numbers each execution's published deltas from 1, keeps their text until the final event, and hands them to the transport", () =>
    Effect.gen(function*() {
      const hub = yield* ExecutionEvents.make
      const sent: Array<DeltaRelay.Indexed> = []
      const built = yield* Effect.provideService(
        DeltaRelay.makeWith({ send: (indexed) => void sent.push(indexed), ask: () => Effect.succeed(Option.some({ index: 7, text: "remote" })) }),
        ExecutionEvents.ExecutionEvents,
        hub
      )
      const heard: Array<DeltaRelay.Indexed> = []
      const stop = built.relay.subscribe("exec_a", (indexed) => heard.push(indexed))
      hub.publishDelta("exec_a", delta("Hel"))
      hub.publishDelta("exec_b", delta("other"))
      hub.publishDelta("exec_a", delta("lo", "second"))
      assert.deepStrictEqual(heard.map(({ delta, index }) => [index, delta.text, delta.nodeId]), [[1, "Hel", "ask"], [2, "lo", "second"]])
      assert.deepStrictEqual(sent.map(({ executionId, index }) => [executionId, index]), [["exec_a", 1], ["exec_b", 1], ["exec_a", 2]])
      assert.deepStrictEqual(yield* built.relay.progress("exec_a"), Option.some({ index: 2, text: "Hello" }))
      // Another process's deltas reach this one's listeners (and the hub's), and are not sent again.
      const hubHeard: Array<string> = []
      hub.subscribeDeltas("exec_c", (d) => hubHeard.push(d.text))
      const remote: Array<number> = []
      built.relay.subscribe("exec_c", (indexed) => remote.push(indexed.index))
      built.receive({ executionId: "exec_c", index: 4, delta: delta("far") })
      assert.deepStrictEqual(remote, [4])
      assert.deepStrictEqual(hubHeard, ["far"])
      assert.strictEqual(sent.length, 3, "a received delta is not relayed back")
      // Unknown here: the transport asks the others.
      assert.deepStrictEqual(yield* built.relay.progress("exec_c"), Option.some({ index: 7, text: "remote" }))
      // The final event forgets the text; a long delta is cut into numbered pieces.
      hub.publish("exec_a", [completed], "org_1")
      assert.deepStrictEqual(built.localProgress("exec_a"), Option.none())
      stop()
      const long = "x".repeat(DeltaRelay.maxPiece * 2 + 1)
      hub.publishDelta("exec_d", delta(long))
      assert.deepStrictEqual(sent.slice(3).map(({ delta, index }) => [index, delta.text.length]), [[1, DeltaRelay.maxPiece], [2, DeltaRelay.maxPiece], [3, 1]])
      assert.deepStrictEqual(built.localProgress("exec_d"), Option.some({ index: 3, text: long }))
    }))

  it.scoped("without a transport, progress is only this process's", () =>
    Effect.gen(function*() {
      const hub = yield* ExecutionEvents.make
      const built = yield* Effect.provideService(DeltaRelay.makeWith(), ExecutionEvents.ExecutionEvents, hub)
      assert.deepStrictEqual(yield* built.relay.progress("exec_x"), Option.none())
    }))

  it("property: the pieces of any text join back to it, each at most maxPiece code units, none ending inside a surrogate pair", () => {
    fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 5_000 }), fc.string({ unit: "grapheme", maxLength: 3_000 }), (binary, graphemes) => {
      for (const text of [binary, graphemes, graphemes + binary]) {
        const pieces = DeltaRelay.pieces(text)
        assert.strictEqual(pieces.join(""), text)
        for (const [index, piece] of pieces.entries()) {
          assert.isAtMost(piece.length, DeltaRelay.maxPiece)
          if (pieces.length > 1) assert.isAbove(piece.length, 0)
          const last = piece.charCodeAt(piece.length - 1)
          const next = pieces[index + 1]?.charCodeAt(0)
          const splitPair = last >= 0xd800 && last <= 0xdbff && next !== undefined && next >= 0xdc00 && next <= 0xdfff
          assert.isFalse(splitPair, "a surrogate pair is never split")
        }
      }
    }), { numRuns: 200 })
  })
})
