/**
 * The audit log through the real server, on PGlite and PostgreSQL: every audited action (sign-in,
 * logout, password reset, API keys, credentials, members, workflows, webhooks, chat deployments,
 * marketplace, billing) writes exactly one entry with its actor, resource, request id, address and
 * user agent; refused actions (a wrong password, a forbidden delete, an unknown id) are recorded as
 * failures with their reason; a change whose entry cannot be written is undone; entries are
 * scoped to their organization (another's id is a 404, never listed); members and viewers get 403;
 * filters and paging; no secret ever appears in an entry.
 */
import { afterAll, assert, beforeAll, describe, it } from "@effect/vitest"
import { createServer, type Server as HttpServer } from "node:http"
import type { AddressInfo } from "node:net"
import { Arbitrary, Option, Redacted, Schema } from "effect"
import fc from "fast-check"
import pg from "pg"
import { AuditLogEntry } from "../src/audit/Api.js"
import { type LocalServer, startMcpServer } from "./mcpServer.js"
import { type Account, type Answer, assertError, constantWorkflow, databases, eventually, nextLink, signup, skip, start, type TestServer } from "./harness.js"

const api = "/api/v1"
const agent = "audit-test/1.0"
const invitationToken = /\bivt_[0-9a-f]{64}\b/
const stripeKey = "sk_test_audit_0123456789"

/** Stripe's checkout-session call and nothing else, in its wire format, on loopback. */
const fakeStripe = async (): Promise<{ readonly url: string; readonly close: () => Promise<void> }> => {
  let sessions = 0
  const server: HttpServer = createServer((request, response) => {
    request.resume()
    request.on("end", () => {
      const checkout = request.method === "POST" && request.url === "/v1/checkout/sessions" &&
        request.headers.authorization === `Bearer ${stripeKey}`
      response.writeHead(checkout ? 200 : 404, { "content-type": "application/json" })
      const id = `cs_test_${++sessions}`
      response.end(JSON.stringify(checkout
        ? { id, object: "checkout.session", status: "open", url: `https://checkout.stripe.test/c/pay/${id}` }
        : { error: { type: "invalid_request_error", message: "not faked" } }))
    })
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve()))
  }
}

interface Entry {
  readonly id: string
  readonly action: string
  readonly resourceType: string
  readonly resourceId: string | null
  readonly actor: { readonly type: string; readonly id: string; readonly userId: string; readonly label: string | null }
  readonly outcome: "success" | "failure"
  readonly reason: string | null
  readonly requestId: string | null
  readonly address: string | null
  readonly userAgent: string | null
  readonly createdAt: number
}

describe("the audit log entry's wire schema", () => {
  it("round-trips: decoding an encoded entry gives the entry back", () => {
    const encode = Schema.encodeSync(AuditLogEntry)
    const decode = Schema.decodeUnknownSync(AuditLogEntry)
    fc.assert(fc.property(Arbitrary.make(AuditLogEntry), (entry) => {
      assert.deepStrictEqual(decode(encode(entry)), entry)
    }))
  })
})

describe.each(databases)("audit logs on %s", (db) => {
  describe.skipIf(skip(db))("", () => {
    let server: TestServer
    let mcp: LocalServer
    let stripe: { readonly url: string; readonly close: () => Promise<void> }
    beforeAll(async () => {
      mcp = await startMcpServer()
      stripe = await fakeStripe()
      server = await start(db, {
        egressAllow: ["127.0.0.1"],
        stripe: {
          secretKey: Redacted.make(stripeKey),
          webhookSecret: Option.none(),
          pricePro: Option.some("price_pro"),
          priceEnterprise: Option.none(),
          apiBase: Option.some(stripe.url)
        }
      })
    }, 120_000)
    afterAll(async () => {
      await server?.close()
      await mcp?.close()
      await stripe?.close()
    })

    const send = (method: string, path: string, token?: string, body?: unknown): Promise<Answer> =>
      server.request(method, `${api}${path}`, {
        headers: { "user-agent": agent },
        ...(token !== undefined ? { token } : {}),
        ...(body !== undefined ? { body } : {})
      })
    const ok = async (answer: Promise<Answer>, status: number): Promise<Answer> => {
      const done = await answer
      assert.strictEqual(done.status, status, done.text)
      return done
    }
    /** Every entry of the caller's organization matching `query`, all pages followed. */
    const entries = async (token: string, query = ""): Promise<Array<Entry>> => {
      const all: Array<Entry> = []
      let next: string | undefined = `${api}/audit-logs?limit=100${query}`
      while (next !== undefined) {
        const page: Answer = await server.request("GET", next.replace(server.base, ""), { token })
        assert.strictEqual(page.status, 200, page.text)
        all.push(...page.body)
        next = nextLink(page)
      }
      return all
    }
    /** The one entry of `action` about `resourceId` (exactly one, or the test fails). */
    const one = async (token: string, action: string, resourceId?: string | null): Promise<Entry> => {
      const found = (await entries(token, `&action=${encodeURIComponent(action)}`))
        .filter((entry) => resourceId === undefined || entry.resourceId === resourceId)
      assert.strictEqual(found.length, 1, `${action} ${resourceId}: ${JSON.stringify(found)}`)
      return found[0]!
    }
    /** Asserts a success entry by `account` (in person) for the request that `answer` answered. */
    const byRequest = (entry: Entry, answer: Answer, account: Account) => {
      assert.strictEqual(entry.outcome, "success", JSON.stringify(entry))
      assert.isNull(entry.reason)
      assert.deepStrictEqual(entry.actor, { type: "user", id: account.userId, userId: account.userId, label: account.email })
      assert.strictEqual(entry.requestId, answer.headers.get("x-request-id"))
      assert.strictEqual(entry.userAgent, agent)
      assert.isString(entry.address)
      assert.match(entry.id, /^audit_/)
    }
    const inviteAndJoin = async (owner: Account, role: string): Promise<{ account: Account; token: string }> => {
      const account = await signup(server, role)
      await ok(send("POST", `/teams/${owner.organizationId}/members`, owner.token, { email: account.email, role }), 201)
      const mail = [...server.mail].reverse().find((message) => message.to === account.email)
      const token = invitationToken.exec(mail?.text ?? "")?.[0]
      assert.isDefined(token, "no invitation mailed")
      await ok(send("POST", "/teams/invitations/accept", account.token, { token }), 200)
      const session = await ok(send("POST", "/auth/login", undefined, { email: account.email, password: account.password, organizationId: owner.organizationId }), 200)
      return { account, token: session.body.token }
    }

    it("each workflow, credential, API key, webhook and chat deployment change writes exactly one entry, with its actor and request", async () => {
      const owner = await signup(server, "owner")
      const workflow = await ok(send("POST", "/workflows", owner.token, constantWorkflow("audited", 1)), 201)
      byRequest(await one(owner.token, "workflow.created", workflow.body.id), workflow, owner)
      const updated = await ok(send("PUT", `/workflows/${workflow.body.id}`, owner.token, constantWorkflow("audited again", 2)), 200)
      byRequest(await one(owner.token, "workflow.updated", workflow.body.id), updated, owner)

      const credential = await ok(send("POST", "/credentials", owner.token, { name: "api", type: "bearer", value: "v1", allowedHosts: ["example.com"] }), 201)
      byRequest(await one(owner.token, "credential.created", credential.body.id), credential, owner)
      const rotated = await ok(send("PATCH", `/credentials/${credential.body.id}`, owner.token, { value: "v2" }), 200)
      byRequest(await one(owner.token, "credential.updated", credential.body.id), rotated, owner)
      const deleted = await ok(send("DELETE", `/credentials/${credential.body.id}`, owner.token), 204)
      byRequest(await one(owner.token, "credential.deleted", credential.body.id), deleted, owner)

      const key = await ok(send("POST", "/apikeys", owner.token, { name: "ci" }), 201)
      byRequest(await one(owner.token, "api_key.created", key.body.id), key, owner)
      const byKey = await ok(send("POST", "/workflows", key.body.key, constantWorkflow("by key", 3)), 201)
      const keyEntry = await one(owner.token, "workflow.created", byKey.body.id)
      assert.deepStrictEqual(keyEntry.actor, { type: "apiKey", id: key.body.id, userId: owner.userId, label: key.body.prefix })
      const revoked = await ok(send("DELETE", `/apikeys/${key.body.id}`, owner.token), 204)
      byRequest(await one(owner.token, "api_key.revoked", key.body.id), revoked, owner)

      const hook = await ok(send("POST", "/webhooks", owner.token, { url: "http://127.0.0.1:9/hook", events: ["workflow.created"] }), 201)
      byRequest(await one(owner.token, "webhook.created", hook.body.id), hook, owner)
      const unhooked = await ok(send("DELETE", `/webhooks/${hook.body.id}`, owner.token), 204)
      byRequest(await one(owner.token, "webhook.deleted", hook.body.id), unhooked, owner)

      const deployment = await ok(send("POST", "/chat/deployments", owner.token, { workflowId: workflow.body.id, allowedOrigins: ["https://example.com"] }), 201)
      byRequest(await one(owner.token, "chat_deployment.created", deployment.body.id), deployment, owner)
      const patched = await ok(send("PATCH", `/chat/deployments/${deployment.body.id}`, owner.token, { enabled: false }), 200)
      byRequest(await one(owner.token, "chat_deployment.updated", deployment.body.id), patched, owner)
      const rotatedKey = await ok(send("POST", `/chat/deployments/${deployment.body.id}/rotate-key`, owner.token), 200)
      byRequest(await one(owner.token, "chat_deployment.key_rotated", deployment.body.id), rotatedKey, owner)
      const undeployed = await ok(send("DELETE", `/chat/deployments/${deployment.body.id}`, owner.token), 204)
      byRequest(await one(owner.token, "chat_deployment.deleted", deployment.body.id), undeployed, owner)

      const removed = await ok(send("DELETE", `/workflows/${workflow.body.id}`, owner.token), 204)
      byRequest(await one(owner.token, "workflow.deleted", workflow.body.id), removed, owner)

      const one_ = await ok(send("GET", `/audit-logs/${keyEntry.id}`, owner.token), 200)
      assert.deepStrictEqual(one_.body, keyEntry)
    }, 120_000)

    it("sign-in (success and failure), logout and password reset each write exactly one entry", async () => {
      const user = await signup(server, "signin")
      const login = await ok(send("POST", "/auth/login", undefined, { email: user.email, password: user.password }), 200)
      byRequest(await one(user.token, "user.login", user.userId), login, user)
      assertError(await send("POST", "/auth/login", undefined, { email: user.email, password: "wrong password, surely" }), 401)
      const logins = await entries(user.token, "&action=user.login")
      assert.strictEqual(logins.length, 2)
      const failed = logins.find((entry) => entry.outcome === "failure")!
      assert.strictEqual(failed.reason, "invalid email or password")
      assert.strictEqual(failed.actor.id, user.userId)
      assert.strictEqual(failed.userAgent, agent)

      const key = await ok(send("POST", "/apikeys", user.token, { name: "not a session" }), 201)
      await ok(send("POST", "/auth/logout", key.body.key), 204)
      assert.strictEqual((await entries(user.token, "&action=user.logout")).length, 0, "a key has no session to end")
      const logout = await ok(send("POST", "/auth/logout", login.body.token), 204)
      byRequest(await one(user.token, "user.logout", user.userId), logout, user)

      await ok(send("POST", "/auth/forgot-password", undefined, { email: user.email }), 202)
      let token: string | undefined
      await eventually(() => {
        token = /rst_[0-9a-f]{64}/.exec(server.mail.filter((m) => m.to === user.email).at(-1)?.text ?? "")?.[0]
        return token !== undefined
      }, "the reset mail")
      const reset = await ok(send("POST", "/auth/reset-password", undefined, { token, password: "a brand new password" }), 200)
      const again = await ok(send("POST", "/auth/login", undefined, { email: user.email, password: "a brand new password" }), 200)
      byRequest(await one(again.body.token, "user.password_reset", user.userId), reset, user)
    }, 120_000)

    it("member invitations, role changes and removals each write exactly one entry; a forbidden delete records its failure", async () => {
      const owner = await signup(server, "teamowner")
      const { account: member, token: memberToken } = await inviteAndJoin(owner, "member")
      const invited = (await entries(owner.token, "&action=member.invited"))[0]!
      assert.strictEqual(invited.outcome, "success")
      assert.match(invited.resourceId ?? "", /^inv_/)

      const credential = await ok(send("POST", "/credentials", owner.token, { name: "db", type: "bearer", value: "x", allowedHosts: ["example.com"] }), 201)
      assertError(await send("DELETE", `/credentials/${credential.body.id}`, memberToken), 403)
      const refused = await one(owner.token, "credential.deleted", credential.body.id)
      assert.strictEqual(refused.outcome, "failure")
      assert.match(refused.reason ?? "", /needs the admin role/)
      assert.strictEqual(refused.actor.id, member.userId)
      assert.strictEqual((await ok(send("GET", `/credentials/${credential.body.id}`, owner.token), 200)).body.id, credential.body.id)

      const changed = await ok(send("PATCH", `/teams/${owner.organizationId}/members/${member.userId}`, owner.token, { role: "viewer" }), 200)
      byRequest(await one(owner.token, "member.role_changed", member.userId), changed, owner)
      const removed = await ok(send("DELETE", `/teams/${owner.organizationId}/members/${member.userId}`, owner.token), 204)
      byRequest(await one(owner.token, "member.removed", member.userId), removed, owner)
      const pending = await ok(send("POST", `/teams/${owner.organizationId}/members`, owner.token, { email: `pending-${owner.userId}@example.com` }), 201)
      const revoked = await ok(send("DELETE", `/teams/${owner.organizationId}/invitations/${pending.body.id}`, owner.token), 204)
      byRequest(await one(owner.token, "member.invitation_revoked", pending.body.id), revoked, owner)
      byRequest(await one(owner.token, "member.invited", pending.body.id), pending, owner)

      assertError(await send("DELETE", "/workflows/wf_unknown", owner.token), 404)
      const unknown = await one(owner.token, "workflow.deleted", "wf_unknown")
      assert.strictEqual(unknown.outcome, "failure")
      assert.strictEqual(unknown.reason, "workflow wf_unknown not found")
    }, 120_000)

    it("marketplace and billing actions write exactly one entry each; refused ones are failures with their reason", async () => {
      const owner = await signup(server, "market")
      const registered = await ok(send("POST", "/marketplace/servers", owner.token, { name: "local tools", url: mcp.url }), 201)
      byRequest(await one(owner.token, "marketplace.server_registered", registered.body.id), registered, owner)
      const tool = `${registered.body.id}:echo`
      const installed = await ok(send("POST", `/marketplace/tools/${tool}/install`, owner.token), 201)
      byRequest(await one(owner.token, "marketplace.tool_installed", tool), installed, owner)
      const uninstalled = await ok(send("DELETE", `/marketplace/tools/${tool}/install`, owner.token), 204)
      byRequest(await one(owner.token, "marketplace.tool_uninstalled", tool), uninstalled, owner)
      const unregistered = await ok(send("DELETE", `/marketplace/servers/${registered.body.id}`, owner.token), 204)
      byRequest(await one(owner.token, "marketplace.server_unregistered", registered.body.id), unregistered, owner)

      assertError(await send("POST", "/marketplace/servers", owner.token, { name: "far", url: "http://10.255.255.1/mcp" }), 400)
      const refused = (await entries(owner.token, "&action=marketplace.server_registered")).filter((e) => e.outcome === "failure")
      assert.strictEqual(refused.length, 1)
      assert.isNull(refused[0]!.resourceId)
      assert.match(refused[0]!.reason ?? "", /egress guard/)
      assertError(await send("DELETE", "/marketplace/tools/mcp_none:tool/install", owner.token), 404)
      assert.strictEqual((await one(owner.token, "marketplace.tool_uninstalled", "mcp_none:tool")).outcome, "failure")

      const checkout = await ok(send("POST", "/billing/checkout", owner.token, {}), 200)
      byRequest(await one(owner.token, "billing.checkout_started"), checkout, owner)
      assertError(await send("POST", "/billing/portal", owner.token, {}), 400)
      const portal = await one(owner.token, "billing.portal_opened")
      assert.strictEqual(portal.outcome, "failure")
      assert.match(portal.reason ?? "", /no Stripe customer yet/)
    }, 120_000)

    it.skipIf(db !== "postgres")("a change whose entry cannot be written is undone (500, nothing created), and is recorded as a failure", async () => {
      const client = new pg.Client({ connectionString: server.databaseUrl })
      await client.connect()
      try {
        await client.query(`ALTER TABLE sire_audit_log ADD CONSTRAINT refuse_workflow_created
          CHECK (action <> 'workflow.created' OR outcome <> 'success') NOT VALID`)
        const owner = await signup(server, "atomic")
        assertError(await send("POST", "/workflows", owner.token, constantWorkflow("never stored", 1)), 500)
        assert.deepStrictEqual((await ok(send("GET", "/workflows", owner.token), 200)).body, [], "the workflow was rolled back with its entry")
        const refused = await one(owner.token, "workflow.created")
        assert.strictEqual(refused.outcome, "failure")
        assert.strictEqual(refused.reason, "internal server error")
        assert.isNull(refused.resourceId)
      } finally {
        await client.query("ALTER TABLE sire_audit_log DROP CONSTRAINT IF EXISTS refuse_workflow_created")
        await client.end()
      }
    }, 120_000)

    it("entries are scoped to their organization: another's id is a 404 and never listed", async () => {
      const [a, b] = await Promise.all([signup(server, "scope-a"), signup(server, "scope-b")])
      const workflow = await ok(send("POST", "/workflows", a.token, constantWorkflow("a's", 1)), 201)
      const entry = await one(a.token, "workflow.created", workflow.body.id)
      assertError(await send("GET", `/audit-logs/${entry.id}`, b.token), 404)
      assertError(await send("GET", "/audit-logs/audit_nothing", a.token), 404)
      const seen = await entries(b.token)
      assert.isFalse(seen.some((e) => e.id === entry.id || e.resourceId === workflow.body.id))
      assert.strictEqual((await entries(b.token, `&resourceId=${workflow.body.id}`)).length, 0)
    }, 120_000)

    it("members and viewers get 403 on the audit log; admins read it", async () => {
      const owner = await signup(server, "roles")
      const { token: member } = await inviteAndJoin(owner, "member")
      const { token: viewer } = await inviteAndJoin(owner, "viewer")
      const { token: admin } = await inviteAndJoin(owner, "admin")
      const any = (await entries(owner.token))[0]!
      for (const token of [member, viewer]) {
        assertError(await send("GET", "/audit-logs", token), 403)
        assertError(await send("GET", `/audit-logs/${any.id}`, token), 403)
      }
      await ok(send("GET", `/audit-logs/${any.id}`, admin), 200)
      assert.isAbove((await entries(admin)).length, 0)
    }, 120_000)

    it("filters (action, resourceType, resourceId, actorId, from, to) and pages newest first", async () => {
      const owner = await signup(server, "filters")
      const key = await ok(send("POST", "/apikeys", owner.token, { name: "ci" }), 201)
      const ids: Array<string> = []
      for (let i = 0; i < 5; i++) ids.push((await ok(send("POST", "/workflows", key.body.key, constantWorkflow(`w${i}`, i)), 201)).body.id)
      const all = await entries(owner.token, "&resourceType=workflow")
      assert.deepStrictEqual(all.map((e) => e.resourceId), [...ids].reverse())
      const first = await ok(send("GET", "/audit-logs?limit=2&resourceType=workflow", owner.token), 200)
      assert.strictEqual(first.body.length, 2)
      assert.isDefined(nextLink(first))
      assert.deepStrictEqual((await entries(owner.token, `&actorId=${key.body.id}`)).map((e) => e.resourceId), [...ids].reverse())
      assert.strictEqual((await entries(owner.token, `&actorId=${owner.userId}&action=workflow.created`)).length, 5)
      assert.strictEqual((await entries(owner.token, `&resourceId=${ids[2]}`)).length, 1)
      const at = all[0]!.createdAt
      assert.isAbove((await entries(owner.token, `&from=${at}`)).length, 0)
      assert.strictEqual((await entries(owner.token, `&from=${at + 1000}`)).length, 0)
      assert.strictEqual((await entries(owner.token, `&to=${at - 1000}`)).length, 0)
      for (const query of ["from=soon", "to=1.5", "limit=0", "limit=101"]) {
        const refused = await send("GET", `/audit-logs?${query}`, owner.token)
        assert.strictEqual(refused.status, 400, `${query}: ${refused.text}`)
        assert.isString(refused.body.error)
      }
    }, 120_000)

    it("no secret (a credential value, a password, an API key, a token) appears in any entry", async () => {
      const canary = `canary-${Math.random().toString(36).slice(2)}`
      const owner = await signup(server, "canary")
      const login = await ok(send("POST", "/auth/login", undefined, { email: owner.email, password: owner.password }), 200)
      await send("POST", "/auth/login", undefined, { email: owner.email, password: `${canary}-password` })
      const credential = await ok(send("POST", "/credentials", owner.token, { name: "c", type: "bearer", value: `${canary}-value`, allowedHosts: ["example.com"] }), 201)
      await ok(send("PATCH", `/credentials/${credential.body.id}`, owner.token, { value: `${canary}-rotated` }), 200)
      const key = await ok(send("POST", "/apikeys", owner.token, { name: "k" }), 201)
      const hook = await ok(send("POST", "/webhooks", owner.token, { url: "http://127.0.0.1:9/hook", events: ["workflow.created"] }), 201)
      const all = await entries(owner.token)
      assert.isAtLeast(all.length, 6)
      const text = JSON.stringify(all) + JSON.stringify(await Promise.all(all.map((e) => send("GET", `/audit-logs/${e.id}`, owner.token).then((a) => a.body))))
      for (const secret of [canary, owner.password, key.body.key, hook.body.secret, login.body.token, login.body.refreshToken, owner.token]) {
        assert.notInclude(text, secret)
      }
    }, 120_000)
  })
})
