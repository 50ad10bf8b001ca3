/**
 * Schedule triggers through the real server, with per-second crons (six fields) so that slots come
 * quickly: `nextRunAt` in the workflow's triggers (in the trigger's timezone), invalid crons and
 * timezones refused with details, one run per slot (input `{ scheduledAt }`, trigger `schedule`)
 * with one server and with two on one PostgreSQL, deletion stopping the schedule, and slots missed
 * while every server was down: `skip` runs none of them, `runOnce` exactly one.
 */
import { afterAll, assert, beforeAll, describe, it } from "@effect/vitest"
import { mkdtempSync, readFileSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import * as PgliteClient from "@sire/adapters/PgliteClient"
import * as Server from "../src/Server.js"
import {
  type Account,
  type Database,
  databases,
  freshSchema,
  signup,
  skip,
  start,
  type StartOptions,
  type TestServer,
  until
} from "./harness.js"

const api = "/api/v1"
const everySecond = "*/1 * * * * *"

/** The runnable example of a scheduled workflow. */
const example: Record<string, unknown> = JSON.parse(
  readFileSync(fileURLToPath(new URL("../../../examples/workflows/schedule-trigger.json", import.meta.url)), "utf8")
)

/** A workflow run on `cron` that outputs its input. */
const scheduled = (name: string, cron: string, params: Record<string, unknown> = {}) => ({
  name,
  nodes: [
    { id: "tick", type: "trigger", params: { kind: "schedule", cron, ...params } },
    { id: "done", type: "output", params: { value: "{{ input }}" } }
  ],
  edges: [{ source: "tick", target: "done" }]
})

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

interface Run {
  readonly id: string
  readonly trigger: string
  readonly input: { readonly scheduledAt: number; readonly missed?: boolean }
  readonly idempotencyKey?: string
}

/** The scheduled runs of a workflow. */
const runsOf = async (server: TestServer, account: Account, workflowId: string): Promise<ReadonlyArray<Run>> => {
  const answer = await server.request("GET", `${api}/executions/search?workflowId=${workflowId}&trigger=schedule&limit=100`, {
    token: account.token
  })
  assert.strictEqual(answer.status, 200, answer.text)
  return answer.body
}

/** Asserts one run per slot, over consecutive slots (every second): the slots, in order. */
const assertOncePerSlot = (runs: ReadonlyArray<Run>): Array<number> => {
  const slots = runs.map((run) => run.input.scheduledAt).sort((a, b) => a - b)
  assert.strictEqual(new Set(slots).size, slots.length, `one run per slot: ${slots.join(", ")}`)
  assert.strictEqual(slots[slots.length - 1]! - slots[0]! + 1, slots.length, `no slot left out: ${slots.join(", ")}`)
  for (const run of runs) {
    assert.strictEqual(run.trigger, "schedule")
    assert.strictEqual(run.idempotencyKey?.endsWith(`:${run.input.scheduledAt}`), true, run.idempotencyKey)
  }
  return slots
}

describe.each(databases)("schedule triggers on %s", (database) => {
  describe.skipIf(skip(database))("", () => {
    let server: TestServer
    let user: Account
    beforeAll(async () => {
      server = await start(database)
      user = await signup(server, "schedules")
    })
    afterAll(async () => {
      await server?.close()
    })
    const create = (body: unknown) => server.request("POST", `${api}/workflows`, { token: user.token, body })

    it("lists nextRunAt (unix seconds) for schedule triggers, computed in the trigger's timezone", async () => {
      const before = Math.floor(Date.now() / 1000)
      const created = await create(example)
      assert.strictEqual(created.status, 201, created.text)
      const [trigger] = created.body.triggers
      assert.deepStrictEqual(Object.keys(trigger).sort(), ["kind", "nextRunAt", "nodeId"])
      const at = new Date(trigger.nextRunAt * 1000)
      const paris = new Intl.DateTimeFormat("en-GB", {
        timeZone: "Europe/Paris", weekday: "short", hour: "2-digit", minute: "2-digit", second: "2-digit", hourCycle: "h23"
      }).format(at)
      assert.match(paris, /^(Mon|Tue|Wed|Thu|Fri) 09:00:00$/, paris)
      assert.isAbove(trigger.nextRunAt, before)
      assert.isAtMost(trigger.nextRunAt, before + 4 * 86_400)
      const ran = await server.request("POST", `${api}/workflows/${created.body.id}/execute`, {
        token: user.token,
        body: { input: { scheduledAt: 1_700_000_000 }, mode: "sync", trigger: "manual" }
      })
      assert.deepStrictEqual(ran.body.output, { slot: 1_700_000_000, late: false }, ran.text)

      // 09:30 in Kolkata (UTC+05:30, no daylight saving) is 04:00 UTC: the next one after now.
      const kolkata = await create(scheduled("kolkata", "30 9 * * *", { timezone: "Asia/Kolkata" }))
      const today = new Date()
      today.setUTCHours(4, 0, 0, 0)
      const expected = today.getTime() > Date.now() ? today.getTime() : today.getTime() + 86_400_000
      assert.strictEqual(kolkata.body.triggers[0].nextRunAt, expected / 1000)
      const utc = await create(scheduled("new year", "0 0 1 1 *"))
      assert.strictEqual(utc.body.triggers[0].nextRunAt, Date.UTC(new Date().getUTCFullYear() + 1, 0, 1) / 1000, "UTC by default")
      const got = await server.request("GET", `${api}/workflows/${kolkata.body.id}`, { token: user.token })
      assert.deepStrictEqual(got.body.triggers, kolkata.body.triggers)
      const listed = await server.request("GET", `${api}/workflows?limit=100`, { token: user.token })
      assert.deepStrictEqual(listed.body.find((w: { id: string }) => w.id === utc.body.id).triggers, utc.body.triggers)
    })

    it("an invalid cron or timezone, or a schedule without a cron, is 400 with details on create and update", async () => {
      const badCron = await create(scheduled("bad cron", "61 * * * *"))
      assert.strictEqual(badCron.status, 400, badCron.text)
      assert.deepStrictEqual(badCron.body.details.map((d: { path: string; nodeId: string }) => [d.path, d.nodeId]), [["nodes.0.params.cron", "tick"]])
      assert.match(badCron.body.details[0].message, /minute/)
      const badZone = await create(scheduled("bad zone", "0 9 * * *", { timezone: "Mars/Olympus" }))
      assert.strictEqual(badZone.status, 400, badZone.text)
      assert.deepStrictEqual(badZone.body.details.map((d: { path: string }) => d.path), ["nodes.0.params.timezone"])
      const both = await create(scheduled("both", "every day", { timezone: "Nowhere" }))
      assert.strictEqual(both.body.details.length, 2, "every problem listed")
      const none = await create({ ...scheduled("none", ""), nodes: [{ id: "tick", type: "trigger", params: { kind: "schedule" } }], edges: [] })
      assert.strictEqual(none.status, 400, none.text)
      assert.strictEqual(none.body.details[0].path, "nodes.0.params.cron")

      const good = await create(scheduled("good", "0 9 * * *"))
      assert.strictEqual(good.status, 201, good.text)
      const update = await server.request("PUT", `${api}/workflows/${good.body.id}`, {
        token: user.token,
        body: scheduled("good", "0 9 * * *", { timezone: "Europe/Nowhere" })
      })
      assert.strictEqual(update.status, 400, update.text)
      assert.strictEqual(update.body.details[0].path, "nodes.0.params.timezone")
      const kept = await server.request("GET", `${api}/workflows/${good.body.id}`, { token: user.token })
      assert.strictEqual(kept.body.revision, 1, "a refused update changes nothing")
    })

    it("runs once per slot with input { scheduledAt }, follows cron updates once published, and stops when the workflow is deleted", async () => {
      const created = await create(scheduled("every second", everySecond))
      assert.strictEqual(created.status, 201, created.text)
      const id = created.body.id
      await until("four runs", async () => (await runsOf(server, user, id)).length >= 4)
      const yearly = await server.request("PUT", `${api}/workflows/${id}`, { token: user.token, body: scheduled("yearly now", "0 0 1 1 *") })
      assert.strictEqual(yearly.status, 200, yearly.text)
      const publishedYearly = await server.request("POST", `${api}/workflows/${id}/publish`, { token: user.token })
      assert.strictEqual(publishedYearly.status, 200, publishedYearly.text)
      await sleep(300)
      const atUpdate = (await runsOf(server, user, id)).length
      await sleep(2_000)
      assert.strictEqual((await runsOf(server, user, id)).length, atUpdate, "the new cron applies at once")
      const again = await server.request("PUT", `${api}/workflows/${id}`, { token: user.token, body: scheduled("every second", everySecond) })
      assert.strictEqual(again.status, 200, again.text)
      const publishedAgain = await server.request("POST", `${api}/workflows/${id}/publish`, { token: user.token })
      assert.strictEqual(publishedAgain.status, 200, publishedAgain.text)
      await until("runs again", async () => (await runsOf(server, user, id)).length >= atUpdate + 2)
      assert.strictEqual((await server.request("DELETE", `${api}/workflows/${id}`, { token: user.token })).status, 204)
      await sleep(300)
      const runs = await runsOf(server, user, id)
      await sleep(2_000)
      assert.strictEqual((await runsOf(server, user, id)).length, runs.length, "no run after the deletion")
      const slots = runs.map((run) => run.input.scheduledAt)
      assert.strictEqual(new Set(slots).size, slots.length, "one run per slot")
      for (const run of runs) {
        assert.strictEqual(run.trigger, "schedule")
        assert.deepStrictEqual(Object.keys(run.input), ["scheduledAt"])
      }
      const first = await server.request("GET", `${api}/executions/${runs[runs.length - 1]!.id}`, { token: user.token })
      assert.strictEqual(first.body.status, "completed", first.text)
      assert.deepStrictEqual(first.body.output, first.body.input)
    })
  })
})

describe.skipIf(skip("postgres"))("schedule triggers with two servers on one PostgreSQL", () => {
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

  it("every slot starts exactly one run, whichever server claims it", async () => {
    const user = await signup(a, "schedules-cluster")
    const created = await a.request("POST", `${api}/workflows`, { token: user.token, body: scheduled("cluster", everySecond) })
    const other = await b.request("POST", `${api}/workflows`, { token: user.token, body: scheduled("cluster 2", everySecond) })
    assert.strictEqual(created.status, 201, created.text)
    await until("six runs of each", async () =>
      (await runsOf(a, user, created.body.id)).length >= 6 && (await runsOf(b, user, other.body.id)).length >= 6)
    for (const workflow of [created.body, other.body]) {
      assert.strictEqual((await b.request("DELETE", `${api}/workflows/${workflow.id}`, { token: user.token })).status, 204)
    }
    await sleep(500)
    for (const workflow of [created.body, other.body]) {
      const slots = assertOncePerSlot(await runsOf(a, user, workflow.id))
      assert.isAtLeast(slots.length, 6)
    }
  })
})

/** A database that outlives its servers: a PostgreSQL schema of our own, or a PGlite directory. */
const durable = async (database: Database): Promise<{ readonly options: StartOptions; readonly drop: () => Promise<void> }> => {
  if (database === "pglite") {
    const dataDir = mkdtempSync(join(tmpdir(), "sire-schedules-"))
    return {
      options: { serverLayer: (options) => Server.layer({ ...options, database: PgliteClient.layer({ dataDir }) }) },
      drop: async () => rmSync(dataDir, { recursive: true, force: true })
    }
  }
  const schema = await freshSchema()
  return { options: { databaseUrl: schema.url }, drop: schema.drop }
}

describe.each(databases)("slots missed while no server ran, on %s", (database) => {
  describe.skipIf(skip(database))("", () => {
    it("after a restart, skip starts none of the missed slots and runOnce exactly one; both go on at the next slot", async () => {
      const store = await durable(database)
      const options: StartOptions = { ...store.options, settings: { scheduleGraceMs: 1_000 } }
      let server: TestServer | undefined
      try {
        server = await start(database, options)
        const user = await signup(server, "missed")
        const create = async (body: unknown) => {
          const created = await server!.request("POST", `${api}/workflows`, { token: user.token, body })
          assert.strictEqual(created.status, 201, created.text)
          return created.body.id as string
        }
        const skipping = await create(scheduled("skip", everySecond))
        const once = await create(scheduled("once", everySecond, { missed: "runOnce" }))
        await until("runs before the stop", async () =>
          (await runsOf(server!, user, skipping)).length >= 2 && (await runsOf(server!, user, once)).length >= 2)
        const stoppedAt = Date.now()
        await server.close()
        server = undefined
        await sleep(5_000)
        const restartedAt = Date.now()
        server = await start(database, options)
        const resumed = Math.floor(restartedAt / 1000) + 1
        await until("runs after the restart", async () =>
          (await runsOf(server!, user, skipping)).some((run) => run.input.scheduledAt > resumed) &&
          (await runsOf(server!, user, once)).some((run) => run.input.scheduledAt > resumed))
        for (const id of [skipping, once]) await server.request("DELETE", `${api}/workflows/${id}`, { token: user.token })

        const missedSlot = (slot: number) => slot >= Math.ceil(stoppedAt / 1000) + 1 && slot <= Math.floor(restartedAt / 1000) - 2
        assert.isAtLeast(Math.floor(restartedAt / 1000) - 2 - (Math.ceil(stoppedAt / 1000) + 1), 1, "some slots were missed")
        const skipped = await runsOf(server, user, skipping)
        assert.deepStrictEqual(skipped.filter((run) => missedSlot(run.input.scheduledAt) || run.input.missed), [], "skip: none")
        const caught = await runsOf(server, user, once)
        const catchUp = caught.filter((run) => run.input.missed === true)
        assert.strictEqual(catchUp.length, 1, "runOnce: exactly one run for the missed slots")
        assert.isAtMost(catchUp[0]!.input.scheduledAt, Math.floor(restartedAt / 1000))
        assert.deepStrictEqual(caught.filter((run) => missedSlot(run.input.scheduledAt) && run.input.missed !== true), [], "and no other")
        for (const runs of [skipped, caught]) {
          const slots = runs.map((run) => run.input.scheduledAt)
          assert.strictEqual(new Set(slots).size, slots.length, "one run per slot")
        }
      } finally {
        await server?.close()
        await store.drop()
      }
    })
  })
})
