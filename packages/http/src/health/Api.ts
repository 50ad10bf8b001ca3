/**
 * The health group: `/healthz` (the process is up) and `/readyz` (its storage answers and is
 * migrated), for load balancers and orchestrators. Neither needs authentication.
 *
 * @since 0.1.0
 */
import { HttpApiEndpoint, HttpApiGroup, OpenApi } from "@effect/platform"
import { Schema } from "effect"
import { ServiceUnavailable } from "../Errors.js"

/** The server cannot serve requests yet (or any more): its storage does not answer (503 `{ error }`). */
export const NotReady = ServiceUnavailable

/** The health endpoints. */
export class HealthApi extends HttpApiGroup.make("health")
  .add(
    HttpApiEndpoint.get("healthz", "/healthz")
      .annotateContext(OpenApi.annotations({ identifier: "checkHealth", summary: "Liveness probe" }))
      .addSuccess(Schema.Struct({ status: Schema.Literal("ok") }))
      .annotate(OpenApi.Description, "The process is up.")
  )
  .add(
    HttpApiEndpoint.get("readyz", "/readyz")
      .annotateContext(OpenApi.annotations({ identifier: "checkReadiness", summary: "Readiness probe" }))
      .addSuccess(Schema.Struct({ status: Schema.Literal("ready") }))
      .addError(NotReady.schema)
      .annotate(OpenApi.Description, "Storage is reachable and migrated: the server can take requests.")
  )
  .annotate(OpenApi.Title, "Health")
  .annotate(OpenApi.Description, "Probes for load balancers and orchestrators; no authentication.")
{}
