/**
 * The sandbox as a pool of warm `node:worker_threads` workers (`worker.mjs`), each with QuickJS
 * loaded once. The workers start with the first run (a server whose workflows run no code never
 * pays for them), and stay warm from then on. A run waits for its organization's turn
 * (`FairShare`: one organization never holds the last free worker, waiting organizations are
 * served round robin), takes an idle worker, gets a fresh QuickJS runtime there, and hands the
 * worker back. The host keeps its own deadline (the run's `timeoutMs` plus `graceMs`, counted from
 * when the run has a worker): a worker that does not answer by then — a native call that never
 * reaches QuickJS's interrupt check, a wedged worker — is terminated and replaced, as is one that
 * crashes or whose run is interrupted. Every worker is terminated when the layer's scope closes.
 *
 * @since 0.1.0
 */
import { Duration, Effect, Layer, Queue, Ref } from "effect"
import { Worker } from "node:worker_threads"
import * as FairShare from "./internal/sandbox/FairShare.js"
import type { FailureKind, WorkerAnswer, WorkerRequest } from "./internal/sandbox/Protocol.js"
import { Sandbox, SandboxError, type RunRequest, type RunResult } from "./Sandbox.js"

/** The pool's settings; every field has a default. */
export interface Options {
  /** Warm workers (2); one organization holds at most `size - 1` of them at once. */
  readonly size?: number
  /** QuickJS heap limit per run (64 MiB). */
  readonly memoryBytes?: number
  /** QuickJS stack limit per run (512 KiB). */
  readonly stackBytes?: number
  /** Largest return value, as JSON (1 MiB). */
  readonly maxOutputBytes?: number
  /** Console lines kept per run (100). */
  readonly maxLogLines?: number
  /** Characters kept per console line (2,000). */
  readonly maxLogLineLength?: number
  /** How long past a run's deadline the host waits before it terminates the worker (1 s). */
  readonly graceMs?: number
  /** How long a new worker may take to load QuickJS (30 s). */
  readonly startTimeoutMs?: number
}

/** The defaults of `Options`. */
export const defaults: Required<Options> = {
  size: 2,
  memoryBytes: 64 * 1024 * 1024,
  stackBytes: 512 * 1024,
  maxOutputBytes: 1024 * 1024,
  maxLogLines: 100,
  maxLogLineLength: 2_000,
  graceMs: 1_000,
  startTimeoutMs: 30_000
}

/** One worker and the answers it owes. */
interface Slot {
  readonly worker: Worker
  readonly ready: Promise<boolean>
  readonly pending: Map<number, (answer: WorkerAnswer) => void>
  dead: boolean
}

const workerUrl = new URL("./sandboxWorker.mjs", import.meta.url)

const crash = (id: number, message: string): WorkerAnswer => ({ id, ok: false, kind: "Crash", message, logs: [] })

/** Starts a worker; `onGone` runs once when it exits, however that happens. */
const spawn = (onGone: () => void): Slot => {
  const worker = new Worker(workerUrl, { execArgv: [], env: {}, resourceLimits: { maxOldGenerationSizeMb: 256 } })
  const pending = new Map<number, (answer: WorkerAnswer) => void>()
  let markReady: (ok: boolean) => void = () => {}
  const slot: Slot = { worker, ready: new Promise((resolve) => (markReady = resolve)), pending, dead: false }
  worker.on("message", (message: WorkerAnswer | { readonly type: "ready" }) => {
    if ("type" in message) return markReady(true)
    const answer = pending.get(message.id)
    pending.delete(message.id)
    answer?.(message)
  })
  worker.on("error", () => undefined)
  worker.once("exit", (code) => {
    slot.dead = true
    markReady(false)
    for (const [id, answer] of pending) answer(crash(id, `the sandbox worker exited (code ${code})`))
    pending.clear()
    onGone()
  })
  return slot
}

const failure = (reason: FailureKind, message: string, logs: SandboxError["logs"] = []) => new SandboxError({ reason, message, logs })

/** The pool over `options` (see `defaults`), as an Effect in a scope. */
export const make = (options: Options = {}) =>
  Effect.gen(function*() {
    const settings = { ...defaults, ...options }
    const live = new Set<Slot>()
    const counters = yield* Ref.make({ started: 0, replaced: 0 })
    let nextId = 0
    let closing = false
    const start = Effect.suspend(() => {
      const slot = spawn(() => live.delete(slot))
      live.add(slot)
      return Effect.as(Ref.update(counters, (c) => ({ ...c, started: c.started + 1 })), slot)
    })
    const kill = (slot: Slot) =>
      Effect.suspend(() => {
        if (!slot.dead) {
          slot.dead = true
          void slot.worker.terminate()
        }
        return Ref.update(counters, (c) => ({ ...c, replaced: c.replaced + 1 }))
      })
    const idle = yield* Queue.bounded<Slot>(settings.size)
    const shares = FairShare.make(settings.size)
    yield* Effect.addFinalizer(() =>
      Effect.promise(() => {
        closing = true
        return Promise.all([...live].map((slot) => slot.worker.terminate()))
      }).pipe(Effect.andThen(Queue.shutdown(idle)))
    )
    const warm = yield* Effect.cached(Effect.suspend(() => {
      const fill = Effect.flatMap(start, (slot) => Queue.offer(idle, slot))
      return closing ? Effect.void : Effect.repeatN(fill, settings.size - 1)
    }))

    const acquire = Effect.zipRight(warm, Effect.flatMap(Queue.take(idle), (slot) => (slot.dead ? start : Effect.succeed(slot))))
    const release = (slot: Slot) =>
      closing ? Effect.void : Effect.flatMap(slot.dead ? start : Effect.succeed(slot), (next) => Queue.offer(idle, next))

    const call = (slot: Slot, request: WorkerRequest) =>
      Effect.async<WorkerAnswer>((resume) => {
        slot.pending.set(request.id, (answer) => resume(Effect.succeed(answer)))
        slot.worker.postMessage(request)
        return Effect.suspend(() => {
          slot.pending.delete(request.id)
          return kill(slot)
        })
      })

    const ready = (slot: Slot) =>
      Effect.promise(() => slot.ready).pipe(
        Effect.timeoutTo({ duration: Duration.millis(settings.startTimeoutMs), onTimeout: () => false, onSuccess: (ok) => ok }),
        Effect.flatMap((ok) =>
          ok ? Effect.void : Effect.zipRight(kill(slot), Effect.fail(failure("Crash", "the sandbox worker did not start")))
        )
      )

    const encode = (name: string, value: unknown) =>
      Effect.try({
        try: () => JSON.stringify(value ?? null),
        catch: (error) => failure("Input", `${name} is not JSON: ${error instanceof Error ? error.message : String(error)}`)
      })

    const run = (request: RunRequest): Effect.Effect<RunResult, SandboxError> =>
      Effect.gen(function*() {
        const message: WorkerRequest = {
          id: ++nextId,
          source: request.source,
          input: yield* encode("input", request.input),
          nodes: yield* encode("nodes", request.nodes),
          vars: yield* encode("vars", request.vars),
          timeoutMs: request.timeoutMs,
          memoryBytes: settings.memoryBytes,
          stackBytes: settings.stackBytes,
          maxOutputBytes: settings.maxOutputBytes,
          maxLogLines: settings.maxLogLines,
          maxLogLineLength: settings.maxLogLineLength
        }
        const answer = yield* shares.withPermit(
          request.organizationId,
          Effect.acquireUseRelease(
            acquire,
            (slot) =>
              Effect.zipRight(
                ready(slot),
                call(slot, message).pipe(
                  Effect.timeoutFail({
                    duration: Duration.millis(request.timeoutMs + settings.graceMs),
                    onTimeout: () => failure("Timeout", `timed out after ${request.timeoutMs} ms`)
                  })
                )
              ),
            release
          )
        )
        if (!answer.ok) {
          if (answer.kind === "Crash") yield* Ref.update(counters, (c) => ({ ...c, replaced: c.replaced + 1 }))
          return yield* failure(answer.kind, answer.message, answer.logs)
        }
        return { output: JSON.parse(answer.output) as unknown, logs: answer.logs }
      }).pipe(Effect.withSpan("Sandbox.run"))

    return Sandbox.of({
      run,
      stats: Effect.map(Ref.get(counters), (c) => ({ live: live.size, ...c }))
    })
  })

/** The pool as the `Sandbox` service; its workers are terminated when the layer's scope closes. */
export const layer = (options: Options = {}): Layer.Layer<Sandbox> => Layer.scoped(Sandbox, make(options))
