/**
 * What every request goes through before and after its handler (CONTRACT §4): a request id,
 * authentication (once), the rate limit of its category for its client, the JSON body rules
 * (415, 413 while reading, 400 for invalid JSON, for nesting past `JsonDepth.maxDepth` and for
 * text the database cannot store), the parameter rules (`RouteParams`: 404 for a malformed
 * generated id, 400 for unstorable text), and uniform errors — `{ "error": … }` for 400 decoding
 * failures, 404, 405 with `Allow`, and 500 without a trace of the cause.
 *
 * @since 0.1.0
 */
import { Headers, HttpApp, HttpServerRequest, HttpServerResponse, UrlParams } from "@effect/platform"
import { type Cause, Effect, FiberRef, HashMap, Option } from "effect"
import type { IncomingMessage } from "node:http"
import { RateLimiter } from "@sire/core/RateLimiter"
import { type Outcome, Authenticator, currentOutcome } from "./auth/Authentication.js"
import { currentRequestId } from "./RequestId.js"
import { maxDepth, tooDeepAt } from "./JsonDepth.js"
import * as RouteParams from "./RouteParams.js"
import { Settings } from "./Settings.js"
import { badRequestBody, firstInJson } from "./Storable.js"
import { annotateOrganization, annotateServer } from "./telemetry/HttpTracing.js"
import { rejected } from "./telemetry/Metrics.js"

/** A route the server answers: method and path template (`/api/v1/workflows/:id`), its generated-id parameters, whether it needs credentials. */
export type Route = RouteParams.CheckedRoute

/** Paths never rate-limited. */
export const exempt: ReadonlySet<string> = new Set(["/healthz", "/readyz"])

/**
 * The rate-limit category of a request: `auth`, `write` or `read`. An MCP message (`POST /mcp`) is
 * a read: what its tools do is counted as the REST calls they make.
 */
export const categoryOf = (method: string, path: string): "auth" | "write" | "read" =>
  path.startsWith("/api/v1/auth/") ? "auth" : method === "GET" || method === "HEAD" || path === "/mcp" ? "read" : "write"

/** Who a request counts against: its API key, else its user, else its address. */
export const clientOf = (outcome: Outcome, address: string): string =>
  outcome._tag === "Authenticated"
    ? outcome.principal.apiKeyId !== undefined ? `key:${outcome.principal.apiKeyId}` : `user:${outcome.principal.userId}`
    : `ip:${address}`

/** Matches paths against route templates, to tell 405 (with the allowed methods) from 404. */
export const makeAllow = (routes: ReadonlyArray<Route>) => {
  const compiled = routes.map((route) => ({ method: route.method, pattern: RouteParams.templatePattern(route.path) }))
  return (path: string): ReadonlyArray<string> =>
    Array.from(new Set(compiled.filter((route) => route.pattern.test(path)).map((route) => route.method)))
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  HttpServerResponse.unsafeJson(body, { status, headers })

const validRequestId = /^[A-Za-z0-9._:-]{1,128}$/

/** The Node request under a platform request, when served by Node. */
const nodeSource = (request: HttpServerRequest.HttpServerRequest): IncomingMessage | undefined => {
  const source = (request as unknown as { readonly source?: unknown }).source
  return source !== null && typeof source === "object" && "socket" in source ? source as IncomingMessage : undefined
}

type BodyResult =
  | { readonly _tag: "Body"; readonly text: string; readonly bytes: Uint8Array }
  | { readonly _tag: "TooLarge" }
  | { readonly _tag: "Aborted" }

/** Reads a Node request body up to `limit` bytes; past it, stops and leaves the rest to be drained. */
const readNode = (message: IncomingMessage, limit: number) =>
  Effect.async<BodyResult>((resume) => {
    const chunks: Array<Buffer> = []
    let size = 0
    const done = (result: BodyResult) => {
      message.off("data", onData)
      message.off("end", onEnd)
      message.off("error", onError)
      resume(Effect.succeed(result))
    }
    const onData = (chunk: Buffer) => {
      size += chunk.length
      if (size > limit) {
        done({ _tag: "TooLarge" })
        message.resume()
      } else chunks.push(chunk)
    }
    const onEnd = () => {
      const bytes = Buffer.concat(chunks)
      done({ _tag: "Body", text: bytes.toString("utf8"), bytes })
    }
    const onError = () => done({ _tag: "Aborted" })
    message.on("data", onData)
    message.once("end", onEnd)
    message.once("error", onError)
  })

/** Reads any platform request body up to `limit` bytes. */
const readBody = (request: HttpServerRequest.HttpServerRequest, limit: number): Effect.Effect<BodyResult> => {
  const source = nodeSource(request)
  if (source !== undefined) return readNode(source, limit)
  return request.text.pipe(
    Effect.map((text): BodyResult => {
      const bytes = Buffer.from(text, "utf8")
      return bytes.byteLength > limit ? { _tag: "TooLarge" } : { _tag: "Body", text, bytes }
    }),
    Effect.catchAll(() => Effect.succeed<BodyResult>({ _tag: "Aborted" }))
  )
}

/**
 * The request with its body already read: handlers decode `text`/`json` from it, and see it as
 * `application/json` (the platform decodes any other type, `+json` ones included, as bytes).
 * Everything else (including the marks the platform sets once a response is sent) reads and
 * writes the original.
 */
const withBody = (request: HttpServerRequest.HttpServerRequest, text: string, parsed: unknown, bytes: Uint8Array) => {
  const overrides: Record<PropertyKey, unknown> = {
    headers: Headers.set(request.headers, "content-type", "application/json"),
    text: Effect.succeed(text),
    json: Effect.succeed(parsed),
    arrayBuffer: Effect.sync(() => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength))
  }
  return new Proxy(request, {
    get: (target, property) => (property in overrides ? overrides[property] : Reflect.get(target, property, target))
  })
}

/**
 * The request with its form body (`application/x-www-form-urlencoded`) already read, for the one
 * route that takes one: a sign-in provider POSTing its answer (`response_mode=form_post`).
 */
const withForm = (request: HttpServerRequest.HttpServerRequest, text: string) => {
  const overrides: Record<PropertyKey, unknown> = {
    text: Effect.succeed(text),
    urlParamsBody: Effect.succeed(UrlParams.fromInput(new URLSearchParams(text)))
  }
  return new Proxy(request, {
    get: (target, property) => (property in overrides ? overrides[property] : Reflect.get(target, property, target))
  })
}

/** Paths that take a form instead of JSON: the provider sign-in callback (Apple POSTs its answer as a form). */
const formPath = (path: string) => /^\/api\/v1\/auth\/oauth\/[^/]+\/callback\/?$/.test(path)

const isForm = (contentType: string | undefined) =>
  contentType?.split(";")[0]?.trim().toLowerCase() === "application/x-www-form-urlencoded"

/** Paths whose bodies must be exactly `application/json` (incoming webhooks, `/hooks/<token>`), not any `+json` type. */
const strictJson = (path: string) => /^\/hooks\/[^/]+\/?$/.test(path)

const isJson = (contentType: string | undefined, strict = false) => {
  const type = contentType?.split(";")[0]?.trim().toLowerCase()
  return type === "application/json" || (!strict && type !== undefined && /^application\/[a-z0-9.+-]+\+json$/.test(type))
}

/** Says where a body stops being JSON without quoting it (the parser's own message quotes the body, maybe a secret). */
const invalidJson = (error: unknown): string => {
  const position = /position (\d+)/.exec(String((error as Error)?.message))?.[1]
  return position === undefined ? "invalid JSON" : `invalid JSON at position ${position}`
}

/** A schema message without the value it was given (`Expected string, actual "…"`): what was sent may be a secret. */
const withoutValue = (message: string): string => message.replace(/,\s*actual [\s\S]*$/, "")

/** Rewrites the platform's schema-decoding error body into `{ error, details }`. */
const normalizeDecodeError = (response: HttpServerResponse.HttpServerResponse) => {
  if (response.status !== 400 || response.body._tag !== "Uint8Array") return response
  try {
    const body = JSON.parse(new TextDecoder().decode(response.body.body)) as {
      _tag?: string
      issues?: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }>
    }
    if (body._tag !== "HttpApiDecodeError") return response
    const details = (body.issues ?? []).map((issue) => ({
      path: issue.path.map(String).join("."),
      message: withoutValue(issue.message)
    }))
    const first = details[0]
    const error = first === undefined
      ? "invalid request"
      : `invalid request: ${first.path === "" ? first.message : `${first.path}: ${first.message}`}`
    return json(400, { error, details }, Object.fromEntries(Object.entries(response.headers)))
  } catch {
    return response
  }
}

/** Builds the guard around an app, for the given routes (to answer 405s). */
export const make = (routes: ReadonlyArray<Route>) => {
  const allowed = makeAllow(routes)
  const checkParams = RouteParams.make(routes)
  /** Gives the platform's bodiless 404 (no route), 500 (a defect) and 400 (schema) answers the API's error bodies. */
  const normalize = (method: string, path: string, response: HttpServerResponse.HttpServerResponse) => {
    if (response.body._tag === "Empty" && response.status === 404) {
      const methods = allowed(path)
      return methods.length > 0
        ? json(405, { error: `method ${method} not allowed on ${path}` }, { allow: methods.join(", ") })
        : json(404, { error: `no route for ${method} ${path}` })
    }
    if (response.body._tag === "Empty" && response.status >= 500) return json(500, { error: "internal server error" })
    return normalizeDecodeError(response)
  }
  return <E, R>(app: HttpApp.Default<E, R>) =>
    Effect.suspend(() => {
      let handedOver = false
      // Chosen first, so that even the guard's own failure is answered (and logged) under it.
      let requestId: string = crypto.randomUUID()
      return Effect.gen(function*() {
        const request = yield* HttpServerRequest.HttpServerRequest
        const incoming = request.headers["x-request-id"]
        if (incoming !== undefined && validRequestId.test(incoming)) requestId = incoming
        const settings = yield* Settings
        const url = new URL(request.url, "http://localhost")
        const path = url.pathname
        let headers: Record<string, string> = { "x-request-id": requestId }
        const finish = (response: HttpServerResponse.HttpServerResponse) => HttpServerResponse.setHeaders(response, headers)

        yield* annotateServer(request, requestId)
        let outcome: Outcome = { _tag: "Anonymous" }
        if (!exempt.has(path)) {
          const authenticator = yield* Authenticator
          const limiter = yield* RateLimiter
          outcome = yield* authenticator.authenticate(request.headers.authorization)
          if (outcome._tag === "Authenticated") yield* annotateOrganization(outcome.principal.organizationId)
          const address = Option.getOrElse(request.remoteAddress, () => "unknown")
          const decision = yield* limiter.check(categoryOf(request.method, path), clientOf(outcome, address))
          headers = {
            ...headers,
            "x-ratelimit-limit": String(decision.limit),
            "x-ratelimit-remaining": String(decision.remaining),
            "x-ratelimit-reset": String(decision.resetSeconds)
          }
          if (!decision.allowed) {
            yield* rejected(categoryOf(request.method, path))
            return finish(json(429, { error: "rate limit exceeded" }, { "retry-after": String(decision.retryAfterSeconds) }))
          }
        }

        let served = request
        const length = request.headers["content-length"]
        const hasBody = (length !== undefined && length !== "0") || request.headers["transfer-encoding"] !== undefined
        if (hasBody && request.method === "POST" && formPath(path) && isForm(request.headers["content-type"])) {
          if (length !== undefined && Number(length) > settings.maxBodyBytes) {
            nodeSource(request)?.resume()
            return finish(json(413, { error: `request body larger than ${settings.maxBodyBytes} bytes` }, { connection: "close" }))
          }
          const body = yield* readBody(request, settings.maxBodyBytes)
          if (body._tag === "TooLarge") {
            return finish(json(413, { error: `request body larger than ${settings.maxBodyBytes} bytes` }, { connection: "close" }))
          }
          if (body._tag === "Aborted") return finish(json(400, { error: "the request body could not be read" }))
          served = withForm(request, body.text)
        } else if (hasBody && request.method !== "GET" && request.method !== "HEAD") {
          if (!isJson(request.headers["content-type"], strictJson(path))) {
            return finish(json(415, { error: "request bodies must be JSON (Content-Type: application/json)" }))
          }
          const tooLarge = () =>
            finish(json(413, { error: `request body larger than ${settings.maxBodyBytes} bytes` }, { connection: "close" }))
          if (length !== undefined && Number(length) > settings.maxBodyBytes) {
            nodeSource(request)?.resume()
            return tooLarge()
          }
          const body = yield* readBody(request, settings.maxBodyBytes)
          if (body._tag === "TooLarge") return tooLarge()
          if (body._tag === "Aborted") return finish(json(400, { error: "the request body could not be read" }))
          const deep = tooDeepAt(body.text)
          if (deep >= 0) return finish(json(400, { error: `invalid JSON: nested deeper than ${maxDepth} levels at position ${deep}` }))
          let parsed: unknown
          try {
            parsed = body.text === "" ? null : JSON.parse(body.text)
          } catch (error) {
            return finish(json(400, { error: invalidJson(error) }))
          }
          const unstorable = firstInJson(body.text, parsed)
          if (unstorable !== undefined) return finish(json(400, badRequestBody(unstorable)))
          served = withBody(request, body.text, parsed, body.bytes)
        }

        const refusal = checkParams(request.method, path, url.searchParams, outcome._tag === "Authenticated")
        if (refusal !== undefined) return finish(json(refusal.status, refusal.body))

        // The app sends its own response (and reports its own failures); this rewrites it on the way out.
        handedOver = true
        yield* HttpApp.appendPreResponseHandler((_, response) => Effect.succeed(finish(normalize(request.method, path, response))))
        // Set, not `locally`: this fiber serves this one request and ends with it, so there is
        // nothing to restore (each `locally` is an acquire/use/release the request would pay for).
        yield* FiberRef.set(currentOutcome, outcome)
        yield* FiberRef.set(currentRequestId, requestId)
        yield* FiberRef.update(FiberRef.currentLogAnnotations, HashMap.set<string, unknown>("requestId", requestId))
        // Each `provideService` is an acquire/use/release of the fiber's context: only when the body was read.
        return yield* served === request ? app : Effect.provideService(app, HttpServerRequest.HttpServerRequest, served)
      }).pipe(
        Effect.catchAllCause((cause) =>
          handedOver
            ? Effect.failCause(cause as Cause.Cause<E>)
            : Effect.as(
              Effect.annotateLogs(Effect.logError("request guard failed", cause), "requestId", requestId),
              json(500, { error: "internal server error" }, { "x-request-id": requestId })
            )
        )
      )
    })
}
