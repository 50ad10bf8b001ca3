/**
 * HTTP spans, server and client side, after the OpenTelemetry semantic conventions. The platform
 * makes the server span (continuing an incoming `traceparent`); this names it `<METHOD> <route>`,
 * adds `http.route`, `sire.request.id` and `sire.organization.id`, and rewrites its URL attributes
 * without capability paths (`/hooks/<token>`) or secret query values; only when a tracer is
 * installed. Outbound requests get their client spans in the egress guard (`@sire/nodes`).
 *
 * @since 0.1.0
 */
import type { HttpServerRequest } from "@effect/platform"
import { Effect, Option } from "effect"
import { tracing } from "@sire/core/Telemetry"
import { templatePattern } from "../RouteParams.js"

/** Names of headers, query parameters and log annotations whose values are secrets. */
export const secretName = /authorization|cookie|secret|token|signature|^sig$|password|passwd|credential|api[-_.]?key|session|^code$/i

/** Header names never recorded on spans: the platform's defaults and anything that looks like a secret. */
export const redactedHeaders: ReadonlyArray<string | RegExp> = ["authorization", "cookie", "set-cookie", "x-api-key", secretName]

/** A path with its capability segments redacted: every segment after `/hooks/` but `resume`. */
export const redactPath = (path: string): string =>
  path.startsWith("/hooks/")
    ? `/hooks/${path.slice("/hooks/".length).split("/").map((s) => (s === "" || s === "resume" ? s : "REDACTED")).join("/")}`
    : path

/** A URL or request target without credentials, capability paths or secret query values. */
export const redactUrl = (url: string): string => {
  const absolute = /^[a-z][a-z0-9+.-]*:\/\//i.test(url)
  let parsed: URL
  try {
    parsed = new URL(url, "http://localhost")
  } catch {
    return "REDACTED"
  }
  parsed.username = ""
  parsed.password = ""
  parsed.pathname = redactPath(parsed.pathname)
  for (const key of new Set(parsed.searchParams.keys())) {
    if (secretName.test(key)) parsed.searchParams.set(key, "REDACTED")
  }
  return absolute ? parsed.href : `${parsed.pathname}${parsed.search}`
}

/** Matches a request to its route template (`/api/v1/workflows/:id`), for `http.route` and the span name. */
export const routeMatcher = (routes: ReadonlyArray<{ readonly method: string; readonly path: string }>) => {
  const compiled = routes.map((route) => ({ method: route.method, path: route.path, pattern: templatePattern(route.path) }))
  return (method: string, path: string): string | undefined =>
    compiled.find((route) => route.method === method && route.pattern.test(path))?.path
}

/** The server span's name: `<METHOD> <route>`, or `<METHOD>` for a path no route takes. */
export const serverSpanName = (route: (method: string, path: string) => string | undefined) =>
(request: HttpServerRequest.HttpServerRequest): string => {
  const template = route(request.method, request.url.split("?")[0] ?? "")
  return template === undefined ? request.method : `${request.method} ${template}`
}

/**
 * Adds the request id and `http.route` (the template `serverSpanName` already put in the span's
 * name) to the current (server) span, and rewrites its URL attributes redacted.
 */
export const annotateServer = (request: HttpServerRequest.HttpServerRequest, requestId: string): Effect.Effect<void> =>
  Effect.flatMap(tracing, (on) =>
    on
      ? Effect.flatMap(Effect.option(Effect.currentSpan), Option.match({
        onNone: () => Effect.void,
        onSome: (span) =>
          Effect.sync(() => {
            span.attribute("sire.request.id", requestId)
            const named = `${request.method} /`
            if (span.name.startsWith(named)) span.attribute("http.route", span.name.slice(request.method.length + 1))
            const target = redactUrl(request.url)
            const mark = target.indexOf("?")
            const path = mark < 0 ? target : target.slice(0, mark)
            const query = mark < 0 ? "" : target.slice(mark + 1)
            if (span.attributes.has("url.full")) {
              const host = request.headers.host ?? "localhost"
              span.attribute("url.full", `${String(span.attributes.get("url.scheme") ?? "http")}://${host}${target}`)
            }
            span.attribute("url.path", path)
            if (query !== "") span.attribute("url.query", query)
          })
      }))
      : Effect.void)

/** Adds the authenticated organization to the current (server) span. */
export const annotateOrganization = (organizationId: string): Effect.Effect<void> =>
  Effect.flatMap(tracing, (on) => (on ? Effect.annotateCurrentSpan("sire.organization.id", organizationId) : Effect.void))
