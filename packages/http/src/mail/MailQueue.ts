/**
 * The mail queue: the `pending` rows of `sire_mail_outbox` (written by `Mailer.layerQueue`), which
 * the sender (`Sender.ts`) claims and settles. A claim takes due rows with `FOR UPDATE SKIP LOCKED`
 * and moves their `next_attempt_at` ahead by a lease, so that across processes one sender holds a
 * message at a time; each settlement names the lease it holds and changes nothing when the lease
 * was lost (the message then belongs to whoever claimed it since).
 *
 * @since 0.1.0
 */
import * as SqlClient from "@effect/sql/SqlClient"
import type { SqlError } from "@effect/sql/SqlError"
import type { Fragment } from "@effect/sql/Statement"
import { Context, Effect, Layer } from "effect"

/** A claimed message. */
export interface Claimed {
  readonly id: string
  readonly to: string
  readonly subject: string
  readonly text: string
  readonly html?: string | undefined
  /** Attempts made before this one. */
  readonly attempts: number
  /** The lease this claim holds (the row's `next_attempt_at` until settled). */
  readonly lease: number
}

/** Longest `last_error` kept. */
const maxErrorLength = 1_000

/** The queue's operations. Each settlement answers whether it held the lease. */
export class MailQueue extends Context.Tag("@sire/http/MailQueue")<MailQueue, {
  /** Claims up to `limit` messages due at `now`, each for `leaseMs`. */
  readonly claim: (limit: number, now: number, leaseMs: number) => Effect.Effect<ReadonlyArray<Claimed>, SqlError>
  /** The message was accepted by the SMTP server at `now`. */
  readonly sent: (message: Claimed, now: number) => Effect.Effect<boolean, SqlError>
  /** An attempt failed with `error`: tried again at `retryAt`. */
  readonly retry: (message: Claimed, error: string, retryAt: number) => Effect.Effect<boolean, SqlError>
  /** An attempt failed with `error`, and no other is made: the message is `failed`. */
  readonly fail: (message: Claimed, error: string) => Effect.Effect<boolean, SqlError>
  /** Gives a claimed message back, due at `now` (its sender stops), without counting an attempt. */
  readonly release: (message: Claimed, now: number) => Effect.Effect<boolean, SqlError>
}>() {}

interface Row {
  readonly id: string | number
  readonly to: string
  readonly subject: string
  readonly text: string
  readonly html: string | null
  readonly attempts: string | number
  readonly lease: string | number
}

/** The queue over the `SqlClient` in context. */
export const make = Effect.map(SqlClient.SqlClient, (sql) => {
  const settle = (message: Claimed, set: Fragment) =>
    Effect.map(
      sql`UPDATE sire_mail_outbox SET ${set}
        WHERE id = ${Number(message.id)} AND status = 'pending' AND next_attempt_at = ${message.lease}
        RETURNING id`,
      (rows) => rows.length > 0
    )
  return MailQueue.of({
    claim: (limit, now, leaseMs) =>
      Effect.map(
        sql<Row>`WITH due AS (
            SELECT id FROM sire_mail_outbox
            WHERE status = 'pending' AND next_attempt_at <= ${now}
            ORDER BY next_attempt_at, id
            LIMIT ${limit}
            FOR UPDATE SKIP LOCKED
          )
          UPDATE sire_mail_outbox m SET next_attempt_at = ${now + leaseMs}
          FROM due WHERE m.id = due.id
          RETURNING m.id, m.recipient AS "to", m.subject, m.body AS "text", m.html, m.attempts, m.next_attempt_at AS "lease"`,
        (rows) =>
          rows.map((row) => ({
            id: String(row.id),
            to: row.to,
            subject: row.subject,
            text: row.text,
            ...(row.html !== null ? { html: row.html } : {}),
            attempts: Number(row.attempts),
            lease: Number(row.lease)
          }))
      ),
    sent: (message, now) =>
      settle(message, sql`status = 'sent', attempts = attempts + 1, sent_at = ${now}, last_error = NULL, next_attempt_at = NULL`),
    retry: (message, error, retryAt) =>
      settle(message, sql`attempts = attempts + 1, last_error = ${error.slice(0, maxErrorLength)}, next_attempt_at = ${retryAt}`),
    fail: (message, error) =>
      settle(message, sql`status = 'failed', attempts = attempts + 1, last_error = ${error.slice(0, maxErrorLength)}, next_attempt_at = NULL`),
    release: (message, now) => settle(message, sql`next_attempt_at = ${now}`)
  })
})

/** The queue as a layer. */
export const layer: Layer.Layer<MailQueue, never, SqlClient.SqlClient> = Layer.effect(MailQueue, make)
