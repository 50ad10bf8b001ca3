/**
 * `DeltaRelay` across the processes of one PostgreSQL database: the deltas each process numbers are
 * sent, batched every `tickMs`, as `NOTIFY` payloads of at most `maxPayloadBytes` on the schema's
 * delta channel, and every other process hears them on a watched `LISTEN` and delivers them to its
 * listeners. A process asked for an execution's progress (the text so far) answers on the same
 * channel, the text cut into pieces; no answer within `askTimeoutMs` means no process knows it.
 * On PGlite (one process) and other clients, the relay stays in memory (`DeltaRelay.layerLocal`).
 *
 * @since 0.1.0
 */
import * as SqlClient from "@effect/sql/SqlClient"
import type { SqlError } from "@effect/sql/SqlError"
import { Chunk, Deferred, Duration, Effect, Layer, Option, Queue } from "effect"
import { DeltaRelay, type Indexed, makeWith, pieces, type Progress, type Transport } from "@sire/core/DeltaRelay"
import { ExecutionEvents } from "@sire/core/ExecutionEvents"
import { randomToken } from "@sire/core/Id"
import { isPgClient } from "./internal/clients.js"
import * as WatchedListener from "./internal/WatchedListener.js"

/** Options of `layerWith`. */
export interface Options {
  /** How long deltas gather before one batch of notifications goes out; 10 ms by default. */
  readonly tickMs?: number
  /** How long a question for progress waits for an answer; 1 s by default. */
  readonly askTimeoutMs?: number
}

/** The largest payload sent: PostgreSQL refuses 8000 bytes and more. */
export const maxPayloadBytes = 7_600

type Wire =
  | { readonly k: "d"; readonly s: string; readonly d: ReadonlyArray<readonly [string, number, string, number, string, number]> }
  | { readonly k: "q"; readonly s: string; readonly e: string; readonly r: string }
  | { readonly k: "a"; readonly s: string; readonly r: string; readonly i: number; readonly p: number; readonly n: number; readonly x: string }

const encoder = new TextEncoder()
const bytes = (text: string) => encoder.encode(text).length

/** Packs numbered deltas into payloads of at most `maxPayloadBytes` (each delta's text is at most `maxPiece` code units). */
export const pack = (self: string, batch: ReadonlyArray<Indexed>): ReadonlyArray<string> => {
  const payloads: Array<string> = []
  let items: Array<string> = []
  let size = 0
  const head = `{"k":"d","s":${JSON.stringify(self)},"d":[`
  const flush = () => {
    if (items.length > 0) payloads.push(`${head}${items.join(",")}]}`)
    items = []
    size = bytes(head) + 2
  }
  flush()
  for (const { delta, executionId, index } of batch) {
    const item = JSON.stringify([executionId, index, delta.nodeId, delta.attempt, delta.text, delta.at])
    const length = bytes(item) + 1
    if (size + length > maxPayloadBytes) flush()
    items.push(item)
    size += length
  }
  flush()
  return payloads
}

/** The relay over the database in context: across processes on PostgreSQL, in memory otherwise. */
export const make = (options: Options = {}) =>
  Effect.gen(function*() {
    const sql = yield* SqlClient.SqlClient
    if (!isPgClient(sql)) return (yield* makeWith()).relay
    const tick = Duration.millis(options.tickMs ?? 10)
    const askTimeout = Duration.millis(options.askTimeoutMs ?? 1_000)
    const self = randomToken(16)
    const [{ channel }] = yield* sql<{ readonly channel: string }>`SELECT 'sire_deltas_' || left(md5(current_schema()), 16) AS channel`
      .withoutTransform
    const notify = (payload: string) => Effect.asVoid(sql`SELECT pg_notify(${channel}, ${payload})`.withoutTransform)
    const outgoing = yield* Queue.unbounded<Indexed>()
    const asked = new Map<string, { readonly parts: Array<string | undefined>; index: number; readonly done: Deferred.Deferred<Progress> }>()
    let built: Effect.Effect.Success<ReturnType<typeof makeWith>> | undefined

    const answer = (question: string, progress: Progress) => {
      const parts = progress.text === "" ? [""] : pieces(progress.text)
      return Effect.forEach(parts, (x, p) =>
        notify(JSON.stringify({ k: "a", s: self, r: question, i: progress.index, p, n: parts.length, x } satisfies Wire)), { discard: true })
    }

    const hear = (payload: string) => {
      let wire: Wire
      try {
        wire = JSON.parse(payload) as Wire
      } catch {
        return
      }
      if (wire.s === self || built === undefined) return
      switch (wire.k) {
        case "d":
          for (const [executionId, index, nodeId, attempt, text, at] of wire.d) {
            built.receive({ executionId, index, delta: { _tag: "step.delta", nodeId, attempt, text, at } })
          }
          return
        case "q": {
          const local = built.localProgress(wire.e)
          if (Option.isSome(local)) Effect.runFork(Effect.ignore(answer(wire.r, local.value)))
          return
        }
        case "a": {
          const waiting = asked.get(wire.r)
          if (waiting === undefined || wire.p >= wire.n) return
          if (waiting.parts.length !== wire.n) waiting.parts.length = wire.n
          waiting.parts[wire.p] = wire.x
          waiting.index = wire.i
          if (waiting.parts.every((part) => part !== undefined)) {
            Deferred.unsafeDone(waiting.done, Effect.succeed({ index: waiting.index, text: waiting.parts.join("") }))
          }
        }
      }
    }

    const transport: Transport = {
      send: (indexed) => void outgoing.unsafeOffer(indexed),
      ask: (executionId) =>
        Effect.gen(function*() {
          const question = randomToken(16)
          const done = yield* Deferred.make<Progress>()
          asked.set(question, { parts: [], index: 0, done })
          return yield* notify(JSON.stringify({ k: "q", s: self, e: executionId, r: question } satisfies Wire)).pipe(
            Effect.zipRight(Deferred.await(done)),
            Effect.timeoutOption(askTimeout),
            Effect.catchAll(() => Effect.succeed(Option.none<Progress>())),
            Effect.ensuring(Effect.sync(() => asked.delete(question)))
          )
        })
    }
    built = yield* makeWith(transport)

    const scope = yield* Effect.scope
    const listening = yield* WatchedListener.make({ pg: sql, channel, self, scope, onNotify: hear, onReconnect: () => {} })
    yield* listening

    yield* Effect.gen(function*() {
      const first = yield* Queue.take(outgoing)
      yield* Effect.sleep(tick)
      const rest = yield* Queue.takeAll(outgoing)
      for (const payload of pack(self, [first, ...Chunk.toReadonlyArray(rest)])) {
        yield* Effect.catchAll(notify(payload), (error) => Effect.logWarning("step deltas could not be relayed", error))
      }
    }).pipe(Effect.forever, Effect.withTracerEnabled(false), Effect.forkIn(scope))
    return built.relay
  })

/** The relay as a layer over the database's client and the engine's event hub. */
export const layerWith = (options: Options = {}): Layer.Layer<DeltaRelay, SqlError, SqlClient.SqlClient | ExecutionEvents> =>
  Layer.scoped(DeltaRelay, make(options))

/** The relay with the default tick (10 ms) and question time-out (1 s). */
export const layer: Layer.Layer<DeltaRelay, SqlError, SqlClient.SqlClient | ExecutionEvents> = layerWith()

