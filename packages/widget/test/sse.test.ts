/**
 * The SSE parser against the event-stream format: fields, multi-line data, comments, ids, every
 * line ending, a BOM; and the property that cutting a stream anywhere (even inside `\r\n`) yields
 * the same events as feeding it whole.
 */
import fc from "fast-check"
import { assert, describe, it } from "vitest"
import { createSseParser, readBody, type SseEvent } from "../src/Sse.js"

const parseAll = (pieces: ReadonlyArray<string>): Array<SseEvent> => {
  const events: Array<SseEvent> = []
  const parser = createSseParser((event) => events.push(event))
  for (const piece of pieces) parser.push(piece)
  return events
}

describe("the SSE parser", () => {
  it("reads named events with ids, joins data lines, skips comments and dispatches only at a blank line", () => {
    const events = parseAll([
      ": heartbeat\n\n",
      "id: 1\nevent: message\ndata: {\"id\":\"msg_1\"}\n\n",
      "id: 2\nevent: delta\ndata: line one\ndata: line two\n\n",
      "data:no space\n\n",
      "event: delta\ndata: unfinished"
    ])
    assert.deepStrictEqual(events, [
      { event: "message", data: "{\"id\":\"msg_1\"}", id: "1" },
      { event: "delta", data: "line one\nline two", id: "2" },
      { event: "message", data: "no space", id: "2" }
    ])
  })

  it("takes \\r\\n, \\r and \\n line endings and a leading BOM; an event without data is not dispatched", () => {
    const events = parseAll(["\ufeffevent: a\r\ndata: 1\r\n\r\nevent: b\rdata: 2\r\revent: empty\n\n"])
    assert.deepStrictEqual(events.map((event) => [event.event, event.data]), [["a", "1"], ["b", "2"]])
  })

  it("ignores an id holding NUL and keeps the previous one", () => {
    const events = parseAll(["id: 7\ndata: a\n\nid: 8\u0000\ndata: b\n\n"])
    assert.deepStrictEqual(events.map((event) => event.id), ["7", "7"])
  })

  it("property: cutting a stream at any points (inside \\r\\n too) yields the same events as feeding it whole", () => {
    const field = fc.string({ unit: fc.constantFrom("a", "b", " ", ":", "é", "{", "}", "\""), maxLength: 8 })
    const ending = fc.constantFrom("\n", "\r", "\r\n")
    const line = fc.oneof(
      fc.tuple(fc.constantFrom("data", "event", "id", ""), field).map(([name, value]) => (name === "" ? `:${value}` : `${name}: ${value}`)),
      fc.constant("")
    )
    const stream = fc.array(fc.tuple(line, ending).map(([text, end]) => text + end), { maxLength: 30 }).map((lines) => lines.join(""))
    fc.assert(fc.property(stream, fc.array(fc.nat(), { maxLength: 10 }), (text, cuts) => {
      const points = Array.from(new Set(cuts.map((cut) => cut % (text.length + 1)))).sort((a, b) => a - b)
      const split = [...points.map((point, index) => text.slice(index === 0 ? 0 : points[index - 1], point)), text.slice(points[points.length - 1] ?? 0)]
      assert.deepStrictEqual(parseAll(split), parseAll([text]))
    }), { numRuns: 300 })
  })

  it("reads a byte stream whose UTF-8 characters are split across chunks", async () => {
    const bytes = new TextEncoder().encode("event: delta\ndata: {\"text\":\"héllo ✓\"}\n\n")
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let at = 0; at < bytes.length; at += 3) controller.enqueue(bytes.slice(at, at + 3))
        controller.close()
      }
    })
    const events: Array<SseEvent> = []
    await readBody(body, createSseParser((event) => events.push(event)))
    assert.deepStrictEqual(JSON.parse(events[0]!.data), { text: "héllo ✓" })
  })
})
