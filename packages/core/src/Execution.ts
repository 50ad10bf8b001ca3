/**
 * Executions, their steps and the numbered event log (CONTRACT §3, "Execution semantics").
 *
 * @since 0.1.0
 */
import { Schema } from "effect"
import * as Id from "./Id.js"
import { Finite, Json, Key, Millis } from "./Json.js"
import { Document } from "./Workflow.js"

/** Lifecycle of an execution. */
export const Status = Schema.Literal("queued", "running", "waiting", "completed", "failed", "cancelled")
/** Lifecycle of an execution. */
export type Status = typeof Status.Type

/** Statuses an execution never leaves. */
export const isFinal = (status: Status): boolean =>
  status === "completed" || status === "failed" || status === "cancelled"

/** Lifecycle of a step (one node of one execution). */
export const StepStatus = Schema.Literal("pending", "running", "completed", "failed", "skipped", "cancelled")
/** Lifecycle of a step. */
export type StepStatus = typeof StepStatus.Type

/** A failure, as users read it. */
export const Failure = Schema.Struct({
  message: Schema.String,
  nodeId: Schema.optionalWith(Schema.String, { exact: true })
})
/** A failure, as users read it. */
export type Failure = typeof Failure.Type

/** Where a sub-workflow execution came from. */
export const Parent = Schema.Struct({
  executionId: Id.ExecutionId,
  nodeId: Schema.String,
  index: Schema.optionalWith(Schema.Int, { exact: true })
})
/** Where a sub-workflow execution came from. */
export type Parent = typeof Parent.Type

/** How an execution re-runs another: a retry, a re-run from a node, or a replay from scratch. */
export const OriginKind = Schema.Literal("retry", "rerun", "replay")
/** How an execution re-runs another. */
export type OriginKind = typeof OriginKind.Type

/** The execution another one re-runs, and the committed results of it that it starts with. */
export const Origin = Schema.Struct({
  kind: OriginKind,
  executionId: Id.ExecutionId,
  /** The node a re-run starts from. */
  fromNodeId: Schema.optionalWith(Schema.String, { exact: true }),
  /** Nodes whose committed results in the origin are reused rather than run again. */
  reuse: Schema.Array(Schema.String),
  /** Reused results replaced by edited data, by node id. */
  outputs: Schema.optionalWith(Schema.Record({ key: Key, value: Json }), { exact: true })
})
/** The execution another one re-runs. */
export type Origin = typeof Origin.Type

/** An execution of a workflow. Times are unix milliseconds. */
export const Execution = Schema.Struct({
  id: Id.ExecutionId,
  organizationId: Id.OrganizationId,
  workflowId: Id.WorkflowId,
  version: Schema.NullOr(Schema.Int),
  document: Document,
  status: Status,
  trigger: Schema.String,
  input: Json,
  output: Schema.optionalWith(Json, { exact: true }),
  error: Schema.optionalWith(Failure, { exact: true }),
  idempotencyKey: Schema.optionalWith(Schema.String, { exact: true }),
  parent: Schema.optionalWith(Parent, { exact: true }),
  item: Schema.optionalWith(Json, { exact: true }),
  depth: Schema.Int,
  cancelRequested: Schema.Boolean,
  createdAt: Millis,
  startedAt: Schema.optionalWith(Millis, { exact: true }),
  endedAt: Schema.optionalWith(Millis, { exact: true }),
  wakeAt: Schema.optionalWith(Millis, { exact: true }),
  /** The W3C `traceparent` of the span that started it: its runs continue that trace. */
  traceParent: Schema.optionalWith(Schema.String, { exact: true }),
  /** The execution this one retries, re-runs or replays. */
  origin: Schema.optionalWith(Origin, { exact: true })
})
/** An execution of a workflow. */
export type Execution = typeof Execution.Type

/** Fields of an execution that change while it runs; `wakeAt: undefined` clears it. */
export type Patch = {
  readonly [K in "status" | "output" | "error" | "startedAt" | "endedAt" | "wakeAt" | "cancelRequested"]?:
    | Execution[K]
    | undefined
}

/** Applies a patch: present keys replace, keys set to `undefined` are removed. */
export const applyPatch = (execution: Execution, patch: Patch): Execution => {
  const next: Record<string, unknown> = { ...execution }
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) delete next[key]
    else next[key] = value
  }
  return next as Execution
}

/** The record of one node of one execution: the trace span and the durable checkpoint. */
export const Step = Schema.Struct({
  nodeId: Schema.String,
  nodeType: Schema.String,
  status: StepStatus,
  input: Schema.optionalWith(Json, { exact: true }),
  output: Schema.optionalWith(Json, { exact: true }),
  error: Schema.optionalWith(Schema.String, { exact: true }),
  handles: Schema.Array(Schema.String),
  attempts: Schema.Int,
  startedAt: Schema.optionalWith(Millis, { exact: true }),
  endedAt: Schema.optionalWith(Millis, { exact: true }),
  wakeAt: Schema.optionalWith(Millis, { exact: true }),
  checkpoint: Schema.optionalWith(Json, { exact: true }),
  waitingOn: Schema.optionalWith(Schema.Array(Schema.String), { exact: true }),
  logs: Schema.optionalWith(Schema.Array(Schema.String), { exact: true }),
  /** The execution whose committed result this step reuses (not run again); `edited` when the result was replaced. */
  reusedFrom: Schema.optionalWith(Schema.Struct({ executionId: Schema.String, edited: Schema.Boolean }), { exact: true })
})
/** The record of one node of one execution. */
export type Step = typeof Step.Type

/** Whether a step's result is committed and final. */
export const isSettled = (step: Step): boolean =>
  step.status === "completed" || step.status === "skipped" || (step.status === "failed" && step.handles.length > 0)

const event = <Tag extends string, Fields extends Schema.Struct.Fields>(tag: Tag, fields: Fields) =>
  Schema.TaggedStruct(tag, { seq: Schema.Int, at: Millis, ...fields })

/** Every state change of an execution, numbered from 1 within the execution. */
export const Event = Schema.Union(
  event("execution.queued", {}),
  event("execution.started", { resumed: Schema.Boolean }),
  event("execution.waiting", { wakeAt: Schema.optionalWith(Millis, { exact: true }) }),
  event("execution.completed", { output: Json }),
  event("execution.failed", { error: Failure }),
  event("execution.cancelled", {}),
  event("step.started", { nodeId: Schema.String, attempt: Schema.Int }),
  event("step.retrying", {
    nodeId: Schema.String,
    attempt: Schema.Int,
    error: Schema.String,
    delayMs: Finite
  }),
  event("step.waiting", { nodeId: Schema.String, wakeAt: Schema.optionalWith(Millis, { exact: true }) }),
  event("step.completed", { nodeId: Schema.String, output: Json, handles: Schema.Array(Schema.String) }),
  event("step.failed", { nodeId: Schema.String, error: Schema.String, handles: Schema.Array(Schema.String) }),
  event("step.skipped", { nodeId: Schema.String }),
  event("step.cancelled", { nodeId: Schema.String }),
  event("step.log", { nodeId: Schema.String, message: Schema.String })
)
/** Every state change of an execution. */
export type Event = typeof Event.Type

/** An event before the store numbers it. */
export type EventBody = Event extends infer E ? (E extends Event ? Omit<E, "seq"> : never) : never

/**
 * A transient chunk of a running step's output (a model's tokens), published to live watchers only:
 * never stored, never numbered, not replayed. The step's committed output is the whole.
 */
export interface Delta {
  readonly _tag: "step.delta"
  readonly nodeId: string
  readonly attempt: number
  readonly text: string
  readonly at: number
}

/** Event tags after which an execution's log is closed. */
export const isFinalEvent = (event: Event): boolean =>
  event._tag === "execution.completed" || event._tag === "execution.failed" || event._tag === "execution.cancelled"
