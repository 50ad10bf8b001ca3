/**
 * The first half of a password reset: a single-use token (stored as its SHA-256) and the mail that
 * carries it (`mail/Templates`), written together. `forgot-password` runs it in the background, after answering, so that the answer
 * takes as long for an account that exists as for one that does not.
 *
 * @since 0.1.0
 */
import type * as SqlClient from "@effect/sql/SqlClient"
import type { SqlError } from "@effect/sql/SqlError"
import { Clock, Effect } from "effect"
import type { Settings } from "../Settings.js"
import type { Accounts } from "./Accounts.js"
import { type Mailer, type Message, sendingWith } from "./Mailer.js"
import * as Templates from "../mail/Templates.js"
import { digest, opaque } from "./Tokens.js"

/** The mail that carries reset token `token` to `to`. */
export const message = (settings: Settings, to: string, token: string): Message =>
  Templates.passwordReset({ publicUrl: settings.publicUrl, to, token, validMinutes: Math.round(settings.resetTtlMs / 60_000) })

/** Stores a new reset token for `userId`, valid `settings.resetTtlMs`, and mails it to `email` (`Mailer.sendingWith`). */
export const begin = (
  services: {
    readonly sql: SqlClient.SqlClient
    readonly accounts: Accounts["Type"]
    readonly mailer: Mailer["Type"]
    readonly settings: Settings
  },
  userId: string,
  email: string
): Effect.Effect<void, SqlError> =>
  sendingWith(services.sql, services.mailer, Effect.gen(function*() {
    const token = opaque("rst_")
    const now = yield* Clock.currentTimeMillis
    yield* services.accounts.startReset(userId, digest(token), now, now + services.settings.resetTtlMs)
    return [undefined, [message(services.settings, email, token)]] as const
  }))
