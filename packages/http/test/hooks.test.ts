/**
 * Incoming webhooks (`POST /hooks/<token>`) through the real server: the URL in the workflow's
 * triggers, runs started with the delivery as input (stored before the 202), replayed delivery
 * ids (also concurrent) starting nothing new, Standard Webhooks signatures made with the
 * `standardwebhooks` package, the body rules (415, 400, 413), unknown and deleted tokens (404),
 * server-owned fields the body cannot set, organization isolation, the quota, and the `trigger`
 * of executions (`manual` from clients, `webhook` searchable).
 */
import { afterAll, assert, beforeAll, describe, it } from "@effect/vitest"
import { readFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { Webhook } from "standardwebhooks"
import { type Account, assertError, databases, raw, signup, skip, start, type TestServer } from "./harness.js"

const api = "/api/v1"

/** The runnable example of a webhook-triggered workflow. */
const example: Record<string, unknown> = JSON.parse(
  readFileSync(fileURLToPath(new URL("../../../examples/workflows/webhook-trigger.json", import.meta.url)), "utf8")
)

/** A workflow started by a webhook (signed with `credentialId` when given) that outputs its input. */
const echo = (name: string, params: Record<string, unknown> = {}) => ({
  name,
  nodes: [
    { id: "hook", type: "trigger", params: { kind: "webhook", ...params } },
    { id: "done", type: "output", params: { value: "{{ input }}" } }
  ],
  edges: [{ source: "hook", target: "done" }]
})

/** Waits until `check` holds (polling every 25 ms), failing with `what` after `ms`. */
const until = async (what: string, check: () => Promise<boolean>, ms = 15_000): Promise<void> => {
  const deadline = Date.now() + ms
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
}

describe.each(databases)("incoming webhooks on %s", (database) => {
  describe.skipIf(skip(database))("", () => {
    let server: TestServer
    let user: Account
    let other: Account
    beforeAll(async () => {
      server = await start(database)
      user = await signup(server, "hooks")
      other = await signup(server, "hooks-other")
    })
    afterAll(async () => {
      await server?.close()
    })

    const create = async (account: Account, body: unknown) => {
      const created = await server.request("POST", `${api}/workflows`, { token: account.token, body })
      assert.strictEqual(created.status, 201, created.text)
      return created.body
    }
    /** The path of a workflow's webhook trigger, from the URL its triggers list. */
    const hookPath = (workflow: { triggers: ReadonlyArray<{ kind: string; url?: string }> }): string => {
      const url = workflow.triggers.find((trigger) => trigger.kind === "webhook")?.url
      assert.isString(url)
      return new URL(url!).pathname
    }
    const deliver = (path: string, body: unknown, headers: Record<string, string> = {}) =>
      server.request("POST", path, { body, headers })
    const execution = (account: Account, id: string) => server.request("GET", `${api}/executions/${id}`, { token: account.token })
    const ofWorkflow = async (account: Account, workflowId: string) =>
      (await server.request("GET", `${api}/executions/search?workflowId=${workflowId}&limit=100`, { token: account.token })).body as Array<any>

    it("GET /workflows/:id lists the trigger's absolute URL under SIRE_PUBLIC_URL, with an unguessable token, stable across updates", async () => {
      const workflow = await create(user, example)
      const trigger = workflow.triggers[0]
      assert.deepStrictEqual(Object.keys(trigger).sort(), ["kind", "nodeId", "url"])
      assert.strictEqual(trigger.kind, "webhook")
      assert.match(trigger.url, /^http:\/\/sire\.test\/hooks\/[A-Za-z0-9_-]{43}$/, "256 bits, base64url")
      const got = await server.request("GET", `${api}/workflows/${workflow.id}`, { token: user.token })
      assert.deepStrictEqual(got.body.triggers, workflow.triggers)
      const listed = await server.request("GET", `${api}/workflows?limit=100`, { token: user.token })
      assert.deepStrictEqual(listed.body.find((w: { id: string }) => w.id === workflow.id).triggers, workflow.triggers)
      const updated = await server.request("PUT", `${api}/workflows/${workflow.id}`, { token: user.token, body: { ...example, name: "renamed" } })
      assert.strictEqual(updated.status, 200, updated.text)
      assert.deepStrictEqual(updated.body.triggers, workflow.triggers, "same URL after an update")
      const another = await create(user, example)
      assert.notStrictEqual(hookPath(another), hookPath(workflow), "each workflow its own token")
    })

    it("a JSON delivery answers 202 only once its execution is stored, and the run gets body, query, safe headers and receivedAt", async () => {
      const workflow = await create(user, example)
      const before = Math.floor(Date.now() / 1000)
      const delivered = await deliver(`${hookPath(workflow)}?source=shop`, { id: "ord_1", total: 42 }, {
        cookie: "session=secret",
        "x-custom": "kept"
      })
      assert.strictEqual(delivered.status, 202, delivered.text)
      assert.deepStrictEqual(Object.keys(delivered.body), ["executionId"])
      const got = await execution(user, delivered.body.executionId)
      assert.strictEqual(got.status, 200, "readable at once")
      assert.strictEqual(got.body.trigger, "webhook")
      assert.strictEqual(got.body.workflowId, workflow.id)
      const input = got.body.input
      assert.deepStrictEqual(input.body, { id: "ord_1", total: 42 })
      assert.deepStrictEqual(input.query, { source: "shop" })
      assert.strictEqual(input.headers["x-custom"], "kept")
      assert.strictEqual(input.headers["content-type"], "application/json")
      assert.notProperty(input.headers, "cookie")
      assert.isAtLeast(input.receivedAt, before)
      await until("the run to complete", async () => (await execution(user, delivered.body.executionId)).body.status === "completed")
      const done = await execution(user, delivered.body.executionId)
      assert.deepStrictEqual(done.body.output, { orderId: "ord_1", total: 42, source: "shop" })
    })

    it("a replayed webhook-id (or Idempotency-Key) starts no second run and answers the first execution, also under 10 concurrent duplicates", async () => {
      const workflow = await create(user, echo("replays"))
      const path = hookPath(workflow)
      const first = await deliver(path, { n: 1 }, { "webhook-id": "msg_1" })
      assert.strictEqual(first.status, 202, first.text)
      const again = await deliver(path, { n: 2 }, { "webhook-id": "msg_1" })
      assert.strictEqual(again.status, 202, again.text)
      assert.strictEqual(again.body.executionId, first.body.executionId)
      const burst = await Promise.all(Array.from({ length: 10 }, (_, i) => deliver(path, { n: i }, { "webhook-id": "msg_burst" })))
      for (const answer of burst) assert.strictEqual(answer.status, 202, answer.text)
      assert.strictEqual(new Set(burst.map((answer) => answer.body.executionId)).size, 1, "one execution for the burst")
      const keyed = await Promise.all(Array.from({ length: 5 }, () => deliver(path, { k: 1 }, { "idempotency-key": "key_1" })))
      assert.strictEqual(new Set(keyed.map((answer) => answer.body.executionId)).size, 1)
      const fresh = await deliver(path, { n: 3 })
      assert.strictEqual(fresh.status, 202)
      const runs = await ofWorkflow(user, workflow.id)
      assert.strictEqual(runs.length, 4, "msg_1, msg_burst, key_1 and one without an id")
      assert.deepStrictEqual((await execution(user, first.body.executionId)).body.input.body, { n: 1 }, "the first delivery's body")
    })

    it("with a credentialId, only deliveries signed (standardwebhooks) with its secret and a fresh timestamp start a run", async () => {
      const secret = `whsec_${Buffer.from("0123456789abcdef0123456789abcdef").toString("base64")}`
      const credential = await server.request("POST", `${api}/credentials`, {
        token: user.token,
        body: { name: "shop signing secret", type: "custom", value: secret, allowedHosts: [] }
      })
      assert.strictEqual(credential.status, 201, credential.text)
      const workflow = await create(user, echo("signed", { credentialId: credential.body.id, toleranceSeconds: 120 }))
      const path = hookPath(workflow)
      const signer = new Webhook(secret)
      const payload = JSON.stringify({ event: "paid", amount: 10 })
      const signed = (id: string, at: Date, body = payload) => ({
        "webhook-id": id,
        "webhook-timestamp": String(Math.floor(at.getTime() / 1000)),
        "webhook-signature": signer.sign(id, at, body)
      })
      const valid = await deliver(path, payload, signed("msg_ok", new Date()))
      assert.strictEqual(valid.status, 202, valid.text)
      assert.deepStrictEqual((await execution(user, valid.body.executionId)).body.input.body, { event: "paid", amount: 10 })
      assert.notProperty((await execution(user, valid.body.executionId)).body.input.headers, "webhook-signature")

      const tampered = await deliver(path, JSON.stringify({ event: "paid", amount: 1000 }), signed("msg_bad", new Date()))
      assertError(tampered, 401)
      assert.strictEqual(tampered.body.error, "invalid signature")
      const wrongKey = new Webhook(`whsec_${Buffer.from("another secret of thirty-two b!!").toString("base64")}`)
      const forged = await deliver(path, payload, {
        "webhook-id": "msg_forged",
        "webhook-timestamp": String(Math.floor(Date.now() / 1000)),
        "webhook-signature": wrongKey.sign("msg_forged", new Date(), payload)
      })
      assertError(forged, 401)
      assert.strictEqual(forged.body.error, "invalid signature")
      const unsigned = await deliver(path, payload)
      assertError(unsigned, 401)
      assert.strictEqual(unsigned.body.error, "invalid signature")
      const old = new Date(Date.now() - 600_000)
      const expired = await deliver(path, payload, signed("msg_old", old))
      assertError(expired, 401)
      assert.strictEqual(expired.body.error, "timestamp outside tolerance")
      const future = await deliver(path, payload, signed("msg_future", new Date(Date.now() + 600_000)))
      assertError(future, 401)
      const runs = await ofWorkflow(user, workflow.id)
      assert.deepStrictEqual(runs.map((run) => run.id), [valid.body.executionId], "only the valid delivery ran")
      const replayed = await deliver(path, payload, signed("msg_ok", new Date()))
      assert.strictEqual(replayed.body.executionId, valid.body.executionId, "a signed replay answers the first run")
    })

    it("bodies must be JSON: other content types 415, invalid JSON 400, more than 1 MB 413 — and nothing starts", async () => {
      const workflow = await create(user, echo("body rules"))
      const path = hookPath(workflow)
      assertError(await deliver(path, "hello", { "content-type": "text/plain" }), 415)
      assertError(await deliver(path, "{}", { "content-type": "application/vnd.api+json" }), 415)
      assertError(await server.request("POST", path), 415)
      assertError(await deliver(path, "{not json", {}), 400)
      const huge = JSON.stringify({ blob: "x".repeat(1_100_000) })
      assertError(await raw(server, "POST", path, { headers: { "content-type": "application/json", "content-length": String(huge.length) }, chunks: [huge] }), 413)
      assert.deepStrictEqual(await ofWorkflow(user, workflow.id), [])
      assert.strictEqual((await server.request("GET", path)).status, 405)
    })

    it("an unknown token, a deleted workflow's and a removed trigger node's (once published) are 404", async () => {
      assertError(await deliver(`/hooks/${"A".repeat(43)}`, {}), 404)
      const workflow = await create(user, echo("to delete"))
      const path = hookPath(workflow)
      assert.strictEqual((await deliver(path, {})).status, 202)
      assert.strictEqual((await server.request("DELETE", `${api}/workflows/${workflow.id}`, { token: user.token })).status, 204)
      const gone = await deliver(path, {})
      assertError(gone, 404)

      const changing = await create(user, echo("to change"))
      const changingPath = hookPath(changing)
      const api_ = await server.request("PUT", `${api}/workflows/${changing.id}`, {
        token: user.token,
        body: { ...echo("to change"), nodes: [{ id: "hook", type: "trigger" }, { id: "done", type: "output", params: { value: 1 } }] }
      })
      assert.strictEqual(api_.status, 200, api_.text)
      assert.strictEqual((await deliver(changingPath, {})).status, 202, "the published version still has the webhook")
      const published = await server.request("POST", `${api}/workflows/${changing.id}/publish`, { token: user.token })
      assert.strictEqual(published.status, 200, published.text)
      assert.deepStrictEqual(published.body.triggers, [{ nodeId: "hook", kind: "api" }])
      assertError(await deliver(changingPath, {}), 404)
    })

    it("fields in the body never change server-owned ones: the trigger, organization and workflow come from the token", async () => {
      const workflow = await create(user, echo("owned"))
      const theirs = await create(other, echo("theirs"))
      const delivered = await deliver(hookPath(workflow), {
        organizationId: other.organizationId,
        workflowId: theirs.id,
        trigger: "api",
        idempotencyKey: "x"
      }, { "x-organization-id": other.organizationId })
      assert.strictEqual(delivered.status, 202, delivered.text)
      const got = await execution(user, delivered.body.executionId)
      assert.strictEqual(got.body.trigger, "webhook")
      assert.strictEqual(got.body.workflowId, workflow.id)
      assert.notProperty(got.body, "idempotencyKey")
      assert.strictEqual(got.body.input.body.workflowId, theirs.id, "only ever the body")
      assertError(await execution(other, delivered.body.executionId), 404)
      assert.deepStrictEqual(await ofWorkflow(other, theirs.id), [], "the other organization's workflow never ran")
    })

    it("one organization's token never reaches another's workflow, and each organization sees only its own webhook runs", async () => {
      const mine = await create(user, echo("mine"))
      const theirs = await create(other, echo("theirs too"))
      assert.notStrictEqual(hookPath(mine), hookPath(theirs))
      const toTheirs = await deliver(hookPath(theirs), { from: "anyone" })
      assert.strictEqual(toTheirs.status, 202)
      assertError(await execution(user, toTheirs.body.executionId), 404)
      assert.strictEqual((await execution(other, toTheirs.body.executionId)).body.workflowId, theirs.id)
      const search = await server.request("GET", `${api}/executions/search?trigger=webhook&limit=100`, { token: other.token })
      assert.isTrue(search.body.every((run: { workflowId: string; trigger: string }) => run.trigger === "webhook"))
      assert.notInclude(search.body.map((run: { id: string }) => run.id), (await ofWorkflow(user, mine.id))[0]?.id)
      assert.include(search.body.map((run: { id: string }) => run.id), toTheirs.body.executionId)
    })

    it("executions record their trigger: clients may send manual (default api), never webhook; search filters on it", async () => {
      const workflow = await create(user, echo("triggers"))
      const manual = await server.request("POST", `${api}/executions`, { token: user.token, body: { workflowId: workflow.id, trigger: "manual" } })
      assert.strictEqual(manual.status, 201, manual.text)
      assert.strictEqual(manual.body.trigger, "manual")
      const plain = await server.request("POST", `${api}/workflows/${workflow.id}/execute`, { token: user.token, body: {} })
      assert.strictEqual(plain.body.trigger, "api")
      const spoofed = await server.request("POST", `${api}/executions`, { token: user.token, body: { workflowId: workflow.id, trigger: "webhook" } })
      assert.strictEqual(spoofed.status, 400, spoofed.text)
      const hooked = await deliver(hookPath(workflow), {})
      const search = async (trigger: string) =>
        (await server.request("GET", `${api}/executions/search?workflowId=${workflow.id}&trigger=${trigger}`, { token: user.token }))
          .body.map((run: { id: string }) => run.id)
      assert.deepStrictEqual(await search("webhook"), [hooked.body.executionId])
      assert.deepStrictEqual(await search("manual"), [manual.body.id])
      assert.deepStrictEqual(await search("api"), [plain.body.id])
    })

    it("the free-tier quota applies: past it a delivery is 402 and starts nothing", async () => {
      const small = await start(database, { freeTierExecutions: 1 })
      try {
        const account = await signup(small, "hooks-quota")
        const created = await small.request("POST", `${api}/workflows`, { token: account.token, body: echo("quota") })
        const path = hookPath(created.body)
        assert.strictEqual((await small.request("POST", path, { body: {} })).status, 202)
        const refused = await small.request("POST", path, { body: {} })
        assert.strictEqual(refused.status, 402, refused.text)
        assert.strictEqual(refused.body.error, "free tier limit reached")
        const runs = await small.request("GET", `${api}/executions/search?workflowId=${created.body.id}`, { token: account.token })
        assert.strictEqual(runs.body.length, 1)
      } finally {
        await small.close()
      }
    })
  })
})
