/**
 * Handlers of the re-run group, over the engine's `Sire.retry`, `Sire.rerun` and `Sire.replay`.
 *
 * @since 0.1.0
 */
import { HttpApiBuilder, HttpServerResponse } from "@effect/platform"
import { Effect, Schema } from "effect"
import type { Execution } from "@sire/core/Execution"
import { Sire, type RerunError } from "@sire/core/Sire"
import { SireApi } from "../Api.js"
import { auditedCall } from "../audit/Audited.js"
import { authorize, type Principal } from "../auth/Principal.js"
import { type BadRequest, badRequest, type Conflict, conflict, type InternalError, internal, type NotFound, type PaymentRequired } from "../Errors.js"
import { ExecutionResponse } from "../executions/Api.js"
import { show, startFailure } from "../executions/Http.js"

const encode = Schema.encodeSync(ExecutionResponse)

/** Maps a re-run's failures to API errors: 409 for an execution in the wrong state, 400 for a re-run that cannot be planned. */
export const rerunFailure = (principal: Principal) => (
  error: RerunError
): Effect.Effect<never, BadRequest | Conflict | NotFound | PaymentRequired | InternalError> => {
  switch (error._tag) {
    case "NotRerunnable":
      return conflict(error.message)
    case "RerunRefused":
      return badRequest(error.message, error.details)
    default:
      return startFailure(principal)(error)
  }
}

/** 201 with the new execution and its location. */
const created = (execution: Execution) =>
  HttpServerResponse.unsafeJson(encode(show(execution)), {
    status: 201,
    headers: { location: `/api/v1/executions/${execution.id}` }
  })

/** The re-run group's handlers. */
export const RerunsLive = HttpApiBuilder.group(SireApi, "reruns", (handlers) =>
  Effect.gen(function*() {
    const sire = yield* Sire
    // recorded once the engine has the new execution (the engine's writes are its own, not the handler's transaction)
    const act = <E>(action: string, make: (principal: Principal) => Effect.Effect<Execution, E>) =>
      Effect.map(
        auditedCall({ action, resourceType: "execution", resourceId: (execution: Execution) => execution.id },
          Effect.flatMap(authorize("executions.start"), make)),
        created
      )
    const mapped = (principal: Principal, effect: Effect.Effect<Execution, RerunError>) =>
      Effect.catchAll(effect, rerunFailure(principal))
    const scope = (principal: Principal) => ({ organizationId: principal.organizationId, plan: principal.plan })
    return handlers
      .handle("retry", ({ path, payload }) =>
        act("execution.retried", (principal) =>
          mapped(principal, sire.retry(path.id, { ...scope(principal), ...(payload.workflow !== undefined ? { workflow: payload.workflow } : {}) }))))
      .handle("rerun", ({ path, payload }) =>
        act("execution.rerun", (principal) =>
          mapped(principal, sire.rerun(path.id, {
            ...scope(principal),
            fromNodeId: payload.fromNodeId,
            ...(payload.input !== undefined ? { input: payload.input } : {}),
            ...(payload.nodeOutputs !== undefined ? { nodeOutputs: payload.nodeOutputs } : {})
          }))))
      .handle("replay", ({ path }) =>
        act("execution.replayed", (principal) =>
          Effect.catchAll(sire.replay(path.id, scope(principal)), (error) =>
            error._tag === "NotRerunnable" || error._tag === "RerunRefused" ? internal(error) : startFailure(principal)(error))))
  }))
