/**
 * Sign-in hardening through the real server, on PGlite and PostgreSQL: failed logins are throttled
 * per account, whatever address they come from (5 free attempts, then a wait that doubles — from
 * 2 s here, to leave a busy machine time to send a burst — 429 with `Retry-After`, the password
 * not even checked), the right password works once the wait is over and
 * clears the count, other accounts are unaffected, and on PostgreSQL two servers count one
 * account's attempts together. `forgot-password` answers before the reset mail is sent (a mailer
 * that blocks until released does not hold the answer back), the same for a known and an unknown
 * account, and the mail still goes out.
 */
import { afterAll, assert, beforeAll, describe, it } from "@effect/vitest"
import { Effect } from "effect"
import { randomToken } from "@sire/core/Id"
import * as LoginThrottle from "../src/auth/LoginThrottle.js"
import type * as Mailer from "../src/auth/Mailer.js"
import { type Account, type Answer, assertError, databases, raw, signup, skip, start, type TestServer } from "./harness.js"
import { sleep } from "../../nodes/test/loopback.js"

/** A login from the loopback address `ip` (another client by address). */
const loginFrom = (server: TestServer, ip: string, email: string, password: string): Promise<Answer> => {
  const body = Buffer.from(JSON.stringify({ email, password }))
  return raw(server, "POST", "/api/v1/auth/login", {
    localAddress: ip,
    headers: { "content-type": "application/json", "content-length": String(body.length) },
    chunks: [body]
  })
}

/** Asserts a throttled login: 429, `{ error }` only, and `Retry-After` in whole seconds within `[1, most]`; the seconds. */
const assertThrottled = (answer: Answer, most = 900): number => {
  assertError(answer, 429)
  const retryAfter = answer.headers.get("retry-after") ?? ""
  assert.match(retryAfter, /^\d+$/, "Retry-After is whole seconds")
  assert.isAtLeast(Number(retryAfter), 1)
  assert.isAtMost(Number(retryAfter), most)
  return Number(retryAfter)
}

const addresses = ["127.0.0.71", "127.0.0.72", "127.0.0.73"]
const settings = { loginThrottle: { ...LoginThrottle.defaultPolicy, baseDelayMs: 2_000 } }
const wrong = "not the password at all"

/** A mailer that holds every message sent while it is held, until released; `sent` has what went out. */
const holdingMailer = () => {
  const sent: Array<Mailer.Message> = []
  let gate: Promise<void> = Promise.resolve()
  let release: () => void = () => {}
  const mailer: Mailer.Mailer["Type"] = {
    send: (message) => Effect.promise(() => gate.then(() => void sent.push(message)))
  }
  const hold = () => (gate = new Promise<void>((resolve) => (release = resolve)))
  return { mailer, sent, hold, release: () => release() }
}

describe.each(databases)("sign-in hardening on %s", (database) => {
  const mail = holdingMailer()
  let server: TestServer
  beforeAll(async () => {
    if (!skip(database)) server = await start(database, { mailer: mail.mailer, settings })
  })
  afterAll(async () => {
    mail.release()
    await server?.close()
  })

  describe.skipIf(skip(database))("through the real server", () => {
    it("30 wrong passwords at once from 3 addresses: 5 are checked, 25 refused with 429; the right password works after the wait; others are unaffected", async () => {
      const [victim, bystander] = await Promise.all([signup(server, "victim"), signup(server, "bystander")])
      const guesses = await Promise.all(
        Array.from({ length: 30 }, (_, i) => loginFrom(server, addresses[i % 3]!, victim.email, `${wrong} ${i}`))
      )
      const statuses = guesses.map((answer) => answer.status)
      assert.strictEqual(statuses.filter((status) => status === 401).length, 5, statuses.join(","))
      assert.strictEqual(statuses.filter((status) => status === 429).length, 25, statuses.join(","))
      const waits = guesses.filter((answer) => answer.status === 429).map((answer) => assertThrottled(answer, 2))

      // Even the right password waits: a throttled attempt is not checked.
      assertThrottled(await loginFrom(server, addresses[0]!, victim.email, victim.password), 2)

      // Another account, from the same addresses, is not slowed down.
      assertError(await loginFrom(server, addresses[1]!, bystander.email, wrong), 401)
      const other = await loginFrom(server, addresses[2]!, bystander.email, bystander.password)
      assert.strictEqual(other.status, 200, other.text)

      await sleep(Math.max(...waits) * 1000 + 50)
      const right = await loginFrom(server, addresses[0]!, victim.email, victim.password)
      assert.strictEqual(right.status, 200, right.text)
      const me = await server.request("GET", "/api/v1/auth/me", { token: right.body.token })
      assert.strictEqual(me.status, 200, me.text)
      assert.strictEqual(me.body.id, victim.userId)

      // The success cleared the count: five wrong passwords are checked again before any wait.
      for (let i = 0; i < 5; i++) assertError(await loginFrom(server, addresses[i % 3]!, victim.email, wrong), 401)
      assertThrottled(await loginFrom(server, addresses[0]!, victim.email, wrong), 2)
    })

    it("past the free attempts each wait doubles (2 s, then 4 s), counted from the previous checked attempt; the right password waits too", { timeout: 20_000 }, async () => {
      const account = await signup(server, "doubling")
      for (let i = 0; i < 5; i++) assertError(await loginFrom(server, addresses[i % 3]!, account.email, wrong), 401)
      assert.strictEqual(assertThrottled(await loginFrom(server, addresses[0]!, account.email, wrong)), 2)
      await sleep(2_050)
      assertError(await loginFrom(server, addresses[1]!, account.email, wrong), 401)
      assert.strictEqual(assertThrottled(await loginFrom(server, addresses[2]!, account.email, wrong)), 4)
      await sleep(2_000)
      assertThrottled(await loginFrom(server, addresses[0]!, account.email, account.password), 2)
    })

    it("an unknown email is throttled exactly like a known one, so a 429 tells nothing about the account", async () => {
      const nobody = `nobody-${randomToken(10).toLowerCase()}@example.com`
      const known = await signup(server, "known")
      for (const email of [nobody, known.email]) {
        const answers: Array<Answer> = []
        for (let i = 0; i < 6; i++) answers.push(await loginFrom(server, addresses[i % 3]!, email, wrong))
        assert.deepStrictEqual(answers.map((answer) => answer.status), [401, 401, 401, 401, 401, 429], email)
      }
    })
  })

  describe.skipIf(skip(database))("forgot-password with a mailer that blocks until released", () => {
    it("answers a known account before its mail is sent, the same as an unknown one; once released the mail goes out and its token works", async () => {
      const account: Account = await signup(server, "forgetful")
      const { sent } = mail
      sent.length = 0
      mail.hold()
      const forgot = (email: string) => server.request("POST", "/api/v1/auth/forgot-password", { body: { email } })
      const timeout = sleep(5_000).then(() => "timed out" as const)
      const known = await Promise.race([forgot(account.email), timeout])
      assert.notStrictEqual(known, "timed out", "the answer waited for the mailer")
      const unknown = await forgot(`unknown-${randomToken(10).toLowerCase()}@example.com`)
      if (known === "timed out") return
      assert.strictEqual(known.status, 202, known.text)
      assert.strictEqual(unknown.status, 202, unknown.text)
      assert.strictEqual(known.text, unknown.text)
      assert.deepStrictEqual(sent, [], "nothing was sent before the release")

      mail.release()
      for (let waited = 0; sent.length === 0 && waited < 5_000; waited += 10) await sleep(10)
      assert.deepStrictEqual(sent.map((message) => message.to), [account.email])
      const token = /rst_[0-9a-f]{64}/.exec(sent[0]!.text)?.[0]
      assert.isDefined(token)
      const reset = await server.request("POST", "/api/v1/auth/reset-password", { body: { token, password: "a new password, mailed late" } })
      assert.strictEqual(reset.status, 200, reset.text)
      const login = await server.request("POST", "/api/v1/auth/login", { body: { email: account.email, password: "a new password, mailed late" } })
      assert.strictEqual(login.status, 200, login.text)
    })
  })

  describe.skipIf(skip(database) || database !== "postgres")("two servers on one PostgreSQL", () => {
    let second: TestServer
    beforeAll(async () => {
      second = await start(database, { databaseUrl: server.databaseUrl!, settings })
    })
    afterAll(() => second?.close())

    it("count one account's attempts together: 5 checked across both, then both refuse; after the wait the right password works on either", async () => {
      const first = server
      const account = await signup(first, "shared")
      const servers = [first, second]
      for (let i = 0; i < 5; i++) assertError(await loginFrom(servers[i % 2]!, addresses[i % 3]!, account.email, wrong), 401)
      const waits = [assertThrottled(await loginFrom(first, addresses[0]!, account.email, wrong), 2)]
      waits.push(assertThrottled(await loginFrom(second, addresses[1]!, account.email, account.password), 2))
      await sleep(Math.max(...waits) * 1000 + 50)
      const right = await loginFrom(second, addresses[2]!, account.email, account.password)
      assert.strictEqual(right.status, 200, right.text)
      assertError(await loginFrom(first, addresses[0]!, account.email, wrong), 401)
    })
  })
})
