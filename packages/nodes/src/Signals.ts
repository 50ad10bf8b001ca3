/**
 * The port of payloads delivered to `waitForEvent` nodes: one per (execution, node), the first
 * delivery wins. A delivery is stored before the execution is woken, so a node that runs after it
 * (however the two race) finds it. The server keeps them in its database; the memory store here
 * serves a single process (an embedding host, `sire run`).
 *
 * @since 0.1.0
 */
import { Context, Data, Effect, Layer, Option } from "effect"

/** Where a signal goes: one node of one execution of an organization. */
export interface Target {
  readonly organizationId: string
  readonly executionId: string
  readonly nodeId: string
}

/** The store of signals could not be read or written (retryable). */
export class SignalStoreError extends Data.TaggedError("SignalStoreError")<{ readonly cause: unknown }> {
  /** The message. */
  override get message() {
    return `the signal store failed: ${this.cause instanceof Error ? this.cause.message : String(this.cause)}`
  }
}

/** Payloads delivered to waiting nodes. */
export class Signals extends Context.Tag("@sire/nodes/Signals")<Signals, {
  /** Stores the payload unless one is already stored for the node: `true` when this delivery is the one kept. */
  readonly deliver: (target: Target, payload: unknown, now: number) => Effect.Effect<boolean, SignalStoreError>
  /** The payload stored for the node, if any. */
  readonly get: (target: Target) => Effect.Effect<Option.Option<unknown>, SignalStoreError>
  /** The nodes of an execution that a payload was delivered to. */
  readonly delivered: (organizationId: string, executionId: string) => Effect.Effect<ReadonlySet<string>, SignalStoreError>
}>() {}

/** An in-memory store (tests, single-process hosts). */
export const layerMemory: Layer.Layer<Signals> = Layer.sync(Signals, () => {
  const byExecution = new Map<string, Map<string, unknown>>()
  const nodesOf = (organizationId: string, executionId: string) => {
    const key = `${organizationId}\n${executionId}`
    let nodes = byExecution.get(key)
    if (nodes === undefined) byExecution.set(key, nodes = new Map())
    return nodes
  }
  return Signals.of({
    deliver: (target, payload) =>
      Effect.sync(() => {
        const nodes = nodesOf(target.organizationId, target.executionId)
        if (nodes.has(target.nodeId)) return false
        nodes.set(target.nodeId, payload ?? null)
        return true
      }),
    get: (target) =>
      Effect.sync(() => {
        const nodes = nodesOf(target.organizationId, target.executionId)
        return nodes.has(target.nodeId) ? Option.some(nodes.get(target.nodeId)) : Option.none()
      }),
    delivered: (organizationId, executionId) => Effect.sync(() => new Set(nodesOf(organizationId, executionId).keys()))
  })
})
