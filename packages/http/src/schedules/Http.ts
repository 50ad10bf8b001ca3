/**
 * Handlers of the schedules group, over the trigger store and the engine's `start`.
 *
 * @since 0.1.0
 */
import { HttpApiBuilder, HttpServerRequest } from "@effect/platform"
import { Clock, Effect, Option } from "effect"
import type { OrganizationId } from "@sire/core/Id"
import { Sire } from "@sire/core/Sire"
import { SireApi } from "../Api.js"
import { authorize } from "../auth/Principal.js"
import {
  type BadRequest,
  badRequest,
  type InternalError,
  internal,
  type NotFound,
  notFound,
  type PaymentRequired,
  quotaExceeded
} from "../Errors.js"
import { defaultLimit, pageResponse, seconds } from "../Schemas.js"
import { type Listed, Triggers } from "../triggers/Triggers.js"
import { liveOrRefuse } from "../versions/Publishing.js"

/** A schedule as the API shows it (times in unix seconds). */
const show = (schedule: Listed) => ({
  workflowId: schedule.workflowId,
  workflowName: schedule.workflowName,
  nodeId: schedule.nodeId,
  cron: schedule.cron,
  timezone: schedule.timezone,
  missed: schedule.missed,
  paused: schedule.paused,
  nextRunAt: schedule.paused || schedule.nextRunAt === null ? null : seconds(schedule.nextRunAt)
})

const missing = (workflowId: string, nodeId: string) =>
  notFound(`no schedule trigger ${JSON.stringify(nodeId)} in workflow ${workflowId}`)

/** The schedules group's handlers. */
export const SchedulesLive = HttpApiBuilder.group(SireApi, "schedules", (handlers) =>
  Effect.gen(function*() {
    const triggers = yield* Triggers
    const sire = yield* Sire
    /** The schedule as shown, or the 404. */
    const shown = (found: Option.Option<Listed>, workflowId: string, nodeId: string) =>
      Option.match(found, { onNone: () => missing(workflowId, nodeId), onSome: (schedule) => Effect.succeed(show(schedule)) })
    return handlers
      .handle("list", ({ urlParams }) =>
        Effect.gen(function*() {
          const principal = yield* authorize("schedules.read")
          const request = yield* HttpServerRequest.HttpServerRequest
          const page = yield* triggers.list({
            organizationId: principal.organizationId,
            limit: urlParams.limit ?? defaultLimit,
            workflowId: urlParams.workflowId,
            cursor: urlParams.cursor
          })
          return pageResponse(page.items.map(show), page.nextCursor, request.url)
        }).pipe(Effect.catchTag("SqlError", internal)))
      .handle("pause", ({ path }) =>
        Effect.gen(function*() {
          const principal = yield* authorize("schedules.write")
          return yield* shown(yield* triggers.pause(principal.organizationId, path.id, path.nodeId), path.id, path.nodeId)
        }).pipe(Effect.catchTag("SqlError", internal)))
      .handle("resume", ({ path }) =>
        Effect.gen(function*() {
          const principal = yield* authorize("schedules.write")
          const now = yield* Clock.currentTimeMillis
          return yield* shown(yield* triggers.resume(principal.organizationId, path.id, path.nodeId, now), path.id, path.nodeId)
        }).pipe(Effect.catchTag("SqlError", internal)))
      .handle("run", ({ path }) =>
        Effect.gen(function*() {
          const principal = yield* authorize("schedules.write")
          const found = yield* triggers.find(principal.organizationId, path.id, path.nodeId)
          if (Option.isNone(found)) return yield* missing(path.id, path.nodeId)
          const schedule = found.value
          const live = yield* liveOrRefuse(schedule.organizationId, schedule.workflowId)
          const now = yield* Clock.currentTimeMillis
          const started = yield* sire.start({
            organizationId: schedule.organizationId as OrganizationId,
            workflowId: schedule.workflowId,
            version: live.version,
            input: { scheduledAt: seconds(now) },
            trigger: "schedule",
            plan: schedule.plan
          }).pipe(Effect.catchAll((error): Effect.Effect<never, BadRequest | NotFound | PaymentRequired | InternalError> => {
            switch (error._tag) {
              case "WorkflowNotFound":
                return missing(path.id, path.nodeId)
              case "InvalidInput":
                return badRequest(`invalid input: ${error.message}`, error.details)
              case "InvalidWorkflow":
                return badRequest(`the workflow is not valid: ${error.message}`, error.details)
              case "QuotaExceeded":
                return quotaExceeded(schedule.plan, error)
              default:
                return internal(error)
            }
          }))
          return { executionId: started.id }
        }).pipe(Effect.catchTag("SqlError", internal)))
  }))
