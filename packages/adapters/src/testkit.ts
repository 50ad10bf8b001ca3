/**
 * `@sire/adapters/testkit`: the conformance suites every adapter of `@sire/core`'s ports passes
 * (ours and third parties'). Each is a function of a layer built afresh for every test; call them
 * inside a vitest file, one by one or all at once with `suite`. Besides the example-based contract
 * of each port, `suite` runs its model-based suite: random command sequences (fast-check) run on
 * the port's memory adapter (the oracle) and on yours must give the same results.
 *
 * @example
 * import * as Testkit from "@sire/adapters/testkit"
 *
 * Testkit.suite("my adapter", { executionStore: myExecutionStoreLayer }, { numRuns: 30 })
 *
 * @since 0.1.0
 */
import { describe, it } from "@effect/vitest"
import type { Layer } from "effect"
import type { ExecutionStore } from "@sire/core/ExecutionStore"
import type { QuotaStore } from "@sire/core/QuotaStore"
import type { RateLimitStore } from "@sire/core/RateLimitStore"
import type { WorkflowStore } from "@sire/core/WorkflowStore"
import type { WorkQueue } from "@sire/core/WorkQueue"
import { executionStoreContract } from "./testkit/ExecutionStore.js"
import { executionStoreModel } from "./testkit/ExecutionStore.model.js"
import type { ModelOptions } from "./testkit/model.js"
import { quotaStoreContract } from "./testkit/QuotaStore.js"
import { quotaStoreModel } from "./testkit/QuotaStore.model.js"
import { rateLimitStoreContract } from "./testkit/RateLimitStore.js"
import { type EngineStorage, rerunProperties } from "./testkit/Rerun.js"
import { rateLimitStoreModel } from "./testkit/RateLimitStore.model.js"
import { type StartStorage, startStoreContract } from "./testkit/StartStore.js"
import { workflowStoreContract } from "./testkit/WorkflowStore.js"
import { workflowStoreModel } from "./testkit/WorkflowStore.model.js"
import { workQueueContract } from "./testkit/WorkQueue.js"
import { workQueueModel } from "./testkit/WorkQueue.model.js"

/** The contract of each port, `(name, layer)`: example-based tests and a few properties. */
export { executionStoreContract, quotaStoreContract, rateLimitStoreContract, startStoreContract, workflowStoreContract, workQueueContract }
/** Properties of retry, re-run from a node and replay, `(name, storage, options?)`, over the engine's ports of one storage. */
export { rerunProperties }
/** Every port the engine runs on, from one storage. */
export type { EngineStorage }
/** Every port a start store's contract observes it through (one storage). */
export type { StartStorage }
/** The model-based suite of each port, `(name, layer, options?)`: the adapter against the memory oracle. */
export { executionStoreModel, quotaStoreModel, rateLimitStoreModel, workflowStoreModel, workQueueModel }
/** How hard a model-based suite tries (`numRuns`, `maxCommands`). */
export type { ModelOptions }

/** The layers of an adapter, one per port it implements. */
export interface Layers {
  readonly workQueue?: Layer.Layer<WorkQueue>
  readonly executionStore?: Layer.Layer<ExecutionStore>
  readonly workflowStore?: Layer.Layer<WorkflowStore>
  readonly rateLimitStore?: Layer.Layer<RateLimitStore>
  readonly quotaStore?: Layer.Layer<QuotaStore>
  /** The start store with the execution store, work queue and quota store it writes to (one storage). */
  readonly startStore?: Layer.Layer<StartStorage>
  /** The execution store, workflow store and work queue of one storage: the engine runs on it (re-run properties). */
  readonly engine?: Layer.Layer<EngineStorage>
}

/** A port of `Layers`, by its key. */
export type Port = keyof Layers

/** Options of `suite`. */
export interface SuiteOptions {
  /** fast-check runs of each model-based property (each builds a fresh adapter, on SQL a schema, but for rate limits and quotas). Default 15. */
  readonly numRuns?: number
  /**
   * Suites not to run, each with the reason, shown as a skipped test whose title holds it: a port's
   * key skips its contract and its model-based suite, `model` every model-based suite.
   */
  readonly skip?: Partial<Record<Port | "model", string>>
}

/** A skipped placeholder test whose title says what is skipped and why. */
const skipped = (what: string, reason: string): void => it.skip(`${what}: skipped (${reason})`, () => {})

/**
 * Runs, for every port the adapter provides a layer for, its contract (titled `<Port> (<label>)`)
 * and its model-based suite against the memory oracle (titled `<Port> model (<label>)`), minus
 * what `options.skip` names.
 */
export const suite = (label: string, layers: Layers, options: SuiteOptions = {}): void => {
  const skip = options.skip ?? {}
  const modelOptions: ModelOptions = options.numRuns !== undefined ? { numRuns: options.numRuns } : {}
  const port = <I>(
    key: Port,
    title: string,
    layer: Layer.Layer<I> | undefined,
    contract: (name: string, layer: Layer.Layer<I>) => void,
    model: (name: string, layer: Layer.Layer<I>, options: ModelOptions) => void
  ) => {
    const reason = skip[key]
    if (reason !== undefined) return skipped(`${title} (${label})`, reason)
    if (layer === undefined) return
    contract(`${title} (${label})`, layer)
    if (skip.model !== undefined) skipped(`${title} model (${label})`, skip.model)
    else model(`${title} model (${label})`, layer, modelOptions)
  }
  describe(label, () => {
    port("workQueue", "WorkQueue", layers.workQueue, workQueueContract, workQueueModel)
    port("executionStore", "ExecutionStore", layers.executionStore, executionStoreContract, executionStoreModel)
    port("workflowStore", "WorkflowStore", layers.workflowStore, workflowStoreContract, workflowStoreModel)
    port("rateLimitStore", "RateLimitStore", layers.rateLimitStore, rateLimitStoreContract, rateLimitStoreModel)
    port("quotaStore", "QuotaStore", layers.quotaStore, quotaStoreContract, quotaStoreModel)
    const starts = skip.startStore
    if (starts !== undefined) skipped(`StartStore (${label})`, starts)
    else if (layers.startStore !== undefined) startStoreContract(`StartStore (${label})`, layers.startStore)
    if (skip.engine !== undefined) skipped(`Re-runs (${label})`, skip.engine)
    else if (layers.engine !== undefined) rerunProperties(`Re-runs (${label})`, layers.engine, modelOptions)
  })
}
