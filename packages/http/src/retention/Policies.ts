/**
 * Each organization's retention period: the server's (`SIRE_RETENTION_DAYS`) unless an admin set
 * one of its own (`sire_retention_policies`).
 *
 * @since 0.1.0
 */
import * as SqlClient from "@effect/sql/SqlClient"
import type { SqlError } from "@effect/sql/SqlError"
import { Context, Effect, Layer, Option } from "effect"

/** The fewest days of retention an organization or the server may set. */
export const minDays = 1
/** The most days of retention an organization or the server may set (ten years). */
export const maxDays = 3650

/** An organization's own period, as stored. */
export interface Policy {
  readonly days: number
  readonly updatedBy: string
  readonly updatedAt: number
}

/** The organizations' own retention periods. */
export class Policies extends Context.Tag("@sire/http/retention/Policies")<Policies, {
  /** The organization's own period, if it set one. */
  readonly get: (organizationId: string) => Effect.Effect<Option.Option<Policy>, SqlError>
  /** Sets the organization's own period. */
  readonly set: (organizationId: string, policy: Policy) => Effect.Effect<void, SqlError>
  /** Removes the organization's own period: the server's applies again. */
  readonly clear: (organizationId: string) => Effect.Effect<void, SqlError>
}>() {}

/** The store over the `SqlClient` in context. */
export const make = Effect.gen(function*() {
  const sql = yield* SqlClient.SqlClient
  return Policies.of({
    get: (organizationId) =>
      Effect.map(
        sql<Policy>`SELECT days, updated_by AS "updatedBy", updated_at AS "updatedAt"
          FROM sire_retention_policies WHERE organization_id = ${organizationId}`,
        (rows) => Option.map(Option.fromNullable(rows[0]), (row) => ({ ...row, updatedAt: Number(row.updatedAt) }))
      ),
    set: (organizationId, policy) =>
      Effect.asVoid(sql`INSERT INTO sire_retention_policies (organization_id, days, updated_by, updated_at)
        VALUES (${organizationId}, ${policy.days}, ${policy.updatedBy}, ${policy.updatedAt})
        ON CONFLICT (organization_id) DO UPDATE
        SET days = excluded.days, updated_by = excluded.updated_by, updated_at = excluded.updated_at`),
    clear: (organizationId) => Effect.asVoid(sql`DELETE FROM sire_retention_policies WHERE organization_id = ${organizationId}`)
  })
})

/** The store as a layer. */
export const layer: Layer.Layer<Policies, never, SqlClient.SqlClient> = Layer.effect(Policies, make)
