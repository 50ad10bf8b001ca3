/**
 * Operating schedules through the real server: the organization's schedules listed with their next
 * runs (paged, filtered by workflow, no other organization's), pause (no run at the next slots, kept
 * across saves that keep the node, even one that changes the cron) and resume (runs again from the
 * next slot, none for the paused ones), "run now" (one execution with the scheduler's trigger and
 * input, paused or not, `nextRunAt` unmoved, counted against the quota: 402 once spent), and 404s
 * for another organization's ids, unknown ones and nodes that are not schedule triggers; viewers
 * list but do not pause, resume or run. With two servers on one PostgreSQL, a pause made on one
 * holds on both.
 */
import { afterAll, assert, beforeAll, describe, it } from "@effect/vitest"
import {
  type Account,
  assertError,
  databases,
  nextLink,
  signup,
  skip,
  start,
  type TestServer,
  until
} from "./harness.js"

const api = "/api/v1"
const everySecond = "*/1 * * * * *"
const yearly = "0 0 1 1 *"

/** A workflow with one schedule trigger node per entry of `crons` (`tick`, `tick2`, …) feeding an output of its input. */
const scheduled = (name: string, ...crons: ReadonlyArray<string | Record<string, unknown>>) => ({
  name,
  nodes: [
    ...crons.map((cron, i) => ({
      id: i === 0 ? "tick" : `tick${i + 1}`,
      type: "trigger",
      params: typeof cron === "string" ? { kind: "schedule", cron } : { kind: "schedule", ...cron }
    })),
    { id: "done", type: "output", params: { value: "{{ input }}" } }
  ],
  edges: crons.map((_, i) => ({ source: i === 0 ? "tick" : `tick${i + 1}`, target: "done" }))
})

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

interface Run {
  readonly id: string
  readonly trigger: string
  readonly input: { readonly scheduledAt: number; readonly missed?: boolean }
}

interface Listed {
  readonly workflowId: string
  readonly workflowName: string
  readonly nodeId: string
  readonly cron: string
  readonly timezone: string
  readonly missed: string
  readonly paused: boolean
  readonly nextRunAt: number | null
}

describe.each(databases)("operating schedules on %s", (database) => {
  describe.skipIf(skip(database))("", () => {
    let server: TestServer
    beforeAll(async () => {
      server = await start(database)
    })
    afterAll(async () => {
      await server?.close()
    })

    const create = async (account: Account, body: unknown): Promise<string> => {
      const created = await server.request("POST", `${api}/workflows`, { token: account.token, body })
      assert.strictEqual(created.status, 201, created.text)
      return created.body.id
    }
    /** Every execution of a workflow (newest first). */
    const runsOf = async (account: Account, workflowId: string): Promise<ReadonlyArray<Run>> => {
      const answer = await server.request("GET", `${api}/executions/search?workflowId=${workflowId}&limit=100`, { token: account.token })
      assert.strictEqual(answer.status, 200, answer.text)
      return answer.body
    }
    /** Every schedule of the caller's organization, following `Link` from `first`. */
    const listAll = async (token: string, first = `${api}/schedules?limit=2`): Promise<Array<Listed>> => {
      const out: Array<Listed> = []
      let next: string | undefined = first
      while (next !== undefined) {
        const page = await server.request("GET", next, { token })
        assert.strictEqual(page.status, 200, page.text)
        out.push(...page.body)
        next = nextLink(page)
      }
      return out
    }
    const act = (account: Account | string, workflowId: string, nodeId: string, action: "pause" | "resume" | "run") =>
      server.request("POST", `${api}/workflows/${workflowId}/schedules/${encodeURIComponent(nodeId)}/${action}`, {
        token: typeof account === "string" ? account : account.token
      })

    it("lists the organization's schedules with their next runs, paged by workflow and node, filtered by workflow", async () => {
      const owner = await signup(server, "list")
      const other = await signup(server, "list-other")
      const two = await create(owner, scheduled("two schedules", yearly, { cron: "30 9 * * *", timezone: "Asia/Kolkata", missed: "runOnce" }))
      const one = await create(owner, scheduled("one schedule", "0 12 * * 1"))
      await create(owner, { name: "manual", nodes: [{ id: "start", type: "trigger" }], edges: [] })
      await create(other, scheduled("theirs", yearly))

      const listed = await listAll(owner.token)
      assert.deepStrictEqual(listed.map((s) => `${s.workflowId}/${s.nodeId}`), [
        ...[`${two}/tick`, `${two}/tick2`, `${one}/tick`].sort()
      ], "every schedule of the organization once, by workflow then node id; no other organization's")
      const kolkata = listed.find((s) => s.workflowId === two && s.nodeId === "tick2")!
      assert.deepStrictEqual({ ...kolkata, nextRunAt: 0 }, {
        workflowId: two, workflowName: "two schedules", nodeId: "tick2", cron: "30 9 * * *", timezone: "Asia/Kolkata",
        missed: "runOnce", paused: false, nextRunAt: 0
      })
      for (const schedule of listed) {
        const workflow = await server.request("GET", `${api}/workflows/${schedule.workflowId}`, { token: owner.token })
        const trigger = workflow.body.triggers.find((t: { nodeId: string }) => t.nodeId === schedule.nodeId)
        assert.strictEqual(schedule.nextRunAt, trigger.nextRunAt, "the next run the workflow shows")
        assert.isAbove(schedule.nextRunAt!, Math.floor(Date.now() / 1000))
      }
      const filtered = await listAll(owner.token, `${api}/schedules?workflowId=${two}`)
      assert.deepStrictEqual(filtered.map((s) => s.nodeId), ["tick", "tick2"])
      assert.deepStrictEqual(await listAll(owner.token, `${api}/schedules?workflowId=wf_nothing`), [])
      assert.deepStrictEqual((await listAll(other.token)).map((s) => s.workflowName), ["theirs"])
    })

    it("pause stops the runs, holds across saves, and resume runs again from the next slot without the paused ones", async () => {
      const owner = await signup(server, "pause")
      const id = await create(owner, scheduled("every second", everySecond))
      await until("two runs", async () => (await runsOf(owner, id)).length >= 2)

      const paused = await act(owner, id, "tick", "pause")
      assert.strictEqual(paused.status, 200, paused.text)
      const pausedAt = Date.now()
      assert.deepStrictEqual(paused.body, {
        workflowId: id, workflowName: "every second", nodeId: "tick", cron: everySecond, timezone: "UTC",
        missed: "skip", paused: true, nextRunAt: null
      })
      assert.deepStrictEqual((await act(owner, id, "tick", "pause")).body, paused.body, "pausing again changes nothing")
      await sleep(300)
      const atPause = (await runsOf(owner, id)).length

      // A save published that keeps the node keeps the pause, even when it changes the cron.
      const draft = await server.request("PUT", `${api}/workflows/${id}`, { token: owner.token, body: scheduled("renamed", "*/2 * * * * *") })
      assert.strictEqual(draft.status, 200, draft.text)
      const saved = await server.request("POST", `${api}/workflows/${id}/publish`, { token: owner.token })
      assert.strictEqual(saved.status, 200, saved.text)
      assert.deepStrictEqual(saved.body.triggers, [{ nodeId: "tick", kind: "schedule", paused: true }], "no next run while paused")
      const kept = await listAll(owner.token, `${api}/schedules?workflowId=${id}`)
      assert.deepStrictEqual(kept.map((s) => [s.workflowName, s.cron, s.paused, s.nextRunAt]), [["renamed", "*/2 * * * * *", true, null]])
      const back = await server.request("PUT", `${api}/workflows/${id}`, { token: owner.token, body: scheduled("every second", everySecond) })
      assert.strictEqual(back.status, 200, back.text)
      assert.strictEqual((await server.request("POST", `${api}/workflows/${id}/publish`, { token: owner.token })).status, 200)
      await sleep(2_500)
      assert.strictEqual((await runsOf(owner, id)).length, atPause, "no run while paused")

      const resumedAt = Date.now()
      const resumed = await act(owner, id, "tick", "resume")
      assert.strictEqual(resumed.status, 200, resumed.text)
      assert.strictEqual(resumed.body.paused, false)
      assert.isAbove(resumed.body.nextRunAt, Math.floor(resumedAt / 1000) - 1)
      assert.isAtMost(resumed.body.nextRunAt, Math.floor(Date.now() / 1000) + 1)
      assert.deepStrictEqual((await act(owner, id, "tick", "resume")).body.paused, false, "resuming again changes nothing")
      await until("runs after the resume", async () => (await runsOf(owner, id)).length >= atPause + 2)
      const runs = await runsOf(owner, id)
      const slots = runs.map((run) => run.input.scheduledAt)
      assert.strictEqual(new Set(slots).size, slots.length, "one run per slot")
      const inPause = slots.filter((slot) => slot * 1000 > pausedAt + 1_000 && slot * 1000 < resumedAt - 1_000)
      assert.deepStrictEqual(inPause, [], "no slot of the pause was run")
      for (const run of runs) assert.deepStrictEqual([run.trigger, Object.keys(run.input)], ["schedule", ["scheduledAt"]])

      // A save published that removes the node removes the schedule.
      const removed = await server.request("PUT", `${api}/workflows/${id}`, {
        token: owner.token,
        body: { name: "manual now", nodes: [{ id: "start", type: "trigger" }], edges: [] }
      })
      assert.strictEqual(removed.status, 200, removed.text)
      assert.strictEqual((await server.request("POST", `${api}/workflows/${id}/publish`, { token: owner.token })).status, 200)
      assert.deepStrictEqual(await listAll(owner.token, `${api}/schedules?workflowId=${id}`), [])
      assertError(await act(owner, id, "tick", "pause"), 404)
      await sleep(300)
      const atRemoval = (await runsOf(owner, id)).length
      await sleep(1_500)
      assert.strictEqual((await runsOf(owner, id)).length, atRemoval, "no run once the node is gone")
    })

    it("run now starts one execution as a slot would (trigger schedule, input { scheduledAt }), paused or not, nextRunAt unmoved", async () => {
      const owner = await signup(server, "run-now")
      const id = await create(owner, scheduled("yearly", yearly))
      const [before] = await listAll(owner.token)
      const startedAt = Math.floor(Date.now() / 1000)
      const ran = await act(owner, id, "tick", "run")
      assert.strictEqual(ran.status, 202, ran.text)
      assert.deepStrictEqual(Object.keys(ran.body), ["executionId"])
      const runs = await runsOf(owner, id)
      assert.deepStrictEqual(runs.map((run) => run.id), [ran.body.executionId], "exactly one execution")
      assert.strictEqual(runs[0]!.trigger, "schedule")
      assert.deepStrictEqual(Object.keys(runs[0]!.input), ["scheduledAt"])
      assert.isAtLeast(runs[0]!.input.scheduledAt, startedAt)
      assert.isAtMost(runs[0]!.input.scheduledAt, Math.floor(Date.now() / 1000))
      await until("the run completes", async () =>
        (await server.request("GET", `${api}/executions/${ran.body.executionId}`, { token: owner.token })).body.status === "completed")
      const done = await server.request("GET", `${api}/executions/${ran.body.executionId}`, { token: owner.token })
      assert.deepStrictEqual(done.body.output, done.body.input)
      assert.deepStrictEqual(await listAll(owner.token), [before!], "nextRunAt unmoved")
      const workflow = await server.request("GET", `${api}/workflows/${id}`, { token: owner.token })
      assert.deepStrictEqual(workflow.body.triggers, [{ nodeId: "tick", kind: "schedule", nextRunAt: before!.nextRunAt }])

      assert.strictEqual((await act(owner, id, "tick", "pause")).status, 200)
      const whilePaused = await act(owner, id, "tick", "run")
      assert.strictEqual(whilePaused.status, 202, whilePaused.text)
      assert.notStrictEqual(whilePaused.body.executionId, ran.body.executionId)
      assert.strictEqual((await runsOf(owner, id)).length, 2)
      assert.deepStrictEqual((await listAll(owner.token)).map((s) => [s.paused, s.nextRunAt]), [[true, null]], "still paused")
      const pausedWorkflow = await server.request("GET", `${api}/workflows/${id}`, { token: owner.token })
      assert.deepStrictEqual(pausedWorkflow.body.triggers, [{ nodeId: "tick", kind: "schedule", paused: true }])
    })

    it("another organization's schedule, an unknown workflow and a node that is no schedule trigger are 404; viewers list only", async () => {
      const owner = await signup(server, "scoped")
      const stranger = await signup(server, "stranger")
      const id = await create(owner, scheduled("scoped", yearly))
      const message = (answer: { body: { error: string } }, workflowId: string) => answer.body.error.replace(workflowId, "<id>")
      for (const action of ["pause", "resume", "run"] as const) {
        const theirs = await act(stranger, id, "tick", action)
        assertError(theirs, 404)
        const unknown = await act(stranger, "wf_0000000000000000", "tick", action)
        assertError(unknown, 404)
        assert.strictEqual(message(theirs, id), message(unknown, "wf_0000000000000000"), "another organization's is as unknown")
        assertError(await act(owner, id, "done", action), 404)
        assertError(await act(owner, id, "nope", action), 404)
        assertError(await act(owner, "not-a-workflow", "tick", action), 404)
      }
      assert.deepStrictEqual(await runsOf(owner, id), [], "nothing started")
      assert.deepStrictEqual(await listAll(stranger.token), [])
      assert.deepStrictEqual((await listAll(owner.token)).map((s) => s.paused), [false], "nothing paused")

      const key = await server.request("POST", `${api}/apikeys`, { token: owner.token, body: { name: "viewer", role: "viewer" } })
      assert.strictEqual(key.status, 201, key.text)
      assert.deepStrictEqual((await listAll(key.body.key)).map((s) => s.workflowId), [id])
      for (const action of ["pause", "resume", "run"] as const) assertError(await act(key.body.key, id, "tick", action), 403)
      assert.deepStrictEqual(await runsOf(owner, id), [])
      const member = await server.request("POST", `${api}/apikeys`, { token: owner.token, body: { name: "member", role: "member" } })
      assert.strictEqual((await act(member.body.key, id, "tick", "pause")).status, 200, "members may")
    })
  })
})

describe.each(databases)("run now against the quota on %s", (database) => {
  describe.skipIf(skip(database))("", () => {
    let server: TestServer
    beforeAll(async () => {
      server = await start(database, { freeTierExecutions: 2 })
    })
    afterAll(async () => {
      await server?.close()
    })

    it("counts like any start: once the month's quota is spent, run now is 402 with the plan's figures and starts nothing", async () => {
      const owner = await signup(server, "quota")
      const created = await server.request("POST", `${api}/workflows`, { token: owner.token, body: scheduled("quota", yearly) })
      assert.strictEqual(created.status, 201, created.text)
      const run = () => server.request("POST", `${api}/workflows/${created.body.id}/schedules/tick/run`, { token: owner.token })
      assert.strictEqual((await run()).status, 202)
      assert.strictEqual((await run()).status, 202)
      const refused = await run()
      assert.strictEqual(refused.status, 402, refused.text)
      assert.deepStrictEqual(refused.body, { error: "free tier limit reached", limit: 2, current: 2, upgrade: "/api/v1/billing/checkout" })
      const runs = await server.request("GET", `${api}/executions?limit=100`, { token: owner.token })
      assert.strictEqual(runs.body.length, 2)
      const direct = await server.request("POST", `${api}/executions`, { token: owner.token, body: { workflowId: created.body.id } })
      assert.strictEqual(direct.status, 402, "the same quota as every start")
    })
  })
})

describe.skipIf(skip("postgres"))("a pause with two servers on one PostgreSQL", () => {
  let a: TestServer
  let b: TestServer
  beforeAll(async () => {
    a = await start("postgres")
    b = await start("postgres", { databaseUrl: a.databaseUrl! })
  })
  afterAll(async () => {
    await b?.close()
    await a?.close()
  })

  it("paused on one server, neither starts a run; resumed on the other, the slots run again once each", async () => {
    const owner = await signup(a, "pause-cluster")
    const created = await a.request("POST", `${api}/workflows`, { token: owner.token, body: scheduled("cluster", everySecond) })
    assert.strictEqual(created.status, 201, created.text)
    const id: string = created.body.id
    const runs = async (): Promise<ReadonlyArray<Run>> =>
      (await b.request("GET", `${api}/executions/search?workflowId=${id}&limit=100`, { token: owner.token })).body
    await until("two runs", async () => (await runs()).length >= 2)
    assert.strictEqual((await a.request("POST", `${api}/workflows/${id}/schedules/tick/pause`, { token: owner.token })).status, 200)
    await sleep(300)
    const atPause = (await runs()).length
    await sleep(2_500)
    assert.strictEqual((await runs()).length, atPause, "no server ran a paused schedule")
    const resumed = await b.request("POST", `${api}/workflows/${id}/schedules/tick/resume`, { token: owner.token })
    assert.strictEqual(resumed.status, 200, resumed.text)
    await until("runs after the resume", async () => (await runs()).length >= atPause + 3)
    assert.strictEqual((await a.request("DELETE", `${api}/workflows/${id}`, { token: owner.token })).status, 204)
    const slots = (await runs()).map((run) => run.input.scheduledAt)
    assert.strictEqual(new Set(slots).size, slots.length, `one run per slot: ${slots.join(", ")}`)
  })
})
