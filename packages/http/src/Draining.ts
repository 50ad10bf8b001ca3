/**
 * Shutdown for long requests: when the server starts to stop, log streams end (clients resume
 * elsewhere with `Last-Event-ID`) and sync starts answer with the execution as it stands, so the
 * HTTP server can close at once and the worker can hand running executions back.
 *
 * @since 0.1.0
 */
import { HttpServer } from "@effect/platform"
import { Context, Deferred, Effect, Layer } from "effect"

/** Completed when the server begins to shut down. */
export class Draining extends Context.Tag("@sire/http/Draining")<Draining, Deferred.Deferred<void>>() {}

/** A fresh, not yet completed signal. */
export const layer: Layer.Layer<Draining> = Layer.effect(Draining, Deferred.make<void>())

/** Completes the signal when its scope closes; built after the HTTP server, so it runs before the server waits for its connections. */
export const signalBeforeClose: Layer.Layer<never, never, Draining | HttpServer.HttpServer> = Layer.scopedDiscard(
  Effect.gen(function*() {
    yield* HttpServer.HttpServer
    const draining = yield* Draining
    yield* Effect.addFinalizer(() => Deferred.succeed(draining, undefined))
  })
)
