/**
 * A model endpoint ready to call from a node: the provider's wire format at `baseUrl` (its public
 * URL by default), the API key from a stored credential — decrypted only in the executing
 * organization and only toward the credential's `allowedHosts`, never part of an output, error
 * or log — and every byte through the egress guard. Streamed calls publish text deltas with the
 * node's `emit`.
 *
 * @since 0.1.0
 */
import { Chunk, Effect, Stream } from "effect"
import { NodeError } from "@sire/core/NodeType"
import type * as CredentialVault from "../../CredentialVault.js"
import type * as EgressGuard from "../../EgressGuard.js"
import * as NodeCredentials from "../NodeCredentials.js"
import * as Anthropic from "./Anthropic.js"
import type { Reply, Request } from "./Model.js"
import * as OpenAi from "./OpenAi.js"
import type { ModelParams, Provider } from "./Params.js"
import * as Sse from "./Sse.js"

/** A model call's default time-out: 120 s. */
export const defaultTimeoutMs = 120_000

/** A connected model. */
export interface ModelClient {
  readonly provider: Provider
  readonly model: string
  /** One call; with `stream`, text deltas are emitted as they arrive. */
  readonly generate: (request: Omit<Request, "model">) => Effect.Effect<Reply, NodeError>
}

/** What a connection needs from the node's context. */
export interface Caller {
  readonly organizationId: string
  readonly emit: (text: string) => Effect.Effect<void>
}

const fail = (message: string, retryable = true) => Effect.fail(new NodeError({ message, retryable }))

/** The API key a credential holds: a token string, or `{ apiKey }`, `{ key }`, `{ value }`, `{ accessToken }`, `{ token }`. */
const apiKeyOf = (value: unknown): string | undefined => {
  if (typeof value === "string") return value
  if (typeof value !== "object" || value === null) return undefined
  const record = value as Record<string, unknown>
  for (const key of ["apiKey", "key", "value", "accessToken", "token"]) {
    if (typeof record[key] === "string") return record[key] as string
  }
  return undefined
}

/** Connects to the model the params name, opening the credential for `caller`'s organization. */
export const connect = (
  egress: EgressGuard.EgressGuard["Type"],
  credentials: CredentialVault.CredentialVault["Type"],
  caller: Caller,
  params: ModelParams
): Effect.Effect<ModelClient, NodeError> =>
  Effect.gen(function*() {
    const wire = params.provider === "openai" ? OpenAi : Anthropic
    const base = params.baseUrl ?? wire.defaultBaseUrl
    let endpoint: URL
    try {
      endpoint = new URL(`${base.replace(/\/+$/, "")}${wire.path}`)
    } catch {
      return yield* fail(`baseUrl is not a valid URL: ${JSON.stringify(base.slice(0, 200))}`, false)
    }
    if (endpoint.protocol !== "http:" && endpoint.protocol !== "https:") {
      return yield* fail(`refused ${endpoint.protocol} baseUrl: only http: and https: may be requested`, false)
    }

    let apiKey: string | undefined
    if (params.credentialId !== undefined) {
      const credentialId = params.credentialId
      const opened = yield* NodeCredentials.openToward(credentials, caller.organizationId, credentialId, endpoint.hostname)
      apiKey = apiKeyOf(opened.value)
      if (apiKey === undefined) {
        return yield* fail(`credential ${credentialId}: a model credential's value must be the API key (a string, or { apiKey })`, false)
      }
    }
    const secret = apiKey
    const redact = (text: string) => (secret === undefined || secret === "" ? text : text.split(secret).join("[redacted]"))
    const failWith = (message: string, retryable = true) => fail(redact(message), retryable)

    const timeoutMs = params.timeoutMs ?? defaultTimeoutMs
    const headers = (stream: boolean): Record<string, string> => ({
      "content-type": "application/json",
      accept: stream ? "text/event-stream" : "application/json",
      ...(params.provider === "anthropic" ? { "anthropic-version": Anthropic.version } : {}),
      ...(secret !== undefined ? wire.authHeaders(secret) : {})
    })
    const label = `${params.provider} ${params.model}`
    const egressFailure = (error: EgressGuard.EgressError) =>
      new NodeError({
        message: redact(`${label}: ${error.message}`),
        retryable: error.reason !== "Invalid" && error.reason !== "Protocol" && error.reason !== "Refused"
      })
    const statusFailure = (status: number, text: string) =>
      failWith(`${label} answered ${status}: ${text.slice(0, 500)}`, status === 408 || status === 409 || status === 429 || status >= 500)
    const body = (request: Request, stream: boolean) =>
      JSON.stringify(
        params.provider === "openai"
          ? OpenAi.encode(request, { stream, newTokenLimit: endpoint.hostname === "api.openai.com" })
          : Anthropic.encode(request, { stream })
      )

    const once = (request: Request): Effect.Effect<Reply, NodeError> =>
      Effect.gen(function*() {
        const response = yield* egress.fetch(endpoint.href, {
          method: "POST",
          headers: headers(false),
          body: body(request, false),
          timeoutMs,
          followRedirects: false
        }).pipe(Effect.mapError(egressFailure))
        const text = response.text()
        if (response.status < 200 || response.status > 299) return yield* statusFailure(response.status, text)
        let json: unknown
        try {
          json = JSON.parse(text)
        } catch {
          return yield* failWith(`${label} answered with something other than JSON: ${text.slice(0, 200)}`)
        }
        const reply = wire.decode(json)
        return typeof reply === "string" ? yield* failWith(`${label}: ${reply}`) : reply
      })

    const streamed = <S extends { readonly done: boolean }>(
      request: Request,
      initial: S,
      step: (state: S, event: Sse.SseEvent) => { readonly state: S; readonly delta?: string } | string,
      finish: (state: S) => Reply
    ): Effect.Effect<Reply, NodeError> =>
      Effect.scoped(Effect.gen(function*() {
        const response = yield* egress.stream(endpoint.href, {
          method: "POST",
          headers: headers(true),
          body: body(request, true),
          timeoutMs
        }).pipe(Effect.mapError(egressFailure))
        if (response.status < 200 || response.status > 299) {
          const chunks = yield* Stream.runCollect(Stream.take(response.body, 64)).pipe(Effect.orElseSucceed(() => Chunk.empty<Uint8Array>()))
          return yield* statusFailure(response.status, Buffer.concat(Chunk.toArray(chunks)).toString("utf8"))
        }
        const state = yield* Sse.events(response.body).pipe(
          Stream.mapError(egressFailure),
          Stream.takeUntil((event) => event.data.trim() === "[DONE]" || event.event === "message_stop"),
          Stream.runFoldEffect(initial, (state, event) => {
            const next = step(state, event)
            if (typeof next === "string") return failWith(`${label}: ${next}`)
            return next.delta === undefined ? Effect.succeed(next.state) : Effect.as(caller.emit(next.delta), next.state)
          })
        )
        return finish(state)
      }))

    const generate = (request: Omit<Request, "model">, stream: boolean): Effect.Effect<Reply, NodeError> => {
      const full: Request = { ...request, model: params.model }
      if (!stream) return once(full)
      return params.provider === "openai"
        ? streamed(full, OpenAi.initial, OpenAi.step, OpenAi.finish)
        : streamed(full, Anthropic.initial, Anthropic.step, Anthropic.finish)
    }

    return {
      provider: params.provider,
      model: params.model,
      generate: (request) => generate(request, params.stream)
    }
  })
