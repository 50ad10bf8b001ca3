/**
 * Notifications through the real server, on PGlite and on PostgreSQL: a failing execution is
 * notified exactly once; the inbox is the unread ones; marking one or all read; the quota at 80%
 * and 100% notified once each; another organization's notifications are a 404 and never listed;
 * viewers read them; lists are paged. The store itself (dedupe keys, per-user notices and
 * per-user read state) is driven through the server's own `Notifications` service.
 */
import { afterAll, assert, beforeAll, describe, it } from "@effect/vitest"
import { Effect, Layer } from "effect"
import * as Notifications from "../src/notifications/Notifications.js"
import * as Server from "../src/Server.js"
import { type Account, type Answer, assertError, databases, failingWorkflow, nextLink, signup, skip, start, type TestServer } from "./harness.js"
import { sleep } from "../../nodes/test/loopback.js"

const api = "/api/v1"

/** A workflow that completes at once. */
const trivial = {
  name: "fine",
  nodes: [
    { id: "start", type: "trigger" },
    { id: "done", type: "output", params: { value: "ok" } }
  ],
  edges: [{ source: "start", target: "done" }]
}

interface Shown {
  readonly id: string
  readonly kind: string
  readonly title: string
  readonly body: string
  readonly data?: any
  readonly read: boolean
  readonly createdAt: number
}



describe.each(databases)("notifications on %s", (db) => {
  describe.skipIf(skip(db))("through the real server", () => {
    let server: TestServer
    let quotaServer: TestServer
    let store: Notifications.Notifications["Type"]
    let owner: Account
    let rival: Account

    const send = (target: TestServer, method: string, path: string, token: string, body?: unknown) =>
      target.request(method, `${api}${path}`, { token, ...(body !== undefined ? { body } : {}) })
    const list = async (token: string, path = "/notifications?limit=100"): Promise<Array<Shown>> => {
      const answer = await send(server, "GET", path, token)
      assert.strictEqual(answer.status, 200, answer.text)
      assert.isArray(answer.body)
      return answer.body
    }
    const inbox = (token: string) => list(token, "/notifications/inbox?limit=100")

    /** Creates a failing workflow for `account` and runs it to its failure; the execution. */
    const fail = async (account: Account, name = "nightly import") => {
      const workflow = await send(server, "POST", "/workflows", account.token, failingWorkflow(name))
      assert.strictEqual(workflow.status, 201, workflow.text)
      const execution = await send(server, "POST", "/executions", account.token, { workflowId: workflow.body.id, mode: "sync" })
      assert.strictEqual(execution.status, 200, execution.text)
      assert.strictEqual(execution.body.status, "failed")
      return { workflowId: workflow.body.id as string, executionId: execution.body.id as string }
    }

    /** Waits for the notification of an execution's failure; returns it. */
    const failureNotice = async (account: Account, executionId: string): Promise<Shown> => {
      const deadline = Date.now() + 15_000
      while (true) {
        const found = (await list(account.token)).filter((n) => n.data?.executionId === executionId)
        if (found.length > 0) return found[0]
        if (Date.now() > deadline) throw new Error(`no notification for the failure of ${executionId}`)
        await sleep(25)
      }
    }

    beforeAll(async () => {
      server = await start(db, {
        // The server as usual, plus its own notification store captured for the store-level cases.
        serverLayer: (options) =>
          Layer.merge(
            Server.layer(options),
            Layer.effectDiscard(Effect.map(Notifications.Notifications, (service) => void (store = service))).pipe(
              Layer.provide(Notifications.layer),
              Layer.provide(options.database ?? Server.database(options.config))
            )
          )
      })
      quotaServer = await start(db, { freeTierExecutions: 5 })
      ;[owner, rival] = await Promise.all([signup(server, "ntf-owner"), signup(server, "ntf-rival")])
    })
    afterAll(async () => {
      await server?.close()
      await quotaServer?.close()
    })

    it("a failing execution produces exactly one notification, in the list and in the inbox", async () => {
      const account = await signup(server, "ntf-fail")
      const before = Math.floor(Date.now() / 1000)
      const { executionId, workflowId } = await fail(account, "nightly import")
      const notice = await failureNotice(account, executionId)
      assert.match(notice.id, /^ntf_/)
      assert.deepStrictEqual(Object.keys(notice).sort(), ["body", "createdAt", "data", "id", "kind", "read", "title"])
      assert.strictEqual(notice.kind, "execution.failed")
      assert.include(notice.title, "nightly import")
      assert.include(notice.title, "boom", "the title names the node")
      assert.strictEqual(notice.body, "boom")
      assert.deepStrictEqual(notice.data, { executionId, workflowId, nodeId: "boom" })
      assert.isFalse(notice.read)
      assert.isTrue(Number.isInteger(notice.createdAt))
      assert.isAtLeast(notice.createdAt, before - 1)
      assert.isAtMost(notice.createdAt, Math.floor(Date.now() / 1000))
      await sleep(300)
      assert.deepStrictEqual(await list(account.token), [notice], "exactly one")
      assert.deepStrictEqual(await inbox(account.token), [notice])
    })

    it("marking read takes it out of the inbox, keeps it in the list as read; again is a no-op; read-all empties the inbox", async () => {
      const account = await signup(server, "ntf-read")
      const first = await failureNotice(account, (await fail(account, "first")).executionId)
      const second = await failureNotice(account, (await fail(account, "second")).executionId)
      const third = await failureNotice(account, (await fail(account, "third")).executionId)
      assert.deepStrictEqual((await inbox(account.token)).map((n) => n.id), [third.id, second.id, first.id], "newest first")

      const marked = await send(server, "POST", `/notifications/${second.id}/read`, account.token)
      assert.strictEqual(marked.status, 204, marked.text)
      assert.strictEqual(marked.text, "")
      assert.deepStrictEqual((await inbox(account.token)).map((n) => n.id), [third.id, first.id])
      const listed = await list(account.token)
      assert.deepStrictEqual(listed.map((n) => [n.id, n.read]), [[third.id, false], [second.id, true], [first.id, false]])
      assert.deepStrictEqual(listed[1], { ...second, read: true }, "otherwise unchanged")
      assert.strictEqual((await send(server, "POST", `/notifications/${second.id}/read`, account.token)).status, 204, "again")

      const all = await send(server, "POST", "/notifications/read-all", account.token)
      assert.strictEqual(all.status, 204, all.text)
      assert.deepStrictEqual(await inbox(account.token), [])
      assert.deepStrictEqual((await list(account.token)).map((n) => n.read), [true, true, true])
      assert.strictEqual((await send(server, "POST", "/notifications/read-all", account.token)).status, 204, "with nothing unread")

      const fourth = await failureNotice(account, (await fail(account, "fourth")).executionId)
      assert.deepStrictEqual((await inbox(account.token)).map((n) => n.id), [fourth.id], "read-all does not cover later ones")
    })

    it("another organization's notification is a 404 (like an unknown id) and never listed", async () => {
      const { executionId } = await fail(owner, "owned")
      const notice = await failureNotice(owner, executionId)
      const foreign = await send(server, "POST", `/notifications/${notice.id}/read`, rival.token)
      assertError(foreign, 404)
      const unknown = await send(server, "POST", "/notifications/ntf_000000000000000000000000/read", rival.token)
      assertError(unknown, 404)
      assert.strictEqual(foreign.body.error.replace(notice.id, "<id>"), unknown.body.error.replace("ntf_000000000000000000000000", "<id>"))
      assert.notInclude((await list(rival.token)).map((n) => n.id), notice.id)
      assert.notInclude((await inbox(rival.token)).map((n) => n.id), notice.id)
      assert.strictEqual((await send(server, "POST", "/notifications/read-all", rival.token)).status, 204)
      assert.include((await inbox(owner.token)).map((n) => n.id), notice.id, "the rival's read-all left it unread")
      assert.isFalse((await list(owner.token)).find((n) => n.id === notice.id)!.read)
    })

    it("a viewer key lists, reads the inbox and marks read; no credentials is a 401", async () => {
      const account = await signup(server, "ntf-viewer")
      const notice = await failureNotice(account, (await fail(account)).executionId)
      const key = await send(server, "POST", "/apikeys", account.token, { name: "watcher", role: "viewer" })
      assert.strictEqual(key.status, 201, key.text)
      const viewer = key.body.key as string
      assert.deepStrictEqual((await list(viewer)).map((n) => n.id), [notice.id])
      assert.deepStrictEqual((await inbox(viewer)).map((n) => n.id), [notice.id])
      assert.strictEqual((await send(server, "POST", `/notifications/${notice.id}/read`, viewer)).status, 204)
      assert.strictEqual((await send(server, "POST", "/notifications/read-all", viewer)).status, 204)
      assert.deepStrictEqual(await inbox(viewer), [])
      assert.strictEqual((await server.request("GET", `${api}/notifications`)).status, 401)
      assert.strictEqual((await server.request("POST", `${api}/notifications/read-all`)).status, 401)
    })

    it("lists and the inbox are paged newest first with limit, cursor and a Link header", async () => {
      const account = await signup(server, "ntf-paging")
      const ids: Array<string> = []
      for (let i = 0; i < 5; i++) ids.unshift((await failureNotice(account, (await fail(account, `paged ${i}`)).executionId)).id)
      for (const base of ["/notifications", "/notifications/inbox"]) {
        const seen: Array<string> = []
        let path: string | undefined = `${api}${base}?limit=2`
        let pages = 0
        while (path !== undefined) {
          const answer: Answer = await server.request("GET", path, { token: account.token })
          assert.strictEqual(answer.status, 200, answer.text)
          assert.isAtMost(answer.body.length, 2)
          seen.push(...answer.body.map((n: Shown) => n.id))
          path = nextLink(answer)
          if (path !== undefined) assert.isTrue(path.startsWith(`${api}${base}?`), path)
          pages++
        }
        assert.deepStrictEqual(seen, ids, `${base}: every notification once, newest first`)
        assert.strictEqual(pages, 3)
      }
      const bad = await server.request("GET", `${api}/notifications?limit=0`, { token: account.token })
      assert.strictEqual(bad.status, 400, bad.text)
    })

    it("the quota at 80% and 100% is notified at the 4th and the 5th start of 5, once each", async () => {
      const account = await signup(quotaServer, "ntf-quota")
      const workflow = await send(quotaServer, "POST", "/workflows", account.token, trivial)
      assert.strictEqual(workflow.status, 201, workflow.text)
      const quotaNotices = async () => {
        const answer = await send(quotaServer, "GET", "/notifications?limit=100", account.token)
        assert.strictEqual(answer.status, 200, answer.text)
        return (answer.body as Array<Shown>).filter((n) => n.kind.startsWith("quota."))
      }
      const kindsAfter: Array<Array<string>> = []
      for (let i = 1; i <= 6; i++) {
        const started = await send(quotaServer, "POST", "/executions", account.token, { workflowId: workflow.body.id })
        assert.strictEqual(started.status, i <= 5 ? 201 : 402, `start ${i}: ${started.text}`)
        kindsAfter.push((await quotaNotices()).map((n) => n.kind))
      }
      assert.deepStrictEqual(kindsAfter, [
        [],
        [],
        [],
        ["quota.warning"],
        ["quota.reached", "quota.warning"],
        ["quota.reached", "quota.warning"]
      ])
      const [reached, warning] = await quotaNotices()
      const period = new Date().toISOString().slice(0, 7)
      assert.include(warning.body, "4 of the 5")
      assert.deepStrictEqual(
        { ...warning.data, resetsAt: undefined },
        { threshold: 80, plan: "free", limit: 5, current: 4, period, resetsAt: undefined }
      )
      assert.strictEqual(reached.data.threshold, 100)
      assert.strictEqual(reached.data.current, 5)
      assert.isFalse(reached.read)
      // Refused starts change nothing.
      const again = await send(quotaServer, "POST", "/executions", account.token, { workflowId: workflow.body.id })
      assert.strictEqual(again.status, 402)
      assert.strictEqual((await quotaNotices()).length, 2)
    })

    it("notify is idempotent per dedupe key within an organization, and a notice for one user is theirs only", async () => {
      const account = await signup(server, "ntf-store")
      const other = await signup(server, "ntf-store-other")
      const notice = {
        organizationId: account.organizationId,
        kind: "invitation",
        title: "You were invited",
        body: "Join the team",
        data: { teamId: "org_x", nested: [1, "two", null] },
        dedupeKey: "invitation:ivt_1"
      }
      assert.isTrue(await Effect.runPromise(store.notify(notice)))
      assert.isFalse(await Effect.runPromise(store.notify({ ...notice, title: "again" })), "the same key again")
      assert.isTrue(
        await Effect.runPromise(store.notify({ ...notice, organizationId: other.organizationId })),
        "the same key in another organization"
      )
      const mine = await list(account.token)
      assert.deepStrictEqual(mine.map((n) => [n.kind, n.title, n.body, n.data]), [["invitation", "You were invited", "Join the team", notice.data]])
      assert.strictEqual((await list(other.token)).length, 1)

      await Effect.runPromise(store.notify({ organizationId: account.organizationId, userId: account.userId, kind: "webhook.disabled", title: "for you", body: "only" }))
      await Effect.runPromise(store.notify({ organizationId: account.organizationId, userId: "usr_someone_else", kind: "webhook.disabled", title: "not for you", body: "no" }))
      const titles = (await list(account.token)).map((n) => n.title)
      assert.deepStrictEqual(titles, ["for you", "You were invited"])
      const forYou = (await list(account.token))[0]
      assert.notProperty(forYou, "data", "no data, no field")

      // Read state is per user: the owner's read leaves an organization-wide notice unread for another member.
      const shared = mine[0]
      assert.strictEqual((await send(server, "POST", `/notifications/${shared.id}/read`, account.token)).status, 204)
      const someoneElse = { organizationId: account.organizationId, userId: "usr_someone_else" }
      const theirs = await Effect.runPromise(store.inbox(someoneElse, 100))
      assert.deepStrictEqual(theirs.items.map((n) => n.title), ["not for you", "You were invited"])
      const notTheirs = (await list(account.token)).find((n) => n.title === "for you")!
      assert.isFalse(await Effect.runPromise(store.markRead(someoneElse, notTheirs.id, Date.now())), "another user's notice is not found")
      assert.strictEqual(await Effect.runPromise(store.markAllRead(someoneElse, Date.now())), 2)
      assert.deepStrictEqual((await Effect.runPromise(store.inbox(someoneElse, 100))).items, [])
      assert.deepStrictEqual((await inbox(account.token)).map((n) => n.title), ["for you"], "the owner's inbox is untouched")
    })
  })
})
