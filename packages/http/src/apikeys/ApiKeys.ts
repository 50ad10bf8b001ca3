/**
 * API keys: `sk_` followed by 64 hex characters from the CSPRNG, shown once; stored as their
 * SHA-256 with a short display prefix; scoped to one organization; revocation takes effect on
 * the next request on every server (the `PrincipalCache` drops it when the key's row changes).
 *
 * @since 0.1.0
 */
import * as SqlClient from "@effect/sql/SqlClient"
import type { SqlError } from "@effect/sql/SqlError"
import { Context, Effect, Layer, Option } from "effect"
import * as Id from "@sire/core/Id"
import type { Page } from "@sire/core/WorkflowStore"
import type { Principal } from "../auth/Principal.js"
import type { Role } from "../auth/Roles.js"
import { digest, opaque } from "../auth/Tokens.js"
import { cut, olderThan } from "../Paging.js"
import { Changes } from "@sire/adapters/SqlChanges"

/** The shape of every API key. */
export const keyPattern = /^sk_[0-9a-f]{64}$/

/** An API key as listed (never the secret). Times are unix milliseconds. */
export interface ApiKey {
  readonly id: string
  readonly name: string
  readonly role: Role
  /** The first characters of the key, to recognise it (`sk_1a2b3c4d`). */
  readonly prefix: string
  readonly createdBy: string
  readonly createdAt: number
}

/** The API key store. */
export class ApiKeys extends Context.Tag("@sire/http/ApiKeys")<ApiKeys, {
  /** Creates a key; the secret is returned here and never again. */
  readonly create: (
    organizationId: string,
    options: { readonly name: string; readonly role: Role; readonly createdBy: string },
    now: number
  ) => Effect.Effect<{ readonly key: ApiKey; readonly secret: string }, SqlError>
  /** The organization's live keys, newest first. */
  readonly list: (organizationId: string, limit: number, cursor?: string) => Effect.Effect<Page<ApiKey>, SqlError>
  /** Revokes a live key of the organization; false when there is none with this id. */
  readonly revoke: (organizationId: string, id: string, now: number) => Effect.Effect<boolean, SqlError>
  /** The caller a presented key stands for, if it is live. */
  readonly principal: (secret: string) => Effect.Effect<Option.Option<Principal>, SqlError>
}>() {}

interface Row {
  readonly id: string
  readonly name: string
  readonly role: Role
  readonly prefix: string
  readonly createdBy: string
  readonly createdAt: string | number
}

const toKey = (row: Row): ApiKey => ({ ...row, createdAt: Number(row.createdAt) })


/** The API key store over the `SqlClient` in context. */
export const make = Effect.gen(function*() {
  const sql = yield* SqlClient.SqlClient
  const changes = yield* Changes
  return ApiKeys.of({
    create: (organizationId, options, now) =>
      Effect.gen(function*() {
        const id = yield* Id.make<string>("key")
        const secret = opaque("sk_")
        const prefix = secret.slice(0, 11)
        yield* sql`INSERT INTO sire_api_keys (id, organization_id, name, role, hash, prefix, created_by, created_at)
          VALUES (${id}, ${organizationId}, ${options.name}, ${options.role}, ${digest(secret)}, ${prefix},
            ${options.createdBy}, ${now})`
        return { key: { id, name: options.name, role: options.role, prefix, createdBy: options.createdBy, createdAt: now }, secret }
      }),
    list: (organizationId, limit, cursor) =>
      Effect.gen(function*() {
        const older = olderThan(sql, cursor)
        const rows = yield* sql<Row>`SELECT id, name, role, prefix, created_by AS "createdBy", created_at AS "createdAt"
          FROM sire_api_keys
          WHERE organization_id = ${organizationId} AND revoked_at IS NULL ${older}
          ORDER BY created_at DESC, id DESC
          LIMIT ${limit + 1}`
        return cut(rows.map(toKey), limit)
      }),
    revoke: (organizationId, id, now) =>
      Effect.map(
        sql`UPDATE sire_api_keys SET revoked_at = ${now}
          WHERE id = ${id} AND organization_id = ${organizationId} AND revoked_at IS NULL RETURNING id`,
        (rows) => rows.length > 0
      ).pipe(Effect.ensuring(changes.changed("auth"))),
    principal: (secret) =>
      Effect.map(
        sql<{ id: string; organizationId: string; role: Role; plan: string; createdBy: string }>`
          SELECT k.id, k.organization_id AS "organizationId", k.role, o.plan, k.created_by AS "createdBy"
          FROM sire_api_keys k JOIN sire_organizations o ON o.id = k.organization_id
          WHERE k.hash = ${digest(secret)} AND k.revoked_at IS NULL`,
        (rows) =>
          Option.map(Option.fromNullable(rows[0]), (row): Principal => ({
            organizationId: row.organizationId as Id.OrganizationId,
            role: row.role,
            plan: row.plan,
            userId: row.createdBy,
            apiKeyId: row.id
          }))
      )
  })
})

/** The API key store as a layer. */
export const layer: Layer.Layer<ApiKeys, never, SqlClient.SqlClient | Changes> = Layer.effect(ApiKeys, make)
