/**
 * The API keys group through the real server and a real HTTP client, on PGlite and on
 * PostgreSQL: a key is shown once, listed newest first without its secret, authenticates
 * requests with its role — its creator's unless narrowed, never above the creator's current role —,
 * stops at once when revoked, and stays inside its organization.
 */
import { afterAll, assert, beforeAll, describe, it } from "@effect/vitest"
import { createHash } from "node:crypto"
import { type Account, type Answer, assertError, contractExample, databases, nextLink, signup, skip, start, type TestServer } from "./harness.js"
import { sleep } from "../../nodes/test/loopback.js"

const keyShape = /^sk_[0-9a-f]{64}$/
const nowSeconds = () => Math.floor(Date.now() / 1000)



describe.each(databases)("API keys on %s", (database) => {
  describe.skipIf(skip(database))("through the real server", () => {
    let server: TestServer
    let owner: Account
    let rival: Account
    let workflowId: string
    beforeAll(async () => {
      server = await start(database)
      ;[owner, rival] = await Promise.all([signup(server, "keys-owner"), signup(server, "keys-rival")])
      const workflow = await server.request("POST", "/api/v1/workflows", { token: owner.token, body: contractExample })
      assert.strictEqual(workflow.status, 201, workflow.text)
      workflowId = workflow.body.id
    })
    afterAll(() => server?.close())

    /** Creates a key with `token`'s credentials; asserts 201. */
    const createKey = async (token: string, body: Record<string, unknown>) => {
      const answer = await server.request("POST", "/api/v1/apikeys", { token, body })
      assert.strictEqual(answer.status, 201, answer.text)
      return answer.body as { id: string; key: string; name: string; role: string; prefix: string; createdBy: string; createdAt: number }
    }
    const listWorkflows = (token: string) => server.request("GET", "/api/v1/workflows", { token })

    it("creating a key answers 201 with the key (sk_ + 64 hex) and its record, with its creator's role by default", async () => {
      const before = nowSeconds()
      const answer = await server.request("POST", "/api/v1/apikeys", { token: owner.token, body: { name: "  deploy bot  " } })
      assert.strictEqual(answer.status, 201, answer.text)
      const created = answer.body
      assert.match(created.key, keyShape)
      assert.match(created.id, /^key_/)
      assert.strictEqual(created.name, "deploy bot")
      assert.strictEqual(created.role, "owner", "the owner's key is an owner's")
      assert.strictEqual(created.createdBy, owner.userId)
      assert.isTrue(created.key.startsWith(created.prefix))
      assert.isAtLeast(created.prefix.length, 5)
      assert.isAtMost(created.prefix.length, 12, "the prefix only recognises the key, it does not reveal it")
      assert.isTrue(Number.isInteger(created.createdAt))
      assert.isAtLeast(created.createdAt, before - 1)
      assert.isAtMost(created.createdAt, nowSeconds())
      const other = await createKey(owner.token, { name: "deploy bot" })
      assert.notStrictEqual(other.key, created.key)
      assert.notStrictEqual(other.id, created.id)
    })

    it("the key is shown once: the listing never contains it, its secret part or its hash", async () => {
      const created = await createKey(owner.token, { name: "shown once", role: "viewer" })
      const listed = await server.request("GET", "/api/v1/apikeys?limit=100", { token: owner.token })
      assert.strictEqual(listed.status, 200, listed.text)
      assert.isArray(listed.body)
      const entry = listed.body.find((key: { id: string }) => key.id === created.id)
      assert.deepStrictEqual(entry, {
        id: created.id,
        name: "shown once",
        role: "viewer",
        prefix: created.prefix,
        createdBy: owner.userId,
        createdAt: created.createdAt
      })
      for (const key of listed.body) assert.notProperty(key, "key")
      assert.notInclude(listed.text, created.key)
      assert.notInclude(listed.text, created.key.slice(created.prefix.length))
      assert.notInclude(listed.text, createHash("sha256").update(created.key).digest("hex"))
    })

    it("lists keys newest first, in pages of `limit` linked by `Link: <…>; rel=\"next\"` until the last, and no cursor makes it fail", async () => {
      const team = await signup(server, "keys-paging")
      const names = ["first", "second", "third", "fourth", "fifth"]
      const ids: Array<string> = []
      for (const name of names) {
        ids.push((await createKey(team.token, { name })).id)
        await sleep(3)
      }
      const newestFirst = [...ids].reverse()

      const all = await server.request("GET", "/api/v1/apikeys", { token: team.token })
      assert.strictEqual(all.status, 200, all.text)
      assert.deepStrictEqual(all.body.map((key: { id: string }) => key.id), newestFirst)
      assert.isNull(all.headers.get("link"))

      const seen: Array<string> = []
      const sizes: Array<number> = []
      let path: string | undefined = "/api/v1/apikeys?limit=2"
      while (path !== undefined) {
        assert.isBelow(sizes.length, 5, "paging does not end")
        const page: Answer = await server.request("GET", path, { token: team.token })
        assert.strictEqual(page.status, 200, page.text)
        sizes.push(page.body.length)
        seen.push(...page.body.map((key: { id: string }) => key.id))
        path = nextLink(page)
        if (path !== undefined) assert.match(path, /^\/api\/v1\/apikeys\?.*limit=2/)
      }
      assert.deepStrictEqual(sizes, [2, 2, 1])
      assert.deepStrictEqual(seen, newestFirst)

      const exact = await server.request("GET", "/api/v1/apikeys?limit=5", { token: team.token })
      assert.strictEqual(exact.body.length, 5)
      assert.isNull(exact.headers.get("link"), "no next page when the last page is exactly full")

      for (const [cursor, expected] of [
        ["99999999999999999999.key_zzz", newestFirst],
        ["1e21.key_zzz", newestFirst],
        ["-1e21.key_zzz", []],
        ["1e-3.key_zzz", []]
      ] as const) {
        const page = await server.request("GET", `/api/v1/apikeys?cursor=${encodeURIComponent(cursor)}`, { token: team.token })
        assert.strictEqual(page.status, 200, `cursor ${cursor}: ${page.text}`)
        assert.deepStrictEqual(page.body.map((key: { id: string }) => key.id), expected, `cursor ${cursor}`)
      }
    })

    it("refuses a limit outside 1–100 with 400", async () => {
      for (const limit of ["0", "101", "abc"]) {
        const answer = await server.request("GET", `/api/v1/apikeys?limit=${limit}`, { token: owner.token })
        assert.strictEqual(answer.status, 400, answer.text)
        assert.isString(answer.body.error)
      }
    })

    it("a key authenticates requests in its organization, as its creator", async () => {
      const created = await createKey(owner.token, { name: "reader", role: "member" })
      const workflows = await listWorkflows(created.key)
      assert.strictEqual(workflows.status, 200, workflows.text)
      assert.deepStrictEqual(workflows.body.map((workflow: { id: string }) => workflow.id), [workflowId])
      const me = await server.request("GET", "/api/v1/auth/me", { token: created.key })
      assert.strictEqual(me.status, 200, me.text)
      assert.strictEqual(me.body.id, owner.userId)
      assert.strictEqual(me.body.organization.id, owner.organizationId)
      assert.strictEqual(me.body.role, "member")
      assert.strictEqual(me.body.apiKeyId, created.id)
    })

    it("an unknown or malformed key is refused with 401", async () => {
      const created = await createKey(owner.token, { name: "to mangle" })
      const flipped = `${created.key.slice(0, -1)}${created.key.endsWith("0") ? "1" : "0"}`
      for (const key of [flipped, `sk_${"0".repeat(64)}`, created.key.toUpperCase().replace("SK_", "sk_"), `${created.key}0`, "sk_", created.prefix]) {
        assertError(await listWorkflows(key), 401)
      }
      assert.strictEqual((await listWorkflows(created.key)).status, 200)
    })

    it("revoking answers 204, the very next request with the key is 401, and the key leaves the listing", async () => {
      const created = await createKey(owner.token, { name: "short-lived" })
      assert.strictEqual((await listWorkflows(created.key)).status, 200)
      const revoked = await server.request("DELETE", `/api/v1/apikeys/${created.id}`, { token: owner.token })
      assert.strictEqual(revoked.status, 204, revoked.text)
      assert.strictEqual(revoked.text, "")
      assertError(await listWorkflows(created.key), 401)
      assertError(await server.request("GET", "/api/v1/auth/me", { token: created.key }), 401)
      const listed = await server.request("GET", "/api/v1/apikeys?limit=100", { token: owner.token })
      assert.notInclude(listed.body.map((key: { id: string }) => key.id), created.id)
    })

    it("revoking a revoked key again, or an unknown id, answers 404", async () => {
      const created = await createKey(owner.token, { name: "revoked twice" })
      assert.strictEqual((await server.request("DELETE", `/api/v1/apikeys/${created.id}`, { token: owner.token })).status, 204)
      assertError(await server.request("DELETE", `/api/v1/apikeys/${created.id}`, { token: owner.token }), 404)
      assertError(await server.request("DELETE", "/api/v1/apikeys/key_doesnotexist", { token: owner.token }), 404)
    })

    it("another organization's key id is a 404 on DELETE, and the key keeps working", async () => {
      const created = await createKey(owner.token, { name: "not yours", role: "admin" })
      assertError(await server.request("DELETE", `/api/v1/apikeys/${created.id}`, { token: rival.token }), 404)
      const rivalKey = await createKey(rival.token, { name: "rival admin", role: "admin" })
      assertError(await server.request("DELETE", `/api/v1/apikeys/${created.id}`, { token: rivalKey.key }), 404)
      assert.strictEqual((await listWorkflows(created.key)).status, 200)
      const theirs = await server.request("GET", "/api/v1/apikeys?limit=100", { token: rival.token })
      assert.strictEqual(theirs.status, 200, theirs.text)
      assert.deepStrictEqual(theirs.body.map((key: { id: string }) => key.id), [rivalKey.id])
      const rivalWorkflows = await listWorkflows(rivalKey.key)
      assert.strictEqual(rivalWorkflows.status, 200)
      assert.deepStrictEqual(rivalWorkflows.body, [], "a key sees only its own organization's workflows")
    })

    it("a viewer key may read (200) but not write workflows nor create keys (403)", async () => {
      const viewer = await createKey(owner.token, { name: "viewer", role: "viewer" })
      assert.strictEqual(viewer.role, "viewer")
      assert.strictEqual((await listWorkflows(viewer.key)).status, 200)
      assertError(
        await server.request("POST", "/api/v1/workflows", { token: viewer.key, body: { ...contractExample, name: "by a viewer" } }),
        403
      )
      assertError(await server.request("POST", "/api/v1/apikeys", { token: viewer.key, body: { name: "escalate", role: "viewer" } }), 403)
      const workflows = await listWorkflows(owner.token)
      assert.notInclude(workflows.body.map((workflow: { name: string }) => workflow.name), "by a viewer")
    })

    it("a member key may write workflows but cannot manage keys (403 on create, list and revoke)", async () => {
      const member = await createKey(owner.token, { name: "member", role: "member" })
      const victim = await createKey(owner.token, { name: "victim", role: "viewer" })
      const written = await server.request("POST", "/api/v1/workflows", {
        token: member.key,
        body: { ...contractExample, name: "by a member" }
      })
      assert.strictEqual(written.status, 201, written.text)
      assertError(await server.request("POST", "/api/v1/apikeys", { token: member.key, body: { name: "more", role: "member" } }), 403)
      assertError(await server.request("GET", "/api/v1/apikeys", { token: member.key }), 403)
      assertError(await server.request("DELETE", `/api/v1/apikeys/${victim.id}`, { token: member.key }), 403)
      assert.strictEqual((await listWorkflows(victim.key)).status, 200)
    })

    it("an admin key manages keys up to its own role but cannot create an owner key (403); an owner may", async () => {
      const admin = await createKey(owner.token, { name: "admin", role: "admin" })
      const peer = await createKey(admin.key, { name: "peer admin", role: "admin" })
      assert.strictEqual(peer.role, "admin")
      assert.strictEqual(peer.createdBy, owner.userId)
      const member = await createKey(admin.key, { name: "made by admin" })
      assert.strictEqual(member.role, "admin", "an admin key's key is an admin's by default")
      assert.strictEqual((await server.request("GET", "/api/v1/apikeys", { token: admin.key })).status, 200)
      assertError(await server.request("POST", "/api/v1/apikeys", { token: admin.key, body: { name: "too high", role: "owner" } }), 403)
      assert.strictEqual((await server.request("DELETE", `/api/v1/apikeys/${member.id}`, { token: admin.key })).status, 204)
      const ownerKey = await createKey(owner.token, { name: "owner key", role: "owner" })
      assert.strictEqual(ownerKey.role, "owner")
      assert.strictEqual((await createKey(ownerKey.key, { name: "from an owner key", role: "owner" })).role, "owner")
    })

    it("an owner's fresh key (no role given) acts as an owner: it registers a webhook and stores a credential", async () => {
      const team = await signup(server, "keys-fresh")
      const fresh = await createKey(team.token, { name: "automation" })
      assert.strictEqual(fresh.role, "owner")
      assert.strictEqual((await server.request("GET", "/api/v1/auth/me", { token: fresh.key })).body.role, "owner")
      const webhook = await server.request("POST", "/api/v1/webhooks", {
        token: fresh.key,
        body: { url: "https://hooks.acme.test/sire", events: ["execution.completed"] }
      })
      assert.strictEqual(webhook.status, 201, webhook.text)
      const credential = await server.request("POST", "/api/v1/credentials", {
        token: fresh.key,
        body: { name: "GitHub", type: "api_key", value: "ghp_secret", allowedHosts: ["api.github.com"] }
      })
      assert.strictEqual(credential.status, 201, credential.text)
      assert.strictEqual((await server.request("GET", "/api/v1/credentials", { token: team.token })).body[0].id, credential.body.id)
    })

    it("role narrows, never widens: an admin asking for an owner key and a member asking for an admin key are refused with 403", async () => {
      const admin = await createKey(owner.token, { name: "admin for widening", role: "admin" })
      const asked = await server.request("POST", "/api/v1/apikeys", { token: admin.key, body: { name: "wider", role: "owner" } })
      assertError(asked, 403)
      assert.strictEqual(asked.body.error, "cannot create a key with the owner role: yours is admin")
      const narrowed = await createKey(admin.key, { name: "narrower", role: "viewer" })
      assert.strictEqual(narrowed.role, "viewer")
      assertError(await server.request("POST", "/api/v1/workflows", { token: narrowed.key, body: contractExample }), 403)
      const member = await createKey(owner.token, { name: "member for widening", role: "member" })
      assertError(await server.request("POST", "/api/v1/apikeys", { token: member.key, body: { name: "wider", role: "admin" } }), 403)
      const names = (await server.request("GET", "/api/v1/apikeys?limit=100", { token: owner.token })).body.map((key: { name: string }) => key.name)
      assert.notInclude(names, "wider")
    })

    it("a demoted creator caps their default-role key: an owner demoted to member leaves the key a member's", async () => {
      const team = await signup(server, "keys-demoted")
      const second = await signup(server, "keys-second-owner")
      const invited = await server.request("POST", `/api/v1/teams/${team.organizationId}/members`, {
        token: team.token,
        body: { email: second.email, role: "owner" }
      })
      assert.strictEqual(invited.status, 201, invited.text)
      const token = /\bivt_[0-9a-f]{64}\b/.exec([...server.mail].reverse().find((mail) => mail.to === second.email)!.text)![0]
      assert.strictEqual((await server.request("POST", "/api/v1/teams/invitations/accept", { token: second.token, body: { token } })).status, 200)
      const key = await createKey(team.token, { name: "before the demotion" })
      assert.strictEqual(key.role, "owner")
      const secondSession = await server.request("POST", "/api/v1/auth/login", {
        body: { email: second.email, password: second.password, organizationId: team.organizationId }
      })
      const demoted = await server.request("PATCH", `/api/v1/teams/${team.organizationId}/members/${team.userId}`, {
        token: secondSession.body.token,
        body: { role: "member" }
      })
      assert.strictEqual(demoted.status, 200, demoted.text)
      assert.strictEqual((await server.request("GET", "/api/v1/auth/me", { token: key.key })).body.role, "member")
      assertError(await server.request("GET", "/api/v1/apikeys", { token: key.key }), 403)
      assertError(await server.request("POST", "/api/v1/webhooks", {
        token: key.key,
        body: { url: "https://hooks.acme.test/late", events: ["execution.completed"] }
      }), 403)
      assert.strictEqual((await server.request("POST", "/api/v1/workflows", { token: key.key, body: contractExample })).status, 201, "a member still writes workflows")
    })

    it("refuses an empty name, an unknown role and an unknown field with 400 { error, details }", async () => {
      for (const [body, path] of [
        [{ name: "   " }, "name"],
        [{}, "name"],
        [{ name: "x", role: "superuser" }, "role"],
        [{ name: "x", scopes: ["all"] }, "scopes"]
      ] as const) {
        const answer = await server.request("POST", "/api/v1/apikeys", { token: owner.token, body })
        assert.strictEqual(answer.status, 400, answer.text)
        assert.isString(answer.body.error)
        assert.isTrue(
          answer.body.details.some((detail: { path: string }) => detail.path === path),
          `no detail at ${path}: ${answer.text}`
        )
      }
    })

    it("every key endpoint answers 401 without credentials", async () => {
      assertError(await server.request("GET", "/api/v1/apikeys"), 401)
      assertError(await server.request("POST", "/api/v1/apikeys", { body: { name: "anonymous" } }), 401)
      assertError(await server.request("DELETE", "/api/v1/apikeys/key_whatever"), 401)
    })
  })
})
