/**
 * The SMTP port: hands one message to a mail server. The nodemailer implementation connects to
 * `SIRE_SMTP_URL` (`smtp://` with STARTTLS when the server offers it, `smtps://` for TLS from the
 * start), sends from `SIRE_MAIL_FROM` with a plain-text part and an HTML alternative, and tells
 * permanent refusals (5xx replies, a message nodemailer cannot address) from failures worth a retry
 * (no connection, time-outs, 4xx replies). nodemailer is loaded on the first message.
 *
 * @since 0.1.0
 */
import { Context, Data, Effect, Layer, Redacted } from "effect"
import type { Message } from "../auth/Mailer.js"
import type { SmtpConfig } from "../ServerConfig.js"

/** An attempt that failed; `permanent` when trying again would be refused the same way. */
export class SmtpError extends Data.TaggedError("SmtpError")<{
  readonly message: string
  readonly permanent: boolean
}> {}

/** Delivers messages to a mail server. */
export class Smtp extends Context.Tag("@sire/http/Smtp")<Smtp, {
  readonly deliver: (message: Message) => Effect.Effect<void, SmtpError>
}>() {}

/** The longest waits of one attempt: connecting, the greeting, and any silence after it. */
export const timeouts = { connectionTimeout: 15_000, greetingTimeout: 15_000, socketTimeout: 60_000 } as const

/** nodemailer's error, as far as it tells the reply or the kind of failure. */
interface NodemailerError {
  readonly message?: string
  readonly code?: string
  readonly responseCode?: number
  readonly response?: string
}

/** Codes of nodemailer errors about the message itself (no recipient, a malformed address): retrying changes nothing. */
const messageErrors = new Set(["EENVELOPE", "EMESSAGE"])

/** The failure of an attempt, from what nodemailer threw. */
export const classify = (error: unknown): SmtpError => {
  const e = (typeof error === "object" && error !== null ? error : {}) as NodemailerError
  const code = typeof e.responseCode === "number" ? e.responseCode : undefined
  const text = (e.response ?? e.message ?? String(error)).replace(/\s+/g, " ").trim()
  if (code !== undefined) return new SmtpError({ message: `the SMTP server answered ${text}`, permanent: code >= 500 && code < 600 })
  return new SmtpError({
    message: `${e.code !== undefined ? `${e.code}: ` : ""}${text}`,
    permanent: e.code !== undefined && messageErrors.has(e.code)
  })
}

/** The server in words, without credentials: `smtp://host:port`. */
export const describe = (config: SmtpConfig): string => {
  const url = new URL(Redacted.value(config.url))
  const port = url.port !== "" ? url.port : url.protocol === "smtps:" ? "465" : "587"
  return `${url.protocol}//${url.hostname}:${port}`
}

/** Delivers through the SMTP server of `config` (one connection per message: mail is rare); closed with the scope. */
export const layer = (config: SmtpConfig): Layer.Layer<Smtp> =>
  Layer.scoped(
    Smtp,
    Effect.gen(function*() {
      const transporter = yield* Effect.cached(
        Effect.promise(async () => {
          const nodemailer = await import("nodemailer")
          return nodemailer.createTransport({ url: Redacted.value(config.url), ...timeouts }, { from: config.from })
        })
      )
      let opened: { close: () => void } | undefined
      yield* Effect.addFinalizer(() => Effect.sync(() => opened?.close()))
      return Smtp.of({
        deliver: (message) =>
          Effect.flatMap(transporter, (transport) => {
            opened = transport
            return Effect.tryPromise({
              try: () =>
                transport.sendMail({
                  to: message.to,
                  subject: message.subject,
                  text: message.text,
                  ...(message.html !== undefined ? { html: message.html } : {})
                }),
              catch: classify
            })
          }).pipe(Effect.asVoid)
      })
    })
  )
