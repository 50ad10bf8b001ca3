/**
 * The conformance kit against the memory adapters of `@sire/core` (a fresh store for every test):
 * the oracle the SQL adapters are compared with.
 */
import { Layer } from "effect"
import { ExecutionStore, QuotaStore, RateLimitStore, StartStore, WorkflowStore, WorkQueue } from "@sire/core"
import { suite } from "../src/testkit.js"

suite("memory", {
  workQueue: WorkQueue.layerMemory,
  executionStore: ExecutionStore.layerMemory,
  workflowStore: WorkflowStore.layerMemory,
  rateLimitStore: RateLimitStore.layerMemory,
  quotaStore: QuotaStore.layerMemory,
  engine: Layer.mergeAll(ExecutionStore.layerMemory, WorkflowStore.layerMemory, WorkQueue.layerMemory),
  startStore: StartStore.layer.pipe(
    Layer.provideMerge(Layer.mergeAll(ExecutionStore.layerMemory, WorkQueue.layerMemory, QuotaStore.layerMemory))
  )
})
