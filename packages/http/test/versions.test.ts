/**
 * Versions and publishing through the real server: the version history (newest first, who and
 * when, paged), one frozen version, restore (the draft becomes the version, frozen again as a new
 * one; what runs is unchanged), the structural diff of two versions; publishing: a webhook, a
 * schedule and "run now" run the published version while the draft is edited, publishing another
 * version changes what they run, unpublishing makes webhooks and chat answer 409 and stops the
 * schedule; another organization's workflow is a 404 and viewers read but do not restore or publish.
 */
import { afterAll, assert, beforeAll, describe, it } from "@effect/vitest"
import { type Account, assertError, databases, nextLink, signup, skip, start, type TestServer, until } from "./harness.js"

const api = "/api/v1"
const everySecond = "*/1 * * * * *"

/** A workflow whose trigger (of `kind`, with `params`) feeds an output answering `value`. */
const constant = (name: string, value: unknown, kind = "api", params: Record<string, unknown> = {}) => ({
  name,
  nodes: [
    { id: "start", type: "trigger", params: { kind, ...params } },
    { id: "done", type: "output", params: { value } }
  ],
  edges: [{ source: "start", target: "done" }]
})

/** Asserts a 400 `{ error, details? }`. */
const assertBadRequest = (answer: { readonly status: number; readonly body: any; readonly text: string }) => {
  assert.strictEqual(answer.status, 400, answer.text)
  assert.isString(answer.body.error)
  assert.includeMembers(["error", "details"], Object.keys(answer.body))
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe.each(databases)("versions and publishing on %s", (database) => {
  describe.skipIf(skip(database))("", () => {
    let server: TestServer
    let user: Account
    let other: Account
    beforeAll(async () => {
      server = await start(database)
      user = await signup(server, "versions")
      other = await signup(server, "versions-other")
    })
    afterAll(async () => {
      await server?.close()
    })

    const send = (method: string, path: string, body?: unknown, token = user.token) =>
      server.request(method, `${api}${path}`, { token, ...(body !== undefined ? { body } : {}) })
    const create = async (body: unknown, token = user.token) => {
      const created = await send("POST", "/workflows", body, token)
      assert.strictEqual(created.status, 201, created.text)
      return created.body
    }
    const edit = async (id: string, body: unknown) => {
      const edited = await send("PUT", `/workflows/${id}`, body)
      assert.strictEqual(edited.status, 200, edited.text)
      return edited.body
    }
    const freeze = async (id: string) => {
      const frozen = await send("POST", `/workflows/${id}/versions`)
      assert.strictEqual(frozen.status, 201, frozen.text)
      return frozen.body.version as number
    }
    const publish = async (id: string, body?: unknown) => {
      const published = await send("POST", `/workflows/${id}/publish`, body)
      assert.strictEqual(published.status, 200, published.text)
      return published.body
    }
    /** The finished execution an answer names. */
    const finished = async (executionId: string) => {
      let execution: any
      await until(`execution ${executionId} to finish`, async () => {
        execution = (await send("GET", `/executions/${executionId}`)).body
        return execution.status === "completed" || execution.status === "failed"
      })
      return execution
    }
    const hookPath = (workflow: { triggers: ReadonlyArray<{ kind: string; url?: string }> }) =>
      new URL(workflow.triggers.find((trigger) => trigger.kind === "webhook")!.url!).pathname
    const deliver = (path: string) => server.request("POST", path, { body: { order: 1 } })
    /** Delivers to a webhook and answers the output and version its run had. */
    const delivered = async (path: string) => {
      const answer = await deliver(path)
      assert.strictEqual(answer.status, 202, answer.text)
      const execution = await finished(answer.body.executionId)
      return { output: execution.output, version: execution.version }
    }

    it("a created workflow is version 1, published; the history lists versions newest first with who and when, paged", async () => {
      const workflow = await create(constant("history", "one"))
      assert.strictEqual(workflow.latestVersion, 1)
      assert.strictEqual(workflow.publishedVersion, 1)
      await edit(workflow.id, constant("history", "two"))
      assert.strictEqual(await freeze(workflow.id), 2)
      await edit(workflow.id, constant("history", "three"))
      assert.strictEqual(await freeze(workflow.id), 3)

      const first = await send("GET", `/workflows/${workflow.id}/versions?limit=2`)
      assert.strictEqual(first.status, 200, first.text)
      assert.deepStrictEqual(first.body.map((v: any) => [v.version, v.published, v.createdBy, v.restoredFrom]), [
        [3, false, user.userId, null],
        [2, false, user.userId, null]
      ])
      for (const entry of first.body) {
        assert.deepStrictEqual(Object.keys(entry).sort(), ["createdAt", "createdBy", "published", "restoredFrom", "version", "workflowId"])
        assert.strictEqual(entry.workflowId, workflow.id)
        assert.isTrue(Number.isInteger(entry.createdAt) && Math.abs(entry.createdAt - Date.now() / 1000) < 600, "unix seconds")
      }
      const next = nextLink(first)
      assert.isString(next)
      const second = await server.request("GET", next!, { token: user.token })
      assert.deepStrictEqual(second.body.map((v: any) => [v.version, v.published]), [[1, true]])
      assert.isUndefined(nextLink(second))

      const got = await send("GET", `/workflows/${workflow.id}/versions/2`)
      assert.strictEqual(got.status, 200, got.text)
      assert.deepStrictEqual(got.body.document, constant("history", "two"))
      assert.strictEqual(got.body.version, 2)
      assert.strictEqual(got.body.createdBy, user.userId)

      assertError(await send("GET", `/workflows/${workflow.id}/versions/9`), 404)
      assertBadRequest(await send("GET", `/workflows/${workflow.id}/versions/abc`))
      assertBadRequest(await send("GET", `/workflows/${workflow.id}/versions/0`))
      assertBadRequest(await send("GET", `/workflows/${workflow.id}/versions?cursor=x`))
      assertError(await send("GET", "/workflows/wf_0000000000000000/versions"), 404)
      assertError(await send("GET", "/workflows/wf_0000000000000000/versions/1"), 404)
    })

    it("publishing, unpublishing and restoring are each one entry of the audit log, about the workflow", async () => {
      const workflow = await create(constant("audited", 1))
      await edit(workflow.id, constant("audited", 2))
      await publish(workflow.id)
      assert.strictEqual((await send("POST", `/workflows/${workflow.id}/unpublish`)).status, 200)
      assert.strictEqual((await send("POST", `/workflows/${workflow.id}/versions/1/restore`)).status, 201)
      assert.strictEqual((await send("POST", `/workflows/${workflow.id}/versions/99/restore`)).status, 404)
      const entries = (await send("GET", `/audit-logs?resourceId=${workflow.id}&limit=100`)).body as Array<any>
      const summary = entries.map((entry) => `${entry.action}:${entry.outcome}`).sort()
      assert.deepStrictEqual(summary.filter((line) => !line.startsWith("workflow.created") && !line.startsWith("workflow.updated")), [
        "workflow.published:success",
        "workflow.unpublished:success",
        "workflow.version_restored:failure",
        "workflow.version_restored:success"
      ])
    }, 60_000)

    it("restoring a version makes it the draft, frozen as a new version that names it; the published version is unchanged", async () => {
      const workflow = await create(constant("restore", "one"))
      await edit(workflow.id, constant("restore", "two"))
      await freeze(workflow.id)
      const restored = await send("POST", `/workflows/${workflow.id}/versions/1/restore`)
      assert.strictEqual(restored.status, 201, restored.text)
      assert.strictEqual(restored.body.version, 3)
      assert.strictEqual(restored.body.restoredFrom, 1)
      assert.strictEqual(restored.body.createdBy, user.userId)
      assert.strictEqual(restored.body.published, false)
      assert.deepStrictEqual(restored.body.document, constant("restore", "one"))
      const after = (await send("GET", `/workflows/${workflow.id}`)).body
      assert.strictEqual(after.latestVersion, 3)
      assert.strictEqual(after.publishedVersion, 1)
      assert.strictEqual(after.done, undefined)
      assert.deepStrictEqual(after.nodes, constant("restore", "one").nodes, "the draft is version 1's document")
      assert.strictEqual(after.revision, workflow.revision + 2)
      const draft = await send("POST", "/executions", { workflowId: workflow.id, mode: "sync" })
      assert.strictEqual(draft.body.output, "one", "an API start without version runs the draft")

      assertError(await send("POST", `/workflows/${workflow.id}/versions/7/restore`), 404)
      const unchanged = (await send("GET", `/workflows/${workflow.id}`)).body
      assert.strictEqual(unchanged.latestVersion, 3, "a refused restore freezes nothing")
    })

    it("the diff lists the document's changed fields, nodes and edges added, removed and changed with the fields that differ", async () => {
      const v1 = {
        name: "diff",
        nodes: [
          { id: "start", type: "trigger" },
          { id: "a", type: "transform", params: { value: { n: 1, keep: true } } },
          { id: "done", type: "output", params: { value: "{{ nodes.a }}" } }
        ],
        edges: [{ source: "start", target: "a" }, { source: "a", target: "done" }]
      }
      const v2 = {
        name: "diff renamed",
        description: "now described",
        nodes: [
          { id: "start", type: "trigger" },
          { id: "a", type: "transform", name: "A", params: { value: { keep: true, n: 2 } } },
          { id: "b", type: "output", params: { value: 1 } }
        ],
        edges: [{ source: "start", target: "a" }, { source: "a", target: "b" }]
      }
      const workflow = await create(v1)
      await edit(workflow.id, v2)
      await freeze(workflow.id)

      const answer = await send("GET", `/workflows/${workflow.id}/versions/2/diff?against=1`)
      assert.strictEqual(answer.status, 200, answer.text)
      assert.deepStrictEqual(answer.body, {
        workflowId: workflow.id,
        version: 2,
        against: 1,
        document: [
          { field: "name", before: "diff", after: "diff renamed" },
          { field: "description", after: "now described" }
        ],
        nodes: {
          added: [v2.nodes[2]],
          removed: [v1.nodes[2]],
          changed: [{
            id: "a",
            fields: [
              { field: "name", after: "A" },
              { field: "params", before: { value: { n: 1, keep: true } }, after: { value: { keep: true, n: 2 } } }
            ]
          }]
        },
        edges: { added: [{ source: "a", target: "b" }], removed: [{ source: "a", target: "done" }], changed: [] }
      })
      const byDefault = await send("GET", `/workflows/${workflow.id}/versions/2/diff`)
      assert.deepStrictEqual(byDefault.body, answer.body, "against the version before by default")
      const back = await send("GET", `/workflows/${workflow.id}/versions/1/diff?against=2`)
      assert.deepStrictEqual(back.body.nodes.added, [v1.nodes[2]])
      assert.deepStrictEqual(back.body.nodes.removed, [v2.nodes[2]])
      const itself = await send("GET", `/workflows/${workflow.id}/versions/2/diff?against=2`)
      assert.deepStrictEqual([itself.body.document, itself.body.nodes, itself.body.edges], [
        [],
        { added: [], removed: [], changed: [] },
        { added: [], removed: [], changed: [] }
      ])
      assertBadRequest(await send("GET", `/workflows/${workflow.id}/versions/1/diff`))
      assertError(await send("GET", `/workflows/${workflow.id}/versions/2/diff?against=9`), 404)
      assertBadRequest(await send("GET", `/workflows/${workflow.id}/versions/2/diff?against=first`))
    })

    it("a webhook runs the published version while the draft changes; publishing another changes it; unpublished it answers 409", async () => {
      const workflow = await create(constant("hooked", "v1", "webhook"))
      const path = hookPath(workflow)
      assert.deepStrictEqual(await delivered(path), { output: "v1", version: 1 })

      const edited = await edit(workflow.id, constant("hooked", "v2", "webhook"))
      assert.strictEqual(edited.publishedVersion, 1)
      assert.deepStrictEqual(await delivered(path), { output: "v1", version: 1 }, "the draft does not run")

      const published = await publish(workflow.id)
      assert.strictEqual(published.publishedVersion, 2, "the draft, frozen as version 2")
      assert.strictEqual(published.latestVersion, 2)
      assert.strictEqual(published.nodes[1].params.value, "v2")
      assert.deepStrictEqual(await delivered(path), { output: "v2", version: 2 })
      assert.strictEqual((await publish(workflow.id)).latestVersion, 2, "publishing an unchanged draft freezes nothing")

      const back = await publish(workflow.id, { version: 1 })
      assert.strictEqual(back.publishedVersion, 1)
      assert.strictEqual(back.nodes[1].params.value, "v2", "the draft stays as it is")
      assert.deepStrictEqual(await delivered(path), { output: "v1", version: 1 })
      const history = (await send("GET", `/workflows/${workflow.id}/versions`)).body
      assert.deepStrictEqual(history.map((v: any) => [v.version, v.published]), [[2, false], [1, true]])

      const unpublished = await send("POST", `/workflows/${workflow.id}/unpublish`)
      assert.strictEqual(unpublished.status, 200, unpublished.text)
      assert.strictEqual(unpublished.body.publishedVersion, null)
      assert.strictEqual(unpublished.body.publishedAt, null)
      assert.strictEqual((await send("GET", `/workflows/${workflow.id}`)).body.publishedVersion, null)
      const refused = await deliver(path)
      assertError(refused, 409)
      assert.match(refused.body.error, /not published/)
      assert.strictEqual((await send("POST", `/workflows/${workflow.id}/unpublish`)).status, 200, "unpublishing again changes nothing")

      assertError(await send("POST", `/workflows/${workflow.id}/publish`, { version: 9 }), 404)
      assertBadRequest(await send("POST", `/workflows/${workflow.id}/publish`, { version: "two" }))
      assertBadRequest(await send("POST", `/workflows/${workflow.id}/publish`, { version: 0 }))
      assertError(await deliver(path), 409)
      assert.strictEqual((await publish(workflow.id, { version: 2 })).publishedVersion, 2)
      assert.deepStrictEqual(await delivered(path), { output: "v2", version: 2 })
    })

    it("a schedule and run now run the published version; unpublished, the schedule keeps no slot and run now answers 409", async () => {
      const workflow = await create(constant("ticking", "v1", "schedule", { cron: everySecond }))
      const runs = async () =>
        (await send("GET", `/executions/search?workflowId=${workflow.id}&limit=100`)).body as Array<{ id: string; status: string; version: number; input: { scheduledAt: number } }>
      await until("a scheduled run", async () => (await runs()).some((run) => run.status === "completed"))
      const editedAt = Math.ceil(Date.now() / 1000)
      await edit(workflow.id, constant("ticking", "v2", "schedule", { cron: everySecond }))
      await until("a run after the edit", async () => (await runs()).some((run) => run.input.scheduledAt > editedAt + 1))
      for (const run of await runs()) assert.strictEqual(run.version, 1, "every scheduled run is version 1's")

      const now = await send("POST", `/workflows/${workflow.id}/schedules/start/run`)
      assert.strictEqual(now.status, 202, now.text)
      assert.deepStrictEqual([(await finished(now.body.executionId)).output, (await finished(now.body.executionId)).version], ["v1", 1])

      const publishedAt = Math.ceil(Date.now() / 1000)
      assert.strictEqual((await publish(workflow.id)).publishedVersion, 2)
      await until("a run of version 2", async () => (await runs()).some((run) => run.version === 2 && run.input.scheduledAt > publishedAt))
      const latest = (await runs()).find((run) => run.version === 2)!
      assert.strictEqual((await finished(latest.id)).output, "v2")

      const unpublished = await send("POST", `/workflows/${workflow.id}/unpublish`)
      assert.strictEqual(unpublished.status, 200, unpublished.text)
      assert.deepStrictEqual(unpublished.body.triggers, [{ nodeId: "start", kind: "schedule" }], "no next run")
      const [schedule] = (await send("GET", `/schedules?workflowId=${workflow.id}`)).body
      assert.strictEqual(schedule.nextRunAt, null)
      assertError(await send("POST", `/workflows/${workflow.id}/schedules/start/run`), 409)
      await sleep(300)
      const atUnpublish = (await runs()).length
      await sleep(2_000)
      assert.strictEqual((await runs()).length, atUnpublish, "no run while unpublished")

      const again = await publish(workflow.id)
      assert.isNumber(again.triggers[0].nextRunAt, "published again, the schedule has a next slot")
      await until("runs again", async () => (await runs()).length > atUnpublish)
    })

    it("a chat of an unpublished workflow answers 409 and stores no message; published, it answers again", async () => {
      const workflow = await create(constant("chatty", { reply: "hi" }, "chat"))
      const session = await send("POST", "/chat/sessions", { workflowId: workflow.id })
      assert.strictEqual(session.status, 201, session.text)
      const said = await send("POST", `/chat/sessions/${session.body.id}/messages`, { content: "hello" })
      assert.strictEqual(said.status, 201, said.text)
      assert.strictEqual((await send("POST", `/workflows/${workflow.id}/unpublish`)).status, 200)
      assertError(await send("POST", `/chat/sessions/${session.body.id}/messages`, { content: "anyone?" }), 409)
      const messages = (await send("GET", `/chat/sessions/${session.body.id}/messages`)).body
      assert.deepStrictEqual(messages.map((m: any) => m.content), ["hello", "hi"], "the refused message was not stored")
      await publish(workflow.id)
      assert.strictEqual((await send("POST", `/chat/sessions/${session.body.id}/messages`, { content: "back" })).status, 201)
    })

    it("another organization's workflow is 404 for every version and publishing endpoint, and stays as it was", async () => {
      const theirs = await create(constant("theirs", "v1", "webhook"), other.token)
      for (const [method, path, body] of [
        ["GET", `/workflows/${theirs.id}/versions`],
        ["GET", `/workflows/${theirs.id}/versions/1`],
        ["GET", `/workflows/${theirs.id}/versions/1/diff?against=1`],
        ["POST", `/workflows/${theirs.id}/versions/1/restore`],
        ["POST", `/workflows/${theirs.id}/publish`, { version: 1 }],
        ["POST", `/workflows/${theirs.id}/unpublish`]
      ] as const) {
        assertError(await send(method, path, body), 404)
      }
      const after = await send("GET", `/workflows/${theirs.id}`, undefined, other.token)
      assert.strictEqual(after.body.publishedVersion, 1)
      assert.strictEqual(after.body.latestVersion, 1)
      assert.strictEqual((await deliver(hookPath(theirs))).status, 202, "their webhook still runs")
    })

    it("viewers read versions and diffs but may not restore, publish or unpublish (403)", async () => {
      const workflow = await create(constant("viewed", "v1"))
      await edit(workflow.id, constant("viewed", "v2"))
      await freeze(workflow.id)
      const key = await send("POST", "/apikeys", { name: "viewer", role: "viewer" })
      assert.strictEqual(key.status, 201, key.text)
      const viewer = key.body.key as string
      assert.strictEqual((await send("GET", `/workflows/${workflow.id}/versions`, undefined, viewer)).status, 200)
      assert.strictEqual((await send("GET", `/workflows/${workflow.id}/versions/2`, undefined, viewer)).status, 200)
      assert.strictEqual((await send("GET", `/workflows/${workflow.id}/versions/2/diff`, undefined, viewer)).status, 200)
      assertError(await send("POST", `/workflows/${workflow.id}/versions/1/restore`, undefined, viewer), 403)
      assertError(await send("POST", `/workflows/${workflow.id}/publish`, { version: 2 }, viewer), 403)
      assertError(await send("POST", `/workflows/${workflow.id}/unpublish`, undefined, viewer), 403)
      const after = (await send("GET", `/workflows/${workflow.id}`)).body
      assert.deepStrictEqual([after.latestVersion, after.publishedVersion], [2, 1], "nothing changed")
    })
  })
})
