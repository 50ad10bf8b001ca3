/**
 * What a node type is: a params schema, the handles flow can leave through, and an Effect that runs.
 * Built-in types and host-registered types are made the same way.
 *
 * @since 0.1.0
 */
import { Data, Effect, Schema } from "effect"
import type { Json } from "./Json.js"
import type { Node } from "./Workflow.js"
import type { ExecutionId, OrganizationId, WorkflowId } from "./Id.js"

/** A node's failure, with the message users see on the step. */
export class NodeError extends Schema.TaggedError<NodeError>()("NodeError", {
  message: Schema.String,
  retryable: Schema.optionalWith(Schema.Boolean, { default: () => true })
}) {}

/** Leave through `handle` (instead of `"out"`) with `output`. */
export class Route extends Data.TaggedClass("Route")<{ readonly handle: string; readonly output: unknown }> {}

/** Park the execution durably: no fiber is held; the node runs again at `wakeAt` or when woken. */
export class Suspend extends Data.TaggedClass("Suspend")<{
  readonly wakeAt: number | undefined
  readonly checkpoint: Json | undefined
}> {}

/** Returns `output` through a named handle. */
export const route = (handle: string, output: unknown): Route => new Route({ handle, output })

/** Parks the node until `wakeAt` (or until woken), keeping `checkpoint` for its next run. */
export const suspend = (options: { readonly wakeAt?: number; readonly checkpoint?: Json }): Suspend =>
  new Suspend({ wakeAt: options.wakeAt, checkpoint: options.checkpoint })

/** How a sub-workflow run ended, as seen from the node that started it. */
export type ChildOutcome =
  | { readonly _tag: "Completed"; readonly executionId: ExecutionId; readonly output: unknown }
  | { readonly _tag: "Failed"; readonly executionId: ExecutionId; readonly message: string }
  | { readonly _tag: "Suspended"; readonly executionId: ExecutionId }

/** A request to run a sub-workflow from a node; `key` makes it idempotent within the node. */
export interface ChildRequest {
  readonly workflowId: string
  readonly version?: number
  readonly input: unknown
  readonly key: string
  readonly item?: { readonly value: unknown; readonly index: number }
}

/** What a running node sees. */
export interface NodeContext<P> {
  /** The node as written in the document. */
  readonly node: Node
  /** Params with templates resolved and decoded by the type's schema. */
  readonly params: P
  /** Outputs of the predecessors whose edges into this node were taken, by node id. */
  readonly inputs: Readonly<Record<string, unknown>>
  /** The execution this node belongs to. */
  readonly execution: {
    readonly id: ExecutionId
    readonly organizationId: OrganizationId
    readonly workflowId: WorkflowId
    readonly trigger: string
    readonly input: unknown
    readonly depth: number
  }
  /** 1 on the first attempt. */
  readonly attempt: number
  /** What the node saved when it last suspended, if it did. */
  readonly checkpoint: Json | undefined
  /** Outputs of every node settled so far in this execution, by node id (the templates' `nodes`). */
  readonly nodes: Readonly<Record<string, unknown>>
  /** The workflow's `variables` (the templates' `vars`). */
  readonly vars: Readonly<Record<string, unknown>>
  /** Appends a line to the step's log. */
  readonly log: (message: string) => Effect.Effect<void>
  /** Publishes a transient chunk of output (a model's tokens) to live watchers; not stored, not replayed. */
  readonly emit: (text: string) => Effect.Effect<void>
  /** Runs a sub-workflow (or finds the one this key already started) and reports how it ended. */
  readonly runWorkflow: (request: ChildRequest) => Effect.Effect<ChildOutcome, NodeError>
}

/** A node type. `P` is the decoded params type. */
export interface NodeType<P = any> {
  /** The name used in documents (`"http"`, `"acme.sendInvoice"`). */
  readonly type: string
  /** One line for editors and the registry listing. */
  readonly description: string
  /** Schema of the params after templates are resolved. */
  readonly params: Schema.Schema<P, any>
  /** The handles flow can leave through, given the raw params (`["out"]` by default). */
  readonly handles: (params: Readonly<Record<string, unknown>>) => ReadonlyArray<string>
  /** Runs one attempt: the output (for `"out"`), a `Route`, or a `Suspend`. */
  readonly run: (context: NodeContext<P>) => Effect.Effect<unknown, NodeError>
  /**
   * Does no IO and finishes at once (no sleeping, no suspending, no sub-workflows): the engine then
   * records the step's start only with its result. Other nodes' starts are written with their
   * result too when they finish quickly, and on their own once they have run for the engine's
   * `recordRunningAfterMs`. A crash during a pure node is indistinguishable from one before it.
   */
  readonly pure: boolean
  /** Param keys whose values are taken literally, never template-resolved (a `code` node's `source`). */
  readonly literalParams: ReadonlyArray<string>
}

/** Defines a node type; `handles` defaults to `["out"]`. */
export const make = <P, I>(definition: {
  readonly type: string
  readonly description: string
  readonly params: Schema.Schema<P, I>
  readonly handles?: ReadonlyArray<string> | ((params: Readonly<Record<string, unknown>>) => ReadonlyArray<string>)
  readonly run: (context: NodeContext<P>) => Effect.Effect<unknown, NodeError>
  readonly pure?: boolean
  readonly literalParams?: ReadonlyArray<string>
}): NodeType<P> => {
  const handles = definition.handles ?? ["out"]
  return {
    type: definition.type,
    description: definition.description,
    params: definition.params,
    handles: typeof handles === "function" ? handles : () => handles,
    run: definition.run,
    pure: definition.pure ?? false,
    literalParams: definition.literalParams ?? []
  }
}

/** Fails the node with a message (retried when its policy allows). */
export const fail = (message: string, retryable = true): Effect.Effect<never, NodeError> =>
  Effect.fail(new NodeError({ message, retryable }))
