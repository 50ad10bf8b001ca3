/**
 * Sign in with GitHub (an OAuth app; GitHub is not OpenID Connect): the authorization-code flow
 * with `state` and PKCE (S256), the code exchanged at `<webUrl>/login/oauth/access_token`, the
 * account read from `<apiUrl>/user` and its addresses from `<apiUrl>/user/emails`, where GitHub
 * says which is primary and whether it is verified. Requests go through the egress guard.
 *
 * @since 0.1.0
 */
import { Effect, Redacted, Schema } from "effect"
import * as client from "openid-client"
import type { EgressGuard } from "@sire/nodes/EgressGuard"
import { type Identity, type Provider, ProviderError } from "./Provider.js"
import type { GitHubSettings } from "./Settings.js"

const TokenAnswer = Schema.Union(
  Schema.Struct({ access_token: Schema.String }),
  Schema.Struct({ error: Schema.String, error_description: Schema.optional(Schema.String) })
)
const User = Schema.Struct({ id: Schema.Number, login: Schema.String, name: Schema.optional(Schema.NullOr(Schema.String)) })
const Emails = Schema.Array(Schema.Struct({ email: Schema.String, primary: Schema.Boolean, verified: Schema.Boolean }))

/** The address to sign in with: the primary one, else the first verified one. */
export const chooseEmail = (emails: typeof Emails.Type): { readonly email: string; readonly verified: boolean } | undefined => {
  const chosen = emails.find((entry) => entry.primary) ?? emails.find((entry) => entry.verified)
  return chosen === undefined ? undefined : { email: chosen.email.trim().toLowerCase(), verified: chosen.verified }
}

/** Sign in with GitHub. */
export const make = (settings: GitHubSettings, egress: EgressGuard["Type"]): Provider => {
  const call = <A, I>(what: string, schema: Schema.Schema<A, I>, url: string, init: Parameters<EgressGuard["Type"]["fetch"]>[1]) =>
    Effect.gen(function*() {
      const response = yield* egress.fetch(url, { ...init, followRedirects: false, timeoutMs: 15_000, maxResponseBytes: 1_048_576 }).pipe(
        Effect.mapError((error) => new ProviderError({ reason: "Unavailable", message: `GitHub could not be reached (${what}): ${error.message}` }))
      )
      if (response.status < 200 || response.status > 299) {
        return yield* Effect.fail(new ProviderError({ reason: "Refused", message: `GitHub answered ${response.status} to ${what}` }))
      }
      return yield* Effect.try(() => JSON.parse(response.text()) as unknown).pipe(
        Effect.flatMap(Schema.decodeUnknown(schema)),
        Effect.mapError(() => new ProviderError({ reason: "Unavailable", message: `GitHub's answer to ${what} is not what it documents` }))
      )
    })

  return {
    id: "github",
    name: settings.name,
    responseMode: "query",
    authorizationUrl: (redirectUri, checks) =>
      Effect.promise(async () => {
        const url = new URL(`${settings.webUrl}/login/oauth/authorize`)
        url.search = new URLSearchParams({
          client_id: settings.clientId,
          redirect_uri: redirectUri,
          scope: "read:user user:email",
          state: checks.state,
          code_challenge: await client.calculatePKCECodeChallenge(checks.codeVerifier),
          code_challenge_method: "S256",
          allow_signup: "true"
        }).toString()
        return url
      }),
    complete: (redirectUri, params, checks) =>
      Effect.gen(function*() {
        const code = params.get("code")
        if (code === null || code === "") return yield* Effect.fail(new ProviderError({ reason: "Refused", message: "the provider's answer carries no code" }))
        const token = yield* call("the code exchange", TokenAnswer, `${settings.webUrl}/login/oauth/access_token`, {
          method: "POST",
          headers: { accept: "application/json", "content-type": "application/x-www-form-urlencoded", "user-agent": "sire" },
          body: new URLSearchParams({
            client_id: settings.clientId,
            client_secret: Redacted.value(settings.clientSecret),
            code,
            redirect_uri: redirectUri,
            code_verifier: checks.codeVerifier
          }).toString()
        })
        if ("error" in token && token.error === "incorrect_client_credentials") {
          return yield* Effect.fail(new ProviderError({ reason: "Unavailable", message: "GitHub refused this server's client id or secret" }))
        }
        if ("error" in token) {
          return yield* Effect.fail(new ProviderError({
            reason: "Refused",
            message: `the provider refused: ${token.error}${token.error_description ? ` (${token.error_description})` : ""}`
          }))
        }
        const headers = { accept: "application/vnd.github+json", authorization: `Bearer ${token.access_token}`, "user-agent": "sire" }
        const user = yield* call("/user", User, `${settings.apiUrl}/user`, { headers })
        const emails = yield* call("/user/emails", Emails, `${settings.apiUrl}/user/emails`, { headers })
        const chosen = chooseEmail(emails)
        const identity: Identity = {
          subject: String(user.id),
          email: chosen?.email,
          emailVerified: chosen?.verified ?? false,
          name: user.name ?? user.login
        }
        return identity
      })
  }
}
