/**
 * The re-run group: retry a failed or cancelled execution, re-run one from a node (with edited
 * input or upstream results), replay one from scratch. Each starts a new execution linked to the
 * old one by `origin`, whose steps say which results were reused (`reusedFrom`).
 *
 * @since 0.1.0
 */
import { HttpApiEndpoint, HttpApiGroup, OpenApi } from "@effect/platform"
import { Schema } from "effect"
import { Authentication } from "../auth/Authentication.js"
import { BadRequest, Conflict, Forbidden, NotFound, PaymentRequired } from "../Errors.js"
import { ExecutionResponse } from "../executions/Api.js"
import { IdPath } from "../PathIds.js"
import { JsonValue, strict } from "../Schemas.js"

const RetryFields = Schema.Struct({
  workflow: Schema.optional(Schema.Literal("original", "latest").annotations({
    description: "`original` (default): the document the execution ran; `latest`: the workflow's current document " +
      "(refused when a node that completed no longer exists or changed type)"
  }))
})

/** The body of `POST /executions/:id/retry`; an empty body is `{}`. */
export const RetryPayload = Schema.transform(Schema.NullOr(strict(RetryFields)), Schema.typeSchema(RetryFields), {
  strict: true,
  decode: (body) => body ?? {},
  encode: (body) => body
})

/** The body of `POST /executions/:id/rerun`. */
export const RerunPayload = strict(Schema.Struct({
  fromNodeId: Schema.String.pipe(Schema.minLength(1)).annotations({ description: "The node to run again, with everything downstream of it" }),
  input: Schema.optional(JsonValue.annotations({ description: "Replaces the execution input (and the reused output of its trigger nodes)" })),
  nodeOutputs: Schema.optional(Schema.Record({ key: Schema.String, value: JsonValue }).annotations({
    description: "Replaces the reused results of nodes upstream of `fromNodeId`, by node id"
  }))
}).annotations({ message: () => "must be a JSON object with fromNodeId, and optionally input and nodeOutputs" }))

const ReplayFields = Schema.Struct({})

/** The body of `POST /executions/:id/replay`: nothing, or `{}`. */
export const ReplayPayload = Schema.transform(Schema.NullOr(strict(ReplayFields)), Schema.typeSchema(ReplayFields), {
  strict: true,
  decode: (body) => body ?? {},
  encode: (body) => body
})

const ExecutionPath = IdPath("exec", "execution")

/** The retry, re-run and replay endpoints. */
export class RerunsApi extends HttpApiGroup.make("reruns")
  .add(
    HttpApiEndpoint.post("retry", "/api/v1/executions/:id/retry")
      .annotateContext(OpenApi.annotations({ identifier: "retryExecution", summary: "Retry an execution" }))
      .setPath(ExecutionPath)
      .setPayload(RetryPayload)
      .addSuccess(ExecutionResponse, { status: 201 })
      .addError(BadRequest.schema)
      .addError(NotFound.schema)
      .addError(Conflict.schema)
      .addError(PaymentRequired.schema)
      .annotate(
        OpenApi.Description,
        "Starts a new execution (`retryOf` the old one) of a failed or cancelled execution: every successful result is " +
          "reused and the failed nodes run again, with what follows them. A queued, running, waiting or completed execution is 409."
      )
  )
  .add(
    HttpApiEndpoint.post("rerun", "/api/v1/executions/:id/rerun")
      .annotateContext(OpenApi.annotations({ identifier: "rerunExecution", summary: "Re-run an execution from a node" }))
      .setPath(ExecutionPath)
      .setPayload(RerunPayload)
      .addSuccess(ExecutionResponse, { status: 201 })
      .addError(BadRequest.schema)
      .addError(NotFound.schema)
      .addError(Conflict.schema)
      .addError(PaymentRequired.schema)
      .annotate(
        OpenApi.Description,
        "Starts a new execution of a final one that keeps the results upstream of `fromNodeId` (replacing the input or " +
          "chosen results when given) and runs `fromNodeId` and everything downstream. An execution not yet final is 409."
      )
  )
  .add(
    HttpApiEndpoint.post("replay", "/api/v1/executions/:id/replay")
      .annotateContext(OpenApi.annotations({ identifier: "replayExecution", summary: "Replay an execution" }))
      .setPath(ExecutionPath)
      .setPayload(ReplayPayload)
      .addSuccess(ExecutionResponse, { status: 201 })
      .addError(BadRequest.schema)
      .addError(NotFound.schema)
      .addError(PaymentRequired.schema)
      .annotate(OpenApi.Description, "Starts a new execution with the same input and the same document (version), from scratch.")
  )
  .addError(Forbidden.schema)
  .middleware(Authentication)
  .annotate(OpenApi.Title, "Re-runs")
  .annotate(OpenApi.Description, "Retry, re-run from a node, replay: new executions made from earlier ones.")
{}
