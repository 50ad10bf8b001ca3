/**
 * CORS for the public chat routes (`/api/v1/chat/public/:publishableKey/…`), around the request
 * guard: the key in the path names the deployment, so even a preflight (which carries no
 * credentials) is checked against its `allowedOrigins`. An allowed `Origin` is echoed (never `*`,
 * never credentials) with `Vary: Origin` on every answer, the guard's own refusals included; a
 * preflight for it is a 204. An unknown, rotated, deleted or disabled key is a 404, and an unlisted
 * origin, `Origin: null` or none at all a 403 — without CORS headers, so a browser shows the page
 * nothing. The decision is made once per request, after the guard's rules; the handlers read its
 * deployment from `currentAccess`.
 *
 * @since 0.1.0
 */
import { HttpApp, HttpServerRequest, HttpServerResponse } from "@effect/platform"
import { Clock, Effect, FiberRef, Option } from "effect"
import { RateLimiter } from "@sire/core/RateLimiter"
import { type Published, Deployments } from "../deployments/Deployments.js"
import type * as RequestGuard from "../RequestGuard.js"

/** What a public chat request may do: its deployment and origin when allowed. */
export type Access =
  | { readonly _tag: "Unknown" }
  | { readonly _tag: "Refused"; readonly reason: string }
  | { readonly _tag: "Allowed"; readonly origin: string; readonly deployment: Published }

/** A public chat request's key, and its access once decided. */
interface Decision {
  readonly key: string
  access: Access | undefined
}

const currentDecision: FiberRef.FiberRef<Decision> = FiberRef.unsafeMake<Decision>({ key: "", access: undefined })

/** The access of the public chat request being handled (decided by `wrap`). */
export const currentAccess: Effect.Effect<Access> = Effect.map(FiberRef.get(currentDecision), (decision) => decision.access ?? { _tag: "Unknown" })

/** The path prefix of the public chat routes. */
export const prefix = "/api/v1/chat/public/"

/** The methods a preflight allows. */
export const allowMethods = "GET, POST, OPTIONS"
/** The request headers a preflight allows. */
export const allowHeaders = "authorization, content-type, last-event-id"
/** How long a browser may cache a preflight, in seconds. */
export const maxAge = "600"
/** The response headers a page may read (a 429's `Retry-After`). */
export const exposeHeaders = "retry-after, x-request-id"

/** The publishable key in a public chat path, decoded; `undefined` for other paths. */
export const keyOf = (path: string): string | undefined => {
  if (!path.startsWith(prefix)) return undefined
  const segment = path.slice(prefix.length).split("/")[0] ?? ""
  try {
    return decodeURIComponent(segment)
  } catch {
    return ""
  }
}

/** What a publishable key may look like; anything else names no deployment and reaches no statement. */
const keyShape = /^pk_[A-Za-z0-9]{1,64}$/

const json = (status: number, error: string) => HttpServerResponse.unsafeJson({ error }, { status })

/** The 404 of a key that names no enabled deployment. */
export const notFoundBody = "chat deployment not found"

/** The CORS headers of an allowed origin's answers. */
export const corsHeaders = (origin: string): Record<string, string> => ({
  "access-control-allow-origin": origin,
  "access-control-expose-headers": exposeHeaders,
  vary: "Origin"
})

/** The refusal of a request whose access is not allowed, or `undefined`. */
export const refusal = (access: Access): HttpServerResponse.HttpServerResponse | undefined =>
  access._tag === "Unknown" ? json(404, notFoundBody) : access._tag === "Refused" ? json(403, access.reason) : undefined

/** Decides a public chat request's access from its key and `Origin`. */
const decide = (key: string, origin: string | undefined) =>
  Effect.gen(function*() {
    const deployments = yield* Deployments
    const found = keyShape.test(key) ? yield* deployments.published(key) : Option.none()
    if (Option.isNone(found)) return { _tag: "Unknown" } satisfies Access
    if (origin === undefined || origin === "") {
      return { _tag: "Refused", reason: "this chat is only available from the pages it is published on (no Origin header)" } satisfies Access
    }
    if (!found.value.settings.allowedOrigins.includes(origin)) {
      return { _tag: "Refused", reason: "this chat is not published for this origin" } satisfies Access
    }
    return { _tag: "Allowed", origin, deployment: found.value } satisfies Access
  })

/** How long an allowed key and its origins are remembered, to give the guard's own refusals (a 429) CORS headers. */
const rememberMs = 10_000
/** How many keys are remembered at most. */
const rememberKeys = 10_000

/**
 * Wraps the guarded app. A public chat request's deployment is looked up inside the guard, once
 * the guard's rules (rate limit, body, parameters) passed, so unknown keys cost no more than any
 * refused request; a preflight is rate limited like a read and answered at once. Every answer to
 * an allowed origin gets the CORS headers; an answer the guard gave before the lookup (a 429) gets
 * them when this key allowed this origin within the last 10 s.
 */
export const wrap = (guard: ReturnType<typeof RequestGuard.make>) => <E, R>(app: HttpApp.Default<E, R>) => {
  const plain = guard(app)
  const recent = new Map<string, { readonly origins: ReadonlyArray<string>; readonly at: number }>()
  const remember = (key: string, origins: ReadonlyArray<string>, at: number) => {
    recent.delete(key)
    recent.set(key, { origins, at })
    if (recent.size > rememberKeys) recent.delete(recent.keys().next().value!)
  }
  const lookup = (key: string, origin: string | undefined) =>
    Effect.catchAll(decide(key, origin), (error) => Effect.as(Effect.logError("chat deployment lookup failed", error), { _tag: "Unknown" } as Access))
  const guarded = guard(Effect.gen(function*() {
    const decision = yield* FiberRef.get(currentDecision)
    const request = yield* HttpServerRequest.HttpServerRequest
    const access = yield* lookup(decision.key, request.headers.origin)
    decision.access = access
    const refused = refusal(access)
    if (refused !== undefined) return refused
    if (access._tag === "Allowed") {
      remember(decision.key, access.deployment.settings.allowedOrigins, yield* Clock.currentTimeMillis)
      yield* HttpApp.appendPreResponseHandler((_, response) => Effect.succeed(HttpServerResponse.setHeaders(response, corsHeaders(access.origin))))
    }
    return yield* app
  }))
  return Effect.gen(function*() {
    const request = yield* HttpServerRequest.HttpServerRequest
    const key = keyOf(new URL(request.url, "http://localhost").pathname)
    if (key === undefined) return yield* plain
    const origin = request.headers.origin
    if (request.method === "OPTIONS") {
      const address = Option.getOrElse(request.remoteAddress, () => "unknown")
      const decision = yield* Effect.flatMap(RateLimiter, (limiter) => limiter.check("read", `ip:${address}`)).pipe(
        Effect.catchAll((error) => Effect.as(Effect.logError("preflight rate limit failed", error), { allowed: true, retryAfterSeconds: 0 }))
      )
      if (!decision.allowed) {
        return HttpServerResponse.unsafeJson({ error: "rate limit exceeded" }, { status: 429, headers: { "retry-after": String(decision.retryAfterSeconds) } })
      }
      const access = yield* lookup(key, origin)
      return refusal(access) ?? HttpServerResponse.empty({
        status: 204,
        headers: {
          "access-control-allow-origin": (access as { readonly origin: string }).origin,
          "access-control-allow-methods": allowMethods,
          "access-control-allow-headers": allowHeaders,
          "access-control-max-age": maxAge,
          vary: "Origin"
        }
      })
    }
    const decision: Decision = { key, access: undefined }
    const response = yield* Effect.locally(guarded, currentDecision, decision)
    const access = decision.access
    if (access !== undefined) return access._tag === "Allowed" ? HttpServerResponse.setHeaders(response, corsHeaders(access.origin)) : response
    const known = recent.get(key)
    const now = yield* Clock.currentTimeMillis
    return origin !== undefined && known !== undefined && now - known.at < rememberMs && known.origins.includes(origin)
      ? HttpServerResponse.setHeaders(response, corsHeaders(origin))
      : response
  })
}
