/**
 * `@sire/adapters/testkit`: the conformance suites every adapter of `@sire/core`'s ports passes
 * (ours and third parties'). Each is a function of a layer; call it inside a vitest file.
 *
 * @example
 * import { describe } from "@effect/vitest"
 * import { Testkit } from "@sire/adapters"
 *
 * describe("my store", () => Testkit.executionStoreContract("ExecutionStore (mine)", myLayer))
 *
 * @since 0.1.0
 */
export { executionStoreContract } from "./testkit/ExecutionStore.js"
export { quotaStoreContract } from "./testkit/QuotaStore.js"
export { rateLimitStoreContract } from "./testkit/RateLimitStore.js"
export { workflowStoreContract } from "./testkit/WorkflowStore.js"
export { workQueueContract } from "./testkit/WorkQueue.js"
