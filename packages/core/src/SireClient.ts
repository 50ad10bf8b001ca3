/**
 * A Promise facade over the embedding API for host apps that do not use Effect.
 *
 * @example
 * import { SireClient } from "@sire/core"
 *
 * const sire = await SireClient.make()
 * const workflow = await sire.createWorkflow({ name: "hi", nodes: [{ id: "start", type: "trigger" }], edges: [] })
 * const execution = await sire.run({ workflowId: workflow.id, input: { name: "Ada" } })
 * await sire.close()
 *
 * @since 0.1.0
 */
import { Cause, Effect, Exit, Layer, ManagedRuntime, Stream } from "effect"
import type { Event, Execution, Step } from "./Execution.js"
import type { ExecutionStore } from "./ExecutionStore.js"
import type { NodeType } from "./NodeType.js"
import * as Sire from "./Sire.js"
import type { Version, Workflow } from "./Workflow.js"
import type { WorkflowStore } from "./WorkflowStore.js"
import type { WorkQueue } from "./WorkQueue.js"

/** The embedding API with Promises; rejections are Sire's tagged errors (`InvalidWorkflow`, `WorkflowNotFound`…). */
export interface SireClient {
  /** Validates and stores a new workflow. */
  readonly createWorkflow: (document: unknown, options?: Sire.Scoped) => Promise<Workflow>
  /** Validates and replaces a workflow's draft. */
  readonly updateWorkflow: (id: string, document: unknown, options?: Sire.Scoped) => Promise<Workflow>
  /** A stored workflow. */
  readonly getWorkflow: (id: string, options?: Sire.Scoped) => Promise<Workflow>
  /** Deletes a workflow and its versions. */
  readonly deleteWorkflow: (id: string, options?: Sire.Scoped) => Promise<void>
  /** Freezes the draft as the next numbered version. */
  readonly publishWorkflow: (id: string, options?: Sire.Scoped) => Promise<Version>
  /** Queues an execution. */
  readonly start: (request: Sire.StartRequest) => Promise<Execution>
  /** Starts an execution and resolves when it is final. */
  readonly run: (request: Sire.StartRequest) => Promise<Execution>
  /** An execution. */
  readonly get: (executionId: string, options?: Sire.Scoped) => Promise<Execution>
  /** Its steps. */
  readonly steps: (executionId: string, options?: Sire.Scoped) => Promise<ReadonlyArray<Step>>
  /** Its events, replayed then live, ending after the final one. */
  readonly events: (executionId: string, options?: Sire.Scoped & { readonly afterSeq?: number }) => AsyncIterable<Event>
  /** Resolves once an execution is final. */
  readonly wait: (executionId: string, options?: Sire.Scoped) => Promise<Execution>
  /** Adds a host node type. */
  readonly registerNode: (nodeType: NodeType) => Promise<void>
  /** Cancels an execution; resolves once it is final. */
  readonly cancel: (executionId: string, options?: Sire.Scoped) => Promise<Execution>
  /** Makes a waiting execution run now (its suspended nodes run again); resolves with it. */
  readonly wake: (executionId: string, options?: Sire.Scoped) => Promise<Execution>
  /** Stops the worker (handing running work back) and releases resources. */
  readonly close: () => Promise<void>
}

/** Options of `make`: host node types, worker settings, and storage (memory by default). */
export interface Options extends Sire.Options {
  /** Storage for every port; memory when omitted. */
  readonly storage?: Layer.Layer<ExecutionStore | WorkflowStore | WorkQueue, unknown>
}

/** Starts an embedded Sire runtime. */
export const make = async (options: Options = {}): Promise<SireClient> => {
  const storage = options.storage ?? Sire.layerMemoryStorage
  const runtime = ManagedRuntime.make(Layer.provideMerge(Sire.layerWith(options), storage))
  const run = async <A, E>(effect: Effect.Effect<A, E, Sire.Sire>): Promise<A> => {
    const exit = await runtime.runPromiseExit(effect)
    if (Exit.isSuccess(exit)) return exit.value
    throw Cause.squash(exit.cause)
  }
  const sire = await run(Sire.Sire)
  return {
    createWorkflow: (document, scope) => run(sire.createWorkflow(document, scope)),
    updateWorkflow: (id, document, scope) => run(sire.updateWorkflow(id, document, scope)),
    getWorkflow: (id, scope) => run(sire.getWorkflow(id, scope)),
    deleteWorkflow: (id, scope) => run(sire.deleteWorkflow(id, scope)),
    publishWorkflow: (id, scope) => run(sire.publishWorkflow(id, scope)),
    start: (request) => run(sire.start(request)),
    run: (request) => run(sire.run(request)),
    get: (id, scope) => run(sire.get(id, scope)),
    steps: (id, scope) => run(sire.steps(id, scope)),
    events: (id, scope) => Stream.toAsyncIterable(sire.events(id, scope)),
    wait: (id, scope) => run(sire.wait(id, scope)),
    registerNode: (nodeType) => run(sire.registerNode(nodeType)),
    cancel: (id, scope) => run(sire.cancel(id, scope)),
    wake: (id, scope) => run(sire.wake(id, scope)),
    close: () => runtime.dispose()
  }
}
