/**
 * The workflow document (CONTRACT §3) and the stored workflow entity.
 *
 * @since 0.1.0
 */
import { Schema } from "effect"
import * as Id from "./Id.js"
import { Finite, Json, JsonObject, Key, Millis } from "./Json.js"

/** Retry policy of a node: attempts in all, and exponential backoff between them. */
export const RetryPolicy = Schema.Struct({
  maxAttempts: Schema.Int.pipe(Schema.between(1, 100)),
  initialDelayMs: Schema.optionalWith(Schema.Int.pipe(Schema.nonNegative()), { exact: true }),
  factor: Schema.optionalWith(Schema.Number.pipe(Schema.between(1, 10)), { exact: true }),
  maxDelayMs: Schema.optionalWith(Schema.Int.pipe(Schema.nonNegative()), { exact: true })
})
/** Retry policy of a node. */
export type RetryPolicy = typeof RetryPolicy.Type

/** What a node does once its attempts are exhausted. */
export const OnError = Schema.Literal("fail", "continue", "route")
/** What a node does once its attempts are exhausted. */
export type OnError = typeof OnError.Type

/** A node of the graph. */
export const Node = Schema.Struct({
  id: Schema.String.pipe(Schema.minLength(1), Schema.maxLength(128)),
  type: Schema.String.pipe(Schema.minLength(1)),
  name: Schema.optionalWith(Schema.String, { exact: true }),
  params: Schema.optionalWith(JsonObject, { exact: true }),
  retry: Schema.optionalWith(RetryPolicy, { exact: true }),
  timeoutMs: Schema.optionalWith(Schema.Int.pipe(Schema.positive()), { exact: true }),
  onError: Schema.optionalWith(OnError, { exact: true }),
  position: Schema.optionalWith(Schema.Struct({ x: Finite, y: Finite }), { exact: true })
})
/** A node of the graph. */
export type Node = typeof Node.Type

/** An edge: flow leaves `source` through `sourceHandle` (default `"out"`) into `target`. */
export const Edge = Schema.Struct({
  id: Schema.optionalWith(Schema.String, { exact: true }),
  source: Schema.String,
  target: Schema.String,
  sourceHandle: Schema.optionalWith(Schema.String, { exact: true })
})
/** An edge of the graph. */
export type Edge = typeof Edge.Type

/** The handle an edge leaves from when it names none. */
export const defaultHandle = "out"

/** Type of a declared input field. */
export const FieldType = Schema.Literal("string", "number", "integer", "boolean", "object", "array", "any")

/** A declared input field, validated when an execution starts. */
export const InputField = Schema.Struct({
  type: FieldType,
  required: Schema.optionalWith(Schema.Boolean, { exact: true }),
  description: Schema.optionalWith(Schema.String, { exact: true }),
  default: Schema.optionalWith(Json, { exact: true })
})
/** A declared input field. */
export type InputField = typeof InputField.Type

/** Declared inputs of a workflow. */
export const Inputs = Schema.Struct({ fields: Schema.Record({ key: Key, value: InputField }) })

/** Execution-wide settings. */
export const Settings = Schema.Struct({
  timeoutMs: Schema.optionalWith(Schema.Int.pipe(Schema.positive()), { exact: true }),
  concurrency: Schema.optionalWith(Schema.Int.pipe(Schema.between(1, 1024)), { exact: true })
})
/** Execution-wide settings. */
export type Settings = typeof Settings.Type

/** The size limits of a workflow document, checked at save (the document's bytes: the server's request body limit). */
export const documentLimits = { maxNodes: 500, maxEdges: 2_000 } as const

/** The workflow document users write and the API stores. */
export const Document = Schema.Struct({
  name: Schema.String.pipe(Schema.minLength(1), Schema.maxLength(200)),
  description: Schema.optionalWith(Schema.String, { exact: true }),
  inputs: Schema.optionalWith(Inputs, { exact: true }),
  variables: Schema.optionalWith(JsonObject, { exact: true }),
  settings: Schema.optionalWith(Settings, { exact: true }),
  nodes: Schema.Array(Node).pipe(Schema.maxItems(documentLimits.maxNodes, {
    message: (issue) => `at most ${documentLimits.maxNodes} nodes per workflow (this one has ${(issue.actual as ReadonlyArray<unknown>).length})`
  })),
  edges: Schema.Array(Edge).pipe(Schema.maxItems(documentLimits.maxEdges, {
    message: (issue) => `at most ${documentLimits.maxEdges} edges per workflow (this one has ${(issue.actual as ReadonlyArray<unknown>).length})`
  }))
})
/** The workflow document. */
export type Document = typeof Document.Type

/** Parallel branches run at most this many nodes at once unless `settings.concurrency` says otherwise. */
export const defaultConcurrency = 8

/** A stored workflow: its current (draft) document plus bookkeeping. Times are unix milliseconds in core. */
export const Workflow = Schema.Struct({
  id: Id.WorkflowId,
  organizationId: Id.OrganizationId,
  document: Document,
  revision: Schema.Int,
  latestVersion: Schema.NullOr(Schema.Int),
  createdAt: Millis,
  updatedAt: Millis
})
/** A stored workflow. */
export type Workflow = typeof Workflow.Type

/** An immutable, numbered snapshot of a workflow's document. */
export const Version = Schema.Struct({
  workflowId: Id.WorkflowId,
  organizationId: Id.OrganizationId,
  version: Schema.Int.pipe(Schema.positive()),
  document: Document,
  createdAt: Millis
})
/** An immutable, numbered snapshot of a workflow's document. */
export type Version = typeof Version.Type
