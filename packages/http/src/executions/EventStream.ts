/**
 * Server-Sent Events for an execution's log: each event is `id: <seq>`, `event: <type>`,
 * `data: <the event as JSON>`; a comment line every so often keeps idle connections open; the
 * response ends when the execution's final event has been sent.
 *
 * @since 0.1.0
 */
import { HttpServerResponse } from "@effect/platform"
import { Duration, Stream } from "effect"
import type { Delta, Event } from "@sire/core/Execution"
import { seconds } from "../Schemas.js"

const encoder = new TextEncoder()

/** The sequence number to resume after, from a `Last-Event-ID` header (0 when absent or malformed). */
export const lastEventId = (header: string | undefined): number => {
  const n = header === undefined ? Number.NaN : Number(header.trim())
  return Number.isSafeInteger(n) && n > 0 ? n : 0
}

/** One event in the SSE wire format; `at` in unix seconds, `atMs` in milliseconds. */
export const format = (event: Event): string => {
  const { _tag, at, ...rest } = event
  const data = JSON.stringify({ type: _tag, ...rest, at: seconds(at), atMs: at })
  return `id: ${event.seq}\nevent: ${_tag}\ndata: ${data}\n\n`
}

/** A transient step delta in the SSE wire format: no `id`, so it never moves `Last-Event-ID`. */
export const formatDelta = (delta: Delta): string => {
  const { _tag, at, ...rest } = delta
  return `event: ${_tag}\ndata: ${JSON.stringify({ type: _tag, ...rest, at: seconds(at), atMs: at })}\n\n`
}

/**
 * An SSE response from a stream of events, with live step deltas (model tokens) between them and
 * heartbeats every `heartbeatMs`, ending with the events.
 */
export const response = <E>(
  events: Stream.Stream<Event, E>,
  deltas: Stream.Stream<Delta>,
  heartbeatMs: number
): HttpServerResponse.HttpServerResponse => {
  const body = Stream.merge(
    Stream.merge(Stream.map(events, format), Stream.map(deltas, formatDelta), { haltStrategy: "left" }),
    Stream.tick(Duration.millis(heartbeatMs)).pipe(Stream.drop(1), Stream.map(() => ": heartbeat\n\n")),
    { haltStrategy: "left" }
  ).pipe(
    Stream.catchAll(() => Stream.make("event: error\ndata: {\"error\":\"the log could not be read\"}\n\n")),
    Stream.map((chunk) => encoder.encode(chunk))
  )
  return HttpServerResponse.stream(Stream.concat(Stream.make(encoder.encode("retry: 2000\n\n")), body), {
    contentType: "text/event-stream",
    headers: { "cache-control": "no-cache", "x-accel-buffering": "no" }
  })
}
