/**
 * The workflows group through the real server and a real HTTP client, on PGlite and PostgreSQL:
 * create, validation (every problem at once), get, update, delete, frozen versions, and the
 * name-filtered, paged list.
 */
import { afterAll, assert, beforeAll, describe, it } from "@effect/vitest"
import { type Account, constantWorkflow, contractExample, databases, nextLink, signup, skip, start, type TestServer } from "./harness.js"

const api = "/api/v1"

/** The paths of a 400's details. */
const paths = (body: { details?: ReadonlyArray<{ path: string }> }) => (body.details ?? []).map((d) => d.path)

describe.each(databases)("workflows on %s", (db) => {
  describe.skipIf(skip(db))("", () => {
    let server: TestServer
    let user: Account
    beforeAll(async () => {
      server = await start(db)
      user = await signup(server, "workflows")
    })
    afterAll(async () => {
      await server?.close()
    })
    const send = (method: string, path: string, body?: unknown, token = user.token) =>
      server.request(method, `${api}${path}`, { token, ...(body !== undefined ? { body } : {}) })

    it("creating a workflow answers 201 with its id, the document, revision 1, version 1 published and its api trigger", async () => {
      const before = Math.floor(Date.now() / 1000)
      const created = await send("POST", "/workflows", contractExample)
      const after = Math.ceil(Date.now() / 1000)
      assert.strictEqual(created.status, 201, created.text)
      const { createdAt, id, latestVersion, publishedAt, publishedVersion, revision, triggers, updatedAt, ...document } = created.body
      assert.match(id, /^wf_/)
      assert.deepStrictEqual(document, contractExample)
      assert.strictEqual(revision, 1)
      assert.strictEqual(latestVersion, 1, "frozen as version 1")
      assert.strictEqual(publishedVersion, 1, "and published at it, so that its triggers work at once")
      assert.isTrue(publishedAt >= createdAt && publishedAt <= after, `publishedAt ${publishedAt} is unix seconds, at creation`)
      assert.deepStrictEqual(triggers, [{ nodeId: "start", kind: "api" }])
      assert.isTrue(Number.isInteger(createdAt) && createdAt >= before && createdAt <= after, `createdAt ${createdAt} is unix seconds`)
      assert.strictEqual(updatedAt, createdAt)
    })

    it("an invalid document is refused with 400 and every problem in details: duplicate id, edge to an unknown node, unknown type", async () => {
      const answer = await send("POST", "/workflows", {
        name: "broken",
        nodes: [
          { id: "start", type: "trigger" },
          { id: "start", type: "transform", params: { value: 1 } },
          { id: "odd", type: "no-such-type" }
        ],
        edges: [{ source: "start", target: "ghost" }]
      })
      assert.strictEqual(answer.status, 400, answer.text)
      assert.isString(answer.body.error)
      const messages = (answer.body.details as Array<{ path: string; message: string }>).map((d) => `${d.path}: ${d.message}`)
      assert.isTrue(messages.some((m) => /^nodes\[1\]\.id: .*duplicate/.test(m)), messages.join("\n"))
      assert.isTrue(messages.some((m) => /^edges\[0\]\.target: .*ghost/.test(m)), messages.join("\n"))
      assert.isTrue(messages.some((m) => /^nodes\[2\]\.type: .*no-such-type/.test(m)), messages.join("\n"))
    })

    it("a document missing its name and nodes lists both in details", async () => {
      const answer = await send("POST", "/workflows", { edges: [] })
      assert.strictEqual(answer.status, 400, answer.text)
      assert.includeMembers(paths(answer.body), ["name", "nodes"])
    })

    it("a body setting fields the server owns (id, organizationId, createdAt…) is refused with 400 naming each", async () => {
      const answer = await send("POST", "/workflows", {
        ...contractExample,
        id: "wf_mine",
        organizationId: "org_other",
        createdAt: 1,
        revision: 7
      })
      assert.strictEqual(answer.status, 400, answer.text)
      assert.sameMembers(paths(answer.body), ["id", "organizationId", "createdAt", "revision"])
      const list = await send("GET", "/workflows?name=Lead")
      assert.isFalse((list.body as Array<{ id: string }>).some((w) => w.id === "wf_mine"), "nothing was stored")
    })

    it("a body that is not a JSON object (array, string, number, null) is refused with 400", async () => {
      for (const body of ["[1,2]", "\"text\"", "42", "null"]) {
        const answer = await send("POST", "/workflows", body)
        assert.strictEqual(answer.status, 400, `${body}: ${answer.text}`)
        assert.isString(answer.body.error)
      }
    })

    it("getting a workflow returns what creating it returned; an unknown id is 404", async () => {
      const created = await send("POST", "/workflows", contractExample)
      const got = await send("GET", `/workflows/${created.body.id}`)
      assert.strictEqual(got.status, 200)
      assert.deepStrictEqual(got.body, created.body)
      const missing = await send("GET", "/workflows/wf_doesnotexist")
      assert.strictEqual(missing.status, 404)
      assert.isString(missing.body.error)
    })

    it("updating a workflow replaces its document and bumps its revision; an invalid update is 400 and changes nothing", async () => {
      const created = await send("POST", "/workflows", constantWorkflow("to update", "one"))
      const id = created.body.id
      const updated = await send("PUT", `/workflows/${id}`, { ...constantWorkflow("updated", "two"), description: "second" })
      assert.strictEqual(updated.status, 200, updated.text)
      assert.strictEqual(updated.body.revision, 2)
      assert.strictEqual(updated.body.name, "updated")
      assert.strictEqual(updated.body.description, "second")
      assert.strictEqual(updated.body.createdAt, created.body.createdAt)
      assert.isAtLeast(updated.body.updatedAt, created.body.updatedAt)

      const invalid = await send("PUT", `/workflows/${id}`, {
        name: "bad",
        nodes: [{ id: "a", type: "nope" }],
        edges: [{ source: "a", target: "b" }]
      })
      assert.strictEqual(invalid.status, 400, invalid.text)
      assert.includeMembers(paths(invalid.body), ["nodes[0].type", "edges[0].target"])
      const owned = await send("PUT", `/workflows/${id}`, { ...constantWorkflow("x", 1), revision: 10 })
      assert.strictEqual(owned.status, 400)
      assert.deepStrictEqual(paths(owned.body), ["revision"])

      const after = await send("GET", `/workflows/${id}`)
      assert.deepStrictEqual(after.body, updated.body)
      const missing = await send("PUT", "/workflows/wf_doesnotexist", constantWorkflow("x", 1))
      assert.strictEqual(missing.status, 404)
    })

    it("deleting a workflow answers 204; afterwards it is 404 to get, update, delete and version", async () => {
      const created = await send("POST", "/workflows", constantWorkflow("to delete", 1))
      const id = created.body.id
      const deleted = await send("DELETE", `/workflows/${id}`)
      assert.strictEqual(deleted.status, 204)
      assert.strictEqual(deleted.text, "")
      assert.strictEqual((await send("GET", `/workflows/${id}`)).status, 404)
      assert.strictEqual((await send("PUT", `/workflows/${id}`, constantWorkflow("again", 1))).status, 404)
      assert.strictEqual((await send("DELETE", `/workflows/${id}`)).status, 404)
      assert.strictEqual((await send("POST", `/workflows/${id}/versions`)).status, 404)
    })

    it("freezing versions answers 201 with version 2 (creation froze 1), then 3, and the workflow shows the latest", async () => {
      const created = await send("POST", "/workflows", constantWorkflow("versioned", "v1"))
      const id = created.body.id
      const first = await send("POST", `/workflows/${id}/versions`)
      assert.strictEqual(first.status, 201, first.text)
      assert.strictEqual(first.body.workflowId, id)
      assert.strictEqual(first.body.version, 2)
      assert.deepStrictEqual(first.body.document, constantWorkflow("versioned", "v1"))
      assert.isTrue(Number.isInteger(first.body.createdAt))
      await send("PUT", `/workflows/${id}`, constantWorkflow("versioned", "v2"))
      const second = await send("POST", `/workflows/${id}/versions`)
      assert.strictEqual(second.status, 201)
      assert.strictEqual(second.body.version, 3)
      assert.deepStrictEqual(second.body.document, constantWorkflow("versioned", "v2"))
      assert.strictEqual((await send("GET", `/workflows/${id}`)).body.latestVersion, 3)
    })

    it("executing version 1 runs the frozen document even after the draft changed; no version runs the draft", async () => {
      const created = await send("POST", "/workflows", constantWorkflow("frozen", "first"))
      const id = created.body.id
      await send("POST", `/workflows/${id}/versions`)
      const changed = await send("PUT", `/workflows/${id}`, constantWorkflow("frozen", "second"))
      assert.strictEqual(changed.status, 200)

      const frozen = await send("POST", "/executions", { workflowId: id, version: 1, mode: "sync" })
      assert.strictEqual(frozen.status, 200, frozen.text)
      assert.strictEqual(frozen.body.status, "completed")
      assert.strictEqual(frozen.body.version, 1)
      assert.strictEqual(frozen.body.output, "first")
      const steps = (await send("GET", `/executions/${frozen.body.id}`)).body.steps as Array<{ nodeId: string; output?: unknown }>
      assert.strictEqual(steps.find((s) => s.nodeId === "done")?.output, "first")

      const draft = await send("POST", "/executions", { workflowId: id, mode: "sync" })
      assert.strictEqual(draft.body.status, "completed")
      assert.strictEqual(draft.body.version, null)
      assert.strictEqual(draft.body.output, "second")

      const unknown = await send("POST", "/executions", { workflowId: id, version: 9, mode: "sync" })
      assert.strictEqual(unknown.status, 404, unknown.text)
    })

    it("the list filters by a case-insensitive substring of the name and pages with limit and Link rel=\"next\" without gaps or duplicates", async () => {
      const owner = await signup(server, "lister")
      const mine = (method: string, path: string, body?: unknown) => send(method, path, body, owner.token)
      const matching: Array<string> = []
      for (let i = 0; i < 7; i++) {
        const created = await mine("POST", "/workflows", constantWorkflow(`Invoice 100% sync ${i}`, i))
        matching.push(created.body.id)
        await mine("POST", "/workflows", constantWorkflow(`Other ${i}`, i))
      }
      await mine("POST", "/workflows", constantWorkflow("Invoice 1000 sync", 0))

      const seen: Array<string> = []
      let path: string | undefined = `${api}/workflows?name=${encodeURIComponent("iNvOiCe 100%")}&limit=3`
      let pages = 0
      while (path !== undefined) {
        const page = await server.request("GET", path, { token: owner.token })
        assert.strictEqual(page.status, 200, page.text)
        assert.isAtMost(page.body.length, 3)
        seen.push(...(page.body as Array<{ id: string; name: string }>).map((w) => w.id))
        path = nextLink(page)
        pages++
        assert.isAtMost(pages, 10, "paging ends")
      }
      assert.strictEqual(new Set(seen).size, seen.length, "no duplicates")
      assert.sameMembers(seen, matching, "every match once, \"%\" matched literally")
      assert.strictEqual(pages, 3)

      const all = await mine("GET", "/workflows?limit=100")
      assert.strictEqual(all.body.length, 15)
      assert.isNull(all.headers.get("link"))
      const none = await mine("GET", "/workflows?name=zzz")
      assert.deepStrictEqual(none.body, [])
      assert.strictEqual((await mine("GET", "/workflows?limit=0")).status, 400)
      assert.strictEqual((await mine("GET", "/workflows?limit=101")).status, 400)
    })

    it("without a token the workflows are 401", async () => {
      const answer = await server.request("GET", `${api}/workflows`)
      assert.strictEqual(answer.status, 401)
      assert.isString(answer.body.error)
    })
  })
})
