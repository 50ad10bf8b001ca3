/**
 * The `http` node (issue 6): an outbound HTTP request through the server's egress guard, with an
 * optional stored credential applied (decrypted only in the executing organization, only toward
 * the credential's `allowedHosts`). Its output is `{ status, headers, body }`, the body parsed when
 * the response is JSON. Every request carries `Idempotency-Key: <executionId>:<nodeId>`, the same
 * on every attempt, so a retried node can be deduplicated downstream.
 *
 * Non-2xx statuses are outputs, not failures: branch on `{{ nodes.<id>.status }}` with a
 * `condition`. Refused addresses, time-outs, over-large responses and network errors fail the
 * node (retried per its retry policy); an invalid URL, a missing credential or a host outside the
 * credential's `allowedHosts` fail it without retrying and without sending anything. With a
 * credential, redirects are not followed (the 3xx is the output) so the secret never reaches
 * another host. The secret is never part of the step's input (only `credentialId` is), output,
 * error or log.
 *
 * @since 0.1.0
 */
import { Effect, Schema } from "effect"
import * as NodeType from "@sire/core/NodeType"
import * as CredentialVault from "./CredentialVault.js"
import * as EgressGuard from "./EgressGuard.js"
import * as NodeCredentials from "./internal/NodeCredentials.js"

/** The methods the node may send. */
export const methods = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"] as const

/** The longest `timeoutMs` a node may ask for (5 minutes). */
export const maxTimeoutMs = 300_000

/** The `http` node's params, after templates are resolved. */
export const Params = Schema.Struct({
  method: Schema.optionalWith(Schema.Literal(...methods), { default: () => "GET" as const }),
  url: Schema.String,
  headers: Schema.optional(Schema.Record({ key: Schema.String, value: Schema.String })),
  query: Schema.optional(Schema.Record({ key: Schema.String, value: Schema.Union(Schema.String, Schema.Number, Schema.Boolean) })),
  body: Schema.optional(Schema.Unknown),
  credentialId: Schema.optional(Schema.String),
  timeoutMs: Schema.optional(Schema.Int.pipe(Schema.between(1, maxTimeoutMs)))
})

/** The `http` node's decoded params. */
export type Params = typeof Params.Type

/** The `http` node's output. */
export interface Output {
  readonly status: number
  readonly headers: Readonly<Record<string, string>>
  readonly body: unknown
}

const isStringRecord = (value: unknown): value is Record<string, string> =>
  typeof value === "object" && value !== null && !Array.isArray(value) &&
  Object.values(value).every((entry) => typeof entry === "string")

/** An HTTP header name (an RFC 9110 token). */
const headerName = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/

/** The headers a credential adds, or why it cannot be applied (the message never holds the value). */
const credentialHeaders = (type: CredentialVault.CredentialType, value: unknown): Record<string, string> | string => {
  switch (type) {
    case "bearer":
      return typeof value === "string" ? { authorization: `Bearer ${value}` } : "a bearer credential's value must be a token string"
    case "api_key": {
      const { header, key } = (typeof value === "object" && value !== null ? value : { key: value }) as { key?: unknown; header?: unknown }
      if (typeof key !== "string") return "an api_key credential's value must be the key (a string, or { key, header })"
      if (header === undefined) return { authorization: `Bearer ${key}` }
      return typeof header === "string" && headerName.test(header)
        ? { [header.toLowerCase()]: key }
        : "an api_key credential's header must be a header name such as X-API-Key"
    }
    case "oauth2": {
      const token = typeof value === "string"
        ? value
        : typeof value === "object" && value !== null ? (value as { readonly accessToken?: unknown }).accessToken : undefined
      return typeof token === "string" ? { authorization: `Bearer ${token}` } : "an oauth2 credential's value must be a token string or { accessToken }"
    }
    case "basic": {
      const { password, username } = (typeof value === "object" && value !== null ? value : {}) as { username?: unknown; password?: unknown }
      return typeof username === "string" && typeof password === "string"
        ? { authorization: `Basic ${Buffer.from(`${username}:${password}`, "utf8").toString("base64")}` }
        : "a basic credential's value must be { username, password }"
    }
    case "header": {
      const { name, value: header } = (typeof value === "object" && value !== null ? value : {}) as { name?: unknown; value?: unknown }
      return typeof name === "string" && name.length > 0 && typeof header === "string"
        ? { [name.toLowerCase()]: header }
        : "a header credential's value must be { name, value }"
    }
    case "custom": {
      const headers = typeof value === "object" && value !== null && "headers" in value ? (value as { headers: unknown }).headers : value
      return isStringRecord(headers)
        ? Object.fromEntries(Object.entries(headers).map(([name, header]) => [name.toLowerCase(), header]))
        : "a custom credential's value must be an object of header names to strings (or { headers })"
    }
  }
}

/** The response body: parsed when the content type is JSON (text if it does not parse), else text. */
const decodeBody = (response: EgressGuard.EgressResponse): unknown => {
  const text = response.text()
  const type = (response.headers["content-type"] ?? "").toLowerCase()
  if (/^application\/([\w.+-]+\+)?json\b/.test(type) || /\+json\b/.test(type)) {
    if (text.trim().length === 0) return null
    try {
      return JSON.parse(text)
    } catch {
      return text
    }
  }
  return text
}

/** Who sends a request: the organization whose credentials may be used, and the `Idempotency-Key` to send. */
export interface Sender {
  readonly organizationId: string
  readonly idempotencyKey: string
}

/** Sends the request the params describe, as the `http` node does (also the `agent` node's `http` tools). */
export const send = (
  egress: EgressGuard.EgressGuard["Type"],
  credentials: CredentialVault.CredentialVault["Type"],
  sender: Sender,
  params: Params
): Effect.Effect<Output, NodeType.NodeError> =>
  Effect.gen(function*() {
    let url: URL
    try {
      url = new URL(params.url)
    } catch {
      return yield* NodeType.fail(`not a valid URL: ${JSON.stringify(params.url.slice(0, 200))}`, false)
    }
    if (url.protocol !== "http:" && url.protocol !== "https:") {
      return yield* NodeType.fail(`refused ${url.protocol} URL: only http: and https: may be requested`, false)
    }
    for (const [name, value] of Object.entries(params.query ?? {})) url.searchParams.append(name, String(value))

    const headers: Record<string, string> = {}
    for (const [name, value] of Object.entries(params.headers ?? {})) headers[name.toLowerCase()] = value

    let body: string | undefined
    if (params.body !== undefined) {
      if (typeof params.body === "string" && headers["content-type"] !== undefined) {
        body = params.body
      } else {
        body = JSON.stringify(params.body)
        headers["content-type"] ??= "application/json"
      }
    }

    let withCredential = false
    if (params.credentialId !== undefined) {
      const credentialId = params.credentialId
      const opened = yield* NodeCredentials.openToward(credentials, sender.organizationId, credentialId, url.hostname)
      const applied = credentialHeaders(opened.type, opened.value)
      if (typeof applied === "string") return yield* NodeType.fail(`credential ${credentialId}: ${applied}`, false)
      Object.assign(headers, applied)
      withCredential = true
    }
    headers["idempotency-key"] = sender.idempotencyKey

    const response = yield* egress.fetch(url.href, {
      method: params.method,
      headers,
      ...(body !== undefined ? { body } : {}),
      ...(params.timeoutMs !== undefined ? { timeoutMs: params.timeoutMs } : {}),
      ...(withCredential ? { followRedirects: false } : {})
    }).pipe(
      Effect.mapError((error) =>
        new NodeType.NodeError({
          message: `http ${params.method} ${error.url || url.origin}: ${error.message}`,
          retryable: error.reason !== "Invalid" && error.reason !== "Protocol"
        })
      )
    )
    const output: Output = { status: response.status, headers: response.headers, body: decodeBody(response) }
    return output
  })

/** The `http` node type over the egress guard and the credential vault in context. */
export const make = Effect.gen(function*() {
  const egress = yield* EgressGuard.EgressGuard
  const credentials = yield* CredentialVault.CredentialVault
  return NodeType.make({
    type: "http",
    description: "Sends an HTTP request (through the egress guard, optionally with a credential) and outputs { status, headers, body }.",
    params: Params,
    run: (ctx) =>
      send(egress, credentials, { organizationId: ctx.execution.organizationId, idempotencyKey: `${ctx.execution.id}:${ctx.node.id}` }, ctx.params)
  })
})
