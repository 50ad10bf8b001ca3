/**
 * A long-running program as the process's main: it runs until the first SIGINT or SIGTERM, is then
 * interrupted (its finalizers drain and hand work back), says so in one line and exits 0. Signals
 * that arrive while it stops are absorbed: one Ctrl-C reaches the process several times (from the
 * terminal, then forwarded by `pnpm` and the shell), and a second delivery must not kill the drain.
 *
 * @since 0.1.0
 */
import { Cause, Clock, Deferred, Effect, Exit, Fiber } from "effect"

/** The first SIGINT or SIGTERM; the listeners stay until the process exits, absorbing any later one. */
export const firstSignal: Effect.Effect<NodeJS.Signals> = Effect.flatMap(Deferred.make<NodeJS.Signals>(), (received) =>
  Effect.zipRight(
    Effect.sync(() => {
      const listener = (signal: NodeJS.Signals) => Deferred.unsafeDone(received, Exit.succeed(signal))
      process.on("SIGINT", listener)
      process.on("SIGTERM", listener)
    }),
    Deferred.await(received)
  ))

/** Runs `program` until the first SIGINT or SIGTERM, then interrupts it and logs `Stopped on <signal>` with how long stopping took. */
export const untilSignal = <E, R>(program: Effect.Effect<never, E, R>): Effect.Effect<void, E, R> =>
  Effect.gen(function*() {
    const fiber = yield* Effect.fork(program)
    const signal = yield* Effect.raceFirst(Fiber.join(fiber), firstSignal)
    const stopping = yield* Clock.currentTimeMillis
    const exit = yield* Fiber.interrupt(fiber)
    if (Exit.isFailure(exit) && !Cause.isInterruptedOnly(exit.cause)) return yield* Effect.failCause(exit.cause)
    const seconds = ((yield* Clock.currentTimeMillis) - stopping) / 1000
    yield* Effect.log(`Stopped on ${signal} (in ${seconds.toFixed(1)} s)`)
  })

/**
 * Runs `effect` as the process: exits 0 when it succeeds; when it fails, with `exitCode` of the
 * failure (1 by default; the effect reports its own failures).
 */
export const run = <E>(effect: Effect.Effect<void, E>, exitCode: (cause: Cause.Cause<E>) => number = () => 1): void => {
  const keepAlive = setInterval(() => {}, 2 ** 31 - 1)
  Effect.runFork(effect).addObserver((exit) => {
    clearInterval(keepAlive)
    process.exit(Exit.isSuccess(exit) ? 0 : exitCode(exit.cause))
  })
}
