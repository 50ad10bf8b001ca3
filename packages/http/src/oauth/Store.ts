/**
 * What sign-in with a provider keeps on SQL: the flows in progress (keyed by the SHA-256 of the
 * browser's flow cookie, single use, ten minutes), the one-time codes the browser trades for a
 * session (SHA-256, single use, one minute), and the provider identities linked to users. Starting
 * a flow (issuing a code) deletes the flows (codes) past their time.
 *
 * @since 0.1.0
 */
import * as SqlClient from "@effect/sql/SqlClient"
import type { SqlError } from "@effect/sql/SqlError"
import { Context, Effect, Layer, Option } from "effect"

/** A sign-in in progress, as the authorization request bound it. */
export interface Flow {
  readonly provider: string
  readonly state: string
  readonly codeVerifier: string
  readonly nonce: string
  /** The app path the browser returns to. */
  readonly returnTo: string
}

/** Who a one-time code signs in. */
export interface Grant {
  readonly userId: string
  readonly organizationId: string
}

/** The sign-in store. Times are unix milliseconds; hashes are SHA-256 hex. */
export class Store extends Context.Tag("@sire/http/OAuthStore")<Store, {
  /** Records a flow under the hash of its browser cookie. */
  readonly begin: (cookieHash: string, flow: Flow, now: number, expiresAt: number) => Effect.Effect<void, SqlError>
  /** Spends the live flow of a cookie (none if unknown, expired or spent). */
  readonly take: (cookieHash: string, now: number) => Effect.Effect<Option.Option<Flow>, SqlError>
  /** The user a provider identity is linked to. */
  readonly linked: (provider: string, subject: string) => Effect.Effect<Option.Option<string>, SqlError>
  /** Links a provider identity to a user. */
  readonly link: (provider: string, subject: string, userId: string, email: string, now: number) => Effect.Effect<void, SqlError>
  /** The organization a user signs in to by default: their first. */
  readonly firstOrganization: (userId: string) => Effect.Effect<Option.Option<string>, SqlError>
  /** Records a one-time code (its hash) for a user in an organization. */
  readonly issue: (codeHash: string, grant: Grant, now: number, expiresAt: number) => Effect.Effect<void, SqlError>
  /** Spends a live one-time code (none if unknown, expired or spent). */
  readonly redeem: (codeHash: string, now: number) => Effect.Effect<Option.Option<Grant>, SqlError>
}>() {}

/** The store over the `SqlClient` in context (server migrations applied). */
export const make = Effect.gen(function*() {
  const sql = yield* SqlClient.SqlClient
  return Store.of({
    begin: (cookieHash, flow, now, expiresAt) =>
      // flows past their time are of no use any more: each new one clears them away
      Effect.zipRight(sql`DELETE FROM sire_oauth_flows WHERE expires_at <= ${now}`, sql`INSERT INTO sire_oauth_flows (cookie_hash, provider, state, code_verifier, nonce, return_to, created_at, expires_at)
        VALUES (${cookieHash}, ${flow.provider}, ${flow.state}, ${flow.codeVerifier}, ${flow.nonce}, ${flow.returnTo}, ${now}, ${expiresAt})`).pipe(Effect.asVoid),
    take: (cookieHash, now) =>
      Effect.map(
        sql<Flow>`UPDATE sire_oauth_flows SET used_at = ${now}
          WHERE cookie_hash = ${cookieHash} AND used_at IS NULL AND expires_at > ${now}
          RETURNING provider, state, code_verifier AS "codeVerifier", nonce, return_to AS "returnTo"`,
        (rows) => Option.fromNullable(rows[0])
      ),
    linked: (provider, subject) =>
      Effect.map(
        sql<{ userId: string }>`SELECT user_id AS "userId" FROM sire_oauth_identities WHERE provider = ${provider} AND subject = ${subject}`,
        (rows) => Option.map(Option.fromNullable(rows[0]), (row) => row.userId)
      ),
    link: (provider, subject, userId, email, now) =>
      Effect.asVoid(sql`INSERT INTO sire_oauth_identities (provider, subject, user_id, email, created_at)
        VALUES (${provider}, ${subject}, ${userId}, ${email}, ${now})`),
    firstOrganization: (userId) =>
      Effect.map(
        sql<{ organizationId: string }>`SELECT organization_id AS "organizationId" FROM sire_memberships
          WHERE user_id = ${userId} ORDER BY created_at, organization_id LIMIT 1`,
        (rows) => Option.map(Option.fromNullable(rows[0]), (row) => row.organizationId)
      ),
    issue: (codeHash, grant, now, expiresAt) =>
      Effect.zipRight(sql`DELETE FROM sire_oauth_codes WHERE expires_at <= ${now}`, sql`INSERT INTO sire_oauth_codes (hash, user_id, organization_id, created_at, expires_at)
        VALUES (${codeHash}, ${grant.userId}, ${grant.organizationId}, ${now}, ${expiresAt})`).pipe(Effect.asVoid),
    redeem: (codeHash, now) =>
      Effect.map(
        sql<Grant>`UPDATE sire_oauth_codes SET used_at = ${now}
          WHERE hash = ${codeHash} AND used_at IS NULL AND expires_at > ${now}
          RETURNING user_id AS "userId", organization_id AS "organizationId"`,
        (rows) => Option.fromNullable(rows[0])
      )
  })
})

/** The store as a layer. */
export const layer: Layer.Layer<Store, never, SqlClient.SqlClient> = Layer.effect(Store, make)
