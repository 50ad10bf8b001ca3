/**
 * One reply, start to end: reads the send's event stream and, when the connection drops before the
 * reply arrives, resumes from the last event id (`GET …/messages/:messageId/stream` with
 * `Last-Event-ID`) after a bounded backoff, as many times as the delays allow (their count resets
 * whenever a resumed stream brings an event).
 */
import { ChatError } from "./ChatError.js"
import { apply, initial, isComplete, type ReplyState } from "./Reply.js"
import { createSseParser, readBody } from "./Sse.js"

/** Backoff before each resume attempt, in ms: 0.5 s doubling to 8 s, about 15 s in all. */
export const defaultDelays: ReadonlyArray<number> = [500, 1000, 2000, 4000, 8000]

/** How to open and resume the stream, and when to give up. */
export interface StreamOptions {
  /** Opens the reply's stream (the send). */
  readonly open: (signal: AbortSignal) => Promise<Response>
  /** Resumes the reply to the stored user message after event `lastEventId`. */
  readonly resume: (messageId: string, lastEventId: string | undefined, signal: AbortSignal) => Promise<Response>
  readonly signal: AbortSignal
  /** Called with the state after every event. */
  readonly onUpdate: (state: ReplyState) => void
  /** Called before each resume attempt (1, 2, …). */
  readonly onReconnect?: (attempt: number) => void
  readonly delays?: ReadonlyArray<number>
  readonly sleep?: (ms: number, signal: AbortSignal) => Promise<void>
  /** The state to start from (a reply resumed after a reload: its user message already known). */
  readonly from?: ReplyState
}

/** Waits `ms`, or rejects with an `AbortError` when `signal` aborts. */
export const sleep = (ms: number, signal: AbortSignal): Promise<void> =>
  new Promise((resolve, reject) => {
    if (signal.aborted) return reject(abortError())
    const timer = setTimeout(() => {
      signal.removeEventListener("abort", onAbort)
      resolve()
    }, ms)
    const onAbort = () => {
      clearTimeout(timer)
      reject(abortError())
    }
    signal.addEventListener("abort", onAbort, { once: true })
  })

const abortError = () => {
  const error = new Error("aborted")
  error.name = "AbortError"
  return error
}

/** Runs the reply to completion; rejects with a `ChatError` (or an `AbortError` when cancelled). */
export const streamReply = async (options: StreamOptions): Promise<ReplyState> => {
  const delays = options.delays ?? defaultDelays
  const wait = options.sleep ?? sleep
  let state = options.from ?? initial
  let events = 0
  const read = async (response: Response) => {
    const parser = createSseParser((event) => {
      state = apply(state, event)
      events++
      options.onUpdate(state)
    })
    try {
      await readBody(response.body!, parser)
    } catch {
      if (options.signal.aborted) throw abortError()
    }
  }
  let response: Response | undefined = await options.open(options.signal)
  let attempt = 0
  for (;;) {
    if (response !== undefined) {
      const before = events
      await read(response)
      if (events > before) attempt = 0
    }
    if (isComplete(state)) return state
    const messageId = state.user?.id
    if (messageId === undefined || attempt >= delays.length) {
      throw new ChatError("network", "the reply's connection dropped")
    }
    attempt++
    options.onReconnect?.(attempt)
    await wait(delays[attempt - 1]!, options.signal)
    try {
      response = await options.resume(messageId, state.lastEventId, options.signal)
    } catch (error) {
      if (error instanceof ChatError && (error.kind === "network" || error.kind === "server")) response = undefined
      else throw error
    }
  }
}
