/**
 * Server-sent events as model APIs stream them: bytes in, `{ event, data }` out, one per blank
 * line-terminated block (comments and `id`/`retry` fields ignored, multi-line `data` joined).
 *
 * @since 0.1.0
 */
import { Stream } from "effect"

/** One server-sent event; `event` is `"message"` when the block names none. */
export interface SseEvent {
  readonly event: string
  readonly data: string
}

/** Splits a byte stream into server-sent events. */
export const events = <E, R>(bytes: Stream.Stream<Uint8Array, E, R>): Stream.Stream<SseEvent, E, R> =>
  Stream.suspend(() => {
    let event = "message"
    let data: Array<string> = []
    const line = (text: string): ReadonlyArray<SseEvent> => {
      if (text === "") {
        const done = data.length > 0 ? [{ event, data: data.join("\n") }] : []
        event = "message"
        data = []
        return done
      }
      if (text.startsWith(":")) return []
      const colon = text.indexOf(":")
      const field = colon === -1 ? text : text.slice(0, colon)
      const value = colon === -1 ? "" : text.slice(colon + 1).replace(/^ /, "")
      if (field === "event") event = value
      else if (field === "data") data.push(value)
      return []
    }
    return bytes.pipe(
      Stream.decodeText(),
      Stream.splitLines,
      Stream.concat(Stream.make("")),
      Stream.mapConcat(line)
    )
  })
