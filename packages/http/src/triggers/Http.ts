/**
 * Handler of the incoming webhooks group. Organization and workflow come from the token only; the
 * body only ever becomes `input.body`. The request guard has already enforced the body rules
 * (exact `application/json`, 1 MB, valid JSON) and the rate limit (per client address); this
 * checks the signature over the raw bytes, then starts the execution with an idempotency key made
 * of the trigger and the delivery id, and answers 202 once the execution is stored. It runs the
 * workflow's published version (whose document must hold the trigger node); an unpublished
 * workflow's URL answers 409.
 *
 * @since 0.1.0
 */
import { HttpApiBuilder, HttpServerResponse } from "@effect/platform"
import { Clock, Effect, Option } from "effect"
import type { OrganizationId } from "@sire/core/Id"
import { Sire, type StartError } from "@sire/core/Sire"
import { SireApi } from "../Api.js"
import { Credentials } from "../credentials/Credentials.js"
import {
  type BadRequest,
  badRequest,
  type InternalError,
  internal,
  type NotFound,
  notFound,
  type PaymentRequired,
  quotaExceeded,
  Unauthorized
} from "../Errors.js"
import { seconds } from "../Schemas.js"
import { liveOrRefuse } from "../versions/Publishing.js"
import * as Hooks from "./Hooks.js"
import { type Hook, Triggers } from "./Triggers.js"

/** The longest delivery id (`webhook-id` or `Idempotency-Key`) accepted. */
const maxDeliveryId = 200

const missing = () => notFound("no webhook trigger at this URL")

const isExactJson = (contentType: string | undefined) =>
  contentType?.split(";")[0]?.trim().toLowerCase() === "application/json"

/** The query string as an object: a repeated name becomes an array of its values. */
const queryOf = (url: string): Record<string, string | Array<string>> => {
  const out: Record<string, string | Array<string>> = {}
  for (const [name, value] of new URL(url, "http://localhost").searchParams) {
    const seen = out[name]
    out[name] = seen === undefined ? value : Array.isArray(seen) ? [...seen, value] : [seen, value]
  }
  return out
}

/** Maps the engine's start failures to the API's errors. */
const startFailure = (hook: Hook) => (
  error: StartError
): Effect.Effect<never, BadRequest | NotFound | PaymentRequired | InternalError> => {
  switch (error._tag) {
    case "WorkflowNotFound":
      return missing()
    case "InvalidInput":
      return badRequest(`invalid input: ${error.message}`, error.details)
    case "InvalidWorkflow":
      return badRequest(`the workflow is not valid: ${error.message}`, error.details)
    case "QuotaExceeded":
      return quotaExceeded(hook.plan, error)
    default:
      return internal(error)
  }
}

/** The incoming webhooks group's handler. */
export const HooksLive = HttpApiBuilder.group(SireApi, "hooks", (handlers) =>
  Effect.gen(function*() {
    const triggers = yield* Triggers
    const sire = yield* Sire
    const credentials = yield* Credentials

    /** The signing secret of a trigger's credential; none when it is gone or holds no string. */
    const secretOf = (organizationId: string, credentialId: string) =>
      credentials.decrypt(organizationId, credentialId).pipe(
        Effect.map((decrypted) => Hooks.signingSecret(decrypted.value)),
        Effect.catchTags({
          CredentialNotFound: () => Effect.succeed(undefined),
          DecryptionFailed: () => Effect.succeed(undefined),
          SqlError: internal
        })
      )

    return handlers.handleRaw("receive", ({ path, request }) =>
      Effect.gen(function*() {
        const hook = yield* Effect.flatMap(triggers.hook(path.token), Option.match({ onNone: missing, onSome: Effect.succeed }))
        const live = yield* liveOrRefuse(hook.organizationId, hook.workflowId)
        const spec = Hooks.specsOf({ document: live.document }).find((s) => s.nodeId === hook.nodeId)
        if (spec === undefined) return yield* missing()
        if (!isExactJson(request.headers["content-type"])) {
          return HttpServerResponse.unsafeJson(
            { error: "request bodies must be JSON (Content-Type: application/json)" },
            { status: 415 }
          )
        }
        const bytes = new Uint8Array(yield* request.arrayBuffer)
        if (bytes.length === 0) return yield* badRequest("the body must be JSON")
        const body = yield* request.json
        const now = yield* Clock.currentTimeMillis
        const headers = request.headers
        if (spec.credentialId !== undefined) {
          const secret = yield* secretOf(hook.organizationId, spec.credentialId)
          const refusal = secret === undefined ? "invalid signature" : Hooks.verify({
            secret,
            id: headers["webhook-id"],
            timestamp: headers["webhook-timestamp"],
            signature: headers["webhook-signature"],
            body: bytes,
            nowSeconds: seconds(now),
            toleranceSeconds: spec.toleranceSeconds
          })
          if (refusal !== undefined) return yield* Effect.fail(new Unauthorized({ error: refusal }))
        }
        const deliveryId = headers["webhook-id"] ?? headers["idempotency-key"]
        if (deliveryId !== undefined && (deliveryId.length === 0 || deliveryId.length > maxDeliveryId)) {
          return yield* badRequest(`the delivery id (webhook-id or Idempotency-Key) must have 1 to ${maxDeliveryId} characters`)
        }
        const started = yield* sire.start({
          organizationId: hook.organizationId as OrganizationId,
          workflowId: hook.workflowId,
          version: live.version,
          input: { body, headers: Hooks.safeHeaders(headers), query: queryOf(request.url), receivedAt: seconds(now) },
          trigger: "webhook",
          plan: hook.plan,
          ...(deliveryId !== undefined ? { idempotencyKey: `hook:${hook.workflowId}:${hook.nodeId}:${deliveryId}` } : {})
        }).pipe(Effect.catchAll(startFailure(hook)))
        if (started.workflowId !== hook.workflowId) return yield* badRequest("this delivery id was already used")
        return HttpServerResponse.unsafeJson({ executionId: started.id }, { status: 202 })
      }).pipe(
        Effect.catchTags({ RequestError: internal, SqlError: internal })
      ))
  }))
