/**
 * Stored credentials: a name, a type, the hosts they may be sent to, and a value (any JSON) that
 * is encrypted at rest (`Cipher`, AES-256-GCM bound to the organization and credential ids) and
 * never leaves the server: only the server-internal `decrypt` opens it (for the nodes, as their
 * `CredentialVault` (`vault`), which sends it only toward `allowedHosts`; and to verify webhook
 * triggers' deliveries).
 *
 * @since 0.1.0
 */
import * as SqlClient from "@effect/sql/SqlClient"
import type { SqlError } from "@effect/sql/SqlError"
import { Context, Data, Effect, Layer, type Redacted } from "effect"
import * as Id from "@sire/core/Id"
import type { Page } from "@sire/core/WorkflowStore"
import * as CredentialVault from "@sire/nodes/CredentialVault"
import * as Cipher from "./Cipher.js"
import { cut, olderThan } from "../Paging.js"

/** The credential types (how the `http` node applies a value). */
export const types = CredentialVault.types
/** A credential type. */
export type CredentialType = CredentialVault.CredentialType

/** A credential as listed (never its value). Times are unix milliseconds. */
export interface Credential {
  readonly id: string
  readonly name: string
  readonly type: CredentialType
  /** The only hostnames the value may be sent to; empty: it is sent nowhere. */
  readonly allowedHosts: ReadonlyArray<string>
  readonly createdAt: number
  readonly updatedAt: number
}

/** A credential with its decrypted value: server-internal, never answered or logged. */
export interface Decrypted {
  readonly credential: Credential
  readonly value: unknown
}

/** No credential with this id in the organization. */
export class CredentialNotFound extends Data.TaggedError("CredentialNotFound")<{ readonly credentialId: string }> {
  /** The message. */
  override get message() {
    return `credential ${this.credentialId} not found`
  }
}

/** The credential store. */
export class Credentials extends Context.Tag("@sire/http/Credentials")<Credentials, {
  /** Encrypts and stores a credential; answers it without its value. */
  readonly create: (
    organizationId: string,
    options: {
      readonly name: string
      readonly type: CredentialType
      readonly value: unknown
      readonly allowedHosts: ReadonlyArray<string>
    },
    now: number
  ) => Effect.Effect<Credential, SqlError>
  /** The organization's credentials, newest first, without values. */
  readonly list: (organizationId: string, limit: number, cursor?: string) => Effect.Effect<Page<Credential>, SqlError>
  /** One credential of the organization, without its value. */
  readonly get: (organizationId: string, id: string) => Effect.Effect<Credential | undefined, SqlError>
  /**
   * Changes a credential of the organization: a new `value` (with its `type`) is encrypted anew,
   * the rest is kept; undefined when there is none with this id.
   */
  readonly update: (
    organizationId: string,
    id: string,
    changes: {
      readonly name?: string
      readonly type?: CredentialType
      readonly value?: unknown
      readonly allowedHosts?: ReadonlyArray<string>
    },
    now: number
  ) => Effect.Effect<Credential | undefined, SqlError>
  /** Deletes a credential of the organization; false when there is none with this id. */
  readonly remove: (organizationId: string, id: string) => Effect.Effect<boolean, SqlError>
  /** Server-internal: the credential and its decrypted value; fails when it is not the organization's or does not open. */
  readonly decrypt: (
    organizationId: string,
    credentialId: string
  ) => Effect.Effect<Decrypted, CredentialNotFound | Cipher.DecryptionFailed | SqlError>
}>() {}

interface Row {
  readonly id: string
  readonly name: string
  readonly type: CredentialType
  readonly allowedHosts: string
  readonly createdAt: string | number
  readonly updatedAt: string | number
}

const toCredential = (row: Row): Credential => ({
  id: row.id,
  name: row.name,
  type: row.type,
  allowedHosts: JSON.parse(row.allowedHosts) as Array<string>,
  createdAt: Number(row.createdAt),
  updatedAt: Number(row.updatedAt)
})


/** The credential store over the `SqlClient` in context, encrypting with a key derived from `secret`. */
export const make = (secret: Redacted.Redacted) =>
  Effect.gen(function*() {
    const sql = yield* SqlClient.SqlClient
    const cipher = Cipher.fromSecret(secret)
    return Credentials.of({
      create: (organizationId, options, now) =>
        Effect.gen(function*() {
          const id = yield* Id.make<string>("cred")
          const sealed = yield* cipher.seal(options.value, { organizationId, credentialId: id })
          yield* sql`INSERT INTO sire_credentials
            (id, organization_id, name, type, allowed_hosts, encrypted_value, created_at, updated_at)
            VALUES (${id}, ${organizationId}, ${options.name}, ${options.type}, ${JSON.stringify(options.allowedHosts)},
              ${sealed}, ${now}, ${now})`
          return { id, name: options.name, type: options.type, allowedHosts: options.allowedHosts, createdAt: now, updatedAt: now }
        }),
      list: (organizationId, limit, cursor) =>
        Effect.gen(function*() {
          const older = olderThan(sql, cursor)
          const rows = yield* sql<Row>`SELECT id, name, type, allowed_hosts AS "allowedHosts",
              created_at AS "createdAt", updated_at AS "updatedAt"
            FROM sire_credentials
            WHERE organization_id = ${organizationId} ${older}
            ORDER BY created_at DESC, id DESC
            LIMIT ${limit + 1}`
          return cut(rows.map(toCredential), limit)
        }),
      get: (organizationId, id) =>
        Effect.map(
          sql<Row>`SELECT id, name, type, allowed_hosts AS "allowedHosts", created_at AS "createdAt", updated_at AS "updatedAt"
            FROM sire_credentials WHERE id = ${id} AND organization_id = ${organizationId}`,
          (rows) => (rows[0] === undefined ? undefined : toCredential(rows[0]))
        ),
      update: (organizationId, id, changes, now) =>
        Effect.gen(function*() {
          // Sealed with the same associated data as at creation: the value stays bound to this org and id.
          const sealed = changes.value === undefined ? null : yield* cipher.seal(changes.value, { organizationId, credentialId: id })
          const hosts = changes.allowedHosts === undefined ? null : JSON.stringify(changes.allowedHosts)
          const rows = yield* sql<Row>`UPDATE sire_credentials SET
              name = COALESCE(${changes.name ?? null}, name),
              type = COALESCE(${changes.type ?? null}, type),
              allowed_hosts = COALESCE(${hosts}, allowed_hosts),
              encrypted_value = COALESCE(${sealed}, encrypted_value),
              updated_at = ${now}
            WHERE id = ${id} AND organization_id = ${organizationId}
            RETURNING id, name, type, allowed_hosts AS "allowedHosts", created_at AS "createdAt", updated_at AS "updatedAt"`
          return rows[0] === undefined ? undefined : toCredential(rows[0])
        }),
      remove: (organizationId, id) =>
        Effect.map(
          sql`DELETE FROM sire_credentials WHERE id = ${id} AND organization_id = ${organizationId} RETURNING id`,
          (rows) => rows.length > 0
        ),
      decrypt: (organizationId, credentialId) =>
        Effect.gen(function*() {
          const rows = yield* sql<Row & { readonly encryptedValue: string }>`SELECT id, name, type,
              allowed_hosts AS "allowedHosts", encrypted_value AS "encryptedValue",
              created_at AS "createdAt", updated_at AS "updatedAt"
            FROM sire_credentials
            WHERE id = ${credentialId} AND organization_id = ${organizationId}`
          const row = rows[0]
          if (row === undefined) return yield* Effect.fail(new CredentialNotFound({ credentialId }))
          const value = yield* cipher.open(row.encryptedValue, { organizationId, credentialId })
          return { credential: toCredential(row), value }
        })
    })
  })

/** The credential store as a layer, keyed from the server secret. */
export const layer = (secret: Redacted.Redacted): Layer.Layer<Credentials, never, SqlClient.SqlClient> =>
  Layer.effect(Credentials, make(secret))

/** Why the store could not open a credential, as the nodes' vault says it (never the value). */
const unavailable = (credentialId: string, reason: CredentialVault.CredentialUnavailable["reason"]) =>
  Effect.fail(new CredentialVault.CredentialUnavailable({ credentialId, reason }))

/** The store as the nodes' `CredentialVault`: a credential of the executing organization, decrypted. */
export const vault: Layer.Layer<CredentialVault.CredentialVault, never, Credentials> = Layer.effect(
  CredentialVault.CredentialVault,
  Effect.map(Credentials, (store) =>
    CredentialVault.CredentialVault.of({
      open: (organizationId, credentialId) =>
        store.decrypt(organizationId, credentialId).pipe(
          Effect.map(({ credential, value }) => ({ id: credential.id, type: credential.type, allowedHosts: credential.allowedHosts, value })),
          Effect.catchTags({
            CredentialNotFound: () => unavailable(credentialId, "NotFound"),
            DecryptionFailed: () => unavailable(credentialId, "Undecryptable"),
            SqlError: () => unavailable(credentialId, "StoreUnavailable")
          })
        )
    }))
)
