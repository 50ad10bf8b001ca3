/**
 * Shutdown for long requests: when the server starts to stop, log streams end (clients resume
 * elsewhere with `Last-Event-ID`) and sync starts answer with the execution as it stands, so the
 * HTTP server can close at once and the worker can hand running executions back.
 *
 * @since 0.1.0
 */
import { HttpServer } from "@effect/platform"
import * as Signal from "@sire/core/Signal"
import { Context, Effect, Layer } from "effect"

/** Raised when the server begins to shut down (`Signal.raised(draining)` awaits it; `listen` costs no fiber). */
export class Draining extends Context.Tag("@sire/http/Draining")<Draining, Signal.Signal>() {}

/** A fresh, lowered signal. */
export const layer: Layer.Layer<Draining> = Layer.sync(Draining, Signal.make)

/** Raises the signal when its scope closes; built after the HTTP server, so it runs before the server waits for its connections. */
export const signalBeforeClose: Layer.Layer<never, never, Draining | HttpServer.HttpServer> = Layer.scopedDiscard(
  Effect.gen(function*() {
    yield* HttpServer.HttpServer
    const draining = yield* Draining
    yield* Effect.addFinalizer(() => Effect.sync(draining.raise))
  })
)
