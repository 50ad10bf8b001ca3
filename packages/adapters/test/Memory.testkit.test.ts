/**
 * The conformance kit against the memory adapters of `@sire/core` (a fresh store for every test):
 * the oracle the SQL adapters are compared with.
 */
import { describe } from "@effect/vitest"
import { ExecutionStore, QuotaStore, RateLimitStore, WorkflowStore, WorkQueue } from "@sire/core"
import {
  executionStoreContract,
  quotaStoreContract,
  rateLimitStoreContract,
  workflowStoreContract,
  workQueueContract
} from "../src/testkit.js"

describe("memory adapters", () => {
  workQueueContract("WorkQueue (memory)", WorkQueue.layerMemory)
  executionStoreContract("ExecutionStore (memory)", ExecutionStore.layerMemory)
  workflowStoreContract("WorkflowStore (memory)", WorkflowStore.layerMemory)
  rateLimitStoreContract("RateLimitStore (memory)", RateLimitStore.layerMemory)
  quotaStoreContract("QuotaStore (memory)", QuotaStore.layerMemory)
})
