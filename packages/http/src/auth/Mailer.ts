/**
 * The port through which the server sends mail (password resets, team invitations, notification
 * e-mails). Both SQL implementations append each message to `sire_mail_outbox` with the caller's
 * `SqlClient` and say so (`transactional`), so that `sendingWith` writes the message with what caused
 * it, or not at all; a host's mailer (which may take its time, e.g. an HTTP API) is called after
 * that write instead, never while a transaction holds a connection: `layerQueue` queues it for the SMTP sender (`mail/Sender.ts`), `layerOutbox` (no SMTP
 * server configured) keeps it there and writes it to the server log.
 *
 * @since 0.1.0
 */
import * as SqlClient from "@effect/sql/SqlClient"
import type { SqlError } from "@effect/sql/SqlError"
import { Clock, Context, Effect, Layer } from "effect"

/** A message: a plain-text part and, optionally, an HTML alternative of the same content. */
export interface Message {
  readonly to: string
  readonly subject: string
  readonly text: string
  readonly html?: string | undefined
}

/** Sends mail: the message is stored (or handed on) when `send` succeeds; delivery itself happens later. */
export class Mailer extends Context.Tag("@sire/http/Mailer")<Mailer, {
  readonly send: (message: Message) => Effect.Effect<void, SqlError>
  /** True when `send` only writes with the caller's `SqlClient`, so it can join the caller's transaction. */
  readonly transactional?: boolean
}>() {}

/**
 * Runs `write`, then mails the messages it returns with its result: in one transaction when the
 * mailer is `transactional`, else the mail after the write has committed.
 */
export const sendingWith = <A, E, R>(
  sql: SqlClient.SqlClient,
  mailer: Mailer["Type"],
  write: Effect.Effect<readonly [A, ReadonlyArray<Message>], E, R>
): Effect.Effect<A, E | SqlError, R> => {
  const both = Effect.flatMap(write, ([result, messages]) =>
    Effect.as(Effect.forEach(messages, mailer.send, { discard: true }), result))
  return mailer.transactional === true ? sql.withTransaction(both) : both
}

/** Appends `message` to `sire_mail_outbox` with `status`; due at once when pending. */
const insert = (sql: SqlClient.SqlClient, message: Message, status: "pending" | "kept") =>
  Effect.flatMap(Clock.currentTimeMillis, (now) =>
    sql`INSERT INTO sire_mail_outbox (recipient, subject, body, html, status, next_attempt_at, created_at)
      VALUES (${message.to}, ${message.subject}, ${message.text}, ${message.html ?? null}, ${status},
        ${status === "pending" ? now : null}, ${now})`)

/** No SMTP server: logs each message (body included, so that a developer can follow its links) and keeps it in `sire_mail_outbox`. */
export const layerOutbox: Layer.Layer<Mailer, never, SqlClient.SqlClient> = Layer.effect(
  Mailer,
  Effect.map(SqlClient.SqlClient, (sql) =>
    Mailer.of({
      transactional: true,
      send: (message) =>
        Effect.zipRight(
          Effect.logInfo(`mail to ${message.to} (not delivered: SIRE_SMTP_URL is not set): ${message.subject}\n${message.text}`),
          Effect.asVoid(insert(sql, message, "kept"))
        )
    }))
)

/** SMTP configured: queues each message in `sire_mail_outbox` for the sender; the log names the recipient and subject only. */
export const layerQueue: Layer.Layer<Mailer, never, SqlClient.SqlClient> = Layer.effect(
  Mailer,
  Effect.map(SqlClient.SqlClient, (sql) =>
    Mailer.of({
      transactional: true,
      send: (message) =>
        Effect.zipRight(
          Effect.asVoid(insert(sql, message, "pending")),
          Effect.logDebug(`mail to ${message.to} queued: ${message.subject}`)
        )
    }))
)

/** Keeps messages in memory (newest last), for tests and hosts that read them themselves. */
export const makeMemory = (): { readonly mailer: Mailer["Type"]; readonly sent: Array<Message> } => {
  const sent: Array<Message> = []
  return { mailer: Mailer.of({ send: (message) => Effect.sync(() => void sent.push(message)) }), sent }
}
