/**
 * The teams group through the real server and a real HTTP client, on PGlite and on PostgreSQL: a
 * team is an organization. Listing and creating teams, inviting by email (a mailed single-use
 * token), accepting as the invited user, logging in to a team with `organizationId`, the roles
 * that may invite and remove, the last owner, sessions ended on removal; a team's endpoints open to
 * its members (with their role in it) from a session in any organization, and 404 for anyone else.
 */
import { afterAll, assert, beforeAll, describe, it } from "@effect/vitest"
import { randomToken } from "@sire/core/Id"
import { type Account, type Answer, assertError, contractExample, databases, signup, skip, start, type TestServer } from "./harness.js"
import { sleep } from "../../nodes/test/loopback.js"

const nowSeconds = () => Math.floor(Date.now() / 1000)
const freshEmail = (label: string) => `${label}-${randomToken(10).toLowerCase()}@example.com`
const invitationToken = /\bivt_[0-9a-f]{64}\b/


/** A user working in a team they joined: their session there. */
interface Joined {
  readonly account: Account
  /** An access token bound to the team. */
  readonly token: string
  readonly refreshToken: string
}

describe.each(databases)("teams on %s", (database) => {
  describe.skipIf(skip(database))("through the real server", () => {
    let server: TestServer
    /** Invitations that expire after 300 ms. */
    let brief: TestServer
    beforeAll(async () => {
      ;[server, brief] = await Promise.all([start(database), start(database, { settings: { invitationTtlMs: 300 } })])
    })
    afterAll(async () => {
      await Promise.all([server?.close(), brief?.close()])
    })

    const send = (method: string, path: string, token: string, body?: unknown, on: TestServer = server) =>
      on.request(method, `/api/v1${path}`, { token, ...(body !== undefined ? { body } : {}) })
    const login = (email: string, password: string, organizationId?: string, on: TestServer = server) =>
      on.request("POST", "/api/v1/auth/login", {
        body: { email, password, ...(organizationId !== undefined ? { organizationId } : {}) }
      })

    /** The token in the newest invitation mailed to `email`. */
    const mailedToken = (email: string, on: TestServer = server): string => {
      const message = [...on.mail].reverse().find((mail) => mail.to === email)
      assert.isDefined(message, `no mail to ${email}`)
      const token = invitationToken.exec(message!.text)?.[0]
      assert.isDefined(token, `no invitation token in: ${message!.text}`)
      return token!
    }

    /** Invites `email` to the inviter's current team; asserts 201 and returns the mailed token. */
    const invite = async (inviter: string, organizationId: string, email: string, role?: string, on: TestServer = server) => {
      const answer = await send("POST", `/teams/${organizationId}/members`, inviter, { email, ...(role ? { role } : {}) }, on)
      assert.strictEqual(answer.status, 201, answer.text)
      return mailedToken(email, on)
    }

    /** Signs up a user, has `owner` invite them with `role`, accepts, and logs them in to the team. */
    const join = async (owner: Account, role: string, label = role, on: TestServer = server): Promise<Joined> => {
      const account = await signup(on, label)
      const token = await invite(owner.token, owner.organizationId, account.email, role, on)
      const accepted = await send("POST", "/teams/invitations/accept", account.token, { token }, on)
      assert.strictEqual(accepted.status, 200, accepted.text)
      const session = await login(account.email, account.password, owner.organizationId, on)
      assert.strictEqual(session.status, 200, session.text)
      return { account, token: session.body.token, refreshToken: session.body.refreshToken }
    }

    const members = async (token: string, organizationId: string) => {
      const answer = await send("GET", `/teams/${organizationId}/members?limit=100`, token)
      assert.strictEqual(answer.status, 200, answer.text)
      return answer.body as Array<{ userId: string; email: string; name: string; role: string; joinedAt: number }>
    }

    describe("listing and creating", () => {
      it("lists the caller's organization as a team with their role; creating one makes them its owner on the free plan", async () => {
        const before = nowSeconds()
        const user = await signup(server, "lister")
        const first = await send("GET", "/teams", user.token)
        assert.strictEqual(first.status, 200, first.text)
        assert.strictEqual(first.body.length, 1)
        assert.deepStrictEqual(Object.keys(first.body[0]).sort(), ["createdAt", "id", "name", "plan", "role"])
        assert.strictEqual(first.body[0].id, user.organizationId)
        assert.strictEqual(first.body[0].role, "owner")
        assert.strictEqual(first.body[0].plan, "free")

        const created = await send("POST", "/teams", user.token, { name: "  Platform team  " })
        assert.strictEqual(created.status, 201, created.text)
        assert.match(created.body.id, /^org_/)
        assert.strictEqual(created.body.name, "Platform team")
        assert.strictEqual(created.body.plan, "free")
        assert.strictEqual(created.body.role, "owner")
        assert.isAtLeast(created.body.createdAt, before - 1)
        assert.isAtMost(created.body.createdAt, nowSeconds(), "unix seconds")

        const listed = await send("GET", "/teams", user.token)
        assert.deepStrictEqual(listed.body.map((t: { id: string }) => t.id), [user.organizationId, created.body.id], "in the order joined")
        assert.deepStrictEqual(listed.body[1], created.body)

        // The current session stays in the first organization; logging in with the new id works in the new team.
        assert.strictEqual((await send("GET", "/auth/me", user.token)).body.organization.id, user.organizationId)
        const there = await login(user.email, user.password, created.body.id)
        assert.strictEqual(there.status, 200, there.text)
        const me = await send("GET", "/auth/me", there.body.token)
        assert.strictEqual(me.body.organization.id, created.body.id)
        assert.strictEqual(me.body.role, "owner")
        assert.deepStrictEqual((await members(there.body.token, created.body.id)).map((m) => [m.userId, m.role]), [[user.userId, "owner"]])
      })

      it("pages the team list with limit and cursor", async () => {
        const user = await signup(server, "pager")
        for (const name of ["two", "three"]) assert.strictEqual((await send("POST", "/teams", user.token, { name })).status, 201)
        const seen: Array<string> = []
        let path: string | undefined = "/api/v1/teams?limit=2"
        while (path !== undefined) {
          const answer: Answer = await server.request("GET", path, { token: user.token })
          assert.strictEqual(answer.status, 200, answer.text)
          seen.push(...answer.body.map((t: { name: string }) => t.name))
          path = /^<([^>]+)>;\s*rel="next"$/.exec(answer.headers.get("link") ?? "")?.[1]
        }
        assert.strictEqual(seen.length, 3)
        assert.sameMembers(seen.slice(1), ["two", "three"])
      })

      it("refuses an empty name and unknown fields with 400", async () => {
        const user = await signup(server, "badname")
        assert.strictEqual((await send("POST", "/teams", user.token, { name: "   " })).status, 400)
        assert.strictEqual((await send("POST", "/teams", user.token, {})).status, 400)
        assert.strictEqual((await send("POST", "/teams", user.token, { name: "x", plan: "enterprise" })).status, 400)
      })

      it("API key callers cannot create teams (403) and see only the key's organization", async () => {
        const user = await signup(server, "keyed")
        await send("POST", "/teams", user.token, { name: "elsewhere" })
        const key = await send("POST", "/apikeys", user.token, { name: "ci", role: "admin" })
        assert.strictEqual(key.status, 201, key.text)
        assertError(await send("POST", "/teams", key.body.key, { name: "from a key" }), 403)
        const listed = await send("GET", "/teams", key.body.key)
        assert.strictEqual(listed.status, 200, listed.text)
        assert.deepStrictEqual(listed.body.map((t: { id: string; role: string }) => [t.id, t.role]), [[user.organizationId, "admin"]])
        assert.strictEqual((await send("GET", "/teams", user.token)).body.length, 2, "no team was created")
      })

      it("answers 401 without credentials", async () => {
        assertError(await server.request("GET", "/api/v1/teams"), 401)
        assertError(await server.request("POST", "/api/v1/teams", { body: { name: "x" } }), 401)
      })
    })

    describe("invitations", () => {
      it("invite → mail with a token → the invited user accepts → member with the role → logs in to the team and sees its workflows", async () => {
        const owner = await signup(server, "inviter")
        const workflow = await send("POST", "/workflows", owner.token, contractExample)
        assert.strictEqual(workflow.status, 201, workflow.text)
        const email = freshEmail("invitee")

        const before = nowSeconds()
        const sent = server.mail.length
        const invited = await send("POST", `/teams/${owner.organizationId}/members`, owner.token, { email: email.toUpperCase(), role: "admin" })
        assert.strictEqual(invited.status, 201, invited.text)
        assert.deepStrictEqual(Object.keys(invited.body).sort(), ["email", "expiresAt", "id", "role"])
        assert.match(invited.body.id, /^inv_/)
        assert.strictEqual(invited.body.email, email, "normalized")
        assert.strictEqual(invited.body.role, "admin")
        assert.isAtLeast(invited.body.expiresAt, before + 7 * 86_400 - 1)
        assert.isAtMost(invited.body.expiresAt, nowSeconds() + 7 * 86_400)
        assert.strictEqual(server.mail.length, sent + 1, "one message")
        const message = server.mail[server.mail.length - 1]!
        assert.strictEqual(message.to, email)
        assert.include(message.text, "http://sire.test/api/v1/teams/invitations/accept", "the accept command uses the public URL")
        assert.include(message.text, owner.organizationId)
        const token = mailedToken(email)
        assert.notInclude(invited.text, token, "the token is in the mail only")

        // The invited person has no account yet: they sign up with the invited email, then accept.
        const signedUp = await server.request("POST", "/api/v1/auth/signup", { body: { email, password: "invited user password", name: "Grace" } })
        assert.strictEqual(signedUp.status, 201, signedUp.text)
        const own = { token: signedUp.body.token as string, userId: signedUp.body.user.id as string }
        const accepted = await send("POST", "/teams/invitations/accept", own.token, { token })
        assert.strictEqual(accepted.status, 200, accepted.text)
        assert.strictEqual(accepted.body.id, owner.organizationId)
        assert.strictEqual(accepted.body.role, "admin")
        assert.strictEqual(accepted.body.plan, "free")

        const listed = await members(owner.token, owner.organizationId)
        assert.deepStrictEqual(listed.map((m) => [m.userId, m.role]), [[owner.userId, "owner"], [own.userId, "admin"]])
        assert.deepStrictEqual(Object.keys(listed[1]!).sort(), ["email", "joinedAt", "name", "role", "userId"])
        assert.strictEqual(listed[1]!.email, email)
        assert.strictEqual(listed[1]!.name, "Grace")
        const teams = await send("GET", "/teams", own.token)
        assert.deepStrictEqual(
          teams.body.map((t: { id: string; role: string }) => [t.id, t.role]),
          [[signedUp.body.user.organization.id, "owner"], [owner.organizationId, "admin"]]
        )

        // Their current session stays in their own organization: the team's workflow is not there, but the team's own endpoints answer.
        assert.notInclude((await send("GET", "/workflows", own.token)).body.map((w: { id: string }) => w.id), workflow.body.id)
        assert.strictEqual((await members(own.token, owner.organizationId)).length, 2)
        const session = await login(email, "invited user password", owner.organizationId)
        assert.strictEqual(session.status, 200, session.text)
        const me = await send("GET", "/auth/me", session.body.token)
        assert.strictEqual(me.body.organization.id, owner.organizationId)
        assert.strictEqual(me.body.role, "admin")
        const seen = await send("GET", "/workflows", session.body.token)
        assert.strictEqual(seen.status, 200, seen.text)
        assert.include(seen.body.map((w: { id: string }) => w.id), workflow.body.id)
        assert.strictEqual((await send("GET", `/workflows/${workflow.body.id}`, session.body.token)).status, 200)
        assert.strictEqual((await members(session.body.token, owner.organizationId)).length, 2)

        // Single use.
        assertError(await send("POST", "/teams/invitations/accept", own.token, { token }), 400)
      })

      it("accepting with another user's email is 403, and the invitation stays usable by the invited user", async () => {
        const owner = await signup(server, "owner")
        const intended = await signup(server, "intended")
        const intruder = await signup(server, "intruder")
        const token = await invite(owner.token, owner.organizationId, intended.email)
        assertError(await send("POST", "/teams/invitations/accept", intruder.token, { token }), 403)
        assert.strictEqual((await members(owner.token, owner.organizationId)).length, 1)
        assertError(await login(intruder.email, intruder.password, owner.organizationId), 401)
        const accepted = await send("POST", "/teams/invitations/accept", intended.token, { token })
        assert.strictEqual(accepted.status, 200, accepted.text)
        assert.strictEqual(accepted.body.role, "member", "member by default")
      })

      it("a used, expired, unknown or malformed token is 400", async () => {
        const owner = await signup(brief, "brief-owner")
        const invited = await signup(brief, "brief-invited")
        const token = await invite(owner.token, owner.organizationId, invited.email, undefined, brief)
        await sleep(400)
        assertError(await send("POST", "/teams/invitations/accept", invited.token, { token }, brief), 400)
        assertError(await send("POST", "/teams/invitations/accept", invited.token, { token: `ivt_${"0".repeat(64)}` }, brief), 400)
        const answer = await send("POST", "/teams/invitations/accept", invited.token, { token: 12345 }, brief)
        assert.strictEqual(answer.status, 400, answer.text)
        assert.strictEqual((await send("GET", `/teams/${owner.organizationId}/members`, owner.token, undefined, brief)).body.length, 1)
      })

      it("two accepts of one token at once: exactly one joins", async () => {
        const owner = await signup(server, "race-owner")
        const invited = await signup(server, "race-invited")
        const token = await invite(owner.token, owner.organizationId, invited.email)
        const answers = await Promise.all([0, 1, 2].map(() => send("POST", "/teams/invitations/accept", invited.token, { token })))
        assert.deepStrictEqual(answers.map((a) => a.status).sort(), [200, 400, 400], answers.map((a) => a.text).join("\n"))
        assert.strictEqual((await members(owner.token, owner.organizationId)).length, 2)
      })

      it("refuses to invite a member again (400), an invalid email (400), and accepting with an API key (403)", async () => {
        const owner = await signup(server, "again")
        const joined = await join(owner, "member")
        assertError(await send("POST", `/teams/${owner.organizationId}/members`, owner.token, { email: joined.account.email }), 400)
        assert.strictEqual((await send("POST", `/teams/${owner.organizationId}/members`, owner.token, { email: "nope" })).status, 400)
        const other = await signup(server, "other")
        const key = await send("POST", "/apikeys", other.token, { name: "k", role: "admin" })
        const token = await invite(owner.token, owner.organizationId, other.email)
        assertError(await send("POST", "/teams/invitations/accept", key.body.key, { token }), 403)
        assert.strictEqual((await send("POST", "/teams/invitations/accept", other.token, { token })).status, 200, "still usable")
      })

      it("login with an organization the user is not a member of is 401 with the same body as a wrong password", async () => {
        const user = await signup(server, "stranger")
        const elsewhere = await signup(server, "elsewhere")
        const wrong = await login(user.email, "not the password")
        const foreign = await login(user.email, user.password, elsewhere.organizationId)
        const unknown = await login(user.email, user.password, "org_0000000000000000")
        for (const answer of [wrong, foreign, unknown]) assertError(answer, 401)
        assert.strictEqual(foreign.text, wrong.text)
        assert.strictEqual(unknown.text, wrong.text)
        assert.strictEqual((await login(user.email, user.password, user.organizationId)).status, 200)
      })
    })

    describe("roles", () => {
      let owner: Account
      let admin: Joined
      let member: Joined
      let viewer: Joined
      beforeAll(async () => {
        owner = await signup(server, "roles-owner")
        admin = await join(owner, "admin")
        member = await join(owner, "member")
        viewer = await join(owner, "viewer")
      })

      it("every member may list the members; members and viewers may neither invite nor remove (403)", async () => {
        for (const token of [owner.token, admin.token, member.token, viewer.token]) {
          assert.strictEqual((await members(token, owner.organizationId)).length, 4)
        }
        for (const caller of [member, viewer]) {
          assertError(await send("POST", `/teams/${owner.organizationId}/members`, caller.token, { email: freshEmail("x"), role: "viewer" }), 403)
          assertError(await send("DELETE", `/teams/${owner.organizationId}/members/${viewer.account.userId}`, caller.token), 403)
        }
        assert.strictEqual((await members(owner.token, owner.organizationId)).length, 4)
      })

      it("an invitation's role is at most the inviter's (403 above it); an admin may invite admins", async () => {
        assertError(await send("POST", `/teams/${owner.organizationId}/members`, admin.token, { email: freshEmail("o"), role: "owner" }), 403)
        const ok = await send("POST", `/teams/${owner.organizationId}/members`, admin.token, { email: freshEmail("a"), role: "admin" })
        assert.strictEqual(ok.status, 201, ok.text)
        const byOwner = await send("POST", `/teams/${owner.organizationId}/members`, owner.token, { email: freshEmail("o"), role: "owner" })
        assert.strictEqual(byOwner.status, 201, byOwner.text)
        assert.strictEqual((await send("POST", `/teams/${owner.organizationId}/members`, owner.token, { email: freshEmail("r"), role: "root" })).status, 400)
      })

      it("an admin cannot remove an owner (403), but can remove a member (204); an unknown user is 404", async () => {
        assertError(await send("DELETE", `/teams/${owner.organizationId}/members/${owner.userId}`, admin.token), 403)
        const removed = await send("DELETE", `/teams/${owner.organizationId}/members/${viewer.account.userId}`, admin.token)
        assert.strictEqual(removed.status, 204, removed.text)
        assert.strictEqual(removed.text, "")
        assertError(await send("DELETE", `/teams/${owner.organizationId}/members/${viewer.account.userId}`, admin.token), 404)
        assertError(await send("DELETE", `/teams/${owner.organizationId}/members/usr_0000000000000000`, owner.token), 404)
        assert.deepStrictEqual(
          (await members(owner.token, owner.organizationId)).map((m) => m.userId),
          [owner.userId, admin.account.userId, member.account.userId]
        )
      })
    })

    describe("removal", () => {
      it("the last owner cannot be removed (400); with a second owner, one owner may remove the other", async () => {
        const owner = await signup(server, "sole")
        const alone = await send("DELETE", `/teams/${owner.organizationId}/members/${owner.userId}`, owner.token)
        assertError(alone, 400)
        assert.match(alone.body.error, /last owner/)
        const second = await join(owner, "owner")
        const removed = await send("DELETE", `/teams/${owner.organizationId}/members/${owner.userId}`, second.token)
        assert.strictEqual(removed.status, 204, removed.text)
        assertError(await send("DELETE", `/teams/${owner.organizationId}/members/${second.account.userId}`, second.token), 400)
        assert.deepStrictEqual((await members(second.token, owner.organizationId)).map((m) => [m.userId, m.role]), [[second.account.userId, "owner"]])
      })

      it("two owners removing each other at once leave one owner", async () => {
        const owner = await signup(server, "duel")
        const second = await join(owner, "owner")
        const answers = await Promise.all([
          send("DELETE", `/teams/${owner.organizationId}/members/${second.account.userId}`, owner.token),
          send("DELETE", `/teams/${owner.organizationId}/members/${owner.userId}`, second.token)
        ])
        const statuses = answers.map((a) => a.status)
        assert.include(statuses, 204, answers.map((a) => a.text).join("\n"))
        const left = await server.request("GET", `/api/v1/teams/${owner.organizationId}/members`, {
          token: statuses[0] === 204 ? owner.token : second.token
        })
        assert.deepStrictEqual(left.body.map((m: { role: string }) => m.role), ["owner"])
      })

      it("ends the removed user's sessions in that team at once (access and refresh token), not their other sessions", async () => {
        const owner = await signup(server, "remover")
        const gone = await join(owner, "admin")
        const second = await login(gone.account.email, gone.account.password, owner.organizationId)
        assert.strictEqual((await send("GET", "/workflows", gone.token)).status, 200)
        const removed = await send("DELETE", `/teams/${owner.organizationId}/members/${gone.account.userId}`, owner.token)
        assert.strictEqual(removed.status, 204, removed.text)
        for (const token of [gone.token, second.body.token]) {
          assertError(await send("GET", "/workflows", token), 401)
          assertError(await send("GET", "/auth/me", token), 401)
        }
        assertError(await server.request("POST", "/api/v1/auth/refresh", { body: { refreshToken: gone.refreshToken } }), 401)
        assertError(await login(gone.account.email, gone.account.password, owner.organizationId), 401)
        assert.strictEqual((await send("GET", "/auth/me", gone.account.token)).status, 200, "their own organization's session still works")
        assert.deepStrictEqual((await send("GET", "/teams", gone.account.token)).body.map((t: { id: string }) => t.id), [gone.account.organizationId])
      })
    })

    describe("role changes", () => {
      it("an owner promotes and demotes; the change applies to the member's very next request", async () => {
        const owner = await signup(server, "promoter")
        const joined = await join(owner, "viewer")
        assertError(await send("POST", "/workflows", joined.token, contractExample), 403)
        const promoted = await send("PATCH", `/teams/${owner.organizationId}/members/${joined.account.userId}`, owner.token, { role: "member" })
        assert.strictEqual(promoted.status, 200, promoted.text)
        assert.deepStrictEqual(Object.keys(promoted.body).sort(), ["email", "joinedAt", "name", "role", "userId"])
        assert.strictEqual(promoted.body.role, "member")
        assert.strictEqual((await send("POST", "/workflows", joined.token, contractExample)).status, 201, "the same session now writes")
        const demoted = await send("PATCH", `/teams/${owner.organizationId}/members/${joined.account.userId}`, owner.token, { role: "viewer" })
        assert.strictEqual(demoted.body.role, "viewer")
        assertError(await send("POST", "/workflows", joined.token, contractExample), 403)
      })

      it("an admin may neither make an owner nor touch one (403); members and viewers may not change roles; unknown users 404; bad roles 400", async () => {
        const owner = await signup(server, "guarded")
        const admin = await join(owner, "admin")
        const member = await join(owner, "member")
        assertError(await send("PATCH", `/teams/${owner.organizationId}/members/${member.account.userId}`, admin.token, { role: "owner" }), 403)
        assertError(await send("PATCH", `/teams/${owner.organizationId}/members/${owner.userId}`, admin.token, { role: "viewer" }), 403)
        assertError(await send("PATCH", `/teams/${owner.organizationId}/members/${admin.account.userId}`, member.token, { role: "viewer" }), 403)
        const ok = await send("PATCH", `/teams/${owner.organizationId}/members/${member.account.userId}`, admin.token, { role: "admin" })
        assert.strictEqual(ok.status, 200, ok.text)
        assertError(await send("PATCH", `/teams/${owner.organizationId}/members/usr_0000000000000000`, owner.token, { role: "viewer" }), 404)
        assert.strictEqual((await send("PATCH", `/teams/${owner.organizationId}/members/${member.account.userId}`, owner.token, { role: "root" })).status, 400)
        assert.deepStrictEqual(
          (await members(owner.token, owner.organizationId)).map((m) => m.role),
          ["owner", "admin", "admin"]
        )
      })

      it("the last owner cannot be demoted (400); with a second owner it can", async () => {
        const owner = await signup(server, "lastowner")
        const alone = await send("PATCH", `/teams/${owner.organizationId}/members/${owner.userId}`, owner.token, { role: "admin" })
        assertError(alone, 400)
        assert.match(alone.body.error, /last owner/)
        const second = await join(owner, "owner")
        const stepDown = await send("PATCH", `/teams/${owner.organizationId}/members/${owner.userId}`, second.token, { role: "admin" })
        assert.strictEqual(stepDown.status, 200, stepDown.text)
        assert.deepStrictEqual((await members(second.token, owner.organizationId)).map((m) => m.role), ["admin", "owner"])
      })

      it("a demoted member's API keys are capped at the new role; a removed member's keys stop working", async () => {
        const owner = await signup(server, "keycap")
        const admin = await join(owner, "admin")
        const key = await send("POST", "/apikeys", admin.token, { name: "admin key", role: "admin" })
        assert.strictEqual(key.status, 201, key.text)
        assert.strictEqual((await send("POST", "/apikeys", key.body.key, { name: "from key", role: "member" })).status, 201, "an admin key creates keys")
        await send("PATCH", `/teams/${owner.organizationId}/members/${admin.account.userId}`, owner.token, { role: "viewer" })
        assertError(await send("POST", "/workflows", key.body.key, contractExample), 403)
        assert.strictEqual((await send("GET", "/workflows", key.body.key)).status, 200, "the key still reads as a viewer")
        const listed = await send("GET", "/apikeys", owner.token)
        assert.deepStrictEqual(
          listed.body.filter((k: { name: string }) => k.name === "admin key" || k.name === "from key").map((k: { role: string }) => k.role),
          ["viewer", "viewer"]
        )
        const removed = await send("DELETE", `/teams/${owner.organizationId}/members/${admin.account.userId}`, owner.token)
        assert.strictEqual(removed.status, 204, removed.text)
        assertError(await send("GET", "/workflows", key.body.key), 401)
      })
    })

    describe("acting on a team from a session opened elsewhere", () => {
      it("the creator of a team manages it at once from the same session: members, invitations, roles, removal", async () => {
        const creator = await signup(server, "creator")
        const created = await send("POST", "/teams", creator.token, { name: "Fresh team" })
        assert.strictEqual(created.status, 201, created.text)
        const team = created.body.id as string
        assert.deepStrictEqual((await members(creator.token, team)).map((m) => [m.userId, m.role]), [[creator.userId, "owner"]])
        const invitee = await signup(server, "invitee")
        const token = await invite(creator.token, team, invitee.email, "admin")
        assert.include([...server.mail].reverse().find((mail) => mail.to === invitee.email)!.text, `"Fresh team"`, "the mail names the team")
        const pending = await send("GET", `/teams/${team}/invitations`, creator.token)
        assert.strictEqual(pending.status, 200, pending.text)
        assert.deepStrictEqual(pending.body.map((i: { email: string; role: string }) => [i.email, i.role]), [[invitee.email, "admin"]])
        assert.strictEqual((await send("POST", "/teams/invitations/accept", invitee.token, { token })).status, 200)
        const demoted = await send("PATCH", `/teams/${team}/members/${invitee.userId}`, creator.token, { role: "viewer" })
        assert.strictEqual(demoted.status, 200, demoted.text)
        assert.strictEqual(demoted.body.role, "viewer")
        const other = await invite(creator.token, team, freshEmail("withdrawn"))
        assert.isString(other)
        const withdrawn = (await send("GET", `/teams/${team}/invitations`, creator.token)).body[0].id
        assert.strictEqual((await send("DELETE", `/teams/${team}/invitations/${withdrawn}`, creator.token)).status, 204)
        assert.strictEqual((await send("DELETE", `/teams/${team}/members/${invitee.userId}`, creator.token)).status, 204)
        assert.deepStrictEqual((await members(creator.token, team)).map((m) => m.userId), [creator.userId])
        // The session is still the creator's first organization's.
        assert.strictEqual((await send("GET", "/auth/me", creator.token)).body.organization.id, creator.organizationId)
      })

      it("a member acts with their role in that team, not their session's: an owner elsewhere who is a viewer here may list but not invite (403)", async () => {
        const owner = await signup(server, "team-owner")
        const guest = await signup(server, "guest")
        const token = await invite(owner.token, owner.organizationId, guest.email, "viewer")
        assert.strictEqual((await send("POST", "/teams/invitations/accept", guest.token, { token })).status, 200)
        // `guest.token` is a session in the guest's own organization, where the guest is an owner.
        assert.deepStrictEqual((await members(guest.token, owner.organizationId)).map((m) => [m.userId, m.role]), [[owner.userId, "owner"], [guest.userId, "viewer"]])
        const refused = await send("POST", `/teams/${owner.organizationId}/members`, guest.token, { email: freshEmail("x") })
        assertError(refused, 403)
        assert.strictEqual(refused.body.error, "this action needs the admin role or higher")
        assertError(await send("GET", `/teams/${owner.organizationId}/invitations`, guest.token), 403)
        assertError(await send("DELETE", `/teams/${owner.organizationId}/members/${owner.userId}`, guest.token), 403)
        // Promoted, the same session may invite; removed, the team is a 404 to it again.
        await send("PATCH", `/teams/${owner.organizationId}/members/${guest.userId}`, owner.token, { role: "admin" })
        assert.strictEqual((await send("POST", `/teams/${owner.organizationId}/members`, guest.token, { email: freshEmail("y") })).status, 201)
        assert.strictEqual((await send("DELETE", `/teams/${owner.organizationId}/members/${guest.userId}`, owner.token)).status, 204)
        const gone = await send("GET", `/teams/${owner.organizationId}/members`, guest.token)
        assertError(gone, 404)
        assert.strictEqual(gone.body.error, `team ${owner.organizationId} not found`)
        assert.strictEqual((await send("GET", "/workflows", guest.token)).status, 200, "the guest's own session goes on")
      })
    })

    describe("pending invitations", () => {
      it("admins list pending invitations (no token), revoke one (its token stops working); used and revoked ones are not listed", async () => {
        const owner = await signup(server, "inviter")
        const [first, second] = [freshEmail("first"), freshEmail("second")]
        const firstToken = await invite(owner.token, owner.organizationId, first, "viewer")
        await invite(owner.token, owner.organizationId, second)
        const listed = await send("GET", `/teams/${owner.organizationId}/invitations`, owner.token)
        assert.strictEqual(listed.status, 200, listed.text)
        assert.deepStrictEqual(listed.body.map((i: { email: string; role: string }) => [i.email, i.role]), [[first, "viewer"], [second, "member"]])
        assert.deepStrictEqual(Object.keys(listed.body[0]).sort(), ["createdAt", "email", "expiresAt", "id", "invitedBy", "role"])
        assert.strictEqual(listed.body[0].invitedBy, owner.userId)
        assert.notInclude(listed.text, "ivt_")
        const revoked = await send("DELETE", `/teams/${owner.organizationId}/invitations/${listed.body[0].id}`, owner.token)
        assert.strictEqual(revoked.status, 204, revoked.text)
        assertError(await send("DELETE", `/teams/${owner.organizationId}/invitations/${listed.body[0].id}`, owner.token), 404)
        const invitee = await server.request("POST", "/api/v1/auth/signup", {
          body: { email: first, password: "correct horse battery staple" }
        })
        assert.strictEqual(invitee.status, 201, invitee.text)
        assertError(await send("POST", "/teams/invitations/accept", invitee.body.token, { token: firstToken }), 400)
        const after = await send("GET", `/teams/${owner.organizationId}/invitations`, owner.token)
        assert.deepStrictEqual(after.body.map((i: { email: string }) => i.email), [second])
      })

      it("members and viewers may not list or revoke invitations (403)", async () => {
        const owner = await signup(server, "private")
        await invite(owner.token, owner.organizationId, freshEmail("p"))
        const id = (await send("GET", `/teams/${owner.organizationId}/invitations`, owner.token)).body[0].id
        for (const role of ["member", "viewer"]) {
          const joined = await join(owner, role)
          assertError(await send("GET", `/teams/${owner.organizationId}/invitations`, joined.token), 403)
          assertError(await send("DELETE", `/teams/${owner.organizationId}/invitations/${id}`, joined.token), 403)
        }
      })
    })

    describe("the organization boundary", () => {
      it("another team's id is 404 on every :id endpoint — a team the caller is not in, an unknown one, and for an API key any team but its own", async () => {
        const caller = await signup(server, "bound")
        const other = await signup(server, "other-team")
        const otherMember = await join(other, "member")
        // The caller belongs to `joined` (as an owner) but their session is in their own organization.
        const joined = await send("POST", "/teams", caller.token, { name: "joined" })
        assert.strictEqual(joined.status, 201)
        const before = await members(other.token, other.organizationId)
        const key = (await send("POST", "/apikeys", caller.token, { name: "k", role: "owner" })).body.key as string
        // The caller's session may act on `joined` (their own membership); their key reaches only its organization.
        for (const [token, ids] of [[caller.token, [other.organizationId, "org_0000000000000000"]], [key, [other.organizationId, joined.body.id, "org_0000000000000000"]]] as const) {
          for (const id of ids) {
            const answers = [
              await send("GET", `/teams/${id}/members`, token),
              await send("POST", `/teams/${id}/members`, token, { email: freshEmail("z"), role: "member" }),
              await send("POST", `/teams/${id}/members`, token, { email: freshEmail("z"), role: "owner" }),
              await send("DELETE", `/teams/${id}/members/${otherMember.account.userId}`, token),
              await send("DELETE", `/teams/${id}/members/${other.userId}`, token)
            ]
            for (const answer of answers) {
              assertError(answer, 404)
              assert.strictEqual(answer.body.error, `team ${id} not found`)
            }
          }
        }
        assert.deepStrictEqual(await members(other.token, other.organizationId), before, "the other team is unchanged")
        assert.strictEqual((await send("GET", "/workflows", otherMember.token)).status, 200, "its member's session is untouched")
      })

      it("a viewer gets 404, not 403, for another team's id", async () => {
        const owner = await signup(server, "vowner")
        const viewer = await join(owner, "viewer")
        const other = await signup(server, "vother")
        assertError(await send("POST", `/teams/${other.organizationId}/members`, viewer.token, { email: freshEmail("v") }), 404)
        assertError(await send("DELETE", `/teams/${other.organizationId}/members/${other.userId}`, viewer.token), 404)
      })
    })
  })
})
