/**
 * Notifications: what the system tells an organization's members (an execution failed, an
 * invitation, a webhook endpoint disabled, the quota at 80% and 100%, credentials left without
 * allowed hosts by the upgrade that made them required). A notification is for one
 * user or, without one, for everyone in the organization; read state is per user
 * (`sire_notification_reads`), so one member reading an organization-wide notification leaves it
 * unread for the others. `notify` is idempotent per `dedupeKey` within an organization.
 *
 * @since 0.1.0
 */
import * as SqlClient from "@effect/sql/SqlClient"
import type { SqlError } from "@effect/sql/SqlError"
import { Clock, Context, Effect, Layer } from "effect"
import * as Id from "@sire/core/Id"
import type { Page } from "@sire/core/WorkflowStore"
import { cut, olderThan } from "../Paging.js"

/** What a notification is about; producers may add kinds, these are the system's own. */
export type Kind =
  | "execution.failed"
  | "invitation"
  | "webhook.disabled"
  | "quota.warning"
  | "quota.reached"
  | "credentials.hosts-required"
  | (string & {})

/** A notification to create. */
export interface Notice {
  readonly organizationId: string
  /** The one user it is for; absent (or null) for everyone in the organization. */
  readonly userId?: string | null | undefined
  readonly kind: Kind
  readonly title: string
  readonly body: string
  /** Any JSON, for clients to link to what it is about (e.g. `{ executionId }`). */
  readonly data?: unknown
  /** Creates it at most once per organization with this key (e.g. `execution.failed:<executionId>`). */
  readonly dedupeKey?: string | undefined
}

/** A notification as a user sees it. Times are unix milliseconds. */
export interface Notification {
  readonly id: string
  readonly kind: string
  readonly title: string
  readonly body: string
  readonly data?: unknown
  /** Whether the user reading it has marked it read. */
  readonly read: boolean
  readonly createdAt: number
}

/** Whose notifications: a user within an organization (organization-wide ones included). */
export interface Reader {
  readonly organizationId: string
  readonly userId: string
}

/** The notification store. */
export class Notifications extends Context.Tag("@sire/http/Notifications")<Notifications, {
  /** Creates a notification; false when its `dedupeKey` was already used in the organization (nothing is created). */
  readonly notify: (notice: Notice) => Effect.Effect<boolean, SqlError>
  /** The reader's notifications, newest first. */
  readonly list: (reader: Reader, limit: number, cursor?: string) => Effect.Effect<Page<Notification>, SqlError>
  /** The reader's unread notifications, newest first. */
  readonly inbox: (reader: Reader, limit: number, cursor?: string) => Effect.Effect<Page<Notification>, SqlError>
  /** Marks one of the reader's notifications read (again is a no-op); false when the reader has none with this id. */
  readonly markRead: (reader: Reader, id: string, now: number) => Effect.Effect<boolean, SqlError>
  /** Marks all the reader's notifications read; how many were unread. */
  readonly markAllRead: (reader: Reader, now: number) => Effect.Effect<number, SqlError>
}>() {}

interface Row {
  readonly id: string
  readonly kind: string
  readonly title: string
  readonly body: string
  readonly data: string | null
  readonly read: boolean | number | string
  readonly createdAt: string | number
}

const toNotification = (row: Row): Notification => ({
  id: row.id,
  kind: row.kind,
  title: row.title,
  body: row.body,
  ...(row.data !== null ? { data: JSON.parse(row.data) } : {}),
  read: row.read === true || row.read === 1 || row.read === "t" || row.read === "true",
  createdAt: Number(row.createdAt)
})


/** The notification store over the `SqlClient` in context. */
export const make = Effect.gen(function*() {
  const sql = yield* SqlClient.SqlClient
  const visible = (reader: Reader) =>
    sql`n.organization_id = ${reader.organizationId} AND (n.user_id IS NULL OR n.user_id = ${reader.userId})`
  const isRead = (reader: Reader) =>
    sql`EXISTS (SELECT 1 FROM sire_notification_reads r WHERE r.notification_id = n.id AND r.user_id = ${reader.userId})`

  const page = (reader: Reader, unreadOnly: boolean, limit: number, cursor?: string) =>
    Effect.gen(function*() {
      const older = olderThan(sql, cursor, sql`n.created_at`, sql`n.id`)
      const unread = unreadOnly ? sql`AND NOT ${isRead(reader)}` : sql``
      const rows = yield* sql<Row>`SELECT n.id, n.kind, n.title, n.body, n.data, n.created_at AS "createdAt",
          ${isRead(reader)} AS "read"
        FROM sire_notifications n
        WHERE ${visible(reader)} ${unread} ${older}
        ORDER BY n.created_at DESC, n.id DESC
        LIMIT ${limit + 1}`
      return cut(rows.map(toNotification), limit)
    })

  return Notifications.of({
    notify: (notice) =>
      Effect.gen(function*() {
        const id = yield* Id.make<string>("ntf")
        const now = yield* Clock.currentTimeMillis
        const data = notice.data === undefined ? null : JSON.stringify(notice.data)
        const rows = yield* sql`INSERT INTO sire_notifications
            (id, organization_id, user_id, kind, title, body, data, dedupe_key, created_at)
          VALUES (${id}, ${notice.organizationId}, ${notice.userId ?? null}, ${notice.kind}, ${notice.title},
            ${notice.body}, ${data}, ${notice.dedupeKey ?? null}, ${now})
          ON CONFLICT (organization_id, dedupe_key) DO NOTHING
          RETURNING id`
        return rows.length > 0
      }),
    list: (reader, limit, cursor) => page(reader, false, limit, cursor),
    inbox: (reader, limit, cursor) => page(reader, true, limit, cursor),
    markRead: (reader, id, now) =>
      Effect.map(
        sql`WITH target AS (
            SELECT n.id FROM sire_notifications n WHERE n.id = ${id} AND ${visible(reader)}
          ), marked AS (
            INSERT INTO sire_notification_reads (notification_id, user_id, read_at)
            SELECT target.id, ${reader.userId}, ${now} FROM target
            ON CONFLICT DO NOTHING
          )
          SELECT id FROM target`,
        (rows) => rows.length > 0
      ),
    markAllRead: (reader, now) =>
      Effect.map(
        sql`INSERT INTO sire_notification_reads (notification_id, user_id, read_at)
          SELECT n.id, ${reader.userId}, ${now} FROM sire_notifications n
          WHERE ${visible(reader)} AND NOT ${isRead(reader)}
          ON CONFLICT DO NOTHING
          RETURNING notification_id`,
        (rows) => rows.length
      )
  })
})

/** The notification store as a layer. */
export const layer: Layer.Layer<Notifications, never, SqlClient.SqlClient> = Layer.effect(Notifications, make)

/** Creates a notification with the store in context (for producers: invitations, webhooks, quotas, failures). */
export const notify = (notice: Notice): Effect.Effect<boolean, SqlError, Notifications> =>
  Effect.flatMap(Notifications, (notifications) => notifications.notify(notice))
