/**
 * The events of a public chat reply stream, in the SSE wire format: each with an `id:` line (a
 * per-reply counter: the user message is 1, the n-th delta of the execution n + 1, then the
 * reply and the end), so a dropped stream resumes after the last one it received.
 *
 * @since 0.1.0
 */
import type { Message } from "../chat/Chat.js"
import { seconds } from "../Schemas.js"

/** One event of a reply stream. */
export interface ReplyEvent {
  readonly id: number
  readonly type: "message" | "delta" | "snapshot" | "reply" | "end"
  readonly data: unknown
}

/** A chat message as visitors see it: without its execution. */
export const showMessage = (message: Message) => ({
  id: message.id,
  seq: message.seq,
  role: message.role,
  content: message.content,
  ...(message.error !== undefined ? { error: message.error } : {}),
  createdAt: seconds(message.createdAt)
})

/** The event of a stored user message (always id 1). */
export const messageEvent = (message: Message): ReplyEvent => ({ id: 1, type: "message", data: showMessage(message) })

/** The event of the execution's `index`-th delta. */
export const deltaEvent = (index: number, text: string): ReplyEvent => ({ id: index + 1, type: "delta", data: { text } })

/** The event replacing the text shown by the text of the first `index` deltas. */
export const snapshotEvent = (index: number, text: string): ReplyEvent => ({ id: index + 1, type: "snapshot", data: { text } })

/** The reply and end events after the event `last`. */
export const closing = (last: number, reply: Message): ReadonlyArray<ReplyEvent> => [
  { id: last + 1, type: "reply", data: showMessage(reply) },
  { id: last + 2, type: "end", data: {} }
]

/** An event in the SSE wire format. */
export const format = (event: ReplyEvent): string => `id: ${event.id}\nevent: ${event.type}\ndata: ${JSON.stringify(event.data)}\n\n`

/** The comment line sent while a stream is idle. */
export const heartbeat = ": heartbeat\n\n"
