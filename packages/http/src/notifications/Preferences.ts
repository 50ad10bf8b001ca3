/**
 * Per-user notification preferences: whether a user also receives their notifications by e-mail
 * (off until they turn it on). The preference belongs to the user, across every organization they
 * are a member of; it is stored on `sire_users.email_notifications`.
 *
 * @since 0.1.0
 */
import * as SqlClient from "@effect/sql/SqlClient"
import type { SqlError } from "@effect/sql/SqlError"
import { Context, Effect, Layer, Option } from "effect"

/** A user's preferences. */
export interface Preferences {
  /** Notifications are also sent by e-mail. */
  readonly email: boolean
}

/** Someone who receives a notification by e-mail. */
export interface Recipient {
  readonly userId: string
  readonly email: string
}

/** The preferences store. */
export class NotificationPreferences extends Context.Tag("@sire/http/NotificationPreferences")<NotificationPreferences, {
  /** The user's preferences; none when the user does not exist. */
  readonly get: (userId: string) => Effect.Effect<Option.Option<Preferences>, SqlError>
  /** Sets the user's preferences; none when the user does not exist. */
  readonly set: (userId: string, preferences: Preferences) => Effect.Effect<Option.Option<Preferences>, SqlError>
  /** The members of an organization (only `userId`, when given) who receive notifications by e-mail. */
  readonly emailRecipients: (organizationId: string, userId: string | undefined) => Effect.Effect<ReadonlyArray<Recipient>, SqlError>
}>() {}

const truthy = (value: boolean | number | string) => value === true || value === 1 || value === "t" || value === "true"

/** The preferences store over the `SqlClient` in context. */
export const make = Effect.map(SqlClient.SqlClient, (sql) =>
  NotificationPreferences.of({
    get: (userId) =>
      Effect.map(
        sql<{ readonly email: boolean | number | string }>`SELECT email_notifications AS "email" FROM sire_users WHERE id = ${userId}`,
        (rows) => Option.map(Option.fromNullable(rows[0]), (row) => ({ email: truthy(row.email) }))
      ),
    set: (userId, preferences) =>
      Effect.map(
        sql<{ readonly email: boolean | number | string }>`UPDATE sire_users SET email_notifications = ${preferences.email}
          WHERE id = ${userId} RETURNING email_notifications AS "email"`,
        (rows) => Option.map(Option.fromNullable(rows[0]), (row) => ({ email: truthy(row.email) }))
      ),
    emailRecipients: (organizationId, userId) =>
      sql<Recipient>`SELECT u.id AS "userId", u.email FROM sire_memberships m JOIN sire_users u ON u.id = m.user_id
        WHERE m.organization_id = ${organizationId} AND u.email_notifications
          ${userId === undefined ? sql`` : sql`AND u.id = ${userId}`}
        ORDER BY u.id`
  }))

/** The preferences store as a layer. */
export const layer: Layer.Layer<NotificationPreferences, never, SqlClient.SqlClient> = Layer.effect(NotificationPreferences, make)
