/**
 * Rate limits through the real server and real HTTP clients, with small budgets (auth 3, write 4,
 * read 5 a minute): the (limit+1)th request of a category is 429 with `Retry-After` and exactly
 * `{"error":"rate limit exceeded"}`; categories and clients (API key, user, IP) have their own
 * budgets; the probes are never limited; a short window frees its slots; and on PostgreSQL two
 * servers on one schema share the counters. Clients by IP are told apart by their loopback source
 * address (127.0.0.0/8).
 */
import { afterAll, assert, beforeAll, describe, it } from "@effect/vitest"
import { randomToken } from "@sire/core/Id"
import { type Answer, contractExample, databases, raw, skip, start, type TestServer } from "./harness.js"
import { sleep } from "../../nodes/test/loopback.js"

const limits = {
  auth: { limit: 3, windowMs: 60_000 },
  write: { limit: 4, windowMs: 60_000 },
  read: { limit: 5, windowMs: 60_000 }
}
const exceeded = "{\"error\":\"rate limit exceeded\"}"

interface Call {
  readonly token?: string
  readonly body?: unknown
}

/** A request from the loopback address `ip`. */
const call = (server: TestServer, ip: string, method: string, path: string, send: Call = {}): Promise<Answer> => {
  const body = send.body === undefined ? undefined : Buffer.from(JSON.stringify(send.body))
  return raw(server, method, path, {
    localAddress: ip,
    headers: {
      ...(send.token !== undefined ? { authorization: `Bearer ${send.token}` } : {}),
      ...(body !== undefined ? { "content-type": "application/json", "content-length": String(body.length) } : {})
    },
    ...(body !== undefined ? { chunks: [body] } : {})
  })
}

/** Signs up a fresh user from `ip` (one auth request of that IP's budget); their access token. */
const signupFrom = async (server: TestServer, ip: string): Promise<string> => {
  const email = `limits-${randomToken(10).toLowerCase()}@example.com`
  const answer = await call(server, ip, "POST", "/api/v1/auth/signup", {
    body: { email, password: "correct horse battery staple" }
  })
  if (answer.status !== 201) throw new Error(`signup failed: ${answer.status} ${answer.text}`)
  return answer.body.token
}

const header = (answer: Answer, name: string) => answer.headers.get(name)

/** Asserts an admitted request's rate-limit headers. */
const assertAdmitted = (answer: Answer, limit: number, remaining: number, status?: number) => {
  if (status !== undefined) assert.strictEqual(answer.status, status, answer.text)
  assert.notStrictEqual(answer.status, 429, answer.text)
  assert.strictEqual(header(answer, "x-ratelimit-limit"), String(limit))
  assert.strictEqual(header(answer, "x-ratelimit-remaining"), String(remaining))
  const reset = Number(header(answer, "x-ratelimit-reset"))
  assert.isTrue(Number.isInteger(reset) && reset >= 0 && reset <= 60, `X-RateLimit-Reset ${reset}`)
}

/** Asserts a refused request: 429, `Retry-After` (whole seconds, at least 1), the exact body, the headers. */
const assertRefused = (answer: Answer, limit: number, windowSeconds = 60) => {
  assert.strictEqual(answer.status, 429, answer.text)
  assert.strictEqual(answer.text, exceeded)
  assert.match(header(answer, "content-type") ?? "", /^application\/json/)
  const retryAfter = header(answer, "retry-after") ?? ""
  assert.match(retryAfter, /^\d+$/, "Retry-After is whole seconds")
  assert.isAtLeast(Number(retryAfter), 1)
  assert.isAtMost(Number(retryAfter), windowSeconds)
  assert.strictEqual(header(answer, "x-ratelimit-limit"), String(limit))
  assert.strictEqual(header(answer, "x-ratelimit-remaining"), "0")
  assert.isNotNull(header(answer, "x-request-id"))
}


describe.each(databases)("rate limits on %s", (database) => {
  let server: TestServer
  beforeAll(async () => {
    if (skip(database)) return
    server = await start(database, { rateLimits: limits })
  })
  afterAll(async () => {
    await server?.close()
  })

  describe.skipIf(skip(database))("one server, auth 3/min, write 4/min, read 5/min", () => {
    it("auth: the 4th request from one IP is 429 with Retry-After and exactly the error body; Remaining counts down", async () => {
      const ip = "127.0.0.21"
      const login = () => call(server, ip, "POST", "/api/v1/auth/login", { body: { email: "nobody@example.com", password: "not the password" } })
      for (const remaining of [2, 1, 0]) assertAdmitted(await login(), 3, remaining, 401)
      assertRefused(await login(), 3)
      assertRefused(await login(), 3)
      // Every /api/v1/auth/* route shares the budget, whatever its method.
      assertRefused(await call(server, ip, "POST", "/api/v1/auth/signup", { body: { email: "x@example.com", password: "long enough pass" } }), 3)
      assertRefused(await call(server, ip, "GET", "/api/v1/auth/me"), 3)
      // Another address has its own budget.
      assertAdmitted(await call(server, "127.0.0.22", "POST", "/api/v1/auth/login", { body: { email: "nobody@example.com", password: "x" } }), 3, 2, 401)
    })

    it("write and read: the (limit+1)th is 429, and exhausting one category does not block the others", async () => {
      const ip = "127.0.0.31"
      const token = await signupFrom(server, ip)
      for (const remaining of [3, 2, 1, 0]) {
        assertAdmitted(await call(server, ip, "POST", "/api/v1/workflows", { token, body: contractExample }), 4, remaining, 201)
      }
      assertRefused(await call(server, ip, "POST", "/api/v1/workflows", { token, body: contractExample }), 4)
      assertRefused(await call(server, ip, "DELETE", "/api/v1/workflows/wf_any", { token }), 4)
      assertRefused(await call(server, ip, "PUT", "/api/v1/workflows/wf_any", { token, body: contractExample }), 4)
      // Reads are their own category: 5 admitted (the list shows the 4 created), the 6th refused.
      for (const remaining of [4, 3, 2, 1, 0]) {
        const list = await call(server, ip, "GET", "/api/v1/workflows", { token })
        assertAdmitted(list, 5, remaining, 200)
        assert.lengthOf(list.body, 4)
      }
      assertRefused(await call(server, ip, "GET", "/api/v1/workflows", { token }), 5)
      assertRefused(await call(server, ip, "GET", "/api/v1/executions", { token }), 5)
      // The user's auth budget is untouched (the signup counted against the IP).
      assertAdmitted(await call(server, ip, "GET", "/api/v1/auth/me", { token }), 3, 2, 200)
      // Writes are still refused.
      assertRefused(await call(server, ip, "POST", "/api/v1/workflows", { token, body: contractExample }), 4)
    })

    it("clients are independent: two users, an API key and its creator's JWT each have their own budget", async () => {
      const first = await signupFrom(server, "127.0.0.41")
      const second = await signupFrom(server, "127.0.0.42")
      const created = await call(server, "127.0.0.41", "POST", "/api/v1/apikeys", { token: first, body: { name: "ci" } })
      assertAdmitted(created, 4, 3, 201)
      const key: string = created.body.key
      assert.match(key, /^sk_[0-9a-f]{64}$/)
      for (const remaining of [2, 1, 0]) {
        assertAdmitted(await call(server, "127.0.0.41", "POST", "/api/v1/workflows", { token: first, body: contractExample }), 4, remaining, 201)
      }
      assertRefused(await call(server, "127.0.0.41", "POST", "/api/v1/workflows", { token: first, body: contractExample }), 4)
      // The second user, from the same address too, has a full budget.
      assertAdmitted(await call(server, "127.0.0.41", "POST", "/api/v1/workflows", { token: second, body: contractExample }), 4, 3, 201)
      // The first user's key has its own budget, used up independently of its creator's.
      for (const remaining of [3, 2, 1, 0]) {
        assertAdmitted(await call(server, "127.0.0.41", "POST", "/api/v1/workflows", { token: key, body: contractExample }), 4, remaining, 201)
      }
      assertRefused(await call(server, "127.0.0.41", "POST", "/api/v1/workflows", { token: key, body: contractExample }), 4)
      assertRefused(await call(server, "127.0.0.41", "POST", "/api/v1/workflows", { token: first, body: contractExample }), 4)
      assertAdmitted(await call(server, "127.0.0.42", "POST", "/api/v1/workflows", { token: second, body: contractExample }), 4, 2, 201)
      // Reads: each client's first.
      assertAdmitted(await call(server, "127.0.0.41", "GET", "/api/v1/workflows", { token: key }), 5, 4, 200)
      assertAdmitted(await call(server, "127.0.0.41", "GET", "/api/v1/workflows", { token: first }), 5, 4, 200)
      // And the address itself (anonymous) has its own, untouched by the users' requests.
      assertAdmitted(await call(server, "127.0.0.41", "GET", "/api/v1/workflows"), 5, 4, 401)
    })

    it("unauthenticated requests (and rejected credentials) count per IP; the limit comes before the 401", async () => {
      const ip = "127.0.0.51"
      for (const remaining of [4, 3, 2]) assertAdmitted(await call(server, ip, "GET", "/api/v1/workflows"), 5, remaining, 401)
      assertAdmitted(await call(server, ip, "GET", "/api/v1/workflows", { token: "not-a-token" }), 5, 1, 401)
      assertAdmitted(await call(server, ip, "GET", `/api/v1/workflows`, { token: `sk_${"0".repeat(64)}` }), 5, 0, 401)
      assertRefused(await call(server, ip, "GET", "/api/v1/workflows"), 5)
      assertRefused(await call(server, ip, "GET", "/api/v1/executions", { token: "still-not-a-token" }), 5)
      // Unknown routes count too, in their method's category.
      assertRefused(await call(server, ip, "GET", "/api/v1/nothing-here"), 5)
      // Another address, and a user signed up from this one, are not affected.
      assertAdmitted(await call(server, "127.0.0.52", "GET", "/api/v1/workflows"), 5, 4, 401)
      const token = await signupFrom(server, ip)
      assertAdmitted(await call(server, ip, "GET", "/api/v1/workflows", { token }), 5, 4, 200)
      // Writes by the same address are still admitted (their own category).
      assertAdmitted(await call(server, ip, "POST", "/api/v1/workflows", { body: contractExample }), 4, 3, 401)
    })

    it("/healthz and /readyz are never limited and never counted", async () => {
      const ip = "127.0.0.61"
      for (let i = 0; i < 25; i++) {
        for (const path of ["/healthz", "/readyz"]) {
          const answer = await call(server, ip, "GET", path)
          assert.strictEqual(answer.status, 200, `${path} #${i + 1}: ${answer.text}`)
          assert.isNull(header(answer, "x-ratelimit-limit"))
          assert.isNull(header(answer, "x-ratelimit-remaining"))
          assert.isNull(header(answer, "retry-after"))
        }
      }
      // Nor with a (bad) token, nor by fetch from the default address.
      for (let i = 0; i < 10; i++) {
        assert.strictEqual((await server.request("GET", "/readyz", { token: "bad" })).status, 200)
        assert.strictEqual((await server.request("GET", "/healthz")).status, 200)
      }
      // The address's read budget is whole.
      assertAdmitted(await call(server, ip, "GET", "/api/v1/workflows"), 5, 4, 401)
    })
  })

  it.skipIf(skip(database))("after the window passes, requests are admitted again (a 1.5 s window)", async () => {
    const windowMs = 1_500
    const short = await start(database, {
      rateLimits: { auth: { limit: 2, windowMs }, write: { limit: 2, windowMs }, read: { limit: 2, windowMs } }
    })
    try {
      const ip = "127.0.0.71"
      const first = await call(short, ip, "GET", "/api/v1/workflows")
      assertAdmitted(first, 2, 1, 401)
      assert.isAtMost(Number(header(first, "x-ratelimit-reset")), 2)
      assertAdmitted(await call(short, ip, "GET", "/api/v1/workflows"), 2, 0, 401)
      const refused = await call(short, ip, "GET", "/api/v1/workflows")
      assertRefused(refused, 2, 2)
      // Retry-After is enough: once it has passed, a slot is free.
      await sleep(Number(header(refused, "retry-after")) * 1000 + 50)
      const again = await call(short, ip, "GET", "/api/v1/workflows")
      assert.strictEqual(again.status, 401, again.text)
      assert.include(["0", "1"], header(again, "x-ratelimit-remaining"))
      // A whole window later, the whole budget is back.
      await sleep(windowMs + 100)
      assertAdmitted(await call(short, ip, "GET", "/api/v1/workflows"), 2, 1, 401)
    } finally {
      await short.close()
    }
  }, 90_000)

  it.skipIf(skip(database) || database !== "postgres")(
    "two servers on the same PostgreSQL schema share the counters: each sees the other's hits within 120 ms (PostgreSQL only: the test servers' PGlite is in memory, one per server)",
    async () => {
      assert.isString(server.databaseUrl)
      const twin = await start(database, { rateLimits: limits, databaseUrl: server.databaseUrl! })
      // Hits are written behind (within 20 ms) and a server trusts its copy of a key for 100 ms.
      const shared = () => sleep(250)
      try {
        // By address: 3 reads on one server, 2 on the other, then both refuse.
        const ip = "127.0.0.81"
        for (const remaining of [4, 3, 2]) assertAdmitted(await call(server, ip, "GET", "/api/v1/workflows"), 5, remaining, 401)
        await shared()
        for (const remaining of [1, 0]) assertAdmitted(await call(twin, ip, "GET", "/api/v1/workflows"), 5, remaining, 401)
        await shared()
        assertRefused(await call(server, ip, "GET", "/api/v1/workflows"), 5)
        assertRefused(await call(twin, ip, "GET", "/api/v1/workflows"), 5)
        // By user: signed up on one, writing alternately on both.
        const token = await signupFrom(server, "127.0.0.82")
        const servers = [server, twin, server, twin]
        for (const [index, remaining] of [3, 2, 1, 0].entries()) {
          await shared()
          assertAdmitted(await call(servers[index]!, "127.0.0.82", "POST", "/api/v1/workflows", { token, body: contractExample }), 4, remaining, 201)
        }
        await shared()
        assertRefused(await call(twin, "127.0.0.82", "POST", "/api/v1/workflows", { token, body: contractExample }), 4)
        assertRefused(await call(server, "127.0.0.82", "POST", "/api/v1/workflows", { token, body: contractExample }), 4)
        // Auth by address: the signup above counted, on either server.
        for (const remaining of [1, 0]) {
          assertAdmitted(await call(twin, "127.0.0.82", "POST", "/api/v1/auth/login", { body: { email: "a@example.com", password: "nope" } }), 3, remaining, 401)
        }
        await shared()
        assertRefused(await call(server, "127.0.0.82", "POST", "/api/v1/auth/login", { body: { email: "a@example.com", password: "nope" } }), 3)
      } finally {
        await twin.close()
      }
    },
    60_000
  )
})
