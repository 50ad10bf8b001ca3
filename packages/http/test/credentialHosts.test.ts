/**
 * A member cannot walk an admin's credential out, through the real server on PGlite and
 * PostgreSQL with a loopback receiver (allowed by the egress allow-list) that records every byte
 * of every request: `allowedHosts` is required when a credential is stored; a member's `http`
 * node, `llm` node and `agent` http tool naming the receiver are refused when it is not among the
 * credential's hosts, and one with no hosts (as stored before they were required) is sent nowhere
 * until an admin lists some — the receiver never sees the canary value, although it does once
 * an admin lists its host. The upgrade notifies each organization holding credentials without
 * hosts, naming them.
 */
import * as SqlClient from "@effect/sql/SqlClient"
import { afterAll, assert, beforeAll, describe, it } from "@effect/vitest"
import { Effect, Layer, Redacted } from "effect"
import { createServer } from "node:http"
import { randomToken } from "@sire/core/Id"
import * as SqlMigrations from "@sire/adapters/SqlMigrations"
import * as Passwords from "../src/auth/Passwords.js"
import * as Cipher from "../src/credentials/Cipher.js"
import * as Server from "../src/Server.js"
import * as ServerMigrations from "../src/ServerMigrations.js"
import { type FakeModels, fakeModels } from "./fakeModels.js"
import { type Account, type Answer, databases, signup, skip, start, type TestServer } from "./harness.js"

const api = "/api/v1"
const secret = "credential-hosts-secret-0123456789abcdef0123456789"

/** A loopback HTTP receiver that keeps every request whole (method, URL, raw headers, body) and answers `{}`. */
const receiver = (): Promise<{ url: string; seen: () => string; requests: () => number; close: () => Promise<void> }> =>
  new Promise((resolve) => {
    const requests: Array<string> = []
    const server = createServer((request, response) => {
      const parts: Array<Buffer> = []
      request.on("data", (part: Buffer) => parts.push(part))
      request.on("end", () => {
        requests.push(`${request.method} ${request.url}\n${request.rawHeaders.join("\n")}\n\n${Buffer.concat(parts).toString("utf8")}`)
        response.writeHead(200, { "content-type": "application/json" })
        response.end("{}")
      })
    })
    server.listen(0, "127.0.0.1", () => {
      const address = server.address()
      const port = typeof address === "object" && address !== null ? address.port : 0
      resolve({
        url: `http://127.0.0.1:${port}`,
        seen: () => requests.join("\n----\n"),
        requests: () => requests.length,
        close: () => new Promise((done) => {
          server.closeAllConnections()
          server.close(() => done())
        })
      })
    })
  })

/** A workflow of one node (`id: "leak"`) between a trigger and an output. */
const oneNode = (node: Record<string, unknown>) => ({
  name: `walk out ${randomToken(8)}`,
  nodes: [
    { id: "start", type: "trigger" },
    { id: "leak", ...node },
    { id: "done", type: "output", params: { value: "{{ nodes.leak }}" } }
  ],
  edges: [{ source: "start", target: "leak" }, { source: "leak", target: "done" }]
})

describe.each(databases)("credential hosts on %s", (database) => {
  describe.skipIf(skip(database))("through the real server", () => {
    let server: TestServer
    let owner: Account
    let member: string
    let sink: Awaited<ReturnType<typeof receiver>>
    let fake: FakeModels
    beforeAll(async () => {
      server = await start(database, { secret, egressAllow: ["127.0.0.1"] })
      ;[sink, fake] = await Promise.all([receiver(), fakeModels()])
      owner = await signup(server, "creds-admin")
      const key = await server.request("POST", `${api}/apikeys`, { token: owner.token, body: { name: "a member", role: "member" } })
      assert.strictEqual(key.status, 201, key.text)
      member = key.body.key
    })
    afterAll(async () => {
      await Promise.all([sink?.close(), fake?.close()])
      await server?.close()
    })

    const send = (method: string, path: string, token: string, body?: unknown): Promise<Answer> =>
      server.request(method, `${api}${path}`, { token, ...(body !== undefined ? { body } : {}) })
    /** An admin's bearer credential holding `value`, sendable to `allowedHosts`. */
    const adminCredential = async (value: string, allowedHosts: ReadonlyArray<string>): Promise<string> => {
      const answer = await send("POST", "/credentials", owner.token, { name: "admin's token", type: "bearer", value, allowedHosts })
      assert.strictEqual(answer.status, 201, answer.text)
      return answer.body.id
    }
    /** Runs `document` synchronously as the member; the finished execution with its steps. */
    const runAsMember = async (document: unknown): Promise<Answer> => {
      const created = await send("POST", "/workflows", member, document)
      assert.strictEqual(created.status, 201, created.text)
      const run = await send("POST", "/executions", member, { workflowId: created.body.id, mode: "sync" })
      assert.strictEqual(run.status, 200, run.text)
      const shown = await send("GET", `/executions/${run.body.id}`, member)
      assert.strictEqual(shown.status, 200, shown.text)
      return shown
    }
    const stepError = (execution: Answer): string =>
      String(execution.body.steps.find((step: { nodeId: string }) => step.nodeId === "leak")?.error ?? "")
    /** Every way a member's workflow could send credential `id` to the receiver: http node, llm node, agent http tool. */
    const attempts = (id: string) => [
      ["http node", oneNode({ type: "http", params: { method: "POST", url: `${sink.url}/collect`, credentialId: id, body: { x: 1 } } })],
      ["llm node", oneNode({ type: "llm", params: { provider: "openai", model: "gpt-4o-mini", baseUrl: `${sink.url}/v1`, credentialId: id, prompt: "hi" } })],
      ["agent http tool", oneNode({
        type: "agent",
        params: {
          provider: "openai",
          model: "gpt-4o-mini",
          baseUrl: fake.openaiBaseUrl,
          prompt: "collect",
          tools: [{ type: "http", name: "collect", description: "Collects", url: `${sink.url}/collect`, credentialId: id }]
        }
      })]
    ] as const
    const scriptAgent = () => {
      fake.reset()
      fake.queue({ toolCalls: [{ id: "call_1", name: "collect", arguments: { x: 1 } }] }, { text: "done" })
    }

    it("storing a credential without allowedHosts is refused with a 400 that says they are required; nothing is stored", async () => {
      const canary = `canary-${randomToken(24)}`
      const refused = await send("POST", "/credentials", owner.token, { name: "no hosts", type: "bearer", value: canary })
      assert.strictEqual(refused.status, 400, refused.text)
      assert.match(refused.body.error, /allowedHosts.*required/)
      assert.deepStrictEqual(refused.body.details.map((detail: { path: string }) => detail.path), ["allowedHosts"])
      assert.notInclude(refused.text, canary)
      const listed = await send("GET", "/credentials?limit=100", owner.token)
      assert.notInclude(listed.body.map((item: { name: string }) => item.name), "no hosts")
    })

    it("a member's http node, llm node and agent http tool cannot send an admin's credential to a host outside its allowedHosts; the receiver never sees it", async () => {
      const canary = `canary-${randomToken(24)}`
      const id = await adminCredential(canary, ["api.example.com"])
      for (const [label, document] of attempts(id)) {
        scriptAgent()
        const before = sink.requests()
        const execution = await runAsMember(document)
        const refusal = `credential ${id} may not be sent to 127.0.0.1: its allowed hosts are api.example.com`
        if (label === "agent http tool") {
          assert.strictEqual(execution.body.status, "completed", execution.text)
          assert.include(JSON.stringify(execution.body.output.steps[0].toolResults), refusal, label)
        } else {
          assert.strictEqual(execution.body.status, "failed", `${label}: ${execution.text}`)
          assert.include(stepError(execution), refusal, label)
        }
        assert.strictEqual(sink.requests(), before, `${label}: nothing was sent`)
        assert.notInclude(execution.text, canary)
      }
      assert.notInclude(sink.seen(), canary)
    })

    it("a credential with no allowed hosts (as stored before they were required) is sent nowhere by any node until an admin lists its host", async () => {
      const canary = `canary-${randomToken(24)}`
      const id = await adminCredential(canary, [])
      for (const [label, document] of attempts(id)) {
        scriptAgent()
        const execution = await runAsMember(document)
        const refusal = `credential ${id} may not be sent to 127.0.0.1: it has no allowed hosts, so it is sent nowhere`
        const error = label === "agent http tool" ? JSON.stringify(execution.body.output?.steps?.[0]?.toolResults) : stepError(execution)
        assert.include(error, refusal, `${label}: ${execution.text}`)
        assert.include(error, `PATCH /api/v1/credentials/${id}`, label)
      }
      assert.notInclude(sink.seen(), canary, "the receiver never saw the value")

      // The receiver would have seen it: once an admin lists its host, the member's http node delivers it.
      assert.strictEqual((await send("PATCH", `/credentials/${id}`, member, { allowedHosts: ["127.0.0.1"] })).status, 403, "a member may not widen it")
      const widened = await send("PATCH", `/credentials/${id}`, owner.token, { allowedHosts: ["127.0.0.1"] })
      assert.strictEqual(widened.status, 200, widened.text)
      const delivered = await runAsMember(attempts(id)[0][1])
      assert.strictEqual(delivered.body.status, "completed", delivered.text)
      assert.include(sink.seen(), `Bearer ${canary}`)
    })
  })

  describe.skipIf(skip(database))("upgrading a database with credentials stored without hosts", () => {
    const organizationId = `org_${randomToken(12)}`
    const userId = `usr_${randomToken(12)}`
    const email = `legacy-${randomToken(10).toLowerCase()}@example.com`
    const password = "a legacy password"
    const legacy = [`cred_${randomToken(12)}`, `cred_${randomToken(12)}`]
    const scoped = `cred_${randomToken(12)}`
    let server: TestServer
    let sink: Awaited<ReturnType<typeof receiver>>
    const canary = `canary-${randomToken(24)}`

    /** The database as the release before this one left it: migrated up to 0011, with an owner and three credentials. */
    const seed = (sql: SqlClient.SqlClient) =>
      Effect.gen(function*() {
        const before = Effect.map(ServerMigrations.migrations, (all) => all.filter(([id]) => id <= 11))
        yield* SqlMigrations.serialized(before, ServerMigrations.table)
        const cipher = Cipher.fromSecret(Redacted.make(secret))
        yield* sql`INSERT INTO sire_organizations (id, name, created_at) VALUES (${organizationId}, 'legacy', 0)`
        yield* sql`INSERT INTO sire_users (id, email, name, password_hash, created_at)
          VALUES (${userId}, ${email}, 'legacy', ${yield* Passwords.hash(password)}, 0)`
        yield* sql`INSERT INTO sire_memberships (organization_id, user_id, role, created_at) VALUES (${organizationId}, ${userId}, 'owner', 0)`
        for (const [id, hosts, at] of [[legacy[0]!, "[]", 1], [scoped, "[\"api.example.com\"]", 2], [legacy[1]!, "[]", 3]] as const) {
          const sealed = yield* cipher.seal(canary, { organizationId, credentialId: id })
          yield* sql`INSERT INTO sire_credentials (id, organization_id, name, type, allowed_hosts, encrypted_value, created_at, updated_at)
            VALUES (${id}, ${organizationId}, ${`token ${at}`}, 'bearer', ${hosts}, ${sealed}, ${at}, ${at})`
        }
      })

    beforeAll(async () => {
      sink = await receiver()
      server = await start(database, {
        secret,
        egressAllow: ["127.0.0.1"],
        serverLayer: (options) =>
          Server.layer({
            ...options,
            database: Layer.tap(
              (options.database ?? Server.database(options.config)) as Layer.Layer<SqlClient.SqlClient, unknown>,
              (context) => Effect.flatMap(SqlClient.SqlClient, seed).pipe(Effect.provide(context), Effect.orDie)
            )
          })
      })
    }, 60_000)
    afterAll(async () => {
      await sink?.close()
      await server?.close()
    })

    it("tells the organization, in one notification, which credentials are no longer sent, and those fail saying how to fix it", async () => {
      const login = await server.request("POST", `${api}/auth/login`, { body: { email, password } })
      assert.strictEqual(login.status, 200, login.text)
      const token = login.body.token
      const notifications = await server.request("GET", `${api}/notifications`, { token })
      assert.strictEqual(notifications.status, 200, notifications.text)
      const notices = notifications.body.filter((item: { kind: string }) => item.kind === "credentials.hosts-required")
      assert.strictEqual(notices.length, 1, notifications.text)
      assert.deepStrictEqual(notices[0].data, { credentialIds: legacy })
      for (const id of legacy) assert.include(notices[0].body, id)
      assert.notInclude(notices[0].body, scoped)
      assert.notInclude(notifications.text, canary)

      const created = await server.request("POST", `${api}/workflows`, {
        token,
        body: oneNode({ type: "http", params: { url: `${sink.url}/collect`, credentialId: legacy[0] } })
      })
      assert.strictEqual(created.status, 201, created.text)
      const run = await server.request("POST", `${api}/executions`, { token, body: { workflowId: created.body.id, mode: "sync" } })
      assert.strictEqual(run.body.status, "failed", run.text)
      assert.include(run.text, "it has no allowed hosts, so it is sent nowhere")
      assert.strictEqual(sink.requests(), 0)
    })
  })
})
