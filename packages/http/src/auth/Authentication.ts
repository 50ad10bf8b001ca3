/**
 * Authentication: who a request's `Authorization: Bearer …` header stands for — a session's JWT
 * or an API key — decided once per request by the request guard (which rate-limits by it), then
 * required by the `Authentication` middleware of every protected group. The principal behind a
 * key or a session comes from the `PrincipalCache` (read from the database on a miss).
 *
 * @since 0.1.0
 */
import { HttpApiMiddleware, HttpApiSecurity } from "@effect/platform"
import type { SqlError } from "@effect/sql/SqlError"
import { Clock, Context, Effect, FiberRef, Layer, Option } from "effect"
import { ApiKeys, keyPattern } from "../apikeys/ApiKeys.js"
import { PrincipalCache } from "./PrincipalCache.js"
import { Unauthorized } from "../Errors.js"
import { Accounts } from "./Accounts.js"
import { CurrentPrincipal, type Principal } from "./Principal.js"
import { digest, Tokens } from "./Tokens.js"

/** What a request's credentials came to. */
export type Outcome =
  | { readonly _tag: "Anonymous" }
  | { readonly _tag: "Authenticated"; readonly principal: Principal }
  | { readonly _tag: "Rejected"; readonly reason: string }

const anonymous: Outcome = { _tag: "Anonymous" }

/** The outcome for the request being handled (set by the request guard). */
export const currentOutcome: FiberRef.FiberRef<Outcome> = FiberRef.unsafeMake<Outcome>(anonymous)

/** Resolves an `Authorization` header to a caller. */
export class Authenticator extends Context.Tag("@sire/http/Authenticator")<Authenticator, {
  readonly authenticate: (authorization: string | undefined) => Effect.Effect<Outcome, SqlError>
}>() {}

const bearer = /^Bearer[ ]+(\S+)\s*$/i

/** The authenticator over the account and key stores. */
export const make = Effect.gen(function*() {
  const accounts = yield* Accounts
  const keys = yield* ApiKeys
  const tokens = yield* Tokens
  const cache = yield* PrincipalCache
  const rejected = (reason: string): Outcome => ({ _tag: "Rejected", reason })
  const found = (reason: string) => (principal: Option.Option<Principal>): Outcome =>
    Option.match(principal, { onNone: () => rejected(reason), onSome: (p) => ({ _tag: "Authenticated", principal: p }) })
  return Authenticator.of({
    authenticate: (authorization) => {
      if (authorization === undefined || authorization === "") return Effect.succeed(anonymous)
      const token = bearer.exec(authorization)?.[1]
      if (token === undefined) return Effect.succeed(rejected("expected Authorization: Bearer <token>"))
      if (token.startsWith("sk_")) {
        return keyPattern.test(token)
          ? Effect.map(cache.lookup(`key:${digest(token)}`, keys.principal(token)), found("invalid or revoked API key"))
          : Effect.succeed(rejected("invalid API key"))
      }
      return tokens.verify(token).pipe(
        Effect.matchEffect({
          onFailure: (reason) => Effect.succeed(rejected(reason)),
          onSuccess: (claims) =>
            Effect.map(
              cache.lookup(
                `session:${claims.sessionId}:${claims.userId}:${claims.organizationId}`,
                Effect.flatMap(Clock.currentTimeMillis, (now) =>
                  accounts.sessionPrincipal(claims.sessionId, claims.userId, claims.organizationId, now))
              ),
              found("session ended")
            )
        })
      )
    }
  })
})

/** The authenticator as a layer. */
export const layer: Layer.Layer<Authenticator, never, Accounts | ApiKeys | Tokens | PrincipalCache> = Layer.effect(Authenticator, make)

/** Requires an authenticated caller (401 otherwise) and provides it as `CurrentPrincipal`. */
export class Authentication extends HttpApiMiddleware.Tag<Authentication>()("Authentication", {
  failure: Unauthorized.schema,
  provides: CurrentPrincipal,
  security: { bearer: HttpApiSecurity.bearer }
}) {}

/** The `Authentication` middleware: reads the guard's outcome for this request. */
export const AuthenticationLive: Layer.Layer<Authentication> = Layer.succeed(
  Authentication,
  Authentication.of({
    bearer: () =>
      Effect.flatMap(FiberRef.get(currentOutcome), (outcome) => {
        switch (outcome._tag) {
          case "Authenticated":
            return Effect.succeed(outcome.principal)
          case "Rejected":
            return Effect.fail(new Unauthorized({ error: outcome.reason }))
          case "Anonymous":
            return Effect.fail(new Unauthorized({ error: "authentication required: Authorization: Bearer <token or API key>" }))
        }
      })
  })
)
