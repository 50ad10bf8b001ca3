/**
 * A sign-in provider: where to send the browser, and how to turn the provider's answer (at the
 * callback) into a verified identity. OpenID Connect providers (`Oidc`, `Apple`) and GitHub
 * (`GitHub`) implement it; `Providers` holds the configured ones.
 *
 * @since 0.1.0
 */
import { type Effect, Schema } from "effect"
import type { ProviderId } from "./Settings.js"

/** Why a provider could not sign someone in: unreachable or misbehaving (`Unavailable`), or it refused the answer (`Refused`). */
export class ProviderError extends Schema.TaggedError<ProviderError>()("OAuthProviderError", {
  reason: Schema.Literal("Unavailable", "Refused"),
  message: Schema.String
}) {}

/** Who the provider says signed in. */
export interface Identity {
  /** The provider's stable id of the account (`sub`, GitHub's numeric id). */
  readonly subject: string
  /** Lower-cased. */
  readonly email: string | undefined
  /** Whether the provider asserts that `email` belongs to the account. */
  readonly emailVerified: boolean
  readonly name: string | undefined
}

/** What the authorization request binds: state, PKCE verifier, nonce (OpenID Connect). */
export interface Checks {
  readonly state: string
  readonly codeVerifier: string
  readonly nonce: string
}

/** A configured provider. */
export interface Provider {
  readonly id: ProviderId
  /** The name the sign-in button shows. */
  readonly name: string
  /** `form_post`: the provider POSTs its answer to the callback (Apple); `query`: a GET with the answer in the query. */
  readonly responseMode: "query" | "form_post"
  /** The authorization URL the browser is sent to. */
  readonly authorizationUrl: (redirectUri: string, checks: Checks) => Effect.Effect<URL, ProviderError>
  /**
   * Exchanges the code in `params` (the callback's query or form, state already checked) for the
   * identity, verifying PKCE and, for OpenID Connect, the ID token (signature, issuer, audience,
   * expiry, nonce).
   */
  readonly complete: (redirectUri: string, params: URLSearchParams, checks: Checks) => Effect.Effect<Identity, ProviderError>
}

/** Whether a claim says "verified": `true`, or Apple's `"true"`. */
export const isVerified = (claim: unknown): boolean => claim === true || claim === "true"
