/**
 * Replies being streamed to visitors, followed by this process: for each user message, the events
 * of its reply so far (the message, the execution's numbered deltas, the reply, the end), kept
 * apart from any connection, so a dropped stream changes nothing and a resume on this process
 * replays exactly what was missed. A resume on a process that was not following starts from a
 * snapshot of the text so far (asked of the process running the execution) and goes on live.
 * Whichever follower sees the execution end stores the assistant message, once; a follower is
 * forgotten a minute after its end.
 *
 * @since 0.1.0
 */
import type { SqlError } from "@effect/sql/SqlError"
import { Clock, Context, Duration, Effect, Layer, Option, Queue, Stream } from "effect"
import * as Signal from "@sire/core/Signal"
import { DeltaRelay, type Indexed } from "@sire/core/DeltaRelay"
import type { Execution } from "@sire/core/Execution"
import type { OrganizationId } from "@sire/core/Id"
import { Sire } from "@sire/core/Sire"
import type { Message } from "../chat/Chat.js"
import { replyText } from "../chat/Http.js"
import { Draining } from "../Draining.js"
import * as ReplyEvents from "./ReplyEvents.js"
import { type VisitorSession, Visitors } from "./Visitors.js"

/** What a visitor sees of a failed or cancelled run: no detail of the workflow's internals. */
export const failedReply = "the assistant could not answer this message"

/** How long a follower is kept after its reply ended, for late resumes. */
const retention = Duration.minutes(1)

interface Entry {
  readonly events: Array<ReplyEvents.ReplyEvent>
  /** Told (without blocking: pushes come from the engine's delta callbacks) when events were added. */
  readonly watchers: Set<Queue.Queue<void>>
  last: number
  /** Whether a delta (or a snapshot) was added. */
  streamed: boolean
}

/** The replies this process follows. */
export class Replies extends Context.Tag("@sire/http/Replies")<Replies, {
  /** Follows the reply to a user message whose execution just started; its events after `after` (0: all). */
  readonly follow: (session: VisitorSession, message: Message, executionId: string) => Effect.Effect<Stream.Stream<ReplyEvents.ReplyEvent>>
  /**
   * The reply's events after `after`: replayed exactly when this process follows it, else the
   * message, one snapshot and live deltas; `reply` and `end` at once when the reply is stored.
   */
  readonly resume: (
    session: VisitorSession,
    message: Message,
    executionId: string,
    after: number
  ) => Effect.Effect<Stream.Stream<ReplyEvents.ReplyEvent>, SqlError>
}>() {}

/** The follower registry over the engine, the delta relay and the visitor store. */
export const make = Effect.gen(function*() {
  const sire = yield* Sire
  const relay = yield* DeltaRelay
  const visitors = yield* Visitors
  const draining = yield* Draining
  const entries = new Map<string, Entry>()

  const push = (entry: Entry, event: ReplyEvents.ReplyEvent) => {
    if (event.id <= entry.last) return
    entry.events.push(event)
    entry.last = event.id
    for (const watcher of entry.watchers) watcher.unsafeOffer(undefined)
  }
  /**
   * Adds a delta. A follower that starts after the execution's first deltas (it subscribes once the
   * execution is started, which may already run here) sends what it missed as its first delta: the
   * text so far, which this process knows when it runs the execution.
   */
  const pushDelta = (entry: Entry, executionId: string) => (indexed: Indexed) => {
    if (!entry.streamed && indexed.index > 1) {
      const known = relay.current(executionId)
      if (Option.isSome(known) && known.value.index >= indexed.index) {
        entry.streamed = true
        return push(entry, ReplyEvents.deltaEvent(known.value.index, known.value.text))
      }
    }
    entry.streamed = true
    push(entry, ReplyEvents.deltaEvent(indexed.index, indexed.delta.text))
  }

  /**
   * The entry's events after `after`, live. The reply and the end always come, numbered after
   * anything the client saw: a follower that started without the text so far counts from less.
   */
  const events = (entry: Entry, after: number): Stream.Stream<ReplyEvents.ReplyEvent> =>
    Stream.unwrapScoped(Effect.gen(function*() {
      let sent = 0
      let floor = after
      const watcher = yield* Effect.acquireRelease(
        Effect.tap(Queue.sliding<void>(1), (queue) => Effect.sync(() => entry.watchers.add(queue))),
        (queue) => Effect.sync(() => entry.watchers.delete(queue))
      )
      return Stream.concat(Stream.make(undefined), Stream.fromQueue(watcher)).pipe(
        Stream.mapConcat(() => {
          const fresh = entry.events.slice(sent)
          sent = entry.events.length
          return fresh.flatMap((event) => {
            if (event.id > floor) {
              floor = event.id
              return [event]
            }
            if (event.type !== "reply" && event.type !== "end") return []
            floor++
            return [{ ...event, id: floor }]
          })
        }),
        Stream.takeUntil((event) => event.type === "end"),
        Stream.interruptWhen(Signal.raised(draining))
      )
    }))

  const replyOf = (execution: Execution) =>
    execution.status === "completed"
      ? { role: "assistant" as const, content: replyText(execution.output), executionId: execution.id }
      : { role: "assistant" as const, content: "", executionId: execution.id, error: failedReply }

  /** Registers a follower of `message` and runs it: `init` (with the relay subscribed), then until the reply is stored. */
  const start = (session: VisitorSession, message: Message, executionId: string, init: (entry: Entry) => Effect.Effect<void>) =>
    Effect.gen(function*() {
      const entry: Entry = { events: [], watchers: new Set(), last: 0, streamed: false }
      entries.set(message.id, entry)
      const buffered: Array<Indexed> = []
      let live = false
      const add = pushDelta(entry, executionId)
      const unsubscribe = relay.subscribe(executionId, (indexed) => (live ? add(indexed) : buffered.push(indexed)))
      yield* Effect.gen(function*() {
        yield* init(entry)
        buffered.forEach(add)
        live = true
        const scope = { organizationId: session.organizationId as OrganizationId }
        const execution = yield* sire.wait(executionId, scope)
        const stored = yield* visitors.storeReply(session, replyOf(execution), yield* Clock.currentTimeMillis)
        for (const event of ReplyEvents.closing(entry.last, stored)) push(entry, event)
      }).pipe(
        Effect.catchAllCause((cause) => Effect.logWarning(`the reply to chat message ${message.id} could not be followed`, cause)),
        Effect.raceFirst(Signal.raised(draining)),
        Effect.ensuring(Effect.sync(unsubscribe)),
        Effect.zipRight(Effect.sleep(retention)),
        Effect.ensuring(Effect.sync(() => entries.get(message.id) === entry && entries.delete(message.id))),
        Effect.forkDaemon
      )
      return entry
    })

  return Replies.of({
    follow: (session, message, executionId) =>
      Effect.map(
        start(session, message, executionId, (entry) => Effect.sync(() => push(entry, ReplyEvents.messageEvent(message)))),
        (entry) => events(entry, 0)
      ),
    resume: (session, message, executionId, after) =>
      Effect.gen(function*() {
        const following = entries.get(message.id)
        if (following !== undefined) return events(following, after)
        const stored = yield* visitors.replyOf(session, executionId)
        if (Option.isSome(stored)) return Stream.fromIterable(ReplyEvents.closing(Math.max(after, 1), stored.value))
        const entry = yield* start(session, message, executionId, (entry) =>
          Effect.gen(function*() {
            push(entry, ReplyEvents.messageEvent(message))
            const progress = yield* relay.progress(executionId)
            if (Option.isSome(progress) && progress.value.index > 0) {
              entry.streamed = true
              push(entry, ReplyEvents.snapshotEvent(progress.value.index, progress.value.text))
            }
          }))
        return events(entry, after)
      })
  })
})

/** The registry as a layer. */
export const layer: Layer.Layer<Replies, never, Sire | DeltaRelay | Visitors | Draining> = Layer.effect(Replies, make)
