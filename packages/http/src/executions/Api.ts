/**
 * The executions group: start (async → 201, sync → 200 with the finished execution; an
 * idempotency key returns the same execution), the `/workflows/:id/execute` alias, list, search,
 * get (with steps), cancel, resume (a `waitForEvent` node), and the log as Server-Sent Events.
 *
 * @since 0.1.0
 */
import { HttpApiEndpoint, HttpApiGroup, HttpApiSchema, OpenApi } from "@effect/platform"
import { Schema } from "effect"
import { Status, StepStatus } from "@sire/core/Execution"
import { Authentication } from "../auth/Authentication.js"
import { BadRequest, Forbidden, NotFound, PaymentRequired } from "../Errors.js"
import { IdPath } from "../PathIds.js"
import { JsonValue, PageParams, strict, UnixSeconds, VersionNumber } from "../Schemas.js"

/** One node of one execution, with its timings. */
export const StepResponse = Schema.Struct({
  nodeId: Schema.String,
  nodeType: Schema.String,
  status: StepStatus,
  attempts: Schema.Int,
  input: Schema.optional(JsonValue),
  output: Schema.optional(JsonValue),
  error: Schema.optional(Schema.String),
  handles: Schema.Array(Schema.String).annotations({ description: "The handles flow left through" }),
  logs: Schema.optional(Schema.Array(Schema.String)),
  startedAt: Schema.optional(UnixSeconds),
  endedAt: Schema.optional(UnixSeconds),
  durationMs: Schema.optional(Schema.Int),
  reusedFrom: Schema.optional(Schema.Struct({
    executionId: Schema.String,
    edited: Schema.Boolean
  })).annotations({ description: "The execution whose committed result this step reused instead of running (a retry or re-run); `edited` when the result was replaced" })
}).annotations({ identifier: "Step" })

/** The execution another one retries, re-runs from a node, or replays. */
export const OriginResponse = Schema.Struct({
  kind: Schema.Literal("retry", "rerun", "replay"),
  executionId: Schema.String,
  fromNodeId: Schema.optional(Schema.String),
  reusedNodeIds: Schema.Array(Schema.String).annotations({ description: "Nodes whose committed results it reuses rather than runs" }),
  editedNodeIds: Schema.Array(Schema.String).annotations({ description: "Reused nodes whose results were replaced by edited data" })
}).annotations({ identifier: "ExecutionOrigin" })

/** Model tokens and their cost in USD (null when a model's price is unknown). */
export const TokenUsage = Schema.Struct({
  inputTokens: Schema.Int,
  outputTokens: Schema.Int,
  totalTokens: Schema.Int,
  costUsd: Schema.NullOr(Schema.Number)
}).annotations({ identifier: "TokenUsage" })

/** An execution's model usage: summed over its steps, and per `<provider>/<model>`. */
export const ExecutionUsage = Schema.Struct({
  ...TokenUsage.fields,
  byModel: Schema.Record({ key: Schema.String, value: TokenUsage })
}).annotations({ identifier: "ExecutionUsage", description: "Summed from the steps' usage (llm and agent nodes); absent when no step has one" })

/** An execution; `steps` on `GET /executions/:id`. */
export const ExecutionResponse = Schema.Struct({
  id: Schema.String,
  workflowId: Schema.String,
  version: Schema.NullOr(Schema.Int).annotations({ description: "The frozen version run, or null for the draft" }),
  status: Status,
  trigger: Schema.String,
  input: JsonValue,
  output: Schema.optional(JsonValue),
  error: Schema.optional(Schema.Struct({ message: Schema.String, nodeId: Schema.optional(Schema.String) })),
  idempotencyKey: Schema.optional(Schema.String),
  parentExecutionId: Schema.optional(Schema.String),
  retryOf: Schema.optional(Schema.String).annotations({ description: "The execution this one retries" }),
  origin: Schema.optional(OriginResponse),
  createdAt: UnixSeconds,
  startedAt: Schema.optional(UnixSeconds),
  endedAt: Schema.optional(UnixSeconds),
  durationMs: Schema.optional(Schema.Int),
  steps: Schema.optional(Schema.Array(StepResponse)),
  usage: Schema.optional(ExecutionUsage)
}).annotations({ identifier: "Execution" })

const Mode = Schema.Literal("async", "sync", "stream").annotations({
  description: "`async` (default) answers 201 at once; `sync` waits for the end and answers 200; `stream` answers 200 " +
    "`text/event-stream`: the run's log events as `GET /executions/:id/logs` writes them (with `step.delta` events), ending " +
    "after the final one (errors before the run starts stay JSON)"
})

const startFields = {
  input: Schema.optional(JsonValue),
  version: Schema.optional(VersionNumber),
  mode: Schema.optional(Mode),
  idempotencyKey: Schema.optional(Schema.String.pipe(Schema.minLength(1), Schema.maxLength(200))),
  trigger: Schema.optional(Schema.Literal("api", "manual", "mcp").annotations({
    description: "How the execution is recorded as started: `api` (default), `manual` or `mcp` (what the MCP server's tools send); " +
      "`webhook` and `schedule` are the server's own"
  }))
}

/** The body of `POST /executions`. */
export const StartPayload = strict(Schema.Struct({ workflowId: Schema.String, ...startFields }))

const ExecuteFields = Schema.Struct(startFields)

/** The body of `POST /workflows/:id/execute`; an empty body is the same as `{}`. */
export const ExecutePayload = Schema.transform(Schema.NullOr(strict(ExecuteFields)), Schema.typeSchema(ExecuteFields), {
  strict: true,
  decode: (body) => body ?? {},
  encode: (body) => body
})

const ExecutionPath = IdPath("exec", "execution")
const WorkflowPath = IdPath("wf", "workflow")

/** The body of a resume (`POST /executions/:id/resume`, `POST /hooks/resume/:token`). */
export const ResumePayload = strict(Schema.Struct({
  payload: Schema.optional(JsonValue.annotations({ description: "What the waitForEvent node outputs (null when absent)" })),
  nodeId: Schema.optional(Schema.String.annotations({ description: "The waitForEvent node to resume; needed only when several may be" })),
  event: Schema.optional(Schema.String.annotations({ description: "Resume the waitForEvent node whose params.event is this" }))
}).annotations({ message: () => "must be a JSON object with payload, and optionally nodeId or event" }))

/** Query parameters of `GET /executions/search` (times in unix seconds). */
export const SearchParams = Schema.Struct({
  ...PageParams.fields,
  workflowId: Schema.optional(Schema.String),
  status: Schema.optional(Status),
  trigger: Schema.optional(Schema.String),
  from: Schema.optional(Schema.NumberFromString.pipe(Schema.int())),
  to: Schema.optional(Schema.NumberFromString.pipe(Schema.int())),
  minDurationMs: Schema.optional(Schema.NumberFromString.pipe(Schema.nonNegative())),
  maxDurationMs: Schema.optional(Schema.NumberFromString.pipe(Schema.nonNegative()))
})

const Finished = ExecutionResponse.annotations({
  identifier: "FinishedExecution",
  description: "With `mode: \"sync\"`: the execution once it is final (or as it stands when the server's wait ends)"
})

const EventStream = Schema.String.pipe(
  HttpApiSchema.withEncoding({ kind: "Text", contentType: "text/event-stream" })
).annotations({
  description: "Server-Sent Events: `id` is the event's sequence number, `event` its type, `data` the event as JSON"
})

/** The execution endpoints. */
export class ExecutionsApi extends HttpApiGroup.make("executions")
  .add(
    HttpApiEndpoint.get("list", "/api/v1/executions")
      .annotateContext(OpenApi.annotations({ identifier: "listExecutions", summary: "List executions" }))
      .setUrlParams(PageParams)
      .addSuccess(Schema.Array(ExecutionResponse))
      .annotate(OpenApi.Description, "The organization's executions, newest first.")
  )
  .add(
    HttpApiEndpoint.post("start", "/api/v1/executions")
      .annotateContext(OpenApi.annotations({ identifier: "startExecution", summary: "Start an execution" }))
      .setPayload(StartPayload)
      .addSuccess(ExecutionResponse, { status: 201 })
      .addSuccess(Finished, { status: 200 })
      .addError(BadRequest.schema)
      .addError(NotFound.schema)
      .addError(PaymentRequired.schema)
      .annotate(OpenApi.Description, "Starts an execution of a workflow's draft or of a frozen `version`.")
  )
  .add(
    HttpApiEndpoint.post("execute", "/api/v1/workflows/:id/execute")
      .annotateContext(OpenApi.annotations({ identifier: "executeWorkflow", summary: "Execute a workflow" }))
      .setPath(WorkflowPath)
      .setPayload(ExecutePayload)
      .addSuccess(ExecutionResponse, { status: 201 })
      .addSuccess(Finished, { status: 200 })
      .addError(BadRequest.schema)
      .addError(NotFound.schema)
      .addError(PaymentRequired.schema)
      .annotate(OpenApi.Description, "Starts an execution of this workflow: the same as `POST /executions` with its `workflowId`.")
  )
  .add(
    HttpApiEndpoint.get("search", "/api/v1/executions/search")
      .annotateContext(OpenApi.annotations({ identifier: "searchExecutions", summary: "Search executions" }))
      .setUrlParams(SearchParams)
      .addSuccess(Schema.Array(ExecutionResponse))
      .annotate(OpenApi.Description, "Executions filtered by workflow, status, trigger, creation time (unix seconds) and duration.")
  )
  .add(
    HttpApiEndpoint.get("get", "/api/v1/executions/:id")
      .annotateContext(OpenApi.annotations({ identifier: "getExecution", summary: "Get an execution" }))
      .setPath(ExecutionPath)
      .addSuccess(ExecutionResponse)
      .addError(NotFound.schema)
      .annotate(OpenApi.Description, "Status, output, error and steps with their timings.")
  )
  .add(
    HttpApiEndpoint.post("resume", "/api/v1/executions/:id/resume")
      .annotateContext(OpenApi.annotations({ identifier: "resumeExecution", summary: "Resume a waiting execution" }))
      .setPath(ExecutionPath)
      .setPayload(ResumePayload)
      .addSuccess(ExecutionResponse, { status: 202 })
      .addError(BadRequest.schema)
      .addError(NotFound.schema)
      .annotate(
        OpenApi.Description,
        "Delivers `payload` to the execution's waiting `waitForEvent` node (the one named by `nodeId` or `event` when several " +
          "may be) and wakes the execution (202). The first delivery to a node wins: another is 400, as is a final execution."
      )
  )
  .add(
    HttpApiEndpoint.post("cancel", "/api/v1/executions/:id/cancel")
      .annotateContext(OpenApi.annotations({ identifier: "cancelExecution", summary: "Cancel an execution" }))
      .setPath(ExecutionPath)
      .addSuccess(ExecutionResponse)
      .addError(NotFound.schema)
      .annotate(OpenApi.Description, "Cancels the execution (running nodes are interrupted) and answers once it is final.")
  )
  .add(
    HttpApiEndpoint.get("logs", "/api/v1/executions/:id/logs")
      .annotateContext(OpenApi.annotations({ identifier: "streamExecutionLogs", summary: "Stream an execution's events" }))
      .setPath(ExecutionPath)
      .addSuccess(EventStream)
      .addError(NotFound.schema)
      .annotate(
        OpenApi.Description,
        "Every event since the start (after `Last-Event-ID` when sent), then live ones; the stream closes after the final event."
      )
  )
  .addError(Forbidden.schema)
  .middleware(Authentication)
  .annotate(OpenApi.Title, "Executions")
  .annotate(OpenApi.Description, "Runs of workflows: start, follow (Server-Sent Events), search, resume and cancel.")
{}
