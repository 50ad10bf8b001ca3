/**
 * Handlers of the provider sign-in group: the flow's start (cookie and redirect), the callback
 * (GET, and POST for `form_post`) and the one-time code's exchange.
 *
 * @since 0.1.0
 */
import { HttpApiBuilder, HttpServerRequest, HttpServerResponse } from "@effect/platform"
import * as SqlClient from "@effect/sql/SqlClient"
import { Clock, Effect, Option } from "effect"
import { createHash, timingSafeEqual } from "node:crypto"
import * as client from "openid-client"
import { SireApi } from "../Api.js"
import { Accounts } from "../auth/Accounts.js"
import * as Sessions from "../auth/Sessions.js"
import { digest, opaque, Tokens } from "../auth/Tokens.js"
import { BadRequest, Forbidden, internal, InternalError, NotFound } from "../Errors.js"
import { Settings } from "../Settings.js"
import * as Cookie from "./Cookie.js"
import type { Checks, Provider, ProviderError } from "./Provider.js"
import { Providers } from "./Providers.js"
import * as ReturnTo from "./ReturnTo.js"
import * as SignIn from "./SignIn.js"
import { Store } from "./Store.js"

/** How long the one-time code of a finished sign-in may be exchanged. */
export const codeLifetimeMs = 60_000

/** Whether two strings are equal, in time independent of where they differ. */
const sameSecret = (a: string, b: string): boolean =>
  timingSafeEqual(createHash("sha256").update(a).digest(), createHash("sha256").update(b).digest())

/** A provider's failure as the API answers it: its refusal as a 400, its absence as a 500 saying so. */
const providerFailure = (error: ProviderError): Effect.Effect<never, BadRequest | InternalError> =>
  error.reason === "Refused"
    ? Effect.fail(new BadRequest({ error: error.message }))
    : Effect.zipRight(
      Effect.logWarning("sign-in provider unavailable", error.message),
      Effect.fail(new InternalError({ error: "the sign-in provider could not be reached or answered unexpectedly: try again later" }))
    )

const noStore = { "cache-control": "no-store", "referrer-policy": "no-referrer" }

/** The provider sign-in group's handlers. */
export const OAuthLive = HttpApiBuilder.group(SireApi, "oauth", (handlers) =>
  Effect.gen(function*() {
    const providers = yield* Providers
    const store = yield* Store
    const accounts = yield* Accounts
    const tokens = yield* Tokens
    const settings = yield* Settings
    const sql = yield* SqlClient.SqlClient
    const appUrl = settings.appUrl ?? settings.publicUrl
    const secure = settings.publicUrl.startsWith("https:")
    const redirectUri = (provider: Provider) => `${settings.publicUrl}/api/v1/auth/oauth/${provider.id}/callback`

    const provider = (id: string) =>
      Option.match(Option.fromNullable(providers.get(id)), {
        onNone: () => Effect.fail(new NotFound({ error: `no sign-in provider "${id.slice(0, 40)}" is configured on this server` })),
        onSome: Effect.succeed
      })

    /** The callback: checks the browser's flow and the state, completes the exchange, signs in, sends the browser to the app. */
    const finish = (id: string, params: URLSearchParams) =>
      Effect.gen(function*() {
        const chosen = yield* provider(id)
        const request = yield* HttpServerRequest.HttpServerRequest
        const cookie = Cookie.read(request.headers.cookie)
        if (cookie === undefined) {
          return yield* Effect.fail(new BadRequest({ error: "no sign-in is in progress in this browser (the sign-in cookie is missing): start again" }))
        }
        const flow = yield* store.take(digest(cookie), yield* Clock.currentTimeMillis)
        if (Option.isNone(flow)) {
          return yield* Effect.fail(new BadRequest({ error: "this sign-in has expired or was already completed: start again" }))
        }
        if (flow.value.provider !== chosen.id) {
          return yield* Effect.fail(new BadRequest({ error: `this sign-in was started with another provider than ${chosen.name}: start again` }))
        }
        const refused = params.get("error")
        if (refused !== null) {
          const description = params.get("error_description")
          return yield* Effect.fail(new BadRequest({
            error: `${chosen.name} did not sign you in: ${refused.slice(0, 100)}${description ? ` (${description.slice(0, 300)})` : ""}`
          }))
        }
        const state = params.get("state")
        if (state === null || state === "") return yield* Effect.fail(new BadRequest({ error: "the provider's answer carries no state" }))
        if (!sameSecret(state, flow.value.state)) {
          return yield* Effect.fail(new BadRequest({ error: "the state does not match the sign-in this browser started: start again" }))
        }
        const checks: Checks = { state: flow.value.state, codeVerifier: flow.value.codeVerifier, nonce: flow.value.nonce }
        const identity = yield* chosen.complete(redirectUri(chosen), params, checks).pipe(Effect.catchTag("OAuthProviderError", providerFailure))
        const signedIn = yield* SignIn.resolve(chosen.id, identity).pipe(
          Effect.catchTags({
            SignInRefused: (error) => Effect.fail(new Forbidden({ error: error.message })),
            EmailTaken: () => Effect.fail(new BadRequest({ error: "an account with this email was created meanwhile: sign in again" }))
          }),
          Effect.provideService(Accounts, accounts),
          Effect.provideService(Store, store),
          Effect.provideService(SqlClient.SqlClient, sql)
        )
        const code = opaque("oac_")
        const now = yield* Clock.currentTimeMillis
        yield* store.issue(digest(code), { userId: signedIn.userId, organizationId: signedIn.organizationId }, now, now + codeLifetimeMs)
        return HttpServerResponse.redirect(ReturnTo.destination(appUrl, flow.value.returnTo, code), {
          status: 302,
          headers: { ...noStore, "set-cookie": Cookie.clear(secure) }
        })
      }).pipe(Effect.catchTag("SqlError", internal))

    const formParams = (payload: Readonly<Record<string, string | undefined>>) => {
      const params = new URLSearchParams()
      for (const [name, value] of Object.entries(payload)) if (value !== undefined) params.set(name, value)
      return params
    }

    return handlers
      .handle("providers", () => Effect.succeed(Array.from(providers.values(), (entry) => ({ id: entry.id, name: entry.name }))))
      .handle("start", ({ path, urlParams }) =>
        Effect.gen(function*() {
          const chosen = yield* provider(path.provider)
          const returnTo = urlParams.returnTo ?? "/"
          const refusal = ReturnTo.refusal(returnTo, appUrl)
          if (refusal !== undefined) return yield* Effect.fail(new BadRequest({ error: refusal }))
          const checks: Checks = { state: client.randomState(), codeVerifier: client.randomPKCECodeVerifier(), nonce: client.randomNonce() }
          const location = yield* chosen.authorizationUrl(redirectUri(chosen), checks).pipe(Effect.catchTag("OAuthProviderError", providerFailure))
          const cookie = opaque("oaf_")
          const now = yield* Clock.currentTimeMillis
          yield* store.begin(digest(cookie), { provider: chosen.id, ...checks, returnTo }, now, now + Cookie.lifetimeMs)
          return HttpServerResponse.redirect(location.toString(), {
            status: 302,
            headers: { ...noStore, "set-cookie": Cookie.set(cookie, { secure, crossSitePost: chosen.responseMode === "form_post" }) }
          })
        }).pipe(Effect.catchTag("SqlError", internal)))
      .handle("callback", ({ path }) =>
        Effect.flatMap(HttpServerRequest.HttpServerRequest, (request) =>
          finish(path.provider, new URL(request.url, "http://localhost").searchParams)))
      .handle("callbackForm", ({ path, payload }) => finish(path.provider, formParams(payload)))
      .handle("exchange", ({ payload }) =>
        Effect.gen(function*() {
          const grant = yield* store.redeem(digest(payload.code), yield* Clock.currentTimeMillis)
          if (Option.isNone(grant)) {
            return yield* Effect.fail(new BadRequest({ error: "invalid, expired or already used sign-in code: sign in again" }))
          }
          return yield* Sessions.open({ accounts, tokens, settings }, grant.value.userId, grant.value.organizationId)
        }).pipe(Effect.catchTag("SqlError", internal)))
  }))
