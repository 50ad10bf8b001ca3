/**
 * Retry, re-run from a node, replay: the new execution each makes of a stored one, linked to it by
 * its `origin` and starting with the committed results `RerunPlan` picks (the engine seeds them
 * from the origin's steps on its first run, marked `reusedFrom`).
 *
 * @since 0.1.0
 */
import { Clock, Effect, Either, Schema } from "effect"
import { type Execution, isFinal, type Origin } from "./Execution.js"
import type { ExecutionStore, ExecutionStoreError } from "./ExecutionStore.js"
import * as Executions from "./Executions.js"
import * as Id from "./Id.js"
import { Json } from "./Json.js"
import type { NodeRegistry } from "./NodeRegistry.js"
import { editProblems, latestProblems, NotRerunnable, RerunRefused, rerunPlan, retryPlan } from "./RerunPlan.js"
import * as Telemetry from "./Telemetry.js"
import * as Validation from "./Validation.js"
import type { Document } from "./Workflow.js"
import type { WorkflowStore, WorkflowStoreError } from "./WorkflowStore.js"

/** Which document a retry runs: the one the execution had (default), or the workflow's current one. */
export type RetryWorkflow = "original" | "latest"

/** A retry of a failed or cancelled execution. */
export interface RetryOptions {
  readonly workflow?: RetryWorkflow
}

/** A re-run from a node, with edited data. */
export interface RerunOptions {
  readonly fromNodeId: string
  /** Replaces the execution input (and the reused output of its trigger nodes). */
  readonly input?: unknown
  /** Replaces reused results of nodes upstream of `fromNodeId`, by node id. */
  readonly nodeOutputs?: Readonly<Record<string, unknown>>
}

/** Everything preparing a re-run can fail with (before anything is written). */
export type PrepareError =
  | NotRerunnable
  | RerunRefused
  | Executions.WorkflowNotFound
  | Executions.InvalidInput
  | Validation.InvalidWorkflow
  | ExecutionStoreError
  | WorkflowStoreError

/** The ports preparing a re-run reads. */
export interface Ports {
  readonly workflows: WorkflowStore["Type"]
  readonly store: ExecutionStore["Type"]
  readonly registry: NodeRegistry["Type"]
}

const Outputs = Schema.Record({ key: Schema.String, value: Json })

/** A new queued execution of `document` for `original`'s workflow, linked to it by `origin`. */
const derive = (original: Execution, document: Document, version: number | null, input: unknown, origin: Origin) =>
  Effect.gen(function*() {
    const traceParent = yield* Telemetry.currentTraceParent
    const execution: Execution = {
      id: yield* Id.makeExecutionId,
      organizationId: original.organizationId,
      workflowId: original.workflowId,
      version,
      document,
      status: "queued",
      trigger: origin.kind,
      input: input as Json,
      depth: original.depth,
      cancelRequested: false,
      createdAt: yield* Clock.currentTimeMillis,
      ...(original.item !== undefined ? { item: original.item } : {}),
      ...(traceParent !== undefined ? { traceParent } : {}),
      origin
    }
    return execution
  })

const refuse = (message: string, details: ReadonlyArray<typeof Validation.Problem.Type>) =>
  Effect.fail(new RerunRefused({ message, details }))

/** A retry of `original` (failed or cancelled): its successful results reused, the rest run again. */
export const prepareRetry = (ports: Ports, original: Execution, options: RetryOptions = {}) =>
  Effect.gen(function*() {
    if (original.status !== "failed" && original.status !== "cancelled") {
      return yield* new NotRerunnable({
        executionId: original.id,
        status: original.status,
        message: `execution ${original.id} is ${original.status}: only a failed or cancelled execution can be retried`
      })
    }
    const steps = yield* ports.store.steps({ organizationId: original.organizationId, executionId: original.id })
    const latest = options.workflow === "latest"
    const target = latest
      ? yield* Executions.resolveDocument(ports.workflows, original.organizationId, original.workflowId, undefined)
      : { document: original.document, version: original.version }
    const graph = yield* Validation.compileWith(ports.registry, target.document)
    if (latest) {
      const problems = latestProblems(steps, graph)
      if (problems.length > 0) {
        return yield* refuse(
          `the workflow's latest document cannot reuse the results of execution ${original.id}: ${problems.map((p) => p.message).join("; ")}`,
          problems
        )
      }
    }
    const input = latest ? yield* Executions.validateInput(graph.document, original.input) : original.input
    return yield* derive(original, graph.document, target.version, input, {
      kind: "retry",
      executionId: original.id,
      reuse: retryPlan(graph, steps)
    })
  })

/** A re-run of `original` (final) from a node: what is upstream reused (edited as asked), that node and what follows run again. */
export const prepareRerun = (ports: Ports, original: Execution, options: RerunOptions) =>
  Effect.gen(function*() {
    if (!isFinal(original.status)) {
      return yield* new NotRerunnable({
        executionId: original.id,
        status: original.status,
        message: `execution ${original.id} is ${original.status}: only a final execution can be re-run from a node`
      })
    }
    const steps = yield* ports.store.steps({ organizationId: original.organizationId, executionId: original.id })
    const graph = yield* Validation.compileWith(ports.registry, original.document)
    const reuse = yield* Either.match(rerunPlan(graph, steps, options.fromNodeId), { onLeft: Effect.fail, onRight: Effect.succeed })
    const edits = Schema.decodeUnknownEither(Outputs)(options.nodeOutputs ?? {})
    if (Either.isLeft(edits)) return yield* refuse("nodeOutputs must map node ids to JSON values", [{ path: "nodeOutputs", message: "expected JSON values" }])
    const problems = editProblems(reuse, edits.right, options.fromNodeId)
    if (problems.length > 0) return yield* refuse(problems.map((p) => p.message).join("; "), problems)
    const replaced = options.input !== undefined
    const input = replaced ? yield* Executions.validateInput(graph.document, options.input) : original.input
    const outputs: Record<string, Json> = {}
    if (replaced) {
      for (const id of reuse) if (graph.byId.get(id)?.type.type === "trigger") outputs[id] = input as Json
    }
    Object.assign(outputs, edits.right)
    return yield* derive(original, original.document, original.version, input, {
      kind: "rerun",
      executionId: original.id,
      fromNodeId: options.fromNodeId,
      reuse,
      ...(Object.keys(outputs).length > 0 ? { outputs } : {})
    })
  })

/** A replay of `original`: the same input and document (version), from scratch. */
export const prepareReplay = (original: Execution) =>
  derive(original, original.document, original.version, original.input, { kind: "replay", executionId: original.id, reuse: [] })
