/**
 * What a sync execution costs the database, counted at the driver (`pg`'s `Client#query` on
 * PostgreSQL; on PGlite, the Query and Execute messages of every protocol exchange, through which
 * `query`, `exec` and the client's prepared statements all pass): the CONTRACT example started with an API key and answered
 * finished is one statement to start it (quota, execution, queued event, job claimed here) and
 * one to end it (steps, events, final status, job removed) — the key, the rate limit and the
 * workflow come from memory. A later change that brings a round trip back fails here.
 */
import { PGlite } from "@electric-sql/pglite"
import { afterAll, assert, beforeAll, describe, it } from "@effect/vitest"
import pg from "pg"
import { contractExample, databases, signup, skip, start, type TestServer } from "./harness.js"

/**
 * Statements sent by any driver in this process since the last reset: the execution's own, and the
 * shared rate limiter's write-behind (`sire_rate_limits`, on PostgreSQL), counted apart — one
 * statement every 20 ms at most for all requests in flight, which lands in a request's window or
 * not depending on how long the request takes.
 */
const counter = { statements: 0, rateLimitWrites: 0 }
const sqlText = (query: unknown): string =>
  typeof query === "string" ? query : typeof (query as { text?: unknown })?.text === "string" ? (query as { text: string }).text : ""
const count = <F extends (...args: Array<any>) => any>(f: F): F =>
  function(this: unknown, ...args: Array<any>) {
    if (sqlText(args[0]).includes("sire_rate_limits")) counter.rateLimitWrites++
    else counter.statements++
    return f.apply(this, args)
  } as F
pg.Client.prototype.query = count(pg.Client.prototype.query)

/** The statements in a buffer of PGlite's frontend messages: its Query (`Q`) and Execute (`E`) messages. */
const statementsIn = (bytes: Uint8Array): number => {
  let statements = 0
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  // a message is its type byte, then its length (counting itself); the startup message has no type
  for (let at = 0; bytes[0] !== 0 && at + 5 <= bytes.length; at += 1 + view.getInt32(at + 1)) {
    if (bytes[at] === 81 || bytes[at] === 69) statements++
  }
  return statements
}
const execProtocolRaw = PGlite.prototype.execProtocolRaw
PGlite.prototype.execProtocolRaw = function(this: PGlite, message: Uint8Array, options?: Parameters<typeof execProtocolRaw>[1]) {
  counter.statements += statementsIn(message)
  return execProtocolRaw.call(this, message, options)
}

const median = (values: ReadonlyArray<number>) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!

describe.each(databases)("statements per sync execution on %s", (database) => {
  let server: TestServer
  beforeAll(async () => {
    if (!skip(database)) server = await start(database)
  }, 60_000)
  afterAll(async () => {
    await server?.close()
  })

  it.skipIf(skip(database))("the CONTRACT example, sync with an API key, costs at most 2 statements (median of 9, caches warm)", async () => {
    const account = await signup(server, "statements")
    const key = (await server.request("POST", "/api/v1/apikeys", { token: account.token, body: { name: "bench" } })).body.key as string
    const workflow = (await server.request("POST", "/api/v1/workflows", { token: key, body: contractExample })).body.id as string
    const run = async () => {
      const answer = await server.request("POST", "/api/v1/executions", {
        token: key,
        body: { workflowId: workflow, input: { email: "ceo@acme.com" }, mode: "sync" }
      })
      assert.strictEqual(answer.status, 200, answer.text)
      assert.strictEqual(answer.body.status, "completed")
      assert.deepStrictEqual(answer.body.output, { to: "ceo@acme.com", tier: "vip" })
    }
    for (let i = 0; i < 3; i++) await run()
    const counts: Array<number> = []
    counter.rateLimitWrites = 0
    for (let i = 0; i < 9; i++) {
      await new Promise((resolve) => setTimeout(resolve, 30))
      counter.statements = 0
      await run()
      counts.push(counter.statements)
    }
    assert.isAtMost(median(counts), 2, `statements per execution: ${JSON.stringify(counts)}`)
    // the rate limiter's writes are batched, none on PGlite; on PostgreSQL at most two per request here (one
    // request at a time): the hit written behind, and a synchronization when the key's copy went stale
    // (older than `freshMs`, 100 ms: a request that a loaded machine slows past it finds it so)
    await new Promise((resolve) => setTimeout(resolve, 60))
    assert.isAtMost(counter.rateLimitWrites, database === "postgres" ? 2 * 9 : 0, "rate-limit writes")
  }, 60_000)
})
