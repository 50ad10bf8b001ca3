/**
 * Outgoing webhooks through the real server, with receivers on loopback (127.0.0.1 allowed by the
 * egress allow-list): registration, listing and removal with validation and roles; the `whsec_`
 * secret only in the registration answer; deliveries verified with the official `standardwebhooks`
 * package; the events filter; retries under one `webhook-id`; redirects not followed; URLs the
 * egress guard refuses refused at registration (400) in every spelling, and blocked addresses stored
 * anyway never connected to; endpoints disabled after repeated failures (with a notification);
 * organization isolation; and (PostgreSQL) a pending delivery surviving a server restart.
 */
import * as SqlClient from "@effect/sql/SqlClient"
import { afterAll, assert, beforeAll, describe, it } from "@effect/vitest"
import { Context, Effect, Layer } from "effect"
import { createServer, type IncomingHttpHeaders, type Server } from "node:http"
import { Webhook } from "standardwebhooks"
import * as SireServer from "../src/Server.js"
import { type Account, type Database, databases, signup, skip, start, type StartOptions, type TestServer } from "./harness.js"
import { sleep, trap } from "../../nodes/test/loopback.js"

const api = "/api/v1"

/** One request a receiver got. */
interface Received {
  readonly path: string
  readonly headers: IncomingHttpHeaders
  readonly body: string
}

/** A local HTTP receiver answering with `respond` (by the number of requests so far). */
interface Receiver {
  readonly port: number
  readonly url: string
  readonly received: Array<Received>
  readonly close: () => Promise<void>
}

type Respond = (index: number, request: Received) => { readonly status: number; readonly headers?: Record<string, string> }

const receiver = (respond: Respond = () => ({ status: 204 }), port = 0): Promise<Receiver> =>
  new Promise((resolve, reject) => {
    const received: Array<Received> = []
    const server: Server = createServer((request, response) => {
      const chunks: Array<Buffer> = []
      request.on("data", (chunk: Buffer) => chunks.push(chunk))
      request.on("end", () => {
        const entry = { path: request.url ?? "", headers: request.headers, body: Buffer.concat(chunks).toString("utf8") }
        received.push(entry)
        const answer = respond(received.length - 1, entry)
        response.writeHead(answer.status, answer.headers ?? {})
        response.end()
      })
    })
    server.once("error", reject)
    server.listen(port, "127.0.0.1", () => {
      const address = server.address()
      const bound = typeof address === "object" && address !== null ? address.port : 0
      resolve({
        port: bound,
        url: `http://127.0.0.1:${bound}/hook`,
        received,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections()
            server.close(() => done())
          })
      })
    })
  })

/** Waits until `check` holds (polling every 20 ms), failing with `what` after `ms`. */
const until = async (what: string, check: () => boolean | Promise<boolean>, ms = 10_000): Promise<void> => {
  const deadline = Date.now() + ms
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

/** A workflow that completes at once. */
const quick = (name: string) => ({
  name,
  nodes: [{ id: "start", type: "trigger" }, { id: "done", type: "output", params: { value: "ok" } }],
  edges: [{ source: "start", target: "done" }]
})

/** Fast retries for tests: 30 ms waits, disabled after 4 consecutive failures, polled every 20 ms. */
const fast: StartOptions["settings"] = {
  webhookRetryDelaysMs: [30, 30, 30, 30, 30, 30, 30, 30],
  webhookDisableAfter: 4,
  webhookPollMs: 20,
  webhookTimeoutMs: 2_000
}

/** The headers `standardwebhooks` verifies. */
const signed = (request: Received) => ({
  "webhook-id": String(request.headers["webhook-id"]),
  "webhook-timestamp": String(request.headers["webhook-timestamp"]),
  "webhook-signature": String(request.headers["webhook-signature"])
})

describe.each(databases)("outgoing webhooks on %s", (db) => {
  describe.skipIf(skip(db))("", () => {
    let server: TestServer
    let sql: SqlClient.SqlClient | undefined
    const receivers: Array<Receiver> = []
    const send = (method: string, path: string, token: string, body?: unknown) =>
      server.request(method, `${api}${path}`, { token, ...(body !== undefined ? { body } : {}) })
    const listen = async (respond?: Respond) => {
      const made = await receiver(respond)
      receivers.push(made)
      return made
    }
    const register = async (account: Account, url: string, events: ReadonlyArray<string>) => {
      const created = await send("POST", "/webhooks", account.token, { url, events })
      assert.strictEqual(created.status, 201, created.text)
      return created.body as { id: string; secret: string; url: string; events: Array<string>; enabled: boolean }
    }
    const endpoint = async (account: Account, id: string) => {
      const listed = await send("GET", "/webhooks?limit=100", account.token)
      assert.strictEqual(listed.status, 200, listed.text)
      return listed.body.find((webhook: { id: string }) => webhook.id === id)
    }

    beforeAll(async () => {
      server = await start(db, {
        egressAllow: ["127.0.0.1"],
        settings: fast,
        // The server's database, to store URLs registration would refuse.
        serverLayer: (options) =>
          SireServer.layer({
            ...options,
            database: Layer.tap(options.database ?? SireServer.database(options.config), (context) =>
              Effect.sync(() => {
                sql = Context.get(context, SqlClient.SqlClient)
              }))
          })
      })
    })
    afterAll(async () => {
      await server?.close()
      for (const made of receivers) await made.close()
    })

    it("registers (secret once), lists (no secret, paged), deletes, and validates url and events", async () => {
      const owner = await signup(server, "wh-crud")
      const first = await register(owner, "https://hooks.example.com/sire", ["workflow.created", "execution.failed"])
      assert.match(first.id, /^wh_/)
      assert.match(first.secret, /^whsec_[A-Za-z0-9+/]+={0,2}$/)
      const bytes = Buffer.from(first.secret.slice("whsec_".length), "base64").length
      assert.isTrue(bytes >= 24 && bytes <= 32, `${bytes} secret bytes`)
      assert.strictEqual(first.url, "https://hooks.example.com/sire")
      assert.deepStrictEqual(first.events, ["workflow.created", "execution.failed"])
      assert.strictEqual(first.enabled, true)
      assert.isNumber((first as any).createdAt)
      const second = await register(owner, "http://hooks.example.com/other", ["workflow.deleted"])
      assert.notStrictEqual(second.secret, first.secret)

      const listed = await send("GET", "/webhooks", owner.token)
      assert.strictEqual(listed.status, 200)
      assert.deepStrictEqual(listed.body.map((w: { id: string }) => w.id), [second.id, first.id])
      assert.notInclude(listed.text, first.secret.slice(6))
      assert.notInclude(listed.text, second.secret.slice(6))
      for (const webhook of listed.body) {
        assert.notProperty(webhook, "secret")
        assert.strictEqual(webhook.enabled, true)
        assert.strictEqual(webhook.failureCount, 0)
      }
      const paged = await send("GET", "/webhooks?limit=1", owner.token)
      assert.deepStrictEqual(paged.body.map((w: { id: string }) => w.id), [second.id])
      const next = /<([^>]+)>; rel="next"/.exec(paged.headers.get("link") ?? "")?.[1]
      assert.isDefined(next)
      const rest = await server.request("GET", next!, { token: owner.token })
      assert.deepStrictEqual(rest.body.map((w: { id: string }) => w.id), [first.id])

      const invalid: Array<[unknown, RegExp]> = [
        [{ url: "ftp://example.com/x", events: ["workflow.created"] }, /url/],
        [{ url: "javascript:alert(1)", events: ["workflow.created"] }, /url/],
        [{ url: "not a url", events: ["workflow.created"] }, /url/],
        [{ url: "https://user:pw@example.com/", events: ["workflow.created"] }, /url/],
        [{ url: "https://example.com/", events: [] }, /events/],
        [{ url: "https://example.com/", events: ["workflow.exploded"] }, /events/],
        [{ url: "https://example.com/" }, /events/],
        [{ events: ["workflow.created"] }, /url/],
        [{ url: "https://example.com/", events: ["workflow.created"], secret: "whsec_mine" }, /secret/]
      ]
      for (const [body, where] of invalid) {
        const answer = await send("POST", "/webhooks", owner.token, body)
        assert.strictEqual(answer.status, 400, `${JSON.stringify(body)}: ${answer.text}`)
        assert.isString(answer.body.error)
        assert.isArray(answer.body.details, answer.text)
        assert.isTrue(answer.body.details.some((d: { path: string }) => where.test(d.path)), `${JSON.stringify(body)}: ${answer.text}`)
      }

      // Members read, only admins and owners write.
      const key = await send("POST", "/apikeys", owner.token, { name: "member key", role: "member" })
      assert.strictEqual(key.status, 201, key.text)
      assert.strictEqual((await send("GET", "/webhooks", key.body.key)).status, 200)
      assert.strictEqual((await send("POST", "/webhooks", key.body.key, { url: "https://example.com/", events: ["workflow.created"] })).status, 403)
      assert.strictEqual((await send("DELETE", `/webhooks/${first.id}`, key.body.key)).status, 403)

      const removed = await send("DELETE", `/webhooks/${first.id}`, owner.token)
      assert.strictEqual(removed.status, 204, removed.text)
      assert.deepStrictEqual((await send("GET", "/webhooks", owner.token)).body.map((w: { id: string }) => w.id), [second.id])
      const again = await send("DELETE", `/webhooks/${first.id}`, owner.token)
      assert.strictEqual(again.status, 404)
      assert.deepStrictEqual(Object.keys(again.body), ["error"])
    })

    it("delivers signed events (verified with standardwebhooks), only the subscribed types", async () => {
      const owner = await signup(server, "wh-deliver")
      const everything = await listen()
      const filtered = await listen()
      const all = await register(owner, everything.url, [
        "execution.started", "execution.completed", "execution.failed", "execution.cancelled",
        "workflow.created", "workflow.updated", "workflow.deleted"
      ])
      const some = await register(owner, filtered.url, ["workflow.created", "execution.completed"])

      const workflow = await send("POST", "/workflows", owner.token, quick("delivered"))
      assert.strictEqual(workflow.status, 201, workflow.text)
      const updated = await send("PUT", `/workflows/${workflow.body.id}`, owner.token, quick("delivered, renamed"))
      assert.strictEqual(updated.status, 200, updated.text)
      const execution = await send("POST", "/executions", owner.token, { workflowId: workflow.body.id, mode: "sync" })
      assert.strictEqual(execution.body?.status, "completed", execution.text)
      const deleted = await send("DELETE", `/workflows/${workflow.body.id}`, owner.token)
      assert.strictEqual(deleted.status, 204, deleted.text)

      const types = (made: Receiver) =>
        made.received.map((request) => (new Webhook(made === everything ? all.secret : some.secret).verify(request.body, signed(request)) as { type: string }).type)
      const expected = ["workflow.created", "workflow.updated", "execution.started", "execution.completed", "workflow.deleted"]
      await until("every event at the catch-all receiver", () => everything.received.length >= expected.length)
      await until("both subscribed events at the filtered receiver", () => filtered.received.length >= 2)
      await sleep(150)
      assert.sameMembers(types(everything), expected)
      assert.sameMembers(types(filtered), ["workflow.created", "execution.completed"])

      for (const request of [...everything.received, ...filtered.received]) {
        assert.strictEqual(request.path, "/hook")
        assert.match(String(request.headers["content-type"]), /^application\/json/)
        assert.match(String(request.headers["webhook-id"]), /^msg_/)
        assert.match(String(request.headers["webhook-timestamp"]), /^\d+$/)
        assert.isTrue(Math.abs(Number(request.headers["webhook-timestamp"]) - Date.now() / 1000) < 60)
        assert.match(String(request.headers["webhook-signature"]), /^v1,[A-Za-z0-9+/]+={0,2}$/)
        // Another endpoint's secret does not verify.
        const other = everything.received.includes(request) ? some.secret : all.secret
        assert.throws(() => new Webhook(other).verify(request.body, signed(request)))
      }
      const ids = everything.received.map((request) => request.headers["webhook-id"])
      assert.strictEqual(new Set(ids).size, ids.length, "one webhook-id per event")

      const byType = (type: string) =>
        everything.received.map((request) => JSON.parse(request.body)).find((payload) => payload.type === type)
      const created = byType("workflow.created")
      assert.deepStrictEqual(Object.keys(created).sort(), ["data", "timestamp", "type"])
      assert.isFalse(Number.isNaN(Date.parse(created.timestamp)))
      assert.strictEqual(created.data.id, workflow.body.id)
      assert.strictEqual(created.data.name, "delivered")
      assert.strictEqual(byType("workflow.updated").data.name, "delivered, renamed")
      assert.strictEqual(byType("workflow.deleted").data.id, workflow.body.id)
      const completed = byType("execution.completed")
      assert.strictEqual(completed.data.id, execution.body.id)
      assert.strictEqual(completed.data.workflowId, workflow.body.id)
      assert.strictEqual(completed.data.status, "completed")
      assert.deepStrictEqual(completed.data.output, execution.body.output)
      assert.strictEqual(byType("execution.started").data.id, execution.body.id)
    })

    it("retries a failing receiver with the same webhook-id: two failures then a success are exactly three attempts", async () => {
      const owner = await signup(server, "wh-retry")
      const flaky = await listen((index) => ({ status: index < 2 ? 500 : 200 }))
      const webhook = await register(owner, flaky.url, ["workflow.created"])
      assert.strictEqual((await send("POST", "/workflows", owner.token, quick("retried"))).status, 201)
      await until("three attempts", () => flaky.received.length >= 3)
      await sleep(200)
      assert.strictEqual(flaky.received.length, 3)
      const ids = new Set(flaky.received.map((request) => request.headers["webhook-id"]))
      assert.strictEqual(ids.size, 1, "the same webhook-id on every attempt")
      assert.strictEqual(new Set(flaky.received.map((request) => request.body)).size, 1, "the same body")
      for (const request of flaky.received) new Webhook(webhook.secret).verify(request.body, signed(request))
      await until("the success recorded", async () => (await endpoint(owner, webhook.id))?.failureCount === 0)
      const shown = await endpoint(owner, webhook.id)
      assert.strictEqual(shown.enabled, true)
      assert.notProperty(shown, "lastError")
    })

    it("does not follow a redirect: a 302 is a failed attempt", async () => {
      const owner = await signup(server, "wh-redirect")
      const redirecting = await listen((_, request) =>
        request.path === "/hook" ? { status: 302, headers: { location: "/elsewhere" } } : { status: 200 }
      )
      const webhook = await register(owner, redirecting.url, ["workflow.created"])
      assert.strictEqual((await send("POST", "/workflows", owner.token, quick("redirected"))).status, 201)
      await until("two attempts", () => redirecting.received.length >= 2)
      await until("the failure recorded", async () => ((await endpoint(owner, webhook.id))?.failureCount ?? 0) >= 1)
      const shown = await endpoint(owner, webhook.id)
      assert.match(shown.lastError, /302/)
      assert.isTrue(redirecting.received.every((request) => request.path === "/hook"), "the location was never requested")
      const ids = new Set(redirecting.received.map((request) => request.headers["webhook-id"]))
      assert.strictEqual(ids.size, 1)
    })

    it("an address SIRE_EGRESS_ALLOW lists stays allowed at registration in any spelling, localhost included; others are not", async () => {
      const owner = await signup(server, "wh-allowed")
      for (const url of ["http://127.0.0.1:9/hook", "http://2130706433:9/hook", "http://0x7f.1:9/hook", "http://[::ffff:127.0.0.1]:9/hook", "http://localhost:9/hook"]) {
        const created = await register(owner, url, ["workflow.deleted"])
        assert.strictEqual(created.url, url)
      }
      const other = await send("POST", "/webhooks", owner.token, { url: "http://127.0.0.2:9/hook", events: ["workflow.deleted"] })
      assert.strictEqual(other.status, 400, other.text)
      assert.include(other.body.error, "127.0.0.2")
    })

    it("never connects to a blocked address stored before registration checked it (another loopback address, the metadata address) and records the refusal", async () => {
      const owner = await signup(server, "wh-blocked")
      const other = await trap("127.0.0.2")
      try {
        const loopback = await register(owner, "http://127.0.0.1:9/loopback", ["workflow.created"])
        const metadata = await register(owner, "http://127.0.0.1:9/metadata", ["workflow.created"])
        const stored = { [loopback.id]: `http://127.0.0.2:${other.port}/hook`, [metadata.id]: "http://169.254.169.254/latest/meta-data/" }
        for (const [id, url] of Object.entries(stored)) {
          await Effect.runPromise(sql!`UPDATE sire_webhook_endpoints SET url = ${url} WHERE id = ${id}`)
        }
        assert.strictEqual((await send("POST", "/workflows", owner.token, quick("blocked"))).status, 201)
        for (const webhook of [loopback, metadata]) {
          await until(`the refusal of ${stored[webhook.id]}`, async () => /Refused/.test((await endpoint(owner, webhook.id))?.lastError ?? ""))
        }
        assert.match((await endpoint(owner, loopback.id)).lastError, /127\.0\.0\.2/)
        assert.match((await endpoint(owner, metadata.id)).lastError, /169\.254\.169\.254/)
        await sleep(100)
        assert.strictEqual(other.connections(), 0, "no connection reached the trap")
      } finally {
        await other.close()
      }
    })

    it("disables an endpoint after repeated failures and notifies the organization", async () => {
      const owner = await signup(server, "wh-disable")
      const broken = await listen(() => ({ status: 500 }))
      const webhook = await register(owner, broken.url, ["workflow.created", "workflow.updated"])
      assert.strictEqual((await send("POST", "/workflows", owner.token, quick("doomed"))).status, 201)
      await until("the endpoint disabled", async () => (await endpoint(owner, webhook.id))?.enabled === false)
      const shown = await endpoint(owner, webhook.id)
      assert.strictEqual(shown.failureCount, 4)
      assert.isNumber(shown.disabledAt)
      assert.match(shown.lastError, /500/)
      await sleep(150)
      assert.strictEqual(broken.received.length, 4, "no attempt after the fourth failure")
      await until("the notification", async () =>
        (await send("GET", "/notifications", owner.token)).body.some((n: { kind: string }) => n.kind === "webhook.disabled"))
      const notification = (await send("GET", "/notifications", owner.token)).body.find((n: { kind: string }) => n.kind === "webhook.disabled")
      assert.strictEqual(notification.data.webhookId, webhook.id)
      assert.include(notification.body, broken.url)
      // A disabled endpoint gets no new deliveries.
      const workflows = (await send("GET", "/workflows", owner.token)).body
      assert.strictEqual((await send("PUT", `/workflows/${workflows[0].id}`, owner.token, quick("still doomed"))).status, 200)
      await sleep(150)
      assert.strictEqual(broken.received.length, 4)
    })

    it("keeps organizations apart: another organization's webhook is a 404 and never listed or delivered to", async () => {
      const a = await signup(server, "wh-org-a")
      const b = await signup(server, "wh-org-b")
      const bReceiver = await listen()
      const bWebhook = await register(b, bReceiver.url, ["workflow.created"])
      const answer = await send("DELETE", `/webhooks/${bWebhook.id}`, a.token)
      assert.strictEqual(answer.status, 404)
      assert.deepStrictEqual(Object.keys(answer.body), ["error"])
      const unknown = await send("DELETE", "/webhooks/wh_0000000000000000", a.token)
      assert.strictEqual(unknown.body.error.replace("wh_0000000000000000", "<id>"), answer.body.error.replace(bWebhook.id, "<id>"))
      assert.deepStrictEqual((await send("GET", "/webhooks", a.token)).body, [])
      assert.strictEqual((await send("POST", "/workflows", a.token, quick("a's workflow"))).status, 201)
      await sleep(150)
      assert.strictEqual(bReceiver.received.length, 0, "A's events never reach B's endpoint")
      assert.isDefined(await endpoint(b, bWebhook.id), "B's webhook is intact")
    })

    // PostgreSQL only: the test servers' PGlite is in memory, so a second server cannot open the first one's database.
    it.skipIf(db !== "postgres")("a pending delivery survives a restart: server B delivers what server A could not (PostgreSQL only: two servers need one database)", async () => {
      // The schema's owner never polls after its first look, so only A and B deliver.
      const owner = await start("postgres", { settings: { webhookPollMs: 3_600_000 } })
      let a: TestServer | undefined
      let b: TestServer | undefined
      let back: Receiver | undefined
      try {
        a = await start("postgres", {
          databaseUrl: owner.databaseUrl!,
          egressAllow: ["127.0.0.1"],
          settings: { ...fast, webhookRetryDelaysMs: [300, 300, 300, 300, 300, 300], webhookDisableAfter: 100 }
        })
        const down = await receiver()
        const port = down.port
        await down.close()
        const account = await signup(a, "wh-restart")
        const created = await a.request("POST", `${api}/webhooks`, {
          token: account.token,
          body: { url: `http://127.0.0.1:${port}/hook`, events: ["workflow.created"] }
        })
        assert.strictEqual(created.status, 201, created.text)
        const workflow = await a.request("POST", `${api}/workflows`, { token: account.token, body: quick("survivor") })
        assert.strictEqual(workflow.status, 201)
        await until("a failed attempt on A", async () => {
          const listed = await a!.request("GET", `${api}/webhooks`, { token: account.token })
          return listed.body[0]?.failureCount >= 1
        })
        await a.close()
        a = undefined

        back = await receiver(() => ({ status: 204 }), port)
        b = await start("postgres", { databaseUrl: owner.databaseUrl!, egressAllow: ["127.0.0.1"], settings: fast })
        await until("the delivery from B", () => back!.received.length >= 1)
        await sleep(150)
        assert.strictEqual(back.received.length, 1)
        const payload = new Webhook(created.body.secret).verify(back.received[0]!.body, signed(back.received[0]!)) as any
        assert.strictEqual(payload.type, "workflow.created")
        assert.strictEqual(payload.data.id, workflow.body.id)
        await until("the success recorded", async () => {
          const listed = await b!.request("GET", `${api}/webhooks`, { token: account.token })
          return listed.body[0]?.failureCount === 0
        })
      } finally {
        await a?.close()
        await b?.close()
        await back?.close()
        await owner.close()
      }
    })
  })
})

/** Registration checks need no particular database: PostgreSQL when reachable (quicker to start), else PGlite. */
const strictDb: Database = skip("postgres") ? "pglite" : "postgres"

describe(`webhook registration with the default egress allow-list (none), on ${strictDb}`, () => {
  it("refuses at registration (400, with the reason) a URL the egress guard refuses, in any spelling; public ones are 201, never resolved", async () => {
    const strict = await start(strictDb)
    try {
      const owner = await signup(strict, "wh-refused")
      const create = (url: string) =>
        strict.request("POST", `${api}/webhooks`, { token: owner.token, body: { url, events: ["workflow.created"] } })
      const refused = [
        "http://169.254.169.254/latest/meta-data/",
        "http://[::1]/hook",
        "http://[::1]:8080/hook",
        "http://10.0.0.1/hook",
        "http://192.168.1.10/hook",
        "http://127.0.0.1:8080/hook",
        "http://2130706433/hook",
        "http://0x7f.1/hook",
        "http://0177.0.0.1/hook",
        "http://127.1/hook",
        "http://0/hook",
        "http://[::ffff:127.0.0.1]/hook",
        "http://[::ffff:a9fe:a9fe]/hook",
        "http://[fd00::1]/hook",
        "http://[fe80::1]/hook",
        "http://localhost/hook",
        "http://LOCALHOST.:8080/hook",
        "https://api.localhost/hook"
      ]
      for (const url of refused) {
        const answer = await create(url)
        assert.strictEqual(answer.status, 400, `${url}: ${answer.text}`)
        assert.match(answer.body.error, /refused by the egress guard: refused .+: .+ (is|names) /, url)
        assert.deepStrictEqual(answer.body.details.map((detail: { path: string }) => detail.path), ["url"], url)
      }
      for (const url of ["http://exa\tmple.com/hook", "http://example.com/ho\nok", " https://example.com/hook", "https://example.com/hook\u0000"]) {
        const answer = await create(url)
        assert.strictEqual(answer.status, 400, `${JSON.stringify(url)}: ${answer.text}`)
        assert.isTrue(answer.body.details.some((detail: { path: string }) => detail.path === "url"), answer.text)
      }
      const listed = await strict.request("GET", `${api}/webhooks`, { token: owner.token })
      assert.deepStrictEqual(listed.body, [], "nothing refused was stored")

      // Host names are judged at each delivery, by the addresses they resolve to then: not resolved here.
      for (const url of ["https://hooks.example.com/sire", "https://93.184.215.14/hook"]) {
        const created = await create(url)
        assert.strictEqual(created.status, 201, `${url}: ${created.text}`)
      }
    } finally {
      await strict.close()
    }
  })
})
