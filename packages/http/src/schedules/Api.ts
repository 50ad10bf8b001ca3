/**
 * The schedules group: an organization's `schedule` trigger nodes with their next runs
 * (`GET /api/v1/schedules`), and per schedule pause, resume and "run now"
 * (`/api/v1/workflows/:id/schedules/:nodeId/…`).
 *
 * @since 0.1.0
 */
import { HttpApiEndpoint, HttpApiGroup, OpenApi } from "@effect/platform"
import { Schema } from "effect"
import { Authentication } from "../auth/Authentication.js"
import { BadRequest, Conflict, Forbidden, NotFound, PaymentRequired } from "../Errors.js"
import { GeneratedId } from "../PathIds.js"
import { PageParams, UnixSeconds } from "../Schemas.js"

/** A schedule trigger as listed: its workflow and node, cron, state and next slot. */
export const ScheduleResponse = Schema.Struct({
  workflowId: Schema.String,
  workflowName: Schema.String,
  nodeId: Schema.String.annotations({ description: "The `schedule` trigger node" }),
  cron: Schema.String.annotations({ description: "Five fields, or six with seconds first" }),
  timezone: Schema.String.annotations({ description: "The IANA timezone the cron is read in" }),
  missed: Schema.Literal("skip", "runOnce").annotations({ description: "What happens to slots missed while no server ran" }),
  paused: Schema.Boolean,
  nextRunAt: Schema.NullOr(UnixSeconds).annotations({
    description: "The next slot; null while paused or when the cron has no future slot"
  })
}).annotations({ identifier: "Schedule" })

/** The answer to "run now": the execution it started. */
export const RunStarted = Schema.Struct({
  executionId: Schema.String
}).annotations({ identifier: "ScheduleRunStarted" })

const SchedulePath = Schema.Struct({
  id: GeneratedId("wf", "workflow"),
  nodeId: Schema.String.annotations({ description: "The id of a `schedule` trigger node of the workflow" })
})

/** The schedule endpoints: everyone lists, members pause, resume and run. */
export class SchedulesApi extends HttpApiGroup.make("schedules")
  .add(
    HttpApiEndpoint.get("list", "/api/v1/schedules")
      .annotateContext(OpenApi.annotations({ identifier: "listSchedules", summary: "List schedules" }))
      .setUrlParams(Schema.Struct({
        ...PageParams.fields,
        workflowId: Schema.optional(Schema.String).annotations({ description: "Only this workflow's schedules" })
      }))
      .addSuccess(Schema.Array(ScheduleResponse))
      .annotate(
        OpenApi.Description,
        "The organization's schedule triggers (one per `schedule` trigger node), by workflow id then node id, with their next slot."
      )
  )
  .add(
    HttpApiEndpoint.post("pause", "/api/v1/workflows/:id/schedules/:nodeId/pause")
      .annotateContext(OpenApi.annotations({ identifier: "pauseSchedule", summary: "Pause a schedule" }))
      .setPath(SchedulePath)
      .addSuccess(ScheduleResponse)
      .addError(NotFound.schema)
      .annotate(
        OpenApi.Description,
        [
          "Stops the schedule from starting runs (on every server) until it is resumed; pausing a paused one changes nothing.",
          "The pause holds across saves of the workflow that keep the node. A slot a server was already starting",
          "as the pause landed may still run. 404 when the workflow has no `schedule` trigger node `nodeId`."
        ].join("\n")
      )
  )
  .add(
    HttpApiEndpoint.post("resume", "/api/v1/workflows/:id/schedules/:nodeId/resume")
      .annotateContext(OpenApi.annotations({ identifier: "resumeSchedule", summary: "Resume a schedule" }))
      .setPath(SchedulePath)
      .addSuccess(ScheduleResponse)
      .addError(NotFound.schema)
      .annotate(
        OpenApi.Description,
        [
          "Runs the schedule again from its first slot after now: the slots that passed while it was paused are not run",
          "(whatever its `missed` policy). Resuming a schedule that is not paused changes nothing."
        ].join("\n")
      )
  )
  .add(
    HttpApiEndpoint.post("run", "/api/v1/workflows/:id/schedules/:nodeId/run")
      .annotateContext(OpenApi.annotations({ identifier: "runScheduleNow", summary: "Run a schedule now" }))
      .setPath(SchedulePath)
      .addSuccess(RunStarted, { status: 202 })
      .addError(BadRequest.schema)
      .addError(PaymentRequired.schema)
      .addError(NotFound.schema)
      .addError(Conflict.schema)
      .annotate(
        OpenApi.Description,
        [
          "Starts one execution now, as a due slot would: trigger `schedule`, input `{ scheduledAt }` (now, unix seconds),",
          "counted against the quota (402 when spent). Works on a paused schedule too, and does not move `nextRunAt`.",
          "Answers 202 `{ executionId }` once the execution is stored. Runs the workflow's published version;",
          "409 when the workflow is not published."
        ].join("\n")
      )
  )
  .addError(Forbidden.schema)
  .middleware(Authentication)
  .annotate(OpenApi.Title, "Schedules")
  .annotate(OpenApi.Description, "The organization's `schedule` trigger nodes: their next runs, pause, resume and run now.")
{}
