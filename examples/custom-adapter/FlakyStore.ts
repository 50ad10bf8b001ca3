/**
 * A third-party adapter of two `@sire/core` ports, `ExecutionStore` and `WorkQueue`: the memory
 * stores of `@sire/core` behind a "network" that adds latency to every call and drops some calls
 * (transient faults). The adapter retries dropped calls itself, so it stays correct: it passes the
 * same conformance kit as the SQL adapters (`test/FlakyStore.test.ts`).
 *
 * A fault here happens before the call reaches the store (a refused connection), so a retry is
 * always safe. A fault after the store acted (a lost reply) is another matter: retrying `commit`
 * would append its events twice, so a real adapter retries only what it knows did not happen, or
 * makes its writes idempotent.
 */
import { Data, Effect, Layer } from "effect"
import { ExecutionStore, ExecutionStoreError, makeMemory as memoryExecutionStore } from "@sire/core/ExecutionStore"
import { makeMemory as memoryWorkQueue, WorkQueue, WorkQueueError } from "@sire/core/WorkQueue"

/** How unreliable the network is, and how hard the adapter tries. */
export interface Options {
  /** The probability that an attempt is dropped before it reaches the store, in [0, 1). */
  readonly faultRate: number
  /** Every attempt waits a uniform random time in [0, maxLatencyMs] milliseconds. */
  readonly maxLatencyMs: number
  /** Attempts per call before a fault surfaces as an `Unavailable` error of the port. Default 10. */
  readonly attempts?: number
  /** Seed of the random draws, so runs are reproducible; each store built gets the next one. */
  readonly seed: number
}

/** An attempt dropped by the network before it reached the store. */
class Dropped extends Data.TaggedError("Dropped")<{ readonly attempt: number }> {}

/** A small seeded random generator (mulberry32): numbers in [0, 1). */
const random = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296
}

/**
 * Waits on a real timer. Not `Effect.sleep`: the kit's contract tests run under `it.effect`, whose
 * `TestClock` only moves when a test moves it, so an adapter waiting on Effect's clock would hang.
 */
const wait = (ms: number) =>
  Effect.async<void>((resume) => {
    const timer = setTimeout(() => resume(Effect.void), ms)
    return Effect.sync(() => clearTimeout(timer))
  })

/**
 * The network between the adapter and its store: `call(operation)` runs the operation after a
 * latency, unless the attempt is dropped; dropped attempts are retried, and after `attempts` of
 * them the call fails with `unavailable(message)`. The operation's own failures are not retried.
 */
const network = <E2>(options: Options, seed: number, unavailable: (message: string) => E2) => {
  const next = random(seed)
  const attempts = options.attempts ?? 10
  let attempt = 0
  const once = <A, E>(operation: Effect.Effect<A, E>): Effect.Effect<A, E | Dropped> =>
    Effect.suspend(() => {
      attempt++
      const latency = Math.floor(next() * (options.maxLatencyMs + 1))
      const dropped = next() < options.faultRate
      const reached: Effect.Effect<A, E | Dropped> = dropped ? Effect.fail(new Dropped({ attempt })) : operation
      return Effect.zipRight(wait(latency), reached)
    })
  return <A, E>(operation: Effect.Effect<A, E>): Effect.Effect<A, E | E2> =>
    once(operation).pipe(
      Effect.retry({ times: attempts - 1, while: (error) => error instanceof Dropped }),
      Effect.catchIf(
        (error): error is Dropped => error instanceof Dropped,
        () => Effect.fail(unavailable(`the store was unreachable ${attempts} times in a row`))
      )
    )
}

/** An execution store over the memory one of `@sire/core`, behind the flaky network. */
export const makeExecutionStore = (options: Options, seed = options.seed) =>
  Effect.gen(function*() {
    const { store } = yield* memoryExecutionStore()
    const call = network(options, seed, (message) => new ExecutionStoreError({ reason: "Unavailable", message }))
    return ExecutionStore.of({
      create: (execution, queuedAt, fence) => call(store.create(execution, queuedAt, fence)),
      get: (ref) => call(store.get(ref)),
      findByKey: (organizationId, key) => call(store.findByKey(organizationId, key)),
      steps: (ref) => call(store.steps(ref)),
      events: (ref, afterSeq) => call(store.events(ref, afterSeq)),
      acquire: (ref, fence) => call(store.acquire(ref, fence)),
      commit: (ref, commit, fence) => call(store.commit(ref, commit, fence)),
      requestCancel: (ref) => call(store.requestCancel(ref)),
      search: (query) => call(store.search(query))
    })
  })

/** A work queue over the memory one of `@sire/core`, behind the flaky network. */
export const makeWorkQueue = (options: Options, seed = options.seed) =>
  Effect.gen(function*() {
    const queue = yield* memoryWorkQueue
    const call = network(options, seed, (message) => new WorkQueueError({ reason: "Unavailable", message }))
    return WorkQueue.of({
      enqueue: (job) => call(queue.enqueue(job)),
      claimNew: (job, claimOptions) => call(queue.claimNew(job, claimOptions)),
      claim: (claimOptions) => call(queue.claim(claimOptions)),
      heartbeat: (claim, leaseMs, now) => call(queue.heartbeat(claim, leaseMs, now)),
      complete: (claim) => call(queue.complete(claim)),
      completeMany: (claims) => call(queue.completeMany(claims)),
      release: (claim) => call(queue.release(claim)),
      cancel: (executionId) => call(queue.cancel(executionId)),
      nextDueAt: call(queue.nextDueAt),
      // local bookkeeping, no network involved
      subscribe: queue.subscribe
    })
  })

/** Both stores as layers, each build a fresh store with the next seed (what the kit wants). */
export const layers = (options: Options): {
  readonly executionStore: Layer.Layer<ExecutionStore>
  readonly workQueue: Layer.Layer<WorkQueue>
} => {
  let builds = 0
  const seed = () => options.seed + builds++
  return {
    executionStore: Layer.effect(ExecutionStore, Effect.suspend(() => makeExecutionStore(options, seed()))),
    workQueue: Layer.effect(WorkQueue, Effect.suspend(() => makeWorkQueue(options, seed())))
  }
}
