/**
 * The port contracts run against the memory adapters (a fresh store for every test).
 */
import { describe } from "@effect/vitest"
import * as ExecutionStore from "../src/ExecutionStore.js"
import * as WorkflowStore from "../src/WorkflowStore.js"
import * as WorkQueue from "../src/WorkQueue.js"
import { executionStoreContract } from "./contracts/ExecutionStore.contract.js"
import { workflowStoreContract } from "./contracts/WorkflowStore.contract.js"
import { workQueueContract } from "./contracts/WorkQueue.contract.js"

describe("memory adapters", () => {
  workQueueContract("WorkQueue (memory)", WorkQueue.layerMemory)
  executionStoreContract("ExecutionStore (memory)", ExecutionStore.layerMemory)
  workflowStoreContract("WorkflowStore (memory)", WorkflowStore.layerMemory)
})
