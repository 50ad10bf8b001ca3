/**
 * Users, organizations, memberships, sessions with rotating refresh tokens, and password resets,
 * on SQL (the server always runs over PGlite or PostgreSQL). Secrets are stored only as hashes:
 * Argon2id for passwords, SHA-256 for the high-entropy tokens.
 *
 * @since 0.1.0
 */
import * as SqlClient from "@effect/sql/SqlClient"
import type { SqlError } from "@effect/sql/SqlError"
import { Context, Effect, Layer, Option, Schema } from "effect"
import * as Id from "@sire/core/Id"
import type { Principal } from "./Principal.js"
import type { Role } from "./Roles.js"
import { Changes } from "@sire/adapters/SqlChanges"

/** The email is already registered. */
export class EmailTaken extends Schema.TaggedError<EmailTaken>()("EmailTaken", { email: Schema.String }) {}

/** A user as the API shows it. */
export interface User {
  readonly id: string
  readonly email: string
  readonly name: string
  readonly createdAt: number
}

/** An organization as the API shows it. */
export interface Organization {
  readonly id: string
  readonly name: string
  readonly plan: string
  readonly createdAt: number
}

/** A user seen from one of their organizations. */
export interface Profile extends User {
  readonly role: Role
  readonly organization: Organization
}

/** The outcome of presenting a refresh token. */
export type Rotation =
  | { readonly _tag: "Rotated"; readonly userId: string; readonly organizationId: string; readonly sessionId: string }
  | { readonly _tag: "Reused" }
  | { readonly _tag: "Invalid" }

/** What creating an account needs; the password arrives hashed. */
export interface NewAccount {
  readonly email: string
  readonly name: string
  readonly passwordHash: string
  readonly organizationName: string
}

/** The account store. Times are unix milliseconds. */
export class Accounts extends Context.Tag("@sire/http/Accounts")<Accounts, {
  /** Creates a user, their organization (free plan) and their owner membership, atomically. */
  readonly signup: (account: NewAccount, now: number) => Effect.Effect<Profile, EmailTaken | SqlError>
  /**
   * The user with this (normalized) email, with their password hash and first organization — or the
   * named one, when they are a member of it (none otherwise).
   */
  readonly byEmail: (email: string, organizationId?: string) => Effect.Effect<
    Option.Option<{ readonly userId: string; readonly passwordHash: string; readonly organizationId: string }>,
    SqlError
  >
  /** A user as seen from an organization they belong to. */
  readonly profile: (userId: string, organizationId: string) => Effect.Effect<Option.Option<Profile>, SqlError>
  /** Opens a session whose first refresh token has hash `refreshHash`; returns the session id. */
  readonly openSession: (
    userId: string,
    organizationId: string,
    refreshHash: string,
    now: number,
    ttlMs: number
  ) => Effect.Effect<string, SqlError>
  /** The caller behind a live session of a member of the organization. */
  readonly sessionPrincipal: (sessionId: string, userId: string, organizationId: string, now: number) => Effect.Effect<
    Option.Option<Principal>,
    SqlError
  >
  /** Spends a refresh token for a new one in the same session; a spent token presented again revokes the session. */
  readonly rotate: (oldHash: string, newHash: string, now: number, ttlMs: number) => Effect.Effect<Rotation, SqlError>
  /** Ends a session: its access and refresh tokens stop working at once. */
  readonly revokeSession: (sessionId: string, now: number) => Effect.Effect<void, SqlError>
  /** Records a password-reset token (hash) for a user. */
  readonly startReset: (userId: string, hash: string, now: number, expiresAt: number) => Effect.Effect<void, SqlError>
  /** Spends a live reset token: sets the password and revokes every session of the user; the user and their organizations, none if the token is not live. */
  readonly finishReset: (hash: string, passwordHash: string, now: number) => Effect.Effect<
    Option.Option<{ readonly userId: string; readonly organizationIds: ReadonlyArray<string> }>,
    SqlError
  >
}>() {}

/** Lower-cases and trims an email address. */
export const normalizeEmail = (email: string): string => email.trim().toLowerCase()

interface ProfileRow {
  readonly id: string
  readonly email: string
  readonly name: string
  readonly createdAt: string | number
  readonly role: Role
  readonly organizationId: string
  readonly organizationName: string
  readonly plan: string
  readonly organizationCreatedAt: string | number
}

const toProfile = (row: ProfileRow): Profile => ({
  id: row.id,
  email: row.email,
  name: row.name,
  createdAt: Number(row.createdAt),
  role: row.role,
  organization: {
    id: row.organizationId,
    name: row.organizationName,
    plan: row.plan,
    createdAt: Number(row.organizationCreatedAt)
  }
})

/** Whether a SQL failure is a unique-constraint violation (PostgreSQL code 23505). */
const isUniqueViolation = (error: SqlError): boolean => {
  const cause = error.cause as { code?: unknown } | undefined
  return cause?.code === "23505" || /duplicate key|unique constraint/i.test(String((cause as Error | undefined)?.message))
}

/** The account store over the `SqlClient` in context (server migrations applied). */
export const make = Effect.gen(function*() {
  const sql = yield* SqlClient.SqlClient
  const changes = yield* Changes

  const profile = (userId: string, organizationId: string) =>
    Effect.map(
      sql<ProfileRow>`SELECT u.id, u.email, u.name, u.created_at AS "createdAt", m.role,
          o.id AS "organizationId", o.name AS "organizationName", o.plan, o.created_at AS "organizationCreatedAt"
        FROM sire_users u
        JOIN sire_memberships m ON m.user_id = u.id
        JOIN sire_organizations o ON o.id = m.organization_id
        WHERE u.id = ${userId} AND o.id = ${organizationId}`,
      (rows) => Option.map(Option.fromNullable(rows[0]), toProfile)
    )

  return Accounts.of({
    signup: (account, now) =>
      Effect.gen(function*() {
        const userId = yield* Id.make<string>("usr")
        const organizationId = yield* Id.make<string>("org")
        yield* sql.withTransaction(Effect.gen(function*() {
          yield* sql`INSERT INTO sire_organizations (id, name, plan, created_at)
            VALUES (${organizationId}, ${account.organizationName}, 'free', ${now})`
          yield* sql`INSERT INTO sire_users (id, email, name, password_hash, created_at)
            VALUES (${userId}, ${account.email}, ${account.name}, ${account.passwordHash}, ${now})`
          yield* sql`INSERT INTO sire_memberships (organization_id, user_id, role, created_at)
            VALUES (${organizationId}, ${userId}, 'owner', ${now})`
        }))
        return {
          id: userId,
          email: account.email,
          name: account.name,
          createdAt: now,
          role: "owner" as const,
          organization: { id: organizationId, name: account.organizationName, plan: "free", createdAt: now }
        }
      }).pipe(
        Effect.catchTag("SqlError", (error): Effect.Effect<never, EmailTaken | SqlError> =>
          isUniqueViolation(error) ? Effect.fail(new EmailTaken({ email: account.email })) : Effect.fail(error))
      ),
    byEmail: (email, organizationId) =>
      Effect.map(
        sql<{ userId: string; passwordHash: string; organizationId: string }>`
          SELECT u.id AS "userId", u.password_hash AS "passwordHash", m.organization_id AS "organizationId"
          FROM sire_users u JOIN sire_memberships m ON m.user_id = u.id
          WHERE u.email = ${email} ${organizationId === undefined ? sql`` : sql`AND m.organization_id = ${organizationId}`}
          ORDER BY m.created_at, m.organization_id LIMIT 1`,
        (rows) => Option.fromNullable(rows[0])
      ),
    profile,
    openSession: (userId, organizationId, refreshHash, now, ttlMs) =>
      Effect.gen(function*() {
        const sessionId = yield* Id.make<string>("ses")
        yield* sql`WITH session AS (
            INSERT INTO sire_sessions (id, user_id, organization_id, created_at, expires_at)
            VALUES (${sessionId}, ${userId}, ${organizationId}, ${now}, ${now + ttlMs})
            RETURNING id
          )
          INSERT INTO sire_refresh_tokens (hash, session_id, created_at, expires_at)
          SELECT ${refreshHash}, id, ${now}, ${now + ttlMs} FROM session`
        return sessionId
      }),
    sessionPrincipal: (sessionId, userId, organizationId, now) =>
      Effect.map(
        sql<{ role: Role; plan: string }>`SELECT m.role, o.plan
          FROM sire_sessions s
          JOIN sire_memberships m ON m.user_id = s.user_id AND m.organization_id = s.organization_id
          JOIN sire_organizations o ON o.id = s.organization_id
          WHERE s.id = ${sessionId} AND s.user_id = ${userId} AND s.organization_id = ${organizationId}
            AND s.revoked_at IS NULL AND s.expires_at > ${now}`,
        (rows) =>
          Option.map(Option.fromNullable(rows[0]), (row): Principal => ({
            organizationId: organizationId as Id.OrganizationId,
            role: row.role,
            plan: row.plan,
            userId,
            sessionId
          }))
      ),
    rotate: (oldHash, newHash, now, ttlMs) =>
      sql.withTransaction(Effect.gen(function*() {
        const spent = yield* sql<{ sessionId: string; userId: string; organizationId: string }>`
          UPDATE sire_refresh_tokens t SET used_at = ${now}
          FROM sire_sessions s
          WHERE t.hash = ${oldHash} AND t.used_at IS NULL AND t.expires_at > ${now}
            AND s.id = t.session_id AND s.revoked_at IS NULL
          RETURNING s.id AS "sessionId", s.user_id AS "userId", s.organization_id AS "organizationId"`
        const live = spent[0]
        if (live !== undefined) {
          yield* sql`INSERT INTO sire_refresh_tokens (hash, session_id, created_at, expires_at)
            VALUES (${newHash}, ${live.sessionId}, ${now}, ${now + ttlMs})`
          yield* sql`UPDATE sire_sessions SET expires_at = ${now + ttlMs} WHERE id = ${live.sessionId}`
          return { _tag: "Rotated", ...live } as const
        }
        const known = yield* sql<{ sessionId: string; usedAt: string | null }>`
          SELECT session_id AS "sessionId", used_at AS "usedAt" FROM sire_refresh_tokens WHERE hash = ${oldHash}`
        const token = known[0]
        if (token === undefined || token.usedAt === null) return { _tag: "Invalid" } as const
        yield* sql`UPDATE sire_sessions SET revoked_at = ${now} WHERE id = ${token.sessionId} AND revoked_at IS NULL`
        return { _tag: "Reused" } as const
      })).pipe(Effect.ensuring(changes.changed("auth"))),
    revokeSession: (sessionId, now) =>
      Effect.asVoid(sql`UPDATE sire_sessions SET revoked_at = ${now} WHERE id = ${sessionId} AND revoked_at IS NULL`).pipe(
        Effect.ensuring(changes.changed("auth"))
      ),
    startReset: (userId, hash, now, expiresAt) =>
      Effect.asVoid(sql`INSERT INTO sire_password_resets (hash, user_id, created_at, expires_at)
        VALUES (${hash}, ${userId}, ${now}, ${expiresAt})`),
    finishReset: (hash, passwordHash, now) =>
      sql.withTransaction(Effect.gen(function*() {
        // Lock order: the user's row, then their reset tokens. Spending one token spends them all:
        // locking the token first, then the user, deadlocks with a reset by another of their tokens.
        yield* sql`SELECT u.id FROM sire_users u JOIN sire_password_resets r ON r.user_id = u.id
          WHERE r.hash = ${hash} FOR NO KEY UPDATE OF u`
        const spent = yield* sql<{ userId: string }>`UPDATE sire_password_resets SET used_at = ${now}
          WHERE hash = ${hash} AND used_at IS NULL AND expires_at > ${now}
          RETURNING user_id AS "userId"`
        const reset = spent[0]
        if (reset === undefined) return Option.none()
        yield* sql`UPDATE sire_users SET password_hash = ${passwordHash} WHERE id = ${reset.userId}`
        yield* sql`UPDATE sire_sessions SET revoked_at = ${now} WHERE user_id = ${reset.userId} AND revoked_at IS NULL`
        yield* sql`UPDATE sire_password_resets SET used_at = ${now} WHERE user_id = ${reset.userId} AND used_at IS NULL`
        const memberships = yield* sql<{ organizationId: string }>`SELECT organization_id AS "organizationId"
          FROM sire_memberships WHERE user_id = ${reset.userId} ORDER BY created_at, organization_id`
        return Option.some({ userId: reset.userId, organizationIds: memberships.map((m) => m.organizationId) })
      })).pipe(Effect.ensuring(changes.changed("auth")))
  })
})

/** The account store as a layer. */
export const layer: Layer.Layer<Accounts, never, SqlClient.SqlClient | Changes> = Layer.effect(Accounts, make)
