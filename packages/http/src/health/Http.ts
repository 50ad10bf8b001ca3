/**
 * Handlers of the health group. Readiness asks the workflow store for one row of a listing: it
 * answers only when the database is reachable and the migrations (run when storage starts) are done.
 *
 * @since 0.1.0
 */
import { HttpApiBuilder } from "@effect/platform"
import { Effect } from "effect"
import type { OrganizationId } from "@sire/core/Id"
import { WorkflowStore } from "@sire/core/WorkflowStore"
import { SireApi } from "../Api.js"
import { NotReady } from "./Api.js"

/** An organization no one has: the readiness probe reads nobody's data. */
const probe = "org_readiness_probe" as OrganizationId

/** The health group's handlers. */
export const HealthLive = HttpApiBuilder.group(SireApi, "health", (handlers) =>
  Effect.gen(function*() {
    const workflows = yield* WorkflowStore
    return handlers
      .handle("healthz", () => Effect.succeed({ status: "ok" } as const))
      .handle("readyz", () =>
        workflows.list({ organizationId: probe, limit: 1 }).pipe(
          Effect.as({ status: "ready" } as const),
          Effect.mapError((error) => new NotReady({ error: `storage unreachable: ${error.message}` }))
        ))
  }))
