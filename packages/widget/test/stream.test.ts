/**
 * One reply through `streamReply` over scripted responses: deltas appended and replaced by the
 * authoritative reply, a dropped connection resumed with the last event id (and a snapshot), the
 * bounded backoff, cancellation; and the property that, however the connection drops, the text
 * shown is always a prefix of the reply and ends as the reply.
 */
import fc from "fast-check"
import { assert, describe, it } from "vitest"
import { ChatError } from "../src/ChatError.js"
import type { ReplyState } from "../src/Reply.js"
import { streamReply } from "../src/Stream.js"

interface Event {
  readonly id: number
  readonly event: string
  readonly data: unknown
}

const text = (events: ReadonlyArray<Event>) => events.map((event) => `id: ${event.id}\nevent: ${event.event}\ndata: ${JSON.stringify(event.data)}\n\n`).join("")

/** A response streaming `body` in chunks of `size` characters, then ending, or failing as a dropped connection. */
const response = (body: string, options: { readonly drop?: boolean; readonly size?: number } = {}): Response => {
  const bytes = new TextEncoder().encode(body)
  const size = options.size ?? 7
  let at = 0
  return new Response(new ReadableStream<Uint8Array>({
    pull(controller) {
      if (at < bytes.length) {
        controller.enqueue(bytes.slice(at, at + size))
        at += size
      } else if (options.drop === true) controller.error(new TypeError("network error"))
      else controller.close()
    }
  }), { headers: { "content-type": "text/event-stream" } })
}

const user = { id: "msg_user", seq: 1, role: "user", content: "Hi", createdAt: 1 }
const reply = (content: string) => ({ id: "msg_reply", seq: 2, role: "assistant", content, createdAt: 2 })

/** The events of a reply made of `pieces`. */
const eventsOf = (pieces: ReadonlyArray<string>, final = pieces.join("")): Array<Event> => [
  { id: 1, event: "message", data: user },
  ...pieces.map((piece, index) => ({ id: index + 2, event: "delta", data: { text: piece } })),
  { id: pieces.length + 2, event: "reply", data: reply(final) },
  { id: pieces.length + 3, event: "end", data: {} }
]

const noSleep = async () => {}

describe("streamReply", () => {
  it("appends deltas as they come, then shows the stored reply's content (authoritative)", async () => {
    const shown: Array<string> = []
    const state = await streamReply({
      open: async () => response(text(eventsOf(["Hel", "lo", " there"], "Hello there!"))),
      resume: async () => assert.fail("no resume"),
      signal: new AbortController().signal,
      onUpdate: (state) => shown.push(state.text)
    })
    assert.deepStrictEqual(shown, ["", "Hel", "Hello", "Hello there", "Hello there!", "Hello there!"])
    assert.strictEqual(state.reply?.content, "Hello there!")
    assert.isTrue(state.ended)
    assert.strictEqual(state.user?.id, "msg_user")
  })

  it("resumes a dropped stream with the user message's id and the last event id, and takes a snapshot", async () => {
    const all = eventsOf(["one ", "two ", "three ", "four"])
    const resumes: Array<[string, string | undefined]> = []
    const reconnects: Array<number> = []
    const sleeps: Array<number> = []
    const state = await streamReply({
      open: async () => response(text(all.slice(0, 3)), { drop: true }),
      resume: async (id, last) => {
        resumes.push([id, last])
        return response(text([{ id: 4, event: "snapshot", data: { text: "one two three " } }, ...all.slice(4)]))
      },
      signal: new AbortController().signal,
      onUpdate: () => {},
      onReconnect: (attempt) => reconnects.push(attempt),
      sleep: async (ms) => void sleeps.push(ms)
    })
    assert.deepStrictEqual(resumes, [["msg_user", "3"]])
    assert.deepStrictEqual(reconnects, [1])
    assert.deepStrictEqual(sleeps, [500])
    assert.strictEqual(state.text, "one two three four")
  })

  it("cannot resume a stream that dropped before the user message was stored: a network error", async () => {
    const error = await streamReply({
      open: async () => response("", { drop: true }),
      resume: async () => assert.fail("no resume without a message id"),
      signal: new AbortController().signal,
      onUpdate: () => {},
      sleep: noSleep
    }).catch((error: unknown) => error)
    assert.instanceOf(error, ChatError)
    assert.strictEqual((error as ChatError).kind, "network")
  })

  it("gives up after the backoff's last delay when every resume fails, waiting each delay in turn", async () => {
    const sleeps: Array<number> = []
    let resumes = 0
    const error = await streamReply({
      open: async () => response(text(eventsOf(["a"]).slice(0, 2)), { drop: true }),
      resume: async () => {
        resumes++
        throw new ChatError("network")
      },
      signal: new AbortController().signal,
      onUpdate: () => {},
      delays: [10, 20, 40],
      sleep: async (ms) => void sleeps.push(ms)
    }).catch((error: unknown) => error)
    assert.strictEqual((error as ChatError).kind, "network")
    assert.deepStrictEqual(sleeps, [10, 20, 40])
    assert.strictEqual(resumes, 3)
  })

  it("starts the backoff over after a resumed stream brings events", async () => {
    const all = eventsOf(["a", "b", "c", "d"])
    const sleeps: Array<number> = []
    let next = 2
    const state = await streamReply({
      open: async () => response(text(all.slice(0, 2)), { drop: true }),
      resume: async () => {
        next++
        return next > all.length ? response(text(all.slice(next - 2))) : response(text(all.slice(next - 1, next)), { drop: true })
      },
      signal: new AbortController().signal,
      onUpdate: () => {},
      delays: [10, 20],
      sleep: async (ms) => void sleeps.push(ms)
    })
    assert.strictEqual(state.text, "abcd")
    assert.isTrue(sleeps.every((ms) => ms === 10), `each resume made progress: ${sleeps}`)
  })

  it("stops with the server's refusal of a resume (401: the visitor token is gone)", async () => {
    const error = await streamReply({
      open: async () => response(text(eventsOf(["a"]).slice(0, 2)), { drop: true }),
      resume: async () => {
        throw new ChatError("session")
      },
      signal: new AbortController().signal,
      onUpdate: () => {},
      sleep: noSleep
    }).catch((error: unknown) => error)
    assert.strictEqual((error as ChatError).kind, "session")
  })

  it("rejects with an AbortError when cancelled mid-stream", async () => {
    const controller = new AbortController()
    let pulls = 0
    const body = new ReadableStream<Uint8Array>({
      pull(stream) {
        if (pulls++ === 0) stream.enqueue(new TextEncoder().encode(text(eventsOf(["a"]).slice(0, 2))))
        else return new Promise<void>((_, reject) => controller.signal.addEventListener("abort", () => reject(new TypeError("aborted"))))
      }
    })
    const running = streamReply({
      open: async () => new Response(body, { headers: { "content-type": "text/event-stream" } }),
      resume: async () => assert.fail("no resume once cancelled"),
      signal: controller.signal,
      onUpdate: (state) => {
        if (state.text === "a") controller.abort()
      },
      sleep: noSleep
    })
    const error = await running.catch((error: unknown) => error)
    assert.strictEqual((error as Error).name, "AbortError")
  })

  it("property: however the connection drops (any cuts, replay or snapshot on resume), the text shown is always a prefix of the reply and ends as it", async () => {
    const arbitrary = fc.record({
      pieces: fc.array(fc.string({ minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 12 }),
      cuts: fc.array(fc.nat(), { maxLength: 4 }),
      snapshot: fc.boolean(),
      chunk: fc.integer({ min: 1, max: 40 })
    })
    await fc.assert(fc.asyncProperty(arbitrary, async ({ pieces, cuts, snapshot, chunk }) => {
      const all = eventsOf(pieces)
      const full = pieces.join("")
      const drops = [...cuts]
      /** Events after `last`, as a resume serves them: replayed, or one snapshot of the text so far. */
      const from = (last: number): Array<Event> => {
        if (!snapshot || last < 1 || last >= all.length - 2) return all.slice(last)
        const sofar = all.slice(1, last).map((event) => (event.data as { text: string }).text).join("")
        return [{ id: last, event: "snapshot", data: { text: sofar } }, ...all.slice(last)]
      }
      const serve = (events: ReadonlyArray<Event>) => {
        const cut = drops.shift()
        if (cut === undefined) return response(text(events), { size: chunk })
        const body = text(events)
        return response(body.slice(0, cut % (body.length + 1)), { drop: true, size: chunk })
      }
      const shown: Array<string> = []
      let state: ReplyState
      try {
        state = await streamReply({
          open: async () => serve(all),
          resume: async (_, last) => serve(from(Number(last ?? 0))),
          signal: new AbortController().signal,
          onUpdate: (next) => shown.push(next.text),
          delays: [0, 0, 0, 0, 0, 0],
          sleep: noSleep
        })
      } catch (error) {
        assert.strictEqual((error as ChatError).kind, "network", "only a drop before the message event fails")
        assert.isTrue(shown.every((text) => text === ""))
        return
      }
      for (const text of shown) assert.isTrue(full.startsWith(text), `${JSON.stringify(text)} is a prefix of ${JSON.stringify(full)}`)
      assert.strictEqual(state.text, full)
    }), { numRuns: 200 })
  })
})
