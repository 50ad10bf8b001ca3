/**
 * Failed statements in the logs (issue 15 §4), through the real server on PGlite and PostgreSQL:
 * requests whose SQL statement fails — made to fail by triggers and a check constraint the test
 * adds, and by a NUL in the data — answer 500, and their log lines name the operation, the
 * SQLSTATE and the request id, never the statement, its parameters or row data (a canary sent in
 * the requests appears in no line). The JSON logger of `sire serve` does the same with a real driver
 * error (PGlite's carries the statement and its parameters) in a message or a cause. And a request
 * for no route is one DEBUG line with a message.
 */
import * as SqlClient from "@effect/sql/SqlClient"
import { afterAll, assert, beforeAll, describe, it } from "@effect/vitest"
import { Cause, Context, Effect, Layer, Logger } from "effect"
import { databases, signup, skip, start, type TestServer } from "./harness.js"
import * as Server from "../src/Server.js"
import * as Logging from "../src/telemetry/Logging.js"

const api = "/api/v1"

/** The statements that make the test's inserts fail: the name cast to an integer (22P02), a URL checked (23514). */
const sabotage = [
  `CREATE FUNCTION sire_test_reject() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN
     IF TG_TABLE_NAME = 'sire_workflows' THEN PERFORM (NEW.document->>'name')::integer;
     ELSE PERFORM NEW.name::integer;
     END IF;
     RETURN NEW;
   END $$`,
  "CREATE TRIGGER sire_test_reject BEFORE INSERT ON sire_workflows FOR EACH ROW EXECUTE FUNCTION sire_test_reject()",
  "CREATE TRIGGER sire_test_reject BEFORE INSERT ON sire_credentials FOR EACH ROW EXECUTE FUNCTION sire_test_reject()",
  "ALTER TABLE sire_webhook_endpoints ADD CONSTRAINT sire_test_no_canary CHECK (position('canary' in url) = 0)"
]

describe.each(databases)("failed statements in the logs on %s", (db) => {
  describe.skipIf(skip(db))("", () => {
    let server: TestServer
    let sql: SqlClient.SqlClient | undefined
    const logs: Array<string> = []

    beforeAll(async () => {
      server = await start(db, {
        logs,
        serverLayer: (options) =>
          Server.layer({
            ...options,
            database: Layer.tap(options.database ?? Server.database(options.config), (context) =>
              Effect.sync(() => {
                sql = Context.get(context, SqlClient.SqlClient)
              }))
          })
      })
      for (const statement of sabotage) await Effect.runPromise(sql!.unsafe(statement))
    })
    afterAll(async () => {
      await server?.close()
    })

    it("a failing statement's 500 logs its operation, SQLSTATE and request id, never the canary it was sent", async () => {
      const owner = await signup(server, "errlog")
      const canary = `canary${Math.random().toString(36).slice(2)}`
      const secret = `secret${Math.random().toString(36).slice(2)}`
      const attempts: Array<readonly [string, string, unknown, string]> = [
        ["workflow named by the canary (trigger, 22P02)", "/workflows", {
          name: canary,
          nodes: [{ id: "start", type: "trigger" }],
          edges: []
        }, "22P02"],
        ["credential named by the canary (trigger, 22P02)", "/credentials", { name: canary, type: "bearer", value: secret, allowedHosts: ["api.example.com"] }, "22P02"],
        ["webhook at the canary's URL (check constraint, 23514)", "/webhooks", {
          url: `https://hooks.example.com/${canary}`,
          events: ["workflow.created"]
        }, "23514"]
      ]
      const failed: Array<readonly [string, string, string]> = []
      for (const [what, path, body, sqlstate] of attempts) {
        const answer = await server.request("POST", `${api}${path}`, { token: owner.token, body })
        assert.strictEqual(answer.status, 500, `${what}: ${answer.text}`)
        assert.deepStrictEqual(answer.body, { error: "internal server error" })
        failed.push([what, answer.headers.get("x-request-id")!, sqlstate])
      }
      // A NUL, which PostgreSQL's text and jsonb refuse: a 500 until validation refuses it first, a 400.
      const nul = await server.request("POST", `${api}/credentials`, {
        token: owner.token,
        body: { name: `nul\u0000${canary}`, type: "bearer", value: secret }
      })
      assert.oneOf(nul.status, [400, 500], nul.text)

      const leaks = logs.filter((line) => line.includes(canary) || line.includes(secret))
      assert.deepStrictEqual(leaks, [], "no log line carries the canary")
      assert.isFalse(logs.some((line) => /INSERT INTO|Failing row|\bparams\b/.test(line)), "no statement, parameters or row")
      for (const [what, requestId, sqlstate] of failed) {
        const errors = logs.filter((line) => line.includes("level=ERROR") && line.includes(`requestId=${requestId}`))
        assert.lengthOf(errors, 1, `${what}: one ERROR line for request ${requestId}`)
        assert.include(errors[0], `SQLSTATE ${sqlstate}`, `${what}: the line names the SQLSTATE`)
        assert.include(errors[0], "Failed to execute statement", `${what}: the line names the operation`)
      }
    })

    it("a request for no route is one DEBUG line with a message (no RouteNotFound cause, no empty message)", async () => {
      const before = logs.length
      const answer = await server.request("GET", `${api}/no-such-route`)
      assert.strictEqual(answer.status, 404)
      const lines = logs.slice(before).filter((line) => line.includes("/no-such-route"))
      assert.lengthOf(lines, 1, lines.join("\n"))
      assert.match(lines[0]!, /level=DEBUG/)
      assert.match(lines[0]!, /message="No route for the request"/)
      assert.notInclude(lines[0]!, "RouteNotFound")
      assert.match(lines[0]!, /http\.status=404/)
      const routed = await server.request("GET", "/healthz")
      assert.strictEqual(routed.status, 200)
      assert.isTrue(logs.some((line) => /level=INFO .*message="Sent HTTP response".*http\.url=\/healthz/.test(line)), "a routed request still logs at INFO")
    })

    it("the JSON logger of sire serve writes a real driver failure, in a message or a cause, as operation and SQLSTATE only", async () => {
      const canary = `canary${Math.random().toString(36).slice(2)}`
      const failure = await Effect.runPromise(Effect.flip(sql!`SELECT ${canary}::integer AS n`))
      if (db === "pglite") assert.include(Object.keys(failure.cause as object), "params", "PGlite attaches the parameters to its error")
      const lines: Array<string> = []
      const capture = Logger.replace(Logger.defaultLogger, Logger.map(Logging.jsonLogger, (line) => void lines.push(line)))
      await Effect.runPromise(Effect.gen(function*() {
        yield* Effect.logError("request failed", failure)
        yield* Effect.logError("request guard failed", Cause.fail(failure))
        yield* Effect.logError("sire serve stopped", Cause.die(new Error("start-up failed", { cause: failure })))
        yield* Effect.logWarning("could not deliver", { error: failure })
      }).pipe(Effect.provide(capture)))
      assert.lengthOf(lines, 4)
      for (const line of lines) {
        assert.notInclude(line, canary, line)
        assert.notInclude(line, "SELECT", line)
        assert.include(line, "22P02", line)
      }
    })
  })
})
