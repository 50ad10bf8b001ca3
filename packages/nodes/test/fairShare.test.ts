/**
 * The fair share of the `code` node's sandbox workers between organizations, on its own: one
 * organization never gets the last free worker, waiting organizations are served in turn, and a
 * wait that is interrupted leaves nothing behind. (Through the real server: `@sire/http`'s
 * `sandboxFairness.test.ts`.)
 */
import { assert, describe, it } from "@effect/vitest"
import { Effect, Exit, Fiber } from "effect"
import * as FairShare from "../src/internal/sandbox/FairShare.js"

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
/** Takes a permit for `organizationId` and holds it until the returned release runs; `granted` tells whether it has it yet. */
const hold = (share: FairShare.FairShare, organizationId: string, order?: Array<string>) => {
  let release: () => void = () => {}
  const released = new Promise<void>((resolve) => (release = resolve))
  const state = { granted: false }
  const fiber = Effect.runFork(share.withPermit(
    organizationId,
    Effect.zipRight(
      Effect.sync(() => {
        state.granted = true
        order?.push(organizationId)
      }),
      Effect.promise(() => released)
    )
  ))
  return { state, release, fiber }
}

const snapshot = (share: FairShare.FairShare) => Effect.runSync(share.snapshot)

describe("the fair share of sandbox workers", () => {
  it("an organization holding workers never takes the last free one; an organization holding none takes it at once", async () => {
    const share = FairShare.make(3)
    const x = [hold(share, "x"), hold(share, "x"), hold(share, "x"), hold(share, "x")]
    await sleep(0)
    assert.deepStrictEqual(x.map((h) => h.state.granted), [true, true, false, false])
    assert.deepStrictEqual(snapshot(share), { free: 1, held: { x: 2 }, waiting: { x: 2 } })
    const y = hold(share, "y")
    await sleep(0)
    assert.isTrue(y.state.granted, "y took the last free worker")
    assert.deepStrictEqual(snapshot(share), { free: 0, held: { x: 2, y: 1 }, waiting: { x: 2 } })
    y.release()
    await Effect.runPromise(Fiber.join(y.fiber))
    assert.deepStrictEqual(x.map((h) => h.state.granted), [true, true, false, false], "x still may not take the last one")
    x[0]!.release()
    await Effect.runPromise(Fiber.join(x[0]!.fiber))
    assert.deepStrictEqual(x.map((h) => h.state.granted), [true, true, true, false], "x's next run takes the worker x gave back")
    for (const h of x) h.release()
    await Effect.runPromise(Fiber.joinAll(x.map((h) => h.fiber)))
    assert.deepStrictEqual(snapshot(share), { free: 3, held: {}, waiting: {} })
  })

  it("waiting organizations are served in turn (round robin), each organization's runs in the order they came", async () => {
    const share = FairShare.make(2)
    const order: Array<string> = []
    const first = hold(share, "busy", order)
    const second = hold(share, "other", order)
    await sleep(0)
    assert.deepStrictEqual(order, ["busy", "other"])
    const waiting = [
      ...["a1", "a2", "a3"].map((name) => ({ name, h: hold(share, "a", order) })),
      ...["b1", "b2"].map((name) => ({ name, h: hold(share, "b", order) })),
      { name: "c1", h: hold(share, "c", order) }
    ]
    await sleep(0)
    assert.deepStrictEqual(snapshot(share).waiting, { a: 3, b: 2, c: 1 })
    first.release()
    second.release()
    const served: Array<string> = []
    while (served.length < waiting.length) {
      await sleep(5)
      const running = waiting.filter((w) => w.h.state.granted && !served.includes(w.name))
      for (const w of running) {
        served.push(w.name)
        w.h.release()
        await Effect.runPromise(Fiber.join(w.h.fiber))
      }
    }
    assert.deepStrictEqual(order.slice(2), ["a", "b", "c", "a", "b", "a"])
    assert.deepStrictEqual(served.filter((name) => name.startsWith("a")), ["a1", "a2", "a3"])
    assert.deepStrictEqual(snapshot(share), { free: 2, held: {}, waiting: {} })
  })

  it("a wait that is interrupted leaves its queue; the permits all come back", async () => {
    const share = FairShare.make(2)
    const holder = hold(share, "x")
    const waiter = hold(share, "x")
    await sleep(0)
    assert.deepStrictEqual(snapshot(share), { free: 1, held: { x: 1 }, waiting: { x: 1 } })
    const exit = await Effect.runPromise(Fiber.interrupt(waiter.fiber))
    assert.isTrue(Exit.isInterrupted(exit))
    assert.isFalse(waiter.state.granted)
    assert.deepStrictEqual(snapshot(share), { free: 1, held: { x: 1 }, waiting: {} })
    holder.release()
    await Effect.runPromise(Fiber.join(holder.fiber))
    assert.deepStrictEqual(snapshot(share), { free: 2, held: {}, waiting: {} })
  })
})
