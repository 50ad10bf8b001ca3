/**
 * The retention settings group (`/api/v1/settings/retention`): how long the organization's final
 * executions are kept before the retention job deletes them.
 *
 * @since 0.1.0
 */
import { HttpApiEndpoint, HttpApiGroup, OpenApi } from "@effect/platform"
import { Schema } from "effect"
import { Authentication } from "../auth/Authentication.js"
import { BadRequest, Forbidden } from "../Errors.js"
import { strict, UnixSeconds } from "../Schemas.js"
import { maxDays, minDays } from "./Policies.js"

/** A retention period in whole days. */
export const Days = Schema.Int.pipe(Schema.between(minDays, maxDays)).annotations({
  description: `A retention period in whole days, from ${minDays} to ${maxDays}`
})

/** The organization's retention, as read. */
export const Retention = Schema.Struct({
  days: Days.annotations({ description: "The period that applies: the organization's own, else the server's" }),
  serverDays: Days.annotations({ description: "The server's period (`SIRE_RETENTION_DAYS`)" }),
  organizationDays: Schema.NullOr(Days).annotations({ description: "The organization's own period; null when the server's applies" }),
  updatedBy: Schema.optional(Schema.String).annotations({ description: "Who set the organization's own period" }),
  updatedAt: Schema.optional(UnixSeconds).annotations({ description: "When the organization's own period was set" })
})

/** The retention endpoints: everyone reads, admins and owners change. */
export class RetentionApi extends HttpApiGroup.make("retention")
  .add(
    HttpApiEndpoint.get("get", "/api/v1/settings/retention")
      .annotateContext(OpenApi.annotations({ identifier: "getRetention", summary: "Get the retention period" }))
      .addSuccess(Retention)
      .annotate(OpenApi.Description, "How many days the organization's final executions are kept after they end.")
  )
  .add(
    HttpApiEndpoint.put("set", "/api/v1/settings/retention")
      .annotateContext(OpenApi.annotations({ identifier: "setRetention", summary: "Set the retention period" }))
      .setPayload(strict(Schema.Struct({
        days: Schema.NullOr(Days).annotations({
          description: "The organization's own period in days; null to follow the server's again"
        })
      })))
      .addSuccess(Retention)
      .addError(BadRequest.schema)
      .annotate(
        OpenApi.Description,
        "Sets the organization's own retention period (admins and owners). Final executions (completed, failed, cancelled) that ended longer ago are deleted with their steps, events and resume payloads by the next run of the retention job (hourly); queued, running and waiting ones never are."
      )
  )
  .addError(Forbidden.schema)
  .middleware(Authentication)
  .annotate(OpenApi.Title, "Settings")
  .annotate(OpenApi.Description, "The organization's settings: how long its executions are kept.")
{}
