/**
 * Resuming an execution: delivers a payload to one of its `waitForEvent` nodes (named by `nodeId`
 * or `event`, or the only one that can take it), then wakes the execution. The payload is stored
 * first (first delivery wins), so a resume that races the node's first run is never lost: the
 * node finds it whenever it runs. Shared by `POST /api/v1/executions/:id/resume` and the signed
 * `POST /hooks/resume/:token`.
 *
 * @since 0.1.0
 */
import { Clock, Context, Effect, Layer, Schema } from "effect"
import type { ExecutionNotFound } from "@sire/core/Engine"
import { type Execution, isFinal, type Step } from "@sire/core/Execution"
import { ExecutionStore, type ExecutionStoreError } from "@sire/core/ExecutionStore"
import type { OrganizationId } from "@sire/core/Id"
import { Sire } from "@sire/core/Sire"
import type { Node } from "@sire/core/Workflow"
import type { WorkQueueError } from "@sire/core/WorkQueue"
import { type SignalStoreError, Signals } from "@sire/nodes/Signals"
import { type as waitForEvent } from "@sire/nodes/WaitForEventNode"

/** What a resume delivers, and to which node. */
export interface ResumeRequest {
  readonly payload?: unknown
  readonly nodeId?: string | undefined
  readonly event?: string | undefined
}

/** The resume cannot be taken (final execution, no such waiting node, already resumed…); the message says why. */
export class ResumeRefused extends Schema.TaggedError<ResumeRefused>()("ResumeRefused", { message: Schema.String }) {}

/** Everything a resume can fail with. */
export type ResumeError = ExecutionNotFound | ResumeRefused | ExecutionStoreError | WorkQueueError | SignalStoreError

/** Delivers resume payloads and wakes executions. */
export class Resumer extends Context.Tag("@sire/http/Resumer")<Resumer, {
  /** Stores the payload for the chosen `waitForEvent` node, wakes the execution and answers it. */
  readonly resume: (organizationId: OrganizationId, executionId: string, request: ResumeRequest) => Effect.Effect<Execution, ResumeError>
}>() {}

const refuse = (message: string) => Effect.fail(new ResumeRefused({ message }))

/** A step that has not ended: not reached yet, or running (parked included). */
const open = (step: Step | undefined) => step === undefined || step.status === "pending" || step.status === "running"

const quoted = (nodes: ReadonlyArray<Node>) => nodes.map((node) => `"${node.id}"`).join(", ")

/** The node a resume targets, or why none can be chosen. */
const choose = (
  execution: Execution,
  steps: ReadonlyMap<string, Step>,
  delivered: ReadonlySet<string>,
  request: ResumeRequest
): Effect.Effect<Node, ResumeRefused> => {
  const waits = execution.document.nodes.filter((node) => node.type === waitForEvent)
  if (request.nodeId !== undefined) {
    const node = waits.find((candidate) => candidate.id === request.nodeId)
    return node !== undefined
      ? Effect.succeed(node)
      : refuse(`node "${request.nodeId}" of execution ${execution.id} is not a waitForEvent node`)
  }
  const pool = request.event === undefined ? waits : waits.filter((node) => node.params?.event === request.event)
  const about = request.event === undefined ? "" : ` for event "${request.event}"`
  if (pool.length === 0) return refuse(`execution ${execution.id} has no waitForEvent node${about}`)
  if (pool.length === 1) return Effect.succeed(pool[0]!)
  const unsettled = pool.filter((node) => open(steps.get(node.id)) && !delivered.has(node.id))
  if (unsettled.length === 1) return Effect.succeed(unsettled[0]!)
  if (unsettled.length === 0) return refuse(`execution ${execution.id} is not waiting: none of its waitForEvent nodes${about} is`)
  const parked = unsettled.filter((node) => steps.get(node.id)?.status === "running")
  if (parked.length === 1) return Effect.succeed(parked[0]!)
  return refuse(`several waitForEvent nodes of execution ${execution.id} may be resumed (${quoted(unsettled)}): name one with nodeId`)
}

/** The resumer over the engine's embedding API, the execution store and the signal store in context. */
export const make = Effect.gen(function*() {
  const sire = yield* Sire
  const store = yield* ExecutionStore
  const signals = yield* Signals
  return Resumer.of({
    resume: (organizationId, executionId, request) =>
      Effect.gen(function*() {
        const scope = { organizationId }
        const execution = yield* sire.get(executionId, scope)
        const steps = new Map((yield* store.steps({ organizationId, executionId: execution.id })).map((step) => [step.nodeId, step]))
        const delivered = yield* signals.delivered(organizationId, execution.id)
        const node = yield* choose(execution, steps, delivered, request)
        const target = { organizationId, executionId: execution.id, nodeId: node.id }
        const already = `node "${node.id}" of execution ${execution.id} was already resumed`
        if (delivered.has(node.id)) return yield* refuse(already)
        if (isFinal(execution.status)) return yield* refuse(`execution ${execution.id} is not waiting (it is ${execution.status})`)
        const step = steps.get(node.id)
        if (!open(step)) return yield* refuse(`node "${node.id}" of execution ${execution.id} is not waiting (it is ${step!.status})`)
        const now = yield* Clock.currentTimeMillis
        if (!(yield* signals.deliver(target, request.payload ?? null, now))) return yield* refuse(already)
        return yield* sire.wake(execution.id, scope)
      }).pipe(Effect.withSpan("Resumer.resume", { attributes: { executionId } }))
  })
})

/** The resumer as a layer. */
export const layer: Layer.Layer<Resumer, never, Sire | ExecutionStore | Signals> = Layer.effect(Resumer, make)
