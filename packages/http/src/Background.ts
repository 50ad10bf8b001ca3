/**
 * Work a request starts but does not wait for (the mail of `forgot-password`, so that its answer
 * takes as long whether or not the account exists): forked into the server's scope, apart from the
 * request's fiber, its failures logged. When the server stops, work still running gets up to
 * `graceMs` to finish before it is interrupted.
 *
 * @since 0.1.0
 */
import { Context, Duration, Effect, FiberSet, Layer } from "effect"

/** Runs effects in the background of the server. */
export class Background extends Context.Tag("@sire/http/Background")<Background, {
  /** Starts `effect` and returns at once; a failure or defect is logged under `label`. */
  readonly run: (label: string, effect: Effect.Effect<unknown, unknown>) => Effect.Effect<void>
}>() {}

/** Background work in the layer's scope, given `graceMs` (5 s by default) to finish when it closes. */
export const layer = (graceMs = 5_000): Layer.Layer<Background> =>
  Layer.scoped(
    Background,
    Effect.gen(function*() {
      const running = yield* FiberSet.make()
      yield* Effect.addFinalizer(() => FiberSet.awaitEmpty(running).pipe(Effect.timeout(Duration.millis(graceMs)), Effect.ignore))
      return Background.of({
        run: (label, effect) =>
          Effect.asVoid(FiberSet.run(running, effect.pipe(Effect.catchAllCause((cause) => Effect.logError(`${label} failed`, cause)))))
      })
    })
  )
