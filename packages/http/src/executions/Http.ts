/**
 * Handlers of the executions group, over the engine's embedding API (`Sire`) and the execution
 * store (listing and search).
 *
 * @since 0.1.0
 */
import { HttpApiBuilder, HttpServerRequest, HttpServerResponse } from "@effect/platform"
import { Effect, Schema, Stream } from "effect"
import type { Execution, Step } from "@sire/core/Execution"
import { ExecutionStore } from "@sire/core/ExecutionStore"
import { Sire, type StartError } from "@sire/core/Sire"
import { SireApi } from "../Api.js"
import { authorize, type Principal } from "../auth/Principal.js"
import { type BadRequest, badRequest, type InternalError, internal, type NotFound, notFound, type PaymentRequired, quotaExceeded } from "../Errors.js"
import { defaultLimit, pageResponse, seconds } from "../Schemas.js"
import { Draining } from "../Draining.js"
import { Settings } from "../Settings.js"
import * as Signal from "@sire/core/Signal"
import * as SyncWait from "../SyncWait.js"
import { ExecutionResponse } from "./Api.js"
import * as EventStream from "./EventStream.js"
import { MetricsEnabled } from "@sire/core/Telemetry"
import { streamCounter } from "../telemetry/Metrics.js"
import * as Usage from "@sire/nodes/ModelUsage"
import { type ResumeError, Resumer } from "./Resume.js"

const duration = (record: { readonly startedAt?: number; readonly endedAt?: number }) =>
  record.startedAt !== undefined && record.endedAt !== undefined ? { durationMs: record.endedAt - record.startedAt } : {}

/** A step as the API shows it. */
export const showStep = (step: Step) => ({
  nodeId: step.nodeId,
  nodeType: step.nodeType,
  status: step.status,
  attempts: step.attempts,
  ...(step.input !== undefined ? { input: step.input } : {}),
  ...(step.output !== undefined ? { output: step.output } : {}),
  ...(step.error !== undefined ? { error: step.error } : {}),
  handles: step.handles,
  ...(step.logs !== undefined ? { logs: step.logs } : {}),
  ...(step.startedAt !== undefined ? { startedAt: seconds(step.startedAt) } : {}),
  ...(step.endedAt !== undefined ? { endedAt: seconds(step.endedAt) } : {}),
  ...duration(step),
  ...(step.reusedFrom !== undefined ? { reusedFrom: step.reusedFrom } : {})
})

/** Where an execution came from, when it retries, re-runs or replays another. */
const showOrigin = (execution: Execution) => {
  const origin = execution.origin
  if (origin === undefined) return {}
  return {
    ...(origin.kind === "retry" ? { retryOf: origin.executionId } : {}),
    origin: {
      kind: origin.kind,
      executionId: origin.executionId,
      ...(origin.fromNodeId !== undefined ? { fromNodeId: origin.fromNodeId } : {}),
      reusedNodeIds: origin.reuse,
      editedNodeIds: Object.keys(origin.outputs ?? {})
    }
  }
}

/** Steps in the order their nodes appear in the execution's document. */
const inDocumentOrder = (execution: Execution, steps: ReadonlyArray<Step>): ReadonlyArray<Step> => {
  const position = new Map(execution.document.nodes.map((node, index) => [node.id, index]))
  return [...steps].sort((a, b) => (position.get(a.nodeId) ?? Infinity) - (position.get(b.nodeId) ?? Infinity))
}

/** The model usage summed over the steps' outputs, when any has one. */
const usageOf = (steps: ReadonlyArray<Step> | undefined) => {
  const usage = steps === undefined ? undefined : Usage.total(steps)
  return usage === undefined ? {} : { usage }
}

/** An execution as the API shows it, with its steps when given. */
export const show = (execution: Execution, steps?: ReadonlyArray<Step>): typeof ExecutionResponse.Type => ({
  id: execution.id,
  workflowId: execution.workflowId,
  version: execution.version,
  status: execution.status,
  trigger: execution.trigger,
  input: execution.input,
  ...(execution.output !== undefined ? { output: execution.output } : {}),
  ...(execution.error !== undefined ? { error: execution.error } : {}),
  ...(execution.idempotencyKey !== undefined ? { idempotencyKey: execution.idempotencyKey } : {}),
  ...(execution.parent !== undefined ? { parentExecutionId: execution.parent.executionId } : {}),
  ...showOrigin(execution),
  createdAt: seconds(execution.createdAt),
  ...(execution.startedAt !== undefined ? { startedAt: seconds(execution.startedAt) } : {}),
  ...(execution.endedAt !== undefined ? { endedAt: seconds(execution.endedAt) } : {}),
  ...duration(execution),
  ...(steps !== undefined ? { steps: inDocumentOrder(execution, steps).map(showStep) } : {}),
  ...usageOf(steps)
})

const encode = Schema.encodeSync(ExecutionResponse)

/** What a start asks for, whichever endpoint it came through. */
interface Start {
  readonly workflowId: string
  readonly input?: unknown
  readonly version?: number | undefined
  readonly mode?: "async" | "sync" | "stream" | undefined
  readonly idempotencyKey?: string | undefined
  readonly trigger?: "api" | "manual" | "mcp" | undefined
}

/** Maps the engine's start failures to API errors. */
export const startFailure = (principal: Principal) => (
  error: StartError
): Effect.Effect<never, BadRequest | NotFound | PaymentRequired | InternalError> => {
  switch (error._tag) {
    case "WorkflowNotFound":
      return notFound(`workflow ${error.workflowId} not found`)
    case "VersionNotFound":
      return notFound(error.message)
    case "InvalidInput":
      return badRequest(`invalid input: ${error.message}`, error.details)
    case "InvalidWorkflow":
      return badRequest(`the workflow is not valid: ${error.message}`, error.details)
    case "QuotaExceeded":
      return quotaExceeded(principal.plan, error)
    case "ExecutionNotFound":
      return notFound(error.message)
    default:
      return internal(error)
  }
}

/** Maps a resume's failures to API errors (the same 404 for another organization's execution as for an unknown one). */
export const resumeFailure = (executionId: string) => (error: ResumeError): Effect.Effect<never, BadRequest | NotFound | InternalError> => {
  switch (error._tag) {
    case "ExecutionNotFound":
      return notFound(`execution ${executionId} not found`)
    case "ResumeRefused":
      return badRequest(error.message)
    default:
      return internal(error)
  }
}

/** The executions group's handlers. */
export const ExecutionsLive = HttpApiBuilder.group(SireApi, "executions", (handlers) =>
  Effect.gen(function*() {
    const sire = yield* Sire
    const store = yield* ExecutionStore
    const settings = yield* Settings
    const draining = yield* Draining
    const counted = streamCounter(yield* MetricsEnabled)
    const resumer = yield* Resumer
    const syncWait = yield* SyncWait.SyncWait

    /** The execution's log as Server-Sent Events (after `afterSeq`), with its live deltas; ends after its final event or when the server drains. */
    const logResponse = (id: string, principal: Principal, afterSeq = 0) =>
      EventStream.response(
        counted(Stream.interruptWhen(sire.events(id, { organizationId: principal.organizationId, afterSeq }), Signal.raised(draining))),
        sire.deltas(id),
        settings.sseHeartbeatMs
      )

    const start = (request: Start) =>
      Effect.gen(function*() {
        const principal = yield* authorize("executions.start")
        const scope = { organizationId: principal.organizationId }
        const started = yield* sire.start({
          ...scope,
          workflowId: request.workflowId,
          input: request.input ?? null,
          trigger: request.trigger ?? "api",
          plan: principal.plan,
          ...(request.version !== undefined ? { version: request.version } : {}),
          ...(request.idempotencyKey !== undefined ? { idempotencyKey: request.idempotencyKey } : {})
        }).pipe(Effect.catchAll(startFailure(principal)))
        if (started.workflowId !== request.workflowId) {
          return yield* badRequest(`idempotencyKey ${request.idempotencyKey} was used for another workflow (execution ${started.id})`)
        }
        if (request.mode === "stream") {
          return HttpServerResponse.setHeader(logResponse(started.id, principal), "location", `/api/v1/executions/${started.id}`)
        }
        const sync = request.mode === "sync"
        const execution = sync
          ? yield* Effect.catchAll(syncWait(started.id, scope), internal)
          : started
        return HttpServerResponse.unsafeJson(encode(show(execution)), {
          status: sync ? 200 : 201,
          headers: { location: `/api/v1/executions/${execution.id}` }
        })
      })

    const found = (id: string) => (principal: Principal) =>
      sire.get(id, { organizationId: principal.organizationId }).pipe(
        Effect.catchTags({ ExecutionNotFound: () => notFound(`execution ${id} not found`), ExecutionStoreError: internal })
      )

    return handlers
      .handle("start", ({ payload }) => start(payload))
      .handle("execute", ({ path, payload }) => start({ ...payload, workflowId: path.id }))
      .handle("list", ({ urlParams }) =>
        Effect.gen(function*() {
          const principal = yield* authorize("executions.read")
          const request = yield* HttpServerRequest.HttpServerRequest
          const page = yield* store.search({
            organizationId: principal.organizationId,
            limit: urlParams.limit ?? defaultLimit,
            ...(urlParams.cursor !== undefined ? { cursor: urlParams.cursor } : {})
          })
          return pageResponse(page.items.map((e) => encode(show(e))), page.nextCursor, request.url)
        }).pipe(Effect.catchTag("ExecutionStoreError", internal)))
      .handle("search", ({ urlParams }) =>
        Effect.gen(function*() {
          const principal = yield* authorize("executions.read")
          const request = yield* HttpServerRequest.HttpServerRequest
          const { cursor, from, limit, maxDurationMs, minDurationMs, status, to, trigger, workflowId } = urlParams
          const page = yield* store.search({
            organizationId: principal.organizationId,
            limit: limit ?? defaultLimit,
            ...(cursor !== undefined ? { cursor } : {}),
            ...(workflowId !== undefined ? { workflowId: workflowId as Execution["workflowId"] } : {}),
            ...(status !== undefined ? { status } : {}),
            ...(trigger !== undefined ? { trigger } : {}),
            ...(from !== undefined ? { from: from * 1000 } : {}),
            ...(to !== undefined ? { to: to * 1000 + 999 } : {}),
            ...(minDurationMs !== undefined ? { minDurationMs } : {}),
            ...(maxDurationMs !== undefined ? { maxDurationMs } : {})
          })
          return pageResponse(page.items.map((e) => encode(show(e))), page.nextCursor, request.url)
        }).pipe(Effect.catchTag("ExecutionStoreError", internal)))
      .handle("get", ({ path }) =>
        Effect.gen(function*() {
          const principal = yield* authorize("executions.read")
          const execution = yield* found(path.id)(principal)
          const steps = yield* store.steps({ organizationId: principal.organizationId, executionId: execution.id })
          return show(execution, steps)
        }).pipe(Effect.catchTag("ExecutionStoreError", internal)))
      .handle("cancel", ({ path }) =>
        Effect.gen(function*() {
          const principal = yield* authorize("executions.cancel")
          const execution = yield* sire.cancel(path.id, { organizationId: principal.organizationId }).pipe(
            Effect.catchTags({
              ExecutionNotFound: () => notFound(`execution ${path.id} not found`),
              ExecutionStoreError: internal,
              WorkQueueError: internal
            })
          )
          return show(execution)
        }))
      .handle("resume", ({ path, payload }) =>
        Effect.gen(function*() {
          const principal = yield* authorize("executions.start")
          const execution = yield* resumer.resume(principal.organizationId, path.id, payload).pipe(
            Effect.catchAll(resumeFailure(path.id))
          )
          return HttpServerResponse.unsafeJson(encode(show(execution)), { status: 202 })
        }))
      .handle("logs", ({ path }) =>
        Effect.gen(function*() {
          const principal = yield* authorize("executions.read")
          const request = yield* HttpServerRequest.HttpServerRequest
          yield* found(path.id)(principal)
          return logResponse(path.id, principal, EventStream.lastEventId(request.headers["last-event-id"]))
        }))
  }))
