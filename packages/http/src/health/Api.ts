/**
 * The health group: `/healthz` (the process is up) and `/readyz` (its storage answers and is
 * migrated), for load balancers and orchestrators. Neither needs authentication.
 *
 * @since 0.1.0
 */
import { HttpApiEndpoint, HttpApiGroup, HttpApiSchema, OpenApi } from "@effect/platform"
import { Schema } from "effect"

/** The server cannot serve requests yet (or any more): its storage does not answer. */
export class NotReady extends Schema.TaggedError<NotReady>()(
  "NotReady",
  { error: Schema.String },
  HttpApiSchema.annotations({ status: 503, description: "Storage is unreachable" })
) {}

/** The health endpoints. */
export class HealthApi extends HttpApiGroup.make("health")
  .add(
    HttpApiEndpoint.get("healthz", "/healthz")
      .addSuccess(Schema.Struct({ status: Schema.Literal("ok") }))
      .annotate(OpenApi.Description, "The process is up.")
  )
  .add(
    HttpApiEndpoint.get("readyz", "/readyz")
      .addSuccess(Schema.Struct({ status: Schema.Literal("ready") }))
      .addError(NotReady)
      .annotate(OpenApi.Description, "Storage is reachable and migrated: the server can take requests.")
  )
  .annotate(OpenApi.Title, "Health")
{}
