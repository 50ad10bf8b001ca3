/**
 * Handlers of the auth group.
 *
 * @since 0.1.0
 */
import { HttpApiBuilder } from "@effect/platform"
import * as SqlClient from "@effect/sql/SqlClient"
import { Changes } from "@sire/adapters/SqlChanges"
import { Clock, Effect, Option } from "effect"
import { SireApi } from "../Api.js"
import type { Actor } from "../audit/AuditLog.js"
import { actorOf, record, recordFailure } from "../audit/Audited.js"
import { Background } from "../Background.js"
import { BadRequest, internal, tooManyRequests, Unauthorized } from "../Errors.js"
import { seconds } from "../Schemas.js"
import { Settings } from "../Settings.js"
import { Accounts, normalizeEmail, type Profile } from "./Accounts.js"
import { LoginThrottle } from "./LoginThrottle.js"
import { Mailer } from "./Mailer.js"
import * as PasswordReset from "./PasswordReset.js"
import * as Passwords from "./Passwords.js"
import * as Sessions from "./Sessions.js"
import { CurrentPrincipal } from "./Principal.js"
import { digest, opaque, Tokens } from "./Tokens.js"

/** A user acting in person. */
const asUser = (userId: string): Actor => ({ type: "user", id: userId, userId })

/** A sign-in, as the audit log names it. */
const signIn = (userId: string) => ({ action: "user.login", resourceType: "user", resourceId: userId })

const forgotAnswer = { message: "If an account exists for this email, a reset link has been sent to it." }

/** A profile as the API shows it (unix seconds). */
export const showProfile = (profile: Profile, apiKeyId?: string) => ({
  id: profile.id,
  email: profile.email,
  name: profile.name,
  role: profile.role,
  organization: { ...profile.organization, createdAt: seconds(profile.organization.createdAt) },
  ...(apiKeyId !== undefined ? { apiKeyId } : {}),
  createdAt: seconds(profile.createdAt)
})

/** The auth group's handlers. */
export const AuthLive = HttpApiBuilder.group(SireApi, "auth", (handlers) =>
  Effect.gen(function*() {
    const accounts = yield* Accounts
    const tokens = yield* Tokens
    const mailer = yield* Mailer
    const settings = yield* Settings
    const throttle = yield* LoginThrottle
    const background = yield* Background
    const sql = yield* SqlClient.SqlClient
    // Stores signal `auth` inside these handlers' transactions: signalled again once they commit (`Audited.Subject.changes`).
    const changes = yield* Changes

    const openSession = (userId: string, organizationId: string) => Sessions.open({ accounts, tokens, settings }, userId, organizationId)

    return handlers
      .handle("signup", ({ payload }) =>
        Effect.gen(function*() {
          const email = normalizeEmail(payload.email)
          const name = payload.name ?? email.slice(0, email.indexOf("@"))
          const profile = yield* accounts.signup({
            email,
            name,
            passwordHash: yield* Passwords.hash(payload.password),
            organizationName: payload.organizationName ?? `${name}'s organization`
          }, yield* Clock.currentTimeMillis)
          const session = yield* openSession(profile.id, profile.organization.id)
          return { ...session, user: showProfile(profile) }
        }).pipe(
          Effect.catchTags({
            EmailTaken: () => Effect.fail(new BadRequest({ error: "an account with this email already exists" })),
            SqlError: internal
          })
        ))
      .handle("login", ({ payload }) =>
        Effect.gen(function*() {
          const email = normalizeEmail(payload.email)
          const throttleKey = digest(`login:${email}`)
          const attempt = yield* throttle.attempt(throttleKey, yield* Clock.currentTimeMillis)
          if (!attempt.admitted) {
            return yield* tooManyRequests("too many failed sign-ins for this account: try again later", attempt.retryAfterMs)
          }
          const account = yield* accounts.byEmail(email, payload.organizationId)
          const phc = Option.isSome(account) ? account.value.passwordHash : yield* Passwords.decoy
          const matches = yield* Passwords.verify(phc, payload.password)
          if (!matches || Option.isNone(account)) {
            const refused = new Unauthorized({ error: "invalid email or password" })
            if (Option.isSome(account)) {
              yield* recordFailure(account.value.organizationId, asUser(account.value.userId), signIn(account.value.userId), refused)
            }
            return yield* Effect.fail(refused)
          }
          yield* throttle.clear(throttleKey)
          const { organizationId, userId } = account.value
          return yield* sql.withTransaction(Effect.tap(
            openSession(userId, organizationId),
            () => record(organizationId, asUser(userId), signIn(userId), "success", null)
          ))
        }).pipe(Effect.catchTag("SqlError", internal)))
      .handle("logout", () =>
        Effect.gen(function*() {
          const principal = yield* CurrentPrincipal
          const sessionId = principal.sessionId
          if (sessionId === undefined) return
          yield* sql.withTransaction(Effect.gen(function*() {
            yield* accounts.revokeSession(sessionId, yield* Clock.currentTimeMillis)
            yield* record(principal.organizationId, actorOf(principal), { action: "user.logout", resourceType: "user", resourceId: principal.userId }, "success", null)
          })).pipe(Effect.ensuring(changes.changed("auth")))
        }).pipe(Effect.catchTag("SqlError", internal)))
      .handle("me", () =>
        Effect.gen(function*() {
          const principal = yield* CurrentPrincipal
          const profile = yield* accounts.profile(principal.userId, principal.organizationId)
          if (Option.isNone(profile)) return yield* Effect.fail(new Unauthorized({ error: "the account no longer exists" }))
          return showProfile({ ...profile.value, role: principal.role }, principal.apiKeyId)
        }).pipe(Effect.catchTag("SqlError", internal)))
      .handle("refresh", ({ payload }) =>
        Effect.gen(function*() {
          const next = opaque("rt_")
          const rotation = yield* accounts.rotate(digest(payload.refreshToken), digest(next), yield* Clock.currentTimeMillis, settings.refreshTtlMs)
          switch (rotation._tag) {
            case "Rotated": {
              const access = yield* tokens.issue(rotation)
              return { ...access, refreshToken: next }
            }
            case "Reused":
              yield* Effect.logWarning("refresh token reused: the session is revoked")
              return yield* Effect.fail(new Unauthorized({ error: "refresh token already used: the session has been ended" }))
            case "Invalid":
              return yield* Effect.fail(new Unauthorized({ error: "invalid or expired refresh token" }))
          }
        }).pipe(Effect.catchTag("SqlError", internal)))
      .handle("forgotPassword", ({ payload }) =>
        Effect.gen(function*() {
          const email = normalizeEmail(payload.email)
          const account = yield* accounts.byEmail(email)
          if (Option.isSome(account)) {
            yield* background.run("password reset mail", PasswordReset.begin({ sql, accounts, mailer, settings }, account.value.userId, email))
          }
          return forgotAnswer
        }).pipe(Effect.catchTag("SqlError", internal)))
      .handle("resetPassword", ({ payload }) =>
        Effect.gen(function*() {
          const passwordHash = yield* Passwords.hash(payload.password)
          const now = yield* Clock.currentTimeMillis
          const done = yield* sql.withTransaction(Effect.tap(
            accounts.finishReset(digest(payload.token), passwordHash, now),
            (reset) =>
              Effect.forEach(Option.toArray(reset), ({ organizationIds, userId }) =>
                Effect.forEach(organizationIds, (organizationId) =>
                  record(organizationId, asUser(userId), { action: "user.password_reset", resourceType: "user", resourceId: userId }, "success", null), { discard: true }), { discard: true })
          )).pipe(Effect.ensuring(changes.changed("auth")))
          if (Option.isNone(done)) return yield* Effect.fail(new BadRequest({ error: "invalid or expired reset token" }))
          return { message: "Password changed. Every session has been ended: log in again." }
        }).pipe(Effect.catchTag("SqlError", internal)))
  }))
