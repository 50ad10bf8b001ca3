/**
 * The team store on PostgreSQL under concurrent writers: a membership change (removal, new role)
 * holds the team's row in a mode that still lets an audit entry's foreign key check through, so a
 * logout or a key revocation of the member — which locks the session or key, then writes its audit
 * entry in the team — never deadlocks with it.
 */
import * as SqlClient from "@effect/sql/SqlClient"
import * as SqlChanges from "@sire/adapters/SqlChanges"
import { afterAll, assert, beforeAll, describe, it } from "@effect/vitest"
import { Effect, Fiber } from "effect"
import * as Accounts from "../src/auth/Accounts.js"
import * as ApiKeys from "../src/apikeys/ApiKeys.js"
import * as SqlAuditLog from "../src/audit/SqlAuditLog.js"
import * as Teams from "../src/teams/Teams.js"
import { migratedDatabase, skip } from "./harness.js"
import { blockedBehind, hold, lockable } from "./locks.js"

const now = 1_700_000_000_000

describe.skipIf(skip("postgres"))("the team store's lock order on postgres", () => {
  const db = migratedDatabase("postgres", 8)
  let sql: SqlClient.SqlClient
  let accounts: Accounts.Accounts["Type"]
  let keys: ApiKeys.ApiKeys["Type"]
  let teams: Teams.Teams["Type"]
  let audit: Effect.Effect.Success<typeof SqlAuditLog.make>
  beforeAll(async () => {
    sql = await db.open()
    const provide = <A, E>(effect: Effect.Effect<A, E, SqlClient.SqlClient | SqlChanges.Changes>) =>
      effect.pipe(
        Effect.provideService(SqlClient.SqlClient, sql),
        Effect.provideService(SqlChanges.Changes, SqlChanges.local())
      )
    accounts = await Effect.runPromise(provide(Accounts.make))
    keys = await Effect.runPromise(provide(ApiKeys.make))
    teams = await Effect.runPromise(provide(Teams.make))
    audit = await Effect.runPromise(provide(SqlAuditLog.make))
  }, 60_000)
  afterAll(() => db.close())

  let users = 0
  /** A new team with its owner and an admin who has a session and an API key in it. */
  const team = Effect.gen(function*() {
    const n = users++
    const owner = yield* accounts.signup({ email: `owner${n}@locks.test`, name: "Owner", passwordHash: "x", organizationName: "locks" }, now)
    const organizationId = owner.organization.id
    const member = yield* accounts.signup({ email: `member${n}@locks.test`, name: "Member", passwordHash: "x", organizationName: "own" }, now)
    yield* sql`INSERT INTO sire_memberships (organization_id, user_id, role, created_at) VALUES (${organizationId}, ${member.id}, 'admin', ${now})`
    const sessionId = yield* accounts.openSession(member.id, organizationId, `refresh-${n}`, now, 60_000)
    const { key } = yield* keys.create(organizationId, { name: "k", role: "admin", createdBy: member.id }, now)
    return { organizationId, ownerId: owner.id, memberId: member.id, sessionId, keyId: key.id }
  })

  /** The audit entry a member's write adds in the team (what `Audited.record` writes). */
  const entry = (organizationId: string, userId: string, action: string) =>
    audit.record({
      organizationId,
      action,
      resourceType: "user",
      resourceId: userId,
      actor: { type: "user", id: userId, userId },
      outcome: "success",
      reason: null,
      request: { requestId: null, address: null, userAgent: null },
      at: now + 1
    })

  /**
   * Runs a member's write the way its handler does — `write` (locking the member's session or key),
   * then its audit entry, in one transaction — with the membership change `change` started after
   * `write` and blocked behind it; both must succeed.
   */
  const raced = (write: Effect.Effect<unknown, unknown>, auditOf: Effect.Effect<unknown, unknown>, change: Effect.Effect<unknown, unknown>) =>
    Effect.gen(function*() {
      const writer = yield* hold(sql, write, auditOf)
      const changing = yield* Effect.fork(change)
      yield* blockedBehind(sql, writer.pid, "the membership change (waiting for the member's row)")
      yield* writer.release
      const [written, changed] = yield* Effect.all([writer.done, Fiber.await(changing)])
      return { written, changed }
    })

  it("a member's removal, waiting for the member's session, leaves the team's row open to an audit entry's key check", async () => {
    const free = await Effect.runPromise(Effect.gen(function*() {
      const { memberId, organizationId, sessionId } = yield* team
      const held = yield* hold(sql, sql`UPDATE sire_sessions SET revoked_at = ${now} WHERE id = ${sessionId}`)
      const removing = yield* Effect.fork(teams.remove(organizationId, memberId, "owner", now + 1))
      yield* blockedBehind(sql, held.pid, "the removal (waiting for the member's session)")
      const free = yield* lockable(sql, sql`SELECT id FROM sire_organizations WHERE id = ${organizationId} FOR KEY SHARE NOWAIT`)
      yield* held.release
      yield* held.done
      const removal = yield* Fiber.join(removing)
      assert.strictEqual(removal._tag, "Removed")
      return free
    }))
    assert.isTrue(free, "the removal held the team's row FOR UPDATE: an audit entry in the team waits for it, the order a logout deadlocks with")
  })

  it("a logout racing the member's removal and a key revoked racing the member's new role both succeed", async () => {
    const logout = await Effect.runPromise(Effect.gen(function*() {
      const { memberId, organizationId, sessionId } = yield* team
      return yield* raced(
        accounts.revokeSession(sessionId, now + 1),
        entry(organizationId, memberId, "user.logout"),
        teams.remove(organizationId, memberId, "owner", now + 1)
      )
    }))
    assert.strictEqual(logout.written._tag, "Success", `the logout failed: ${String(logout.written)}`)
    assert.strictEqual(logout.changed._tag, "Success", `the removal failed: ${String(logout.changed)}`)

    const revoke = await Effect.runPromise(Effect.gen(function*() {
      const { keyId, memberId, organizationId } = yield* team
      return yield* raced(
        keys.revoke(organizationId, keyId, now + 1),
        entry(organizationId, memberId, "api_key.revoked"),
        teams.changeRole(organizationId, memberId, "member", "owner")
      )
    }))
    assert.strictEqual(revoke.written._tag, "Success", `the revocation failed: ${String(revoke.written)}`)
    assert.strictEqual(revoke.changed._tag, "Success", `the role change failed: ${String(revoke.changed)}`)
  })
})
