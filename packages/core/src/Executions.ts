/**
 * Creating executions: resolve the workflow (draft or numbered version), validate the input
 * against its declared fields, and insert the execution idempotently.
 *
 * @since 0.1.0
 */
import { Clock, Effect, Either, Option, Schema } from "effect"
import type { Execution, Parent } from "./Execution.js"
import { ExecutionStore } from "./ExecutionStore.js"
import * as Id from "./Id.js"
import { Json } from "./Json.js"
import { NodeRegistry } from "./NodeRegistry.js"
import * as Telemetry from "./Telemetry.js"
import * as Validation from "./Validation.js"
import type { Document, InputField } from "./Workflow.js"
import { WorkflowStore } from "./WorkflowStore.js"

/** No workflow with this id in the organization. */
export class WorkflowNotFound extends Schema.TaggedError<WorkflowNotFound>()("WorkflowNotFound", {
  workflowId: Schema.String
}) {
  override get message() {
    return `workflow ${this.workflowId} not found`
  }
}

/** The workflow has no such numbered version. */
export class VersionNotFound extends Schema.TaggedError<VersionNotFound>()("VersionNotFound", {
  workflowId: Schema.String,
  version: Schema.Number
}) {
  override get message() {
    return `workflow ${this.workflowId} has no version ${this.version}`
  }
}

/** The input does not match the workflow's declared fields. */
export class InvalidInput extends Schema.TaggedError<InvalidInput>()("InvalidInput", {
  message: Schema.String,
  details: Schema.Array(Validation.Problem)
}) {}

/** What starting an execution needs. */
export interface Request {
  readonly organizationId: Id.OrganizationId
  readonly workflowId: string
  readonly version?: number
  readonly input?: unknown
  readonly trigger: string
  readonly idempotencyKey?: string
  readonly parent?: Parent
  readonly item?: unknown
  readonly depth?: number
  /** The W3C `traceparent` to continue (the current span's by default, when a host tracer is installed). */
  readonly traceParent?: string
}

const typeOk = (field: InputField, value: unknown): boolean => {
  switch (field.type) {
    case "string":
      return typeof value === "string"
    case "number":
      return typeof value === "number" && Number.isFinite(value)
    case "integer":
      return Number.isInteger(value)
    case "boolean":
      return typeof value === "boolean"
    case "object":
      return typeof value === "object" && value !== null && !Array.isArray(value)
    case "array":
      return Array.isArray(value)
    case "any":
      return true
  }
}

const unplain = Symbol("unplain")

/**
 * A copy of a plain JSON value (plain objects and arrays, finite numbers, no `__proto__` key): what
 * decoding it with the `Json` schema gives, without the schema's walk. `unplain` for anything else,
 * which the schema decodes (or refuses).
 */
const copyPlain = (value: unknown): unknown => {
  switch (typeof value) {
    case "string":
    case "boolean":
      return value
    case "number":
      return Number.isFinite(value) ? value : unplain
    case "object": {
      if (value === null) return null
      if (Array.isArray(value)) {
        const out: Array<unknown> = []
        for (let i = 0; i < value.length; i++) {
          const item = copyPlain(value[i])
          if (item === unplain) return unplain
          out.push(item)
        }
        return out
      }
      if (Object.getPrototypeOf(value) !== Object.prototype || Object.getOwnPropertySymbols(value).length > 0) return unplain
      const out: Record<string, unknown> = {}
      for (const key of Object.keys(value)) {
        if (key === "__proto__") return unplain
        const item = copyPlain((value as Record<string, unknown>)[key])
        if (item === unplain) return unplain
        out[key] = item
      }
      return out
    }
    default:
      return unplain
  }
}

/** Decodes an input as JSON: plain values copied directly, anything else through the `Json` schema. */
const decodeJson = (raw: unknown): Either.Either<Json, unknown> => {
  let copied: unknown = unplain
  try {
    copied = copyPlain(raw)
  } catch {
    // too deep, a cycle, or a throwing getter: the schema decides
  }
  return copied === unplain ? Schema.decodeUnknownEither(Json)(raw) : Either.right(copied as Json)
}

/** Checks an input against a document's declared fields; returns it with defaults filled in. */
export const validateInput = (document: Document, raw: unknown): Effect.Effect<unknown, InvalidInput> => {
  const decoded = decodeJson(raw ?? null)
  if (decoded._tag === "Left") {
    return Effect.fail(
      new InvalidInput({ message: "input must be JSON", details: [{ path: "input", message: "expected a JSON value" }] })
    )
  }
  const input = decoded.right
  const fields = document.inputs?.fields
  if (fields === undefined) return Effect.succeed(input)
  const given = input ?? {}
  if (typeof given !== "object" || Array.isArray(given)) {
    return Effect.fail(
      new InvalidInput({ message: "input must be an object", details: [{ path: "input", message: "expected an object" }] })
    )
  }
  const out: Record<string, unknown> = { ...given }
  const details: Array<Validation.Problem> = []
  for (const [name, field] of Object.entries(fields)) {
    const value = out[name] ?? field.default
    if (value === undefined || value === null) {
      if (field.required) details.push({ path: `input.${name}`, message: `"${name}" is required` })
      continue
    }
    if (!typeOk(field, value)) details.push({ path: `input.${name}`, message: `"${name}" must be of type ${field.type}` })
    out[name] = value
  }
  return details.length > 0
    ? Effect.fail(new InvalidInput({ message: `invalid input: ${details.map((d) => d.message).join("; ")}`, details }))
    : Effect.succeed(out)
}

/** The services creating an execution needs. */
export interface Ports {
  readonly workflows: WorkflowStore["Type"]
  readonly store: ExecutionStore["Type"]
  readonly registry: NodeRegistry["Type"]
}

/** Resolves the document an execution will run: a numbered version, or the current draft. */
export const resolveDocument = (
  workflows: WorkflowStore["Type"],
  organizationId: Id.OrganizationId,
  workflowId: string,
  version: number | undefined
) =>
  Effect.gen(function*() {
    const id = workflowId as Id.WorkflowId
    if (version !== undefined) {
      const frozen = yield* workflows.version(organizationId, id, version)
      if (Option.isSome(frozen)) return { document: frozen.value.document, version: frozen.value.version }
      const exists = yield* workflows.get(organizationId, id)
      return yield* Option.isSome(exists) ? new VersionNotFound({ workflowId, version }) : new WorkflowNotFound({ workflowId })
    }
    const draft = yield* workflows.get(organizationId, id)
    if (Option.isNone(draft)) return yield* new WorkflowNotFound({ workflowId })
    return { document: draft.value.document, version: null }
  })

/** Creates a queued execution, or returns the one already holding the idempotency key. */
export const create = (request: Request) =>
  Effect.flatMap(
    Effect.all({ workflows: WorkflowStore, store: ExecutionStore, registry: NodeRegistry }),
    (ports) => createWith(ports, request)
  )

/** `create` over given services (no environment needed). */
export const createWith = (ports: Ports, request: Request) =>
  Effect.gen(function*() {
    if (request.idempotencyKey !== undefined) {
      const existing = yield* ports.store.findByKey(request.organizationId, request.idempotencyKey)
      if (Option.isSome(existing)) return { execution: existing.value, created: false }
    }
    const execution = yield* prepareWith(ports, request)
    return yield* ports.store.create(execution, execution.createdAt)
  })

/** The queued execution a request makes (its workflow resolved, its input checked), not yet stored. */
export const prepareWith = ({ registry, workflows }: Omit<Ports, "store">, request: Request) =>
  Effect.gen(function*() {
    const resolved = yield* resolveDocument(workflows, request.organizationId, request.workflowId, request.version)
    yield* Validation.compileWith(registry, resolved.document)
    const input = yield* validateInput(resolved.document, request.input)
    const now = yield* Clock.currentTimeMillis
    const traceParent = request.traceParent ?? (yield* Telemetry.currentTraceParent)
    const execution: Execution = {
      id: yield* Id.makeExecutionId,
      organizationId: request.organizationId,
      workflowId: request.workflowId as Id.WorkflowId,
      version: resolved.version,
      document: resolved.document,
      status: "queued",
      trigger: request.trigger,
      input: input as Json,
      depth: request.depth ?? 0,
      cancelRequested: false,
      createdAt: now,
      ...(request.idempotencyKey !== undefined ? { idempotencyKey: request.idempotencyKey } : {}),
      ...(request.parent !== undefined ? { parent: request.parent } : {}),
      ...(request.item !== undefined ? { item: request.item as Json } : {}),
      ...(traceParent !== undefined ? { traceParent } : {})
    }
    return execution
  })

/** Everything `create` needs from the environment. */
export type Requirements = ExecutionStore | WorkflowStore | NodeRegistry
