/**
 * The request guard through the real server and real HTTP clients (fetch, and node:http for
 * chunked bodies): request ids, rate-limit headers, the JSON body rules (415, 1 MB, 413, 400),
 * routing errors (404, 405 with `Allow`), 401s, and error bodies that are `{ error }` JSON with no
 * stack trace and no secret.
 */
import { afterAll, assert, beforeAll, describe, it } from "@effect/vitest"
import { decodeJwt, SignJWT } from "jose"
import {
  type Account,
  type Answer,
  contractExample,
  databases,
  raw,
  signup,
  skip,
  start,
  type TestServer
} from "./harness.js"

const secret = "guard-secret-3e9b1d7c5a2f4e6b8d0c2a4e6f8b1d3c"
const megabyte = 1_048_576
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

/** A valid workflow document of exactly `bytes` bytes of JSON (padded in a variable). */
const workflowOfSize = (bytes: number): string => {
  const padded = (pad: string) => JSON.stringify({ ...contractExample, variables: { team: "sales", pad } })
  const text = padded("a".repeat(bytes - Buffer.byteLength(padded(""))))
  if (Buffer.byteLength(text) !== bytes) throw new Error("bad padding")
  return text
}

/** `text` cut into `count` chunks of bytes. */
const chunksOf = (text: string, count: number): Array<Buffer> => {
  const bytes = Buffer.from(text)
  const size = Math.ceil(bytes.length / count)
  const out: Array<Buffer> = []
  for (let at = 0; at < bytes.length; at += size) out.push(bytes.subarray(at, at + size))
  return out
}

/** Asserts an error answer: `status`, a JSON `{ error: string, … }`, no trace, no secret, an id. */
const assertError = (answer: Answer, status: number) => {
  assert.strictEqual(answer.status, status, answer.text)
  assert.match(answer.headers.get("content-type") ?? "", /^application\/json/, answer.text)
  assert.isObject(answer.body, answer.text)
  assert.isString(answer.body.error, answer.text)
  assert.isAbove(answer.body.error.length, 0)
  assert.notProperty(answer.body, "_tag")
  assert.notProperty(answer.body, "stack")
  assert.notMatch(answer.text, /\bat \S+ \(|\bat <anonymous>|\.[cm]?[jt]s:\d+|node_modules|\/work\//, "no stack trace or file path")
  assert.notInclude(answer.text, secret, "never the secret")
  assert.isNotNull(answer.headers.get("x-request-id"))
}

/** Asserts the three rate-limit headers, as non-negative integers. */
const assertRateLimited = (answer: Answer) => {
  for (const name of ["x-ratelimit-limit", "x-ratelimit-remaining", "x-ratelimit-reset"]) {
    assert.match(answer.headers.get(name) ?? "", /^\d+$/, `${name} on ${answer.status} ${answer.text.slice(0, 80)}`)
  }
}

/** The `Allow` header as a sorted list. */
const allowOf = (answer: Answer) =>
  (answer.headers.get("allow") ?? "").split(",").map((method) => method.trim()).filter((m) => m !== "").sort()

describe.each(databases)("request guard on %s", (database) => {
  let server: TestServer
  let account: Account
  beforeAll(async () => {
    if (skip(database)) return
    server = await start(database, { secret })
    account = await signup(server)
  })
  afterAll(async () => {
    await server?.close()
  })

  describe.skipIf(skip(database))("X-Request-Id", () => {
    it("a valid incoming id is echoed, on successes and errors alike", async () => {
      const long = "r".repeat(128)
      for (const id of ["req-123", "A.b_c:d-9", long]) {
        for (
          const answer of [
            await server.request("GET", "/healthz", { headers: { "x-request-id": id } }),
            await server.request("GET", "/api/v1/workflows", { token: account.token, headers: { "x-request-id": id } }),
            await server.request("GET", "/api/v1/workflows", { headers: { "x-request-id": id } }),
            await server.request("DELETE", "/api/v1/workflows", { headers: { "x-request-id": id } }),
            await server.request("GET", "/no/such/route", { headers: { "x-request-id": id } })
          ]
        ) {
          assert.strictEqual(answer.headers.get("x-request-id"), id, `${answer.status} ${answer.text}`)
        }
      }
    })

    it("an invalid incoming id is replaced by a fresh one; a missing one is generated, unique per request", async () => {
      for (const id of ["has spaces", "semi;colon", "slash/inside", "r".repeat(129), "ü-umlaut"]) {
        for (const path of ["/healthz", "/api/v1/workflows"]) {
          const answer = await raw(server, "GET", path, { headers: { "x-request-id": id } })
          const echoed = answer.headers.get("x-request-id")
          assert.notStrictEqual(echoed, id)
          assert.match(echoed ?? "", uuid, `replaced ${JSON.stringify(id)} on ${path}`)
        }
      }
      const ids = new Set<string>()
      for (let i = 0; i < 5; i++) {
        const answer = await server.request("GET", i % 2 === 0 ? "/healthz" : "/api/v1/workflows", { token: account.token })
        assert.match(answer.headers.get("x-request-id") ?? "", uuid)
        ids.add(answer.headers.get("x-request-id")!)
      }
      assert.strictEqual(ids.size, 5, "every request gets its own id")
    })
  })

  describe.skipIf(skip(database))("X-RateLimit-* headers", () => {
    it("are on every response, whatever its status, except /healthz and /readyz", async () => {
      const created = await server.request("POST", "/api/v1/workflows", { token: account.token, body: contractExample })
      assert.strictEqual(created.status, 201, created.text)
      const answers = [
        created,
        await server.request("GET", "/api/v1/workflows", { token: account.token }),
        await server.request("GET", `/api/v1/workflows/${created.body.id}`, { token: account.token }),
        await server.request("GET", "/api/v1/workflows/wf_missing", { token: account.token }),
        await server.request("GET", "/api/v1/workflows"),
        await server.request("POST", "/api/v1/workflows", { token: account.token, body: {} }),
        await server.request("POST", "/api/v1/workflows", { token: account.token, body: "{nope" }),
        await server.request("POST", "/api/v1/workflows", { token: account.token, body: "x", headers: { "content-type": "text/plain" } }),
        await server.request("POST", "/api/v1/workflows", { token: account.token, body: workflowOfSize(megabyte + 1) }),
        await server.request("PUT", "/api/v1/executions", { token: account.token }),
        await server.request("GET", "/api/v1/nothing-here"),
        await server.request("GET", "/openapi.json"),
        await server.request("POST", "/api/v1/auth/login", { body: { email: account.email, password: "wrong password!" } })
      ]
      assert.deepStrictEqual(answers.map((answer) => answer.status), [201, 200, 200, 404, 401, 400, 400, 415, 413, 405, 404, 200, 401])
      for (const answer of answers) {
        assertRateLimited(answer)
        assert.strictEqual(answer.headers.get("x-ratelimit-limit"), "100000")
        assert.isAtMost(Number(answer.headers.get("x-ratelimit-remaining")), 100_000 - 1)
        assert.isAtMost(Number(answer.headers.get("x-ratelimit-reset")), 60)
      }
      for (const path of ["/healthz", "/readyz"]) {
        const probe = await server.request("GET", path)
        assert.strictEqual(probe.status, 200)
        for (const name of ["x-ratelimit-limit", "x-ratelimit-remaining", "x-ratelimit-reset"]) {
          assert.isNull(probe.headers.get(name), `${name} on ${path}`)
        }
      }
    })
  })

  describe.skipIf(skip(database))("body rules", () => {
    it("a POST body that is not JSON is 415 { error }, whatever its content type says", async () => {
      for (const contentType of ["text/plain", "text/plain; charset=utf-8", "application/x-www-form-urlencoded", "application/xml"]) {
        const answer = await server.request("POST", "/api/v1/workflows", {
          token: account.token,
          body: JSON.stringify(contractExample),
          headers: { "content-type": contentType }
        })
        assertError(answer, 415)
        assertRateLimited(answer)
      }
      const untyped = await raw(server, "POST", "/api/v1/workflows", {
        headers: { authorization: `Bearer ${account.token}`, "content-length": "2" },
        chunks: ["{}"]
      })
      assertError(untyped, 415)
      const put = await server.request("PUT", "/api/v1/workflows/wf_any", {
        token: account.token,
        body: "name=x",
        headers: { "content-type": "text/plain" }
      })
      assertError(put, 415)
    })

    it("JSON media types with parameters or a +json suffix are accepted", async () => {
      for (
        const contentType of ["application/json; charset=utf-8", "Application/JSON", "application/vnd.sire+json", "application/merge-patch+json"]
      ) {
        const answer = await server.request("POST", "/api/v1/workflows", {
          token: account.token,
          body: contractExample,
          headers: { "content-type": contentType }
        })
        assert.strictEqual(answer.status, 201, `${contentType}: ${answer.text}`)
        assert.strictEqual(answer.body.name, contractExample.name)
        // Also for endpoints whose payload the platform decodes from the schema.
        const key = await server.request("POST", "/api/v1/apikeys", {
          token: account.token,
          body: { name: `key ${contentType}` },
          headers: { "content-type": contentType }
        })
        assert.strictEqual(key.status, 201, `${contentType}: ${key.text}`)
      }
    })

    it("a body of exactly 1 MB is accepted, with Content-Length and chunked", async () => {
      const body = workflowOfSize(megabyte)
      const sized = await server.request("POST", "/api/v1/workflows", { token: account.token, body })
      assert.strictEqual(sized.status, 201, sized.text.slice(0, 200))
      const chunked = await raw(server, "POST", "/api/v1/workflows", {
        headers: {
          authorization: `Bearer ${account.token}`,
          "content-type": "application/json",
          "transfer-encoding": "chunked"
        },
        chunks: chunksOf(body, 7)
      })
      assert.strictEqual(chunked.status, 201, chunked.text.slice(0, 200))
      assert.strictEqual(chunked.body.name, contractExample.name)
      // Both stored in full.
      for (const id of [sized.body.id, chunked.body.id]) {
        const stored = await server.request("GET", `/api/v1/workflows/${id}`, { token: account.token })
        assert.strictEqual(stored.status, 200)
        assert.strictEqual(stored.body.variables.team, "sales")
        assert.isTrue(stored.body.variables.pad === JSON.parse(body).variables.pad, "the whole body was stored")
      }
    })

    it("1 MB + 1 byte is 413 { error }, with Content-Length and chunked", async () => {
      const owner = await signup(server, "large")
      const body = workflowOfSize(megabyte + 1)
      const headers = { authorization: `Bearer ${owner.token}`, "content-type": "application/json" }
      const sized = await server.request("POST", "/api/v1/workflows", { token: owner.token, body })
      assertError(sized, 413)
      assertRateLimited(sized)
      const sizedRaw = await raw(server, "POST", "/api/v1/workflows", {
        headers: { ...headers, "content-length": String(megabyte + 1) },
        chunks: chunksOf(body, 5)
      })
      assertError(sizedRaw, 413)
      const chunked = await raw(server, "POST", "/api/v1/workflows", {
        headers: { ...headers, "transfer-encoding": "chunked" },
        chunks: chunksOf(body, 9)
      })
      assertError(chunked, 413)
      assertRateLimited(chunked)
      // A much larger chunked upload is refused the same way.
      const huge = await raw(server, "POST", "/api/v1/workflows", {
        headers: { ...headers, "transfer-encoding": "chunked" },
        chunks: Array.from({ length: 16 }, () => Buffer.alloc(256 * 1024, 0x20))
      })
      assertError(huge, 413)
      // The server still serves that client afterwards, and stored none of the refused bodies.
      const list = await server.request("GET", "/api/v1/workflows", { token: owner.token })
      assert.strictEqual(list.status, 200, list.text)
      assert.deepStrictEqual(list.body, [])
    })

    it("invalid JSON is 400 { error }", async () => {
      for (const text of ["{nope", "{\"name\":", "[1, 2,]", "'single'", "{\"a\":1}}"]) {
        const answer = await server.request("POST", "/api/v1/workflows", { token: account.token, body: text })
        assertError(answer, 400)
        assert.match(answer.body.error, /JSON/i)
      }
      const chunked = await raw(server, "POST", "/api/v1/workflows", {
        headers: { authorization: `Bearer ${account.token}`, "content-type": "application/json", "transfer-encoding": "chunked" },
        chunks: ["{\"name\": ", "\"half"]
      })
      assertError(chunked, 400)
    })

    it("a body that does not match the schema is 400 { error, details } (not the platform's error)", async () => {
      const answer = await server.request("POST", "/api/v1/workflows", { token: account.token, body: { name: 42 } })
      assertError(answer, 400)
      assert.isArray(answer.body.details)
      for (const detail of answer.body.details) {
        assert.isString(detail.path)
        assert.isString(detail.message)
      }
      const query = await server.request("GET", "/api/v1/workflows?limit=abc", { token: account.token })
      assertError(query, 400)
      assert.isArray(query.body.details)
      assert.notProperty(query.body, "issues")
    })
  })

  describe.skipIf(skip(database))("routing", () => {
    it("an unknown route is 404 { error }", async () => {
      for (
        const [method, path] of [
          ["GET", "/nope"],
          ["GET", "/api/v1/nothing"],
          ["POST", "/api/v2/workflows"],
          ["GET", "/api/v1/workflows/wf_x/unknown"],
          ["DELETE", "/api"]
        ] as const
      ) {
        const answer = await server.request(method, path, { token: account.token })
        assertError(answer, 404)
        assert.isNull(answer.headers.get("allow"))
      }
      // Also without credentials: an unknown route is not an authentication question.
      assertError(await server.request("GET", "/api/v1/nothing"), 404)
    })

    it("a wrong method on a known path is 405 { error } with Allow listing the right methods", async () => {
      const cases: ReadonlyArray<readonly [string, string, ReadonlyArray<string>]> = [
        ["DELETE", "/api/v1/workflows", ["GET", "POST"]],
        ["PUT", "/api/v1/workflows", ["GET", "POST"]],
        ["PUT", "/api/v1/executions", ["GET", "POST"]],
        ["PATCH", "/api/v1/workflows/wf_abc", ["DELETE", "GET", "PUT"]],
        ["DELETE", "/api/v1/workflows/wf_abc/versions", ["GET", "POST"]],
        ["GET", "/api/v1/workflows/wf_abc/publish", ["POST"]],
        ["DELETE", "/api/v1/executions/exec_abc", ["GET"]],
        ["GET", "/api/v1/auth/login", ["POST"]],
        ["POST", "/api/v1/auth/me", ["GET"]],
        ["POST", "/healthz", ["GET"]],
        ["DELETE", "/readyz", ["GET"]],
        ["POST", "/openapi.json", ["GET"]]
      ]
      for (const [method, path, allow] of cases) {
        for (const token of [account.token, undefined]) {
          const answer = await server.request(method, path, token === undefined ? {} : { token })
          assertError(answer, 405)
          assert.deepStrictEqual(allowOf(answer), allow, `${method} ${path}`)
          assert.include(answer.body.error, method)
        }
      }
    })

    it("missing or invalid authentication is 401 { error }", async () => {
      const forged = await new SignJWT(decodeJwt(account.token))
        .setProtectedHeader({ alg: "HS256", typ: "JWT" })
        .sign(new TextEncoder().encode("some-other-secret-0123456789abcdef0123456789"))
      const [header, payload, signature] = account.token.split(".")
      const tampered = `${header}.${payload}.${signature!.slice(0, -4)}${signature!.slice(-4) === "AAAA" ? "BBBB" : "AAAA"}`
      const authorizations: ReadonlyArray<string | undefined> = [
        undefined,
        "",
        "Bearer",
        "Bearer not-a-jwt",
        `Basic ${Buffer.from("user:pass").toString("base64")}`,
        `Token ${account.token}`,
        `Bearer ${forged}`,
        `Bearer ${tampered}`,
        `Bearer sk_${"0".repeat(64)}`,
        "Bearer sk_short",
        `Bearer ${secret}`
      ]
      for (const authorization of authorizations) {
        for (const [method, path] of [["GET", "/api/v1/workflows"], ["GET", "/api/v1/auth/me"], ["GET", "/api/v1/apikeys"]]) {
          const answer = await server.request(method!, path!, authorization === undefined ? {} : { headers: { authorization } })
          assertError(answer, 401)
          assertRateLimited(answer)
        }
      }
      // A POST with a valid body and no credentials: 401 too.
      assertError(await server.request("POST", "/api/v1/workflows", { body: contractExample }), 401)
      // And the genuine token works.
      assert.strictEqual((await server.request("GET", "/api/v1/auth/me", { token: account.token })).status, 200)
    })
  })
})
