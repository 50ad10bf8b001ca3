/**
 * Teams: a team is an organization (the unit workflows, executions and keys belong to), seen by a
 * user through their membership. This store lists a user's teams, creates new ones, lists and
 * removes members or changes their roles, and keeps the single-use invitations (their tokens stored as SHA-256) that add
 * a user to a team.
 *
 * @since 0.1.0
 */
import * as SqlClient from "@effect/sql/SqlClient"
import type { SqlError } from "@effect/sql/SqlError"
import { Context, Effect, Layer, Option } from "effect"
import * as Id from "@sire/core/Id"
import { decodeCursor, encodeCursor, type Page } from "@sire/core/WorkflowStore"
import { atLeast, Role } from "../auth/Roles.js"
import { clampBigint } from "../Paging.js"
import { Changes } from "@sire/adapters/SqlChanges"

/** A team (organization) as one of its members sees it. Times are unix milliseconds. */
export interface Team {
  readonly id: string
  readonly name: string
  readonly plan: string
  /** The member's role in the team. */
  readonly role: Role
  readonly createdAt: number
  /** When the member joined. */
  readonly joinedAt: number
}

/** A member of a team. */
export interface Member {
  readonly userId: string
  readonly email: string
  readonly name: string
  readonly role: Role
  readonly joinedAt: number
}

/** A pending invitation (never its token). */
export interface Invitation {
  readonly id: string
  readonly organizationId: string
  readonly email: string
  readonly role: Role
  readonly invitedBy: string
  readonly createdAt: number
  readonly expiresAt: number
}

/** What inviting came to. */
export type Inviting =
  | { readonly _tag: "Invited"; readonly invitation: Invitation }
  | { readonly _tag: "AlreadyMember" }

/** What presenting an invitation token came to. */
export type Acceptance =
  | { readonly _tag: "Accepted"; readonly team: Team }
  /** Unknown, expired or already used. */
  | { readonly _tag: "Invalid" }
  /** The invitation is for another email than the caller's (it stays usable). */
  | { readonly _tag: "OtherEmail" }
  /** The caller is already a member of the team (the invitation stays usable). */
  | { readonly _tag: "AlreadyMember" }

/** What removing a member came to. */
export type Removal =
  | { readonly _tag: "Removed" }
  | { readonly _tag: "NotMember" }
  /** The member's role is above the remover's (an admin removing an owner). */
  | { readonly _tag: "Outranked"; readonly role: Role }
  | { readonly _tag: "LastOwner" }

/** What changing a member's role came to. */
export type RoleChange =
  | { readonly _tag: "Changed"; readonly member: Member }
  | { readonly _tag: "NotMember" }
  /** The member's current or new role is above the changer's. */
  | { readonly _tag: "Outranked"; readonly role: Role }
  | { readonly _tag: "LastOwner" }

/** A pending invitation (not used, not expired). */
export interface PendingInvitation {
  readonly id: string
  readonly email: string
  readonly role: Role
  readonly invitedBy: string
  readonly createdAt: number
  readonly expiresAt: number
}

/** The team store. Times are unix milliseconds. */
export class Teams extends Context.Tag("@sire/http/Teams")<Teams, {
  /** The teams a user belongs to, in the order joined. */
  readonly list: (userId: string, limit: number, cursor?: string) => Effect.Effect<Page<Team>, SqlError>
  /** An organization by id, whoever asks (for API keys, which belong to one). */
  readonly organization: (organizationId: string) => Effect.Effect<
    Option.Option<{ readonly id: string; readonly name: string; readonly plan: string; readonly createdAt: number }>,
    SqlError
  >
  /** One team as a member sees it; none if the user is not a member. */
  readonly team: (organizationId: string, userId: string) => Effect.Effect<Option.Option<Team>, SqlError>
  /** Creates a team (an organization on the free plan) with the user as its owner. */
  readonly create: (userId: string, name: string, now: number) => Effect.Effect<Team, SqlError>
  /** A team's members, in the order joined. */
  readonly members: (organizationId: string, limit: number, cursor?: string) => Effect.Effect<Page<Member>, SqlError>
  /** Records an invitation whose token has SHA-256 `hash`, unless the email's user is already a member. */
  readonly invite: (
    organizationId: string,
    options: { readonly email: string; readonly role: Role; readonly invitedBy: string },
    hash: string,
    now: number,
    expiresAt: number
  ) => Effect.Effect<Inviting, SqlError>
  /** Spends a live invitation addressed to the user's email: the user joins the team with its role. */
  readonly accept: (hash: string, userId: string, now: number) => Effect.Effect<Acceptance, SqlError>
  /**
   * Removes a member on behalf of someone with role `by`, never the last owner, and ends the
   * member's sessions in the team at once.
   */
  readonly remove: (organizationId: string, userId: string, by: Role, now: number) => Effect.Effect<Removal, SqlError>
  /**
   * Changes a member's role on behalf of someone with role `by` (who must rank at least both the
   * old and the new role), never demoting the last owner; the member's API keys in the team are
   * capped at the new role.
   */
  readonly changeRole: (organizationId: string, userId: string, role: Role, by: Role) => Effect.Effect<RoleChange, SqlError>
  /** The team's pending invitations, oldest first. */
  readonly invitations: (organizationId: string, now: number, limit: number, cursor?: string) => Effect.Effect<Page<PendingInvitation>, SqlError>
  /** Withdraws a pending invitation (its token stops working); false when there is no such pending invitation. */
  readonly revokeInvitation: (organizationId: string, invitationId: string, now: number) => Effect.Effect<boolean, SqlError>
}>() {}

interface TeamRow {
  readonly id: string
  readonly name: string
  readonly plan: string
  readonly role: Role
  readonly createdAt: string | number
  readonly joinedAt: string | number
}

interface MemberRow {
  readonly userId: string
  readonly email: string
  readonly name: string
  readonly role: Role
  readonly joinedAt: string | number
}

const toTeam = (row: TeamRow): Team => ({ ...row, createdAt: Number(row.createdAt), joinedAt: Number(row.joinedAt) })
const toMember = (row: MemberRow): Member => ({ ...row, joinedAt: Number(row.joinedAt) })


/** Cuts `limit + 1` rows into a page whose cursor is the last item's join time and key. */
const page = <A extends { readonly joinedAt: number }>(rows: ReadonlyArray<A>, limit: number, key: (a: A) => string): Page<A> => {
  const items = rows.slice(0, limit)
  const last = items[items.length - 1]
  return { items, nextCursor: rows.length > limit && last ? encodeCursor(last.joinedAt, key(last)) : undefined }
}

/** The team store over the `SqlClient` in context (server migrations applied). */
export const make = Effect.gen(function*() {
  const sql = yield* SqlClient.SqlClient
  const changes = yield* Changes

  /** Rows joined after a cursor, in (join time, key) order. */
  const after = (cursor: string | undefined, key: "m.organization_id" | "m.user_id") => {
    const at = cursor === undefined ? undefined : decodeCursor(cursor)
    if (at === undefined) return sql``
    const column = key === "m.user_id" ? sql`m.user_id` : sql`m.organization_id`
    return Number.isInteger(at.createdAt)
      ? sql`AND (m.created_at, ${column}) > (${clampBigint(at.createdAt)}, ${at.id})`
      : sql`AND m.created_at > ${clampBigint(Math.floor(at.createdAt))}`
  }

  const team = (organizationId: string, userId: string) =>
    Effect.map(
      sql<TeamRow>`SELECT o.id, o.name, o.plan, m.role, o.created_at AS "createdAt", m.created_at AS "joinedAt"
        FROM sire_memberships m JOIN sire_organizations o ON o.id = m.organization_id
        WHERE m.organization_id = ${organizationId} AND m.user_id = ${userId}`,
      (rows) => Option.map(Option.fromNullable(rows[0]), toTeam)
    )

  /**
   * Inside a transaction: locks the team (one membership change at a time, so that two owners
   * removed or demoted at once never leave none) and says why someone with role `by` may not
   * remove a member (`to` undefined) or give them role `to`; undefined when they may.
   */
  const membershipChange = (organizationId: string, userId: string, by: Role, to: Role | undefined) =>
    Effect.gen(function*() {
      // Lock order: the team's row, then the member's membership, sessions and keys. A write to one
      // of those (a logout, a key revoked) locks it first and then inserts its audit entry, whose
      // foreign key takes the team's row FOR KEY SHARE: FOR NO KEY UPDATE lets that through (FOR
      // UPDATE would not, and the two would deadlock) and still serializes membership changes.
      yield* sql`SELECT id FROM sire_organizations WHERE id = ${organizationId} FOR NO KEY UPDATE`
      const rows = yield* sql<{ role: Role }>`SELECT role FROM sire_memberships
        WHERE organization_id = ${organizationId} AND user_id = ${userId}`
      const member = rows[0]
      if (member === undefined) return { _tag: "NotMember" } as const
      if (!atLeast(by, member.role)) return { _tag: "Outranked", role: member.role } as const
      if (to !== undefined && !atLeast(by, to)) return { _tag: "Outranked", role: to } as const
      if (member.role === "owner" && to !== "owner") {
        const owners = yield* sql<{ count: string | number }>`SELECT count(*) AS count FROM sire_memberships
          WHERE organization_id = ${organizationId} AND role = 'owner'`
        if (Number(owners[0]?.count ?? 0) <= 1) return { _tag: "LastOwner" } as const
      }
      return undefined
    })

  return Teams.of({
    list: (userId, limit, cursor) =>
      Effect.map(
        sql<TeamRow>`SELECT o.id, o.name, o.plan, m.role, o.created_at AS "createdAt", m.created_at AS "joinedAt"
          FROM sire_memberships m JOIN sire_organizations o ON o.id = m.organization_id
          WHERE m.user_id = ${userId} ${after(cursor, "m.organization_id")}
          ORDER BY m.created_at, m.organization_id
          LIMIT ${limit + 1}`,
        (rows) => page(rows.map(toTeam), limit, (t) => t.id)
      ),
    organization: (organizationId) =>
      Effect.map(
        sql<{ id: string; name: string; plan: string; createdAt: string | number }>`
          SELECT id, name, plan, created_at AS "createdAt" FROM sire_organizations WHERE id = ${organizationId}`,
        (rows) => Option.map(Option.fromNullable(rows[0]), (row) => ({ ...row, createdAt: Number(row.createdAt) }))
      ),
    team,
    create: (userId, name, now) =>
      Effect.gen(function*() {
        const organizationId = yield* Id.make<string>("org")
        yield* sql.withTransaction(Effect.gen(function*() {
          yield* sql`INSERT INTO sire_organizations (id, name, plan, created_at) VALUES (${organizationId}, ${name}, 'free', ${now})`
          yield* sql`INSERT INTO sire_memberships (organization_id, user_id, role, created_at)
            VALUES (${organizationId}, ${userId}, 'owner', ${now})`
        }))
        return { id: organizationId, name, plan: "free", role: "owner" as const, createdAt: now, joinedAt: now }
      }),
    members: (organizationId, limit, cursor) =>
      Effect.map(
        sql<MemberRow>`SELECT u.id AS "userId", u.email, u.name, m.role, m.created_at AS "joinedAt"
          FROM sire_memberships m JOIN sire_users u ON u.id = m.user_id
          WHERE m.organization_id = ${organizationId} ${after(cursor, "m.user_id")}
          ORDER BY m.created_at, m.user_id
          LIMIT ${limit + 1}`,
        (rows) => page(rows.map(toMember), limit, (m) => m.userId)
      ),
    invite: (organizationId, options, hash, now, expiresAt) =>
      Effect.gen(function*() {
        const members = yield* sql`SELECT 1 FROM sire_memberships m JOIN sire_users u ON u.id = m.user_id
          WHERE m.organization_id = ${organizationId} AND u.email = ${options.email}`
        if (members.length > 0) return { _tag: "AlreadyMember" } as const
        const id = yield* Id.make<string>("inv")
        yield* sql`INSERT INTO sire_invitations (id, organization_id, email, role, hash, invited_by, created_at, expires_at)
          VALUES (${id}, ${organizationId}, ${options.email}, ${options.role}, ${hash}, ${options.invitedBy}, ${now}, ${expiresAt})`
        return {
          _tag: "Invited",
          invitation: { id, organizationId, ...options, createdAt: now, expiresAt }
        } as const
      }),
    accept: (hash, userId, now) =>
      sql.withTransaction(Effect.gen(function*() {
        const found = yield* sql<{ organizationId: string; email: string; role: Role; userEmail: string | null }>`
          SELECT i.organization_id AS "organizationId", i.email, i.role,
            (SELECT email FROM sire_users WHERE id = ${userId}) AS "userEmail"
          FROM sire_invitations i
          WHERE i.hash = ${hash} AND i.used_at IS NULL AND i.expires_at > ${now}`
        const invitation = found[0]
        if (invitation === undefined) return { _tag: "Invalid" } as const
        if (invitation.userEmail !== invitation.email) return { _tag: "OtherEmail" } as const
        const existing = yield* team(invitation.organizationId, userId)
        if (Option.isSome(existing)) return { _tag: "AlreadyMember" } as const
        const spent = yield* sql`UPDATE sire_invitations SET used_at = ${now}, used_by = ${userId}
          WHERE hash = ${hash} AND used_at IS NULL RETURNING id`
        if (spent.length === 0) return { _tag: "Invalid" } as const
        yield* sql`INSERT INTO sire_memberships (organization_id, user_id, role, created_at)
          VALUES (${invitation.organizationId}, ${userId}, ${invitation.role}, ${now})
          ON CONFLICT (organization_id, user_id) DO NOTHING`
        const joined = yield* team(invitation.organizationId, userId)
        return Option.match(joined, {
          onNone: () => ({ _tag: "Invalid" }) as const,
          onSome: (team) => ({ _tag: "Accepted", team }) as const
        })
      })),
    remove: (organizationId, userId, by, now) =>
      sql.withTransaction(Effect.gen(function*() {
        const refused = yield* membershipChange(organizationId, userId, by, undefined)
        if (refused !== undefined) return refused
        yield* sql`DELETE FROM sire_memberships WHERE organization_id = ${organizationId} AND user_id = ${userId}`
        yield* sql`UPDATE sire_sessions SET revoked_at = ${now}
          WHERE user_id = ${userId} AND organization_id = ${organizationId} AND revoked_at IS NULL`
        // Keys act for the member who made them: they leave with the member.
        yield* sql`UPDATE sire_api_keys SET revoked_at = ${now}
          WHERE created_by = ${userId} AND organization_id = ${organizationId} AND revoked_at IS NULL`
        return { _tag: "Removed" } as const
      })).pipe(Effect.ensuring(changes.changed("auth"))),
    changeRole: (organizationId, userId, role, by) =>
      sql.withTransaction(Effect.gen(function*() {
        const refused = yield* membershipChange(organizationId, userId, by, role)
        if (refused !== undefined) return refused
        yield* sql`UPDATE sire_memberships SET role = ${role} WHERE organization_id = ${organizationId} AND user_id = ${userId}`
        // A key never outranks the member who made it.
        const above = Role.literals.filter((r) => !atLeast(role, r))
        if (above.length > 0) {
          yield* sql`UPDATE sire_api_keys SET role = ${role}
            WHERE created_by = ${userId} AND organization_id = ${organizationId} AND ${sql.in("role", above)}`
        }
        const updated = yield* sql<MemberRow>`SELECT u.id AS "userId", u.email, u.name, m.role, m.created_at AS "joinedAt"
          FROM sire_memberships m JOIN sire_users u ON u.id = m.user_id
          WHERE m.organization_id = ${organizationId} AND m.user_id = ${userId}`
        return { _tag: "Changed", member: toMember(updated[0]!) } as const
      })).pipe(Effect.ensuring(changes.changed("auth"))),
    invitations: (organizationId, now, limit, cursor) =>
      Effect.gen(function*() {
        const at = cursor === undefined ? undefined : decodeCursor(cursor)
        const after = at === undefined
          ? sql``
          : Number.isInteger(at.createdAt)
          ? sql`AND (created_at, id) > (${clampBigint(at.createdAt)}, ${at.id})`
          : sql`AND created_at > ${clampBigint(Math.floor(at.createdAt))}`
        const rows = yield* sql<{
          id: string
          email: string
          role: Role
          invitedBy: string
          createdAt: string | number
          expiresAt: string | number
        }>`SELECT id, email, role, invited_by AS "invitedBy", created_at AS "createdAt", expires_at AS "expiresAt"
          FROM sire_invitations
          WHERE organization_id = ${organizationId} AND used_at IS NULL AND expires_at > ${now} ${after}
          ORDER BY created_at, id
          LIMIT ${limit + 1}`
        const items = rows.slice(0, limit).map((row) => ({ ...row, createdAt: Number(row.createdAt), expiresAt: Number(row.expiresAt) }))
        const last = items[items.length - 1]
        return { items, nextCursor: rows.length > limit && last ? encodeCursor(last.createdAt, last.id) : undefined }
      }),
    revokeInvitation: (organizationId, invitationId, now) =>
      Effect.map(
        sql`DELETE FROM sire_invitations
          WHERE id = ${invitationId} AND organization_id = ${organizationId} AND used_at IS NULL AND expires_at > ${now}
          RETURNING id`,
        (rows) => rows.length > 0
      )
  })
})

/** The team store as a layer. */
export const layer: Layer.Layer<Teams, never, SqlClient.SqlClient | Changes> = Layer.effect(Teams, make)
