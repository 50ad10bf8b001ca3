/**
 * Server-Sent Events parsing as the HTML standard's event-stream format: text fed in pieces cut
 * anywhere (even inside a line ending), `event`, `data` (lines joined by `\n`), `id` and comment
 * lines, events dispatched at a blank line. `EventSource` cannot send an `Authorization` header,
 * so the widget reads `fetch` bodies through this.
 */

/** One dispatched event: its type (`message` when unnamed), its data, and the last `id` seen so far. */
export interface SseEvent {
  readonly event: string
  readonly data: string
  readonly id: string | undefined
}

/** An incremental parser: `push` text as it arrives; events go to the callback. */
export interface SseParser {
  readonly push: (text: string) => void
}

/** A parser calling `onEvent` for every complete event. */
export const createSseParser = (onEvent: (event: SseEvent) => void): SseParser => {
  let buffer = ""
  let skipLeadingNewline = false
  let eventType = ""
  let data: Array<string> = []
  let lastId: string | undefined
  let first = true

  const line = (text: string) => {
    if (text === "") {
      if (data.length > 0) onEvent({ event: eventType === "" ? "message" : eventType, data: data.join("\n"), id: lastId })
      eventType = ""
      data = []
      return
    }
    if (text.startsWith(":")) return
    const colon = text.indexOf(":")
    const field = colon < 0 ? text : text.slice(0, colon)
    let value = colon < 0 ? "" : text.slice(colon + 1)
    if (value.startsWith(" ")) value = value.slice(1)
    if (field === "event") eventType = value
    else if (field === "data") data.push(value)
    else if (field === "id" && !value.includes("\u0000")) lastId = value
  }

  return {
    push: (text) => {
      if (first && text.length > 0) {
        first = false
        if (text.charCodeAt(0) === 0xfeff) text = text.slice(1)
      }
      if (skipLeadingNewline && text.startsWith("\n")) text = text.slice(1)
      skipLeadingNewline = false
      buffer += text
      let start = 0
      for (let index = 0; index < buffer.length; index++) {
        const char = buffer[index]
        if (char !== "\n" && char !== "\r") continue
        line(buffer.slice(start, index))
        if (char === "\r") {
          if (index + 1 === buffer.length) skipLeadingNewline = true
          else if (buffer[index + 1] === "\n") index++
        }
        start = index + 1
      }
      buffer = buffer.slice(start)
    }
  }
}

/** Reads a response body to its end, feeding its text to `parser`; rejects when the connection drops. */
export const readBody = async (body: ReadableStream<Uint8Array>, parser: SseParser): Promise<void> => {
  const reader = body.getReader()
  const decoder = new TextDecoder()
  try {
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      parser.push(decoder.decode(value, { stream: true }))
    }
    parser.push(decoder.decode())
  } finally {
    reader.releaseLock()
  }
}
