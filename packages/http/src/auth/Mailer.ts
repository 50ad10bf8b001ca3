/**
 * The port through which the server sends mail (password resets, team invitations). The default
 * writes each message to the server log and to the `sire_mail_outbox` table; an SMTP adapter can
 * replace it without touching the handlers.
 *
 * @since 0.1.0
 */
import * as SqlClient from "@effect/sql/SqlClient"
import { Context, Effect, Layer } from "effect"

/** A plain-text message. */
export interface Message {
  readonly to: string
  readonly subject: string
  readonly text: string
}

/** Sends mail. Failures are the adapter's to log: a request never fails because mail did. */
export class Mailer extends Context.Tag("@sire/http/Mailer")<Mailer, {
  readonly send: (message: Message) => Effect.Effect<void>
}>() {}

/** Logs each message and appends it to `sire_mail_outbox`. */
export const layerOutbox: Layer.Layer<Mailer, never, SqlClient.SqlClient> = Layer.effect(
  Mailer,
  Effect.gen(function*() {
    const sql = yield* SqlClient.SqlClient
    return Mailer.of({
      send: (message) =>
        Effect.zipRight(
          Effect.logInfo(`mail to ${message.to}: ${message.subject}\n${message.text}`),
          sql`INSERT INTO sire_mail_outbox (recipient, subject, body, created_at)
              VALUES (${message.to}, ${message.subject}, ${message.text}, ${Date.now()})`
        ).pipe(Effect.catchAll((error) => Effect.logError("mail outbox write failed", error)), Effect.asVoid)
    })
  })
)

/** Keeps messages in memory (newest last), for tests and hosts that read them themselves. */
export const makeMemory = (): { readonly mailer: Mailer["Type"]; readonly sent: Array<Message> } => {
  const sent: Array<Message> = []
  return { mailer: Mailer.of({ send: (message) => Effect.sync(() => void sent.push(message)) }), sent }
}
