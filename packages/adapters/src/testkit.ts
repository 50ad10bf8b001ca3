/**
 * `@sire/adapters/testkit`: the conformance suites every adapter of `@sire/core`'s ports passes
 * (ours and third parties'). Each is a function of a layer built afresh for every test; call them
 * inside a vitest file, one by one or all at once with `suite`.
 *
 * @example
 * import { Testkit } from "@sire/adapters"
 *
 * Testkit.suite("my adapter", { executionStore: myExecutionStoreLayer })
 *
 * @since 0.1.0
 */
import { describe } from "@effect/vitest"
import type { Layer } from "effect"
import type { ExecutionStore } from "@sire/core/ExecutionStore"
import type { QuotaStore } from "@sire/core/QuotaStore"
import type { RateLimitStore } from "@sire/core/RateLimitStore"
import type { WorkflowStore } from "@sire/core/WorkflowStore"
import type { WorkQueue } from "@sire/core/WorkQueue"
import { executionStoreContract } from "./testkit/ExecutionStore.js"
import { quotaStoreContract } from "./testkit/QuotaStore.js"
import { rateLimitStoreContract } from "./testkit/RateLimitStore.js"
import { workflowStoreContract } from "./testkit/WorkflowStore.js"
import { workQueueContract } from "./testkit/WorkQueue.js"

export { executionStoreContract, quotaStoreContract, rateLimitStoreContract, workflowStoreContract, workQueueContract }

/** The layers of an adapter, one per port it implements. */
export interface Layers {
  readonly workQueue?: Layer.Layer<WorkQueue>
  readonly executionStore?: Layer.Layer<ExecutionStore>
  readonly workflowStore?: Layer.Layer<WorkflowStore>
  readonly rateLimitStore?: Layer.Layer<RateLimitStore>
  readonly quotaStore?: Layer.Layer<QuotaStore>
}

/** Runs the contract of every port the adapter provides a layer for, titled `<Port> (<label>)`. */
export const suite = (label: string, layers: Layers): void => {
  describe(label, () => {
    if (layers.workQueue) workQueueContract(`WorkQueue (${label})`, layers.workQueue)
    if (layers.executionStore) executionStoreContract(`ExecutionStore (${label})`, layers.executionStore)
    if (layers.workflowStore) workflowStoreContract(`WorkflowStore (${label})`, layers.workflowStore)
    if (layers.rateLimitStore) rateLimitStoreContract(`RateLimitStore (${label})`, layers.rateLimitStore)
    if (layers.quotaStore) quotaStoreContract(`QuotaStore (${label})`, layers.quotaStore)
  })
}
