/**
 * The API's error bodies (CONTRACT §4): `{ "error": "human-readable message" }`, with `details`
 * on 400 and the plan figures on 402. One class per status; no stack trace or secret ever goes in.
 *
 * @since 0.1.0
 */
import { HttpApiSchema, HttpApp, HttpServerResponse } from "@effect/platform"
import { Data, Effect, Schema } from "effect"

/** One problem with a request, located by a dotted path into it. */
export const Detail = Schema.Struct({
  path: Schema.String,
  message: Schema.String,
  nodeId: Schema.optional(Schema.String)
})
/** One problem with a request. */
export type Detail = typeof Detail.Type

/**
 * The wire schema of an error class: encodes an instance (and only an instance: errors with the
 * same fields never stand in for each other) to `fields`, answered with `status`.
 */
const wire = <Self, Fields extends Schema.Struct.Fields>(
  klass: new(args: Schema.Struct.Type<Fields>) => Self,
  identifier: string,
  fields: Fields,
  status: number,
  description: string
) =>
  Schema.transform(Schema.Struct(fields), Schema.instanceOf(klass), {
    strict: false,
    decode: (body) => new klass(body as Schema.Struct.Type<Fields>),
    encode: (error) => error
  }).annotations({ identifier, ...HttpApiSchema.annotations({ status, description }) })

const badRequestFields = { error: Schema.String, details: Schema.optional(Schema.Array(Detail)) }
const messageFields = { error: Schema.String }
const paymentFields = { error: Schema.String, limit: Schema.Number, current: Schema.Number, upgrade: Schema.String }

/** 400: invalid JSON, missing fields or a failed validation, with every problem in `details`. */
export class BadRequest extends Data.TaggedError("BadRequest")<Schema.Struct.Type<typeof badRequestFields>> {
  /** The wire schema. */
  static readonly schema = wire(this, "BadRequest", badRequestFields, 400, "Invalid JSON, missing fields or validation failure")
}

/** 401: no credentials, or credentials that are invalid, expired or revoked. */
export class Unauthorized extends Data.TaggedError("Unauthorized")<Schema.Struct.Type<typeof messageFields>> {
  /** The wire schema. */
  static readonly schema = wire(this, "Unauthorized", messageFields, 401, "Missing or invalid authentication")
}

/** 402: the organization's plan allows no more executions this month. */
export class PaymentRequired extends Data.TaggedError("PaymentRequired")<Schema.Struct.Type<typeof paymentFields>> {
  /** The wire schema. */
  static readonly schema = wire(this, "PaymentRequired", paymentFields, 402, "Free tier execution limit reached")
}

/** The 402 for an organization on `plan` whose monthly quota (`limit`, `current`) is spent, pointing at the upgrade. */
export const quotaExceeded = (plan: string, quota: { readonly limit: number; readonly current: number }): Effect.Effect<never, PaymentRequired> =>
  Effect.fail(new PaymentRequired({
    error: plan === "free" ? "free tier limit reached" : `${plan} plan limit reached`,
    limit: quota.limit,
    current: quota.current,
    upgrade: "/api/v1/billing/checkout"
  }))

/** 403: authenticated, but the caller's role is short of what the action needs. */
export class Forbidden extends Data.TaggedError("Forbidden")<Schema.Struct.Type<typeof messageFields>> {
  /** The wire schema. */
  static readonly schema = wire(this, "Forbidden", messageFields, 403, "Insufficient permissions")
}

/** 404: no such resource in the caller's organization. */
export class NotFound extends Data.TaggedError("NotFound")<Schema.Struct.Type<typeof messageFields>> {
  /** The wire schema. */
  static readonly schema = wire(this, "NotFound", messageFields, 404, "Not found")
}

/** 409: the resource's state does not allow the action (a trigger of an unpublished workflow, a retry of a running execution). */
export class Conflict extends Data.TaggedError("Conflict")<Schema.Struct.Type<typeof messageFields>> {
  /** The wire schema. */
  static readonly schema = wire(this, "Conflict", messageFields, 409, "The resource's state does not allow the action")
}

/** 429: the client's rate limit for the request's category is used up, or an account's sign-ins must wait (see `Retry-After`). */
export class TooManyRequests extends Data.TaggedError("TooManyRequests")<Schema.Struct.Type<typeof messageFields>> {
  /** The wire schema. */
  static readonly schema = wire(this, "TooManyRequests", messageFields, 429, "Rate limit exceeded")
}

/** 500: something failed on our side; the log has the cause under the response's `X-Request-Id`. */
export class InternalError extends Data.TaggedError("InternalError")<Schema.Struct.Type<typeof messageFields>> {
  /** The wire schema. */
  static readonly schema = wire(this, "InternalError", messageFields, 500, "Unexpected error")
}

/** 503: the server cannot serve requests (yet, or any more): its storage does not answer. */
export class ServiceUnavailable extends Data.TaggedError("ServiceUnavailable")<Schema.Struct.Type<typeof messageFields>> {
  /** The wire schema. */
  static readonly schema = wire(this, "ServiceUnavailable", messageFields, 503, "Storage is unreachable")
}

/** Fails with a 400. */
export const badRequest = (error: string, details?: ReadonlyArray<Detail>): Effect.Effect<never, BadRequest> =>
  Effect.fail(new BadRequest(details === undefined ? { error } : { error, details }))

/** Fails with a 429 saying `error`, with `Retry-After` (whole seconds, at least 1) for a wait of `retryAfterMs`. */
export const tooManyRequests = (error: string, retryAfterMs: number): Effect.Effect<never, TooManyRequests> =>
  Effect.zipRight(
    HttpApp.appendPreResponseHandler((_, response) =>
      Effect.succeed(HttpServerResponse.setHeader(response, "retry-after", String(Math.max(1, Math.ceil(retryAfterMs / 1000)))))
    ),
    Effect.fail(new TooManyRequests({ error }))
  )

/** Fails with a 404. */
export const notFound = (error: string): Effect.Effect<never, NotFound> => Effect.fail(new NotFound({ error }))

/** Fails with a 409. */
export const conflict = (error: string): Effect.Effect<never, Conflict> => Effect.fail(new Conflict({ error }))

/** Fails with a 500, logging the cause (which never reaches the client). */
export const internal = (cause: unknown): Effect.Effect<never, InternalError> =>
  Effect.zipRight(
    Effect.logError("request failed", cause),
    Effect.fail(new InternalError({ error: "internal server error" }))
  )
