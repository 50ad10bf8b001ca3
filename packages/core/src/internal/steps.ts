/**
 * The engine's internal vocabulary: what a node attempt and a graph run end with, and how step
 * records, retry delays and failure messages are made.
 */
import type { Failure, Patch, Step } from "../Execution.js"
import type { CompiledNode } from "../Graph.js"
import type { Json } from "../Json.js"
import { NodeError } from "../NodeType.js"

/** How one node's run ended, as the scheduler sees it. */
export type Outcome =
  | { readonly _tag: "Settled"; readonly output: unknown; readonly handles: ReadonlyArray<string> }
  | { readonly _tag: "Suspended"; readonly wakeAt: number | undefined }
  | Fatal

/** The execution must fail. */
export type Fatal = { readonly _tag: "Fatal"; readonly failure: Failure }
/** The execution was cancelled. */
export type Cancelled = { readonly _tag: "Cancelled" }
/** The one `Cancelled` value. */
export const cancelledResult: Cancelled = { _tag: "Cancelled" }
/** How a run of the graph ended. */
export type GraphResult = Fatal | Cancelled | { readonly _tag: "Completed"; readonly patch: Patch } | { readonly _tag: "Parked"; readonly wakeAt: number | undefined }

/** The message of any failure value. */
export const errorMessage = (error: unknown): string =>
  error instanceof NodeError || error instanceof Error
    ? error.message
    : typeof error === "object" && error !== null && "message" in error
    ? String((error as { message: unknown }).message)
    : String(error)

/** A step without its parking fields (`wakeAt`, `waitingOn`). */
export const awake = (step: Step): Step => {
  if (step.wakeAt === undefined && step.waitingOn === undefined) return step
  const { waitingOn: _children, wakeAt: _wake, ...rest } = step
  return rest
}

/** The fields of a step record besides its node. */
export interface StepFields {
  readonly status: Step["status"]
  readonly handles: ReadonlyArray<string>
  readonly attempts?: number
  readonly input?: Json | undefined
  readonly output?: Json | undefined
  readonly error?: string | undefined
  readonly startedAt?: number | undefined
  readonly endedAt?: number | undefined
  readonly wakeAt?: number | undefined
  readonly checkpoint?: Json | undefined
  readonly logs?: ReadonlyArray<string> | undefined
  readonly waitingOn?: ReadonlyArray<string> | undefined
}

/** The handles of a node that left through `out`. */
export const outHandles: ReadonlyArray<string> = ["out"]
/** The handles of a node that left through `error`. */
export const errorHandles: ReadonlyArray<string> = ["error"]

/** A step record holding exactly the defined fields, built in one fixed order. */
export const makeStep = (node: CompiledNode, f: StepFields): Step => {
  const step: { -readonly [K in keyof Step]?: Step[K] } = {
    nodeId: node.id,
    nodeType: node.type.type,
    status: f.status,
    handles: f.handles,
    attempts: f.attempts ?? 0
  }
  if (f.input !== undefined) step.input = f.input
  if (f.output !== undefined) step.output = f.output
  if (f.error !== undefined) step.error = f.error
  if (f.startedAt !== undefined) step.startedAt = f.startedAt
  if (f.endedAt !== undefined) step.endedAt = f.endedAt
  if (f.wakeAt !== undefined) step.wakeAt = f.wakeAt
  if (f.checkpoint !== undefined) step.checkpoint = f.checkpoint
  if (f.logs !== undefined) step.logs = f.logs
  if (f.waitingOn !== undefined) step.waitingOn = f.waitingOn
  return step as Step
}

/** The delay before the attempt after `attempt`: exponential, capped. */
export const backoff = (policy: NonNullable<CompiledNode["node"]["retry"]>, attempt: number): number =>
  Math.min(
    policy.maxDelayMs ?? 30_000,
    (policy.initialDelayMs ?? 1_000) * Math.pow(policy.factor ?? 2, attempt - 1)
  )

