/**
 * A streamed reply as the widget shows it, folded from the reply stream's events: `message` (the
 * stored user message), `delta` (appended), `snapshot` (replaces the text on a resume), `reply`
 * (the stored assistant message: its `content` is authoritative), `end`; and the last event id,
 * for resuming with `Last-Event-ID`.
 */
import type { ChatMessage } from "./Client.js"
import type { SseEvent } from "./Sse.js"

/** What is known of a reply so far. */
export interface ReplyState {
  readonly user: ChatMessage | undefined
  readonly text: string
  readonly reply: ChatMessage | undefined
  readonly ended: boolean
  readonly lastEventId: string | undefined
}

/** A reply before any event. */
export const initial: ReplyState = { user: undefined, text: "", reply: undefined, ended: false, lastEventId: undefined }

const parse = (data: string): any => {
  try {
    return JSON.parse(data)
  } catch {
    return undefined
  }
}

const isMessage = (value: any): value is ChatMessage =>
  value !== null && typeof value === "object" && typeof value.id === "string" && typeof value.content === "string"

/** The state after one event; unknown events and malformed data change only the last event id. */
export const apply = (state: ReplyState, event: SseEvent): ReplyState => {
  const next = event.id === undefined || event.id === state.lastEventId ? state : { ...state, lastEventId: event.id }
  const data = parse(event.data)
  switch (event.event) {
    case "message":
      return isMessage(data) ? { ...next, user: data } : next
    case "delta":
      return typeof data?.text === "string" && next.reply === undefined ? { ...next, text: next.text + data.text } : next
    case "snapshot":
      return typeof data?.text === "string" && next.reply === undefined ? { ...next, text: data.text } : next
    case "reply":
      return isMessage(data) ? { ...next, reply: data, text: data.content } : next
    case "end":
      return { ...next, ended: true }
    default:
      return next
  }
}

/** Whether the reply is complete: the stored reply arrived (the `end` after it may be lost). */
export const isComplete = (state: ReplyState): boolean => state.reply !== undefined
