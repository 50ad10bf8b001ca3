/**
 * Retention through the real server, on the database it runs on, with the clock moved
 * (`TestClock`) for the pruning job: old final executions are deleted with their steps, events and
 * resume payloads, young ones and queued, running or waiting ones of any age are kept; a final child
 * of a waiting parent is kept until the parent ends; an organization's own period applies to it and
 * to no other; 1,200 old executions go in 3 statements of at most 500; on PostgreSQL two processes
 * claiming the same period prune once; a run is logged and counted. The settings endpoint: roles and
 * validation. The server runs the job itself and logs what it deleted; of two servers on one
 * PostgreSQL, one runs it.
 */
import * as Reactivity from "@effect/experimental/Reactivity"
import * as SqlClient from "@effect/sql/SqlClient"
import { PgClient } from "@effect/sql-pg"
import { afterAll, assert, beforeAll, describe, it } from "@effect/vitest"
import { Arbitrary, Context, Effect, Exit, Layer, Logger, LogLevel, Metric, Option, Redacted, Schema, Scope, TestClock, TestContext } from "effect"
import { MetricsEnabled } from "@sire/core/Telemetry"
import * as PgliteClient from "@sire/adapters/PgliteClient"
import { Days, Retention } from "../src/retention/Api.js"
import * as Job from "../src/retention/Job.js"
import * as Pruner from "../src/retention/Pruner.js"
import * as Server from "../src/Server.js"
import {
  type Account,
  type Answer,
  assertError,
  constantWorkflow,
  contractExample,
  databases,
  failingWorkflow,
  signup,
  skip,
  start,
  type TestServer
} from "./harness.js"

const api = "/api/v1"
const day = Pruner.dayMs
/** The server's own job never runs during these tests: the test runs it, at the times it chooses. */
const notNow = { retention: { firstDelayMs: 3_600_000 } }

/** trigger → waitForEvent → output. */
const waiting = {
  name: "waits",
  nodes: [
    { id: "start", type: "trigger" },
    { id: "wait", type: "waitForEvent" },
    { id: "done", type: "output", params: { value: "{{ nodes.wait }}" } }
  ],
  edges: [{ source: "start", target: "wait" }, { source: "wait", target: "done" }]
}

/** trigger → sub-workflow `childId` → waitForEvent → output. */
const parentOf = (childId: string) => ({
  name: "parent",
  nodes: [
    { id: "start", type: "trigger" },
    { id: "child", type: "workflow", params: { workflowId: childId } },
    { id: "wait", type: "waitForEvent" },
    { id: "done", type: "output", params: { value: "{{ nodes.child }}" } }
  ],
  edges: [{ source: "start", target: "child" }, { source: "child", target: "wait" }, { source: "wait", target: "done" }]
})

/** Polls `read` until `done` holds (15 s at most). */
const until = async <A>(what: string, read: () => Promise<A>, done: (value: A) => boolean): Promise<A> => {
  const deadline = Date.now() + 15_000
  while (true) {
    const value = await read()
    if (done(value)) return value
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; last: ${JSON.stringify(value)}`)
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

/** A client of the database a test server runs on, and its close. */
const databaseOf = async (
  db: "pglite" | "postgres",
  url: string | undefined,
  pglite: Context.Context<SqlClient.SqlClient> | undefined
): Promise<{ readonly sql: SqlClient.SqlClient; readonly close: () => Promise<void> }> => {
  if (db === "pglite") return { sql: Context.get(pglite!, SqlClient.SqlClient), close: async () => {} }
  const scope = Effect.runSync(Scope.make())
  const sql = await Effect.runPromise(Scope.extend(
    PgClient.make({ url: Redacted.make(url!), maxConnections: 2 }).pipe(Effect.provide(Reactivity.layer)),
    scope
  ))
  return { sql, close: () => Effect.runPromise(Scope.close(scope, Exit.void)) }
}

describe.each(databases)("retention (%s)", (db) => {
  describe.skipIf(skip(db))("", () => {
    let server: TestServer
    let sql: SqlClient.SqlClient
    let closeSql: () => Promise<void>
    const pgliteScope = Effect.runSync(Scope.make())
    beforeAll(async () => {
      if (db === "pglite") {
        const pglite = await Effect.runPromise(Layer.buildWithScope(PgliteClient.layer({}), pgliteScope))
        server = await start(db, {
          settings: notNow,
          serverLayer: (options) => Server.layer({ ...options, database: Layer.succeedContext(pglite) })
        })
        ;({ sql, close: closeSql } = await databaseOf(db, undefined, pglite))
      } else {
        server = await start(db, { settings: notNow })
        ;({ sql, close: closeSql } = await databaseOf(db, server.databaseUrl, undefined))
      }
    })
    afterAll(async () => {
      await server?.close()
      await closeSql?.()
      await Effect.runPromise(Scope.close(pgliteScope, Exit.void))
    })

    /** Runs `effect` on the server's database with the clock at `at` (unix ms). */
    const at = <A, E>(ms: number, effect: Effect.Effect<A, E, SqlClient.SqlClient>): Promise<A> =>
      Effect.runPromise(Effect.zipRight(TestClock.setTime(ms), effect).pipe(
        Effect.provideService(SqlClient.SqlClient, sql),
        Effect.provide(TestContext.TestContext)
      ))
    /** Prunes as the job would at `ms`, with the server's 30 days unless told. */
    const pruneAt = (ms: number, options: Partial<Pruner.Options> = {}) =>
      at(ms, Pruner.prune(ms, { defaultDays: 30, pauseMs: 0, ...options }))
    const count = async (table: string, executionId: string): Promise<number> => {
      const rows = await Effect.runPromise(sql<{ n: string | number }>`SELECT count(*) AS n FROM ${sql(table)} WHERE execution_id = ${executionId}`)
      return Number(rows[0]!.n)
    }
    const send = (method: string, path: string, token: string, body?: unknown): Promise<Answer> =>
      server.request(method, `${api}${path}`, { token, ...(body !== undefined ? { body } : {}) })
    const create = async (account: Account, document: unknown): Promise<string> => {
      const created = await send("POST", "/workflows", account.token, document)
      assert.strictEqual(created.status, 201, created.text)
      return created.body.id
    }
    /** Runs a workflow to its end (sync): the execution. */
    const run = async (account: Account, document: unknown, input: unknown = {}): Promise<any> => {
      const started = await send("POST", "/executions", account.token, { workflowId: await create(account, document), input, mode: "sync" })
      assert.strictEqual(started.status, 200, started.text)
      assert.include(["completed", "failed"], started.body.status, started.text)
      return started.body
    }
    const execution = (account: Account, id: string) => send("GET", `/executions/${id}`, account.token)
    const parked = (account: Account, id: string) =>
      until(`${id} to park`, () => execution(account, id), (answer) => answer.body.status === "waiting")
    const begin = async (account: Account, workflowId: string): Promise<string> => {
      const started = await send("POST", "/executions", account.token, { workflowId })
      assert.strictEqual(started.status, 201, started.text)
      return started.body.id
    }
    /** The latest end of the executions' (unix ms), read from the database. */
    const endOf = async (ids: ReadonlyArray<string>): Promise<number> => {
      const rows = await Effect.runPromise(sql<{ end: string | number }>`SELECT max(ended_at) AS end FROM sire_executions WHERE id IN ${sql.in(ids)}`)
      return Number(rows[0]!.end)
    }
    /** Copies execution `id` (its steps too) `n` times as `<id>_<i>`, with other fields replaced. */
    const clone = (id: string, n: number, fields: { status?: string; endedAt?: number | null; createdAt?: number } = {}) =>
      Effect.runPromise(sql.withTransaction(Effect.gen(function*() {
        const status = fields.status === undefined ? sql`status` : sql`${fields.status}::text`
        const ended = fields.endedAt === undefined ? sql`ended_at` : sql`${fields.endedAt}::bigint`
        const created = fields.createdAt === undefined ? sql`created_at` : sql`${fields.createdAt}::bigint`
        yield* sql`INSERT INTO sire_executions (id, organization_id, workflow_id, status, trigger, record, created_at, started_at, ended_at)
          SELECT id || '_' || g, organization_id, workflow_id, ${status}, trigger,
            record || jsonb_build_object('id', id || '_' || g, 'status', ${status}), ${created}, started_at, ${ended}
          FROM sire_executions, generate_series(1, ${n}) AS g WHERE id = ${id}`
        yield* sql`INSERT INTO sire_steps (execution_id, node_id, record)
          SELECT execution_id || '_' || g, node_id, record FROM sire_steps, generate_series(1, ${n}) AS g WHERE execution_id = ${id}`
        yield* sql`INSERT INTO sire_events (execution_id, seq, record)
          SELECT execution_id || '_' || g, seq, record FROM sire_events, generate_series(1, ${n}) AS g WHERE execution_id = ${id}`
      })))

    it("1,200 old executions are deleted in 3 statements of at most 500, with their steps and events, past older ones that stay", async () => {
      const bulk = await signup(server, "bulk")
      assert.strictEqual((await send("PUT", "/settings/retention", bulk.token, { days: 1 })).status, 200)
      const long = await signup(server, "long")
      assert.strictEqual((await send("PUT", "/settings/retention", long.token, { days: 3650 })).status, 200)
      const first = await run(bulk, contractExample, { email: "ada@acme.com" })
      await clone(first.id, 1_199)
      const ended = await endOf([first.id])
      const kept = await run(long, contractExample, { email: "ada@acme.com" })
      await clone(kept.id, 599, { endedAt: ended - 60_000 })
      assert.strictEqual((await pruneAt(ended + 23 * 3_600_000)).deleted, 0, "not a day old yet")
      const outcome = await pruneAt(ended + 2 * day, { batchSize: 500 })
      assert.deepStrictEqual(outcome, { deleted: 1_200, batches: 3, byOrganization: { [bulk.organizationId]: 1_200 } })
      const longLeft = await Effect.runPromise(sql<{ n: string | number }>`SELECT count(*) AS n FROM sire_executions WHERE organization_id = ${long.organizationId}`)
      assert.strictEqual(Number(longLeft[0]!.n), 600, "the older executions of a 10-year organization, first in line, are passed over")
      const left = await Effect.runPromise(sql<{ n: string | number }>`SELECT
          (SELECT count(*) FROM sire_executions WHERE organization_id = ${bulk.organizationId})
          + (SELECT count(*) FROM sire_steps WHERE execution_id LIKE ${`${first.id}%`})
          + (SELECT count(*) FROM sire_events WHERE execution_id LIKE ${`${first.id}%`}) AS n`)
      assert.strictEqual(Number(left[0]!.n), 0, "no execution, step or event of the organization is left")
    })

    it("old final executions go with their steps, events and resume payloads; young ones, and queued, running or waiting ones of any age, stay", async () => {
      const user = await signup(server, "keeper")
      const completed = await run(user, contractExample, { email: "ada@acme.com" })
      const failed = await run(user, failingWorkflow())
      assert.strictEqual(failed.status, "failed")
      const waitsId = await create(user, waiting)
      const parkedId = await begin(user, waitsId)
      const resumedId = await begin(user, waitsId)
      await parked(user, parkedId)
      await parked(user, resumedId)
      assert.strictEqual((await send("POST", `/executions/${resumedId}/resume`, user.token, { payload: { ok: true } })).status, 202)
      await until("the resumed execution to end", () => execution(user, resumedId), (answer) => answer.body.status === "completed")
      assert.strictEqual(await count("sire_execution_signals", resumedId), 1)
      const now = await endOf([completed.id, failed.id, resumedId])
      await clone(completed.id, 1, { status: "running", endedAt: null, createdAt: now - 400 * day })
      await clone(failed.id, 1, { status: "queued", endedAt: null, createdAt: now - 400 * day })

      const young = await pruneAt(now + 29 * day)
      assert.strictEqual(young.byOrganization[user.organizationId], undefined, "nothing is 30 days old yet")
      for (const id of [completed.id, failed.id, resumedId, parkedId]) assert.strictEqual((await execution(user, id)).status, 200)

      const old = await pruneAt(now + 31 * day)
      assert.strictEqual(old.byOrganization[user.organizationId], 3)
      for (const id of [completed.id, failed.id, resumedId]) {
        assertError(await execution(user, id), 404)
        for (const table of ["sire_steps", "sire_events", "sire_execution_signals"]) assert.strictEqual(await count(table, id), 0, `${table} of ${id}`)
      }
      const still = await execution(user, parkedId)
      assert.strictEqual(still.body.status, "waiting", "a waiting execution is never pruned")
      assert.isAbove(await count("sire_steps", `${completed.id}_1`), 0, "the running one keeps its steps")
      const kept = await Effect.runPromise(sql<{ id: string; status: string }>`SELECT id, status FROM sire_executions
        WHERE id IN (${`${completed.id}_1`}, ${`${failed.id}_1`}) ORDER BY status`)
      assert.deepStrictEqual(kept.map((row) => row.status), ["queued", "running"])

      const muchLater = await pruneAt(now + 3650 * day)
      assert.strictEqual(muchLater.byOrganization[user.organizationId], undefined, "not even ten years on")
      assert.strictEqual((await execution(user, parkedId)).body.status, "waiting")
    })

    it("a final child of a waiting parent stays until the parent ends; then they go together", async () => {
      const user = await signup(server, "family")
      const childId = await create(user, constantWorkflow("child", 42))
      const parentId = await begin(user, await create(user, parentOf(childId)))
      await parked(user, parentId)
      const children = await send("GET", `/executions/search?workflowId=${childId}`, user.token)
      assert.strictEqual(children.body.length, 1, children.text)
      const child = children.body[0].id as string
      assert.strictEqual((await execution(user, child)).body.status, "completed")

      const childEnd = await endOf([child])
      await pruneAt(childEnd + 31 * day)
      assert.strictEqual((await execution(user, child)).status, 200, "the waiting parent still reads its child")
      assert.strictEqual((await execution(user, parentId)).body.status, "waiting")

      assert.strictEqual((await send("POST", `/executions/${parentId}/resume`, user.token, { payload: {} })).status, 202)
      const done = await until("the parent to end", () => execution(user, parentId), (answer) => answer.body.status === "completed")
      assert.strictEqual(done.body.output, 42)
      const parentEnd = await endOf([parentId])
      const outcome = await pruneAt(parentEnd + 31 * day)
      assert.strictEqual(outcome.byOrganization[user.organizationId], 2)
      assertError(await execution(user, parentId), 404)
      assertError(await execution(user, child), 404)
    })

    it("an organization's own period applies to its executions and to no other organization's", async () => {
      const week = await signup(server, "week")
      const twoMonths = await signup(server, "two-months")
      const plain = await signup(server, "plain")
      assert.strictEqual((await send("PUT", "/settings/retention", week.token, { days: 7 })).status, 200)
      assert.strictEqual((await send("PUT", "/settings/retention", twoMonths.token, { days: 60 })).status, 200)
      const runs = [
        { account: week, id: (await run(week, constantWorkflow("w", 1))).id as string },
        { account: twoMonths, id: (await run(twoMonths, constantWorkflow("t", 2))).id as string },
        { account: plain, id: (await run(plain, constantWorkflow("p", 3))).id as string }
      ]
      const end = await endOf(runs.map((r) => r.id))
      const alive = async () => Promise.all(runs.map(async (r) => (await execution(r.account, r.id)).status === 200))

      await pruneAt(end + 8 * day)
      assert.deepStrictEqual(await alive(), [false, true, true], "after 8 days only the 7-day organization's run is gone")
      await pruneAt(end + 31 * day)
      assert.deepStrictEqual(await alive(), [false, true, false], "after 31 days the server's 30 days apply to the plain one, not the 60-day one")
      await pruneAt(end + 61 * day)
      assert.deepStrictEqual(await alive(), [false, false, false])
    })

    it("the settings: everyone reads, admins and owners set 1 to 3650 days or null, members and viewers are refused, bad bodies are 400", async () => {
      const owner = await signup(server, "settings")
      const other = await signup(server, "settings-other")
      const key = async (role: string): Promise<string> => {
        const created = await send("POST", "/apikeys", owner.token, { name: role, role })
        assert.strictEqual(created.status, 201, created.text)
        return created.body.key
      }
      const [viewer, member, admin] = [await key("viewer"), await key("member"), await key("admin")]
      const server30 = { days: 30, serverDays: 30, organizationDays: null }
      for (const token of [viewer, member, admin, owner.token]) {
        const read = await send("GET", "/settings/retention", token)
        assert.strictEqual(read.status, 200, read.text)
        assert.deepStrictEqual(read.body, server30)
      }
      for (const token of [viewer, member]) assertError(await send("PUT", "/settings/retention", token, { days: 7 }), 403)

      const set = await send("PUT", "/settings/retention", admin, { days: 7 })
      assert.strictEqual(set.status, 200, set.text)
      assert.deepInclude(set.body, { days: 7, serverDays: 30, organizationDays: 7, updatedBy: owner.userId })
      assert.isNumber(set.body.updatedAt)
      assert.deepInclude((await send("GET", "/settings/retention", viewer)).body, { days: 7, organizationDays: 7 })
      assert.deepStrictEqual((await send("GET", "/settings/retention", other.token)).body, server30, "another organization keeps the server's")
      assert.strictEqual((await send("PUT", "/settings/retention", owner.token, { days: 3650 })).body.days, 3650)

      for (const body of [{ days: 0 }, { days: 3651 }, { days: -1 }, { days: 2.5 }, { days: "7" }, {}, { days: 7, extra: true }, []]) {
        const refused = await send("PUT", "/settings/retention", owner.token, body)
        assert.strictEqual(refused.status, 400, JSON.stringify(body))
        assert.isString(refused.body.error)
      }
      assert.strictEqual((await send("GET", "/settings/retention", owner.token)).body.days, 3650, "refused bodies change nothing")

      const cleared = await send("PUT", "/settings/retention", owner.token, { days: null })
      assert.deepStrictEqual(cleared.body, server30)
      assert.deepStrictEqual((await send("GET", "/settings/retention", owner.token)).body, server30)
      assertError(await server.request("GET", `${api}/settings/retention`), 401)
    })

    it.skipIf(db !== "postgres")("two processes on one PostgreSQL: one of them prunes per period; a failed run gives its period back", async () => {
      const user = await signup(server, "claims")
      const done = await run(user, constantWorkflow("once", 1))
      const t = (await endOf([done.id])) + 4000 * day
      const second = await databaseOf(db, server.databaseUrl, undefined)
      try {
        const runIn = (client: SqlClient.SqlClient, ms: number, processId: string) =>
          Effect.runPromise(Effect.zipRight(TestClock.setTime(ms), Job.runIfDue({ defaultDays: 30, pauseMs: 0, processId })).pipe(
            Effect.provideService(SqlClient.SqlClient, client),
            Effect.provide(TestContext.TestContext),
            Logger.withMinimumLogLevel(LogLevel.Warning)
          ))
        const both = await Promise.all([runIn(sql, t, "a"), runIn(second.sql, t, "b")])
        assert.strictEqual(both.filter(Option.isSome).length, 1, "one process claims the period")
        const pruned = both.find(Option.isSome)!.value
        assert.strictEqual(pruned.byOrganization[user.organizationId], 1)
        const later = await Promise.all([runIn(sql, t + 30 * 60_000, "a"), runIn(second.sql, t + 59 * 60_000, "b")])
        assert.isTrue(later.every(Option.isNone), "nobody runs again within the hour")
        const next = await Promise.all([runIn(sql, t + 3_600_000, "a"), runIn(second.sql, t + 3_600_000, "b")])
        assert.strictEqual(next.filter(Option.isSome).length, 1, "the next period is claimed once too")

        const failing = t + 2 * 3_600_000
        await Effect.runPromise(sql`ALTER TABLE sire_execution_signals RENAME TO sire_execution_signals_away`)
        const failed = await runIn(sql, failing, "a").then(() => "ran", () => "failed")
        await Effect.runPromise(sql`ALTER TABLE sire_execution_signals_away RENAME TO sire_execution_signals`)
        assert.strictEqual(failed, "failed")
        assert.isTrue(Option.isSome(await runIn(second.sql, failing + 60_000, "b")), "a failed run gives its period back")
      } finally {
        await second.close()
      }
    })

    it("the job logs what it deleted and counts it in sire.retention.deleted when metrics are on", async () => {
      const user = await signup(server, "counted")
      const runs = [await run(user, constantWorkflow("a", 1)), await run(user, constantWorkflow("b", 2))]
      const t = (await endOf(runs.map((r) => r.id))) + 6000 * day
      const logs: Array<string> = []
      const counted = () => Effect.runPromise(Metric.value(Job.deletedCounter)).then((state) => Number(state.count))
      const before = await counted()
      const outcome = await at(t, Job.runIfDue({ defaultDays: 30, pauseMs: 0 }).pipe(
        Effect.provideService(MetricsEnabled, true),
        Effect.provide(Logger.replace(Logger.defaultLogger, Logger.map(Logger.logfmtLogger, (line) => void logs.push(line))))
      ))
      assert.isTrue(Option.isSome(outcome))
      const deleted = Option.getOrThrow(outcome).deleted
      assert.strictEqual(Option.getOrThrow(outcome).byOrganization[user.organizationId], 2)
      assert.strictEqual(await counted() - before, deleted)
      assert.isTrue(logs.some((line) => line.includes(`Retention deleted ${deleted} executions in`)), logs.join("\n"))
    })
  })
})

describe("the retention schemas", () => {
  it.prop("decoding what was encoded gives it back (the answer and the body)", [Arbitrary.make(Retention), Arbitrary.make(Schema.Struct({ days: Schema.NullOr(Days) }))], ([answer, body]) => {
    assert.deepStrictEqual(Schema.decodeSync(Retention)(Schema.encodeSync(Retention)(answer)), answer)
    assert.deepStrictEqual(Schema.decodeUnknownSync(Schema.Struct({ days: Schema.NullOr(Days) }))(JSON.parse(JSON.stringify(body))), body)
  })
})

describe("the server's retention job", () => {
  it.skipIf(skip("postgres"))("two servers on one PostgreSQL: one of them runs it in the hour", async () => {
    const [first, second]: Array<Array<string>> = [[], []]
    const settings = { retention: { firstDelayMs: 0 } }
    const a = await start("postgres", { logs: first, settings })
    const b = await start("postgres", { logs: second, settings, databaseUrl: a.databaseUrl! })
    try {
      const ran = (logs: Array<string>) => logs.filter((line) => line.includes("Retention deleted")).length
      await until("a retention run", async () => ran(first) + ran(second), (n) => n > 0)
      await new Promise((resolve) => setTimeout(resolve, 1_500))
      assert.strictEqual(ran(first) + ran(second), 1, "one run for the hour across both servers")
      assert.isFalse([...first, ...second].some((line) => line.includes("retention round failed")), "it waits for the storage's tables")
    } finally {
      await b.close()
      await a.close()
    }
  })

  it("runs once the server has started and logs what it deleted", async () => {
    const logs: Array<string> = []
    const server = await start("pglite", { logs, settings: { retention: { firstDelayMs: 0 } } })
    try {
      await until("the retention log line", async () => logs.filter((line) => line.includes("Retention deleted")), (lines) => lines.length > 0)
      const line = logs.find((l) => l.includes("Retention deleted"))!
      assert.include(line, "Retention deleted 0 executions in 0 batches")
      assert.include(line, "defaultDays=30")
    } finally {
      await server.close()
    }
  })
})
