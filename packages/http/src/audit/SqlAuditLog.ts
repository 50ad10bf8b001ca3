/**
 * The audit log over the `SqlClient` in context (table `sire_audit_log`, server migration
 * `0018_audit_log`): inserts only, listed newest first with keyset paging (`Paging`).
 *
 * @since 0.1.0
 */
import * as SqlClient from "@effect/sql/SqlClient"
import { Effect, Layer, Option } from "effect"
import * as Id from "@sire/core/Id"
import { clampBigint, cut, olderThan } from "../Paging.js"
import { AuditLog, type Entry } from "./AuditLog.js"

interface Row extends Omit<Entry, "createdAt"> {
  readonly createdAt: string | number
}

const toEntry = (row: Row): Entry => ({ ...row, createdAt: Number(row.createdAt) })

/** The audit log over the `SqlClient` in context. */
export const make = Effect.gen(function*() {
  const sql = yield* SqlClient.SqlClient
  const columns = sql`id, organization_id AS "organizationId", action, resource_type AS "resourceType",
    resource_id AS "resourceId", actor_type AS "actorType", actor_id AS "actorId", actor_user_id AS "actorUserId",
    actor_label AS "actorLabel", outcome, reason, request_id AS "requestId", address, user_agent AS "userAgent",
    created_at AS "createdAt"`
  const where = (column: string, value: string | undefined) =>
    value === undefined ? sql`` : sql`AND ${sql(column)} = ${value}`
  return AuditLog.of({
    record: (entry) =>
      Effect.gen(function*() {
        const id = yield* Id.make<string>("audit")
        const label = entry.actor.type === "apiKey"
          ? sql`(SELECT prefix FROM sire_api_keys WHERE id = ${entry.actor.id})`
          : sql`(SELECT email FROM sire_users WHERE id = ${entry.actor.id})`
        const member = entry.membersOnly === true
          ? sql`WHERE EXISTS (SELECT 1 FROM sire_memberships WHERE organization_id = ${entry.organizationId} AND user_id = ${entry.actor.userId})`
          : sql``
        const rows = yield* sql<Row>`INSERT INTO sire_audit_log (id, organization_id, action, resource_type, resource_id,
            actor_type, actor_id, actor_user_id, actor_label, outcome, reason, request_id, address, user_agent, created_at)
          SELECT ${id}, ${entry.organizationId}, ${entry.action}, ${entry.resourceType}, ${entry.resourceId},
            ${entry.actor.type}, ${entry.actor.id}, ${entry.actor.userId}, ${label}, ${entry.outcome}, ${entry.reason},
            ${entry.request.requestId}, ${entry.request.address}, ${entry.request.userAgent}, ${entry.at}
          ${member}
          RETURNING ${columns}`
        return Option.map(Option.fromNullable(rows[0]), toEntry)
      }),
    list: (organizationId, query) =>
      Effect.gen(function*() {
        const actor = query.actorId === undefined
          ? sql``
          : sql`AND (actor_id = ${query.actorId} OR actor_user_id = ${query.actorId})`
        const from = query.from === undefined ? sql`` : sql`AND created_at >= ${clampBigint(query.from)}`
        const to = query.to === undefined ? sql`` : sql`AND created_at <= ${clampBigint(query.to)}`
        const rows = yield* sql<Row>`SELECT ${columns} FROM sire_audit_log
          WHERE organization_id = ${organizationId}
            ${where("action", query.action)} ${where("resource_type", query.resourceType)}
            ${where("resource_id", query.resourceId)} ${actor} ${from} ${to} ${olderThan(sql, query.cursor)}
          ORDER BY created_at DESC, id DESC
          LIMIT ${query.limit + 1}`
        return cut(rows.map(toEntry), query.limit)
      }),
    get: (organizationId, id) =>
      Effect.map(
        sql<Row>`SELECT ${columns} FROM sire_audit_log WHERE id = ${id} AND organization_id = ${organizationId}`,
        (rows) => Option.map(Option.fromNullable(rows[0]), toEntry)
      )
  })
})

/** The audit log over SQL as a layer. */
export const layer: Layer.Layer<AuditLog, never, SqlClient.SqlClient> = Layer.effect(AuditLog, make)
