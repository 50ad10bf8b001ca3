/**
 * OpenID Connect providers (Google, Okta, any issuer; Apple through `Apple`) with `openid-client`:
 * discovery at the issuer, the authorization-code flow with PKCE (S256), `state` and `nonce`, and
 * the ID token verified (signature against the issuer's keys, issuer, audience, expiry, nonce).
 * The email and its verification come from the ID token, else from the user-info endpoint.
 * Every request goes through the egress guard (`Fetch`); an `http:` issuer is allowed (local
 * providers), but the guard still refuses loopback and private addresses unless allowed.
 *
 * @since 0.1.0
 */
import { Effect, Option, Redacted, SynchronizedRef } from "effect"
import * as client from "openid-client"
import type { EgressGuard } from "@sire/nodes/EgressGuard"
import { guardedFetch } from "./Fetch.js"
import { type Checks, type Identity, isVerified, type Provider, ProviderError } from "./Provider.js"
import type { ProviderId } from "./Settings.js"

/** What an OpenID Connect provider needs. */
export interface Options {
  readonly id: ProviderId
  readonly name: string
  readonly issuer: string
  readonly clientId: string
  /** The client's authentication at the token endpoint, made for each exchange (Apple's secret is a short-lived JWT). */
  readonly clientAuth: Effect.Effect<client.ClientAuth, ProviderError>
  readonly scope: string
  readonly responseMode: "query" | "form_post"
  /** Reads what the ID token lacks from the callback's parameters (Apple sends the name once, in `user`). */
  readonly extraName?: (params: URLSearchParams) => string | undefined
}

/** The ClientAuth of a plain client secret, sent in the body. */
export const secretPost = (secret: Redacted.Redacted): Effect.Effect<client.ClientAuth> =>
  Effect.succeed(client.ClientSecretPost(Redacted.value(secret)))

const unavailable = (what: string) => (error: unknown) =>
  new ProviderError({ reason: "Unavailable", message: `${what}: ${error instanceof Error ? error.message : String(error)}` })

/** Token-endpoint errors that say the server's settings are wrong, not the user's answer. */
const misconfigured: ReadonlySet<string> = new Set(["invalid_client", "unauthorized_client"])

/** Why the provider refused, in words (its error code and description). */
const refusal = (error: unknown): ProviderError => {
  if (error instanceof client.ResponseBodyError && misconfigured.has(error.error)) {
    return new ProviderError({ reason: "Unavailable", message: `the provider refused this server's client credentials: ${error.error}` })
  }
  if (error instanceof client.ResponseBodyError || error instanceof client.AuthorizationResponseError) {
    return new ProviderError({
      reason: "Refused",
      message: `the provider refused: ${error.error}${error.error_description ? ` (${error.error_description})` : ""}`
    })
  }
  if (error instanceof client.ClientError) return new ProviderError({ reason: "Refused", message: `the provider's answer failed verification: ${error.message}` })
  return unavailable("the provider could not be reached")(error)
}

/** An OpenID Connect provider; the issuer's metadata is discovered on first use and kept. */
export const make = (options: Options, egress: EgressGuard["Type"]): Effect.Effect<Provider> =>
  Effect.gen(function*() {
    const fetch = guardedFetch(egress)
    const insecure = options.issuer.startsWith("http:")
    const metadata = yield* SynchronizedRef.make(Option.none<client.ServerMetadata>())
    const discovered = SynchronizedRef.updateAndGetEffect(metadata, (known) =>
      Option.isSome(known) ? Effect.succeed(known) : Effect.tryPromise({
        try: () =>
          client.discovery(new URL(options.issuer), options.clientId, undefined, undefined, {
            [client.customFetch]: fetch,
            ...(insecure ? { execute: [client.allowInsecureRequests] } : {})
          }),
        catch: unavailable(`the discovery of ${options.issuer} failed`)
      }).pipe(Effect.map((config) => Option.some(config.serverMetadata())))).pipe(Effect.map(Option.getOrThrow))

    /** A configuration for one exchange: the discovered metadata and a fresh client authentication. */
    const configuration = Effect.gen(function*() {
      const server = yield* discovered
      const config = new client.Configuration(server, options.clientId, {}, yield* options.clientAuth)
      config[client.customFetch] = fetch
      if (insecure) client.allowInsecureRequests(config)
      return config
    })

    return {
      id: options.id,
      name: options.name,
      responseMode: options.responseMode,
      authorizationUrl: (redirectUri, checks) =>
        Effect.gen(function*() {
          const server = yield* discovered
          const config = new client.Configuration(server, options.clientId)
          if (insecure) client.allowInsecureRequests(config)
          const challenge = yield* Effect.promise(() => client.calculatePKCECodeChallenge(checks.codeVerifier))
          return client.buildAuthorizationUrl(config, {
            redirect_uri: redirectUri,
            scope: options.scope,
            response_type: "code",
            state: checks.state,
            nonce: checks.nonce,
            code_challenge: challenge,
            code_challenge_method: "S256",
            ...(options.responseMode === "form_post" ? { response_mode: "form_post" } : {})
          })
        }),
      complete: (redirectUri, params, checks: Checks) =>
        Effect.gen(function*() {
          const config = yield* configuration
          const callback = new URL(redirectUri)
          params.forEach((value, name) => {
            if (name !== "user") callback.searchParams.append(name, value)
          })
          const tokens = yield* Effect.tryPromise({
            try: () =>
              client.authorizationCodeGrant(config, callback, {
                pkceCodeVerifier: checks.codeVerifier,
                expectedState: checks.state,
                expectedNonce: checks.nonce,
                idTokenExpected: true
              }),
            catch: refusal
          })
          const claims = tokens.claims()
          if (claims === undefined) return yield* Effect.fail(new ProviderError({ reason: "Refused", message: "the provider returned no ID token" }))
          let email = typeof claims.email === "string" ? claims.email : undefined
          let verified = claims.email_verified
          let name = typeof claims.name === "string" ? claims.name : undefined
          if (email === undefined || verified === undefined) {
            if (server(config).userinfo_endpoint !== undefined) {
              const info = yield* Effect.tryPromise({
                try: () => client.fetchUserInfo(config, tokens.access_token, claims.sub),
                catch: refusal
              })
              if (typeof info.email === "string" && (email === undefined || info.email.toLowerCase() === email.toLowerCase())) {
                email = info.email
                verified = info.email_verified
              }
              name ??= typeof info.name === "string" ? info.name : undefined
            }
          }
          const identity: Identity = {
            subject: claims.sub,
            email: email?.trim().toLowerCase(),
            emailVerified: email !== undefined && isVerified(verified),
            name: name ?? options.extraName?.(params)
          }
          return identity
        })
    }
  })

const server = (config: client.Configuration) => config.serverMetadata()
