/**
 * The auth group through the real server and a real HTTP client, on PGlite and on PostgreSQL:
 * signup, login, me, logout, refresh-token rotation with reuse detection, forged and expired
 * access tokens, and the password-reset pair.
 */
import { afterAll, assert, beforeAll, describe, it } from "@effect/vitest"
import { Redacted } from "effect"
import { createHmac } from "node:crypto"
import { randomToken } from "@sire/core/Id"
import { deriveKey } from "../src/auth/Tokens.js"
import { type Account, type Answer, databases, signup, skip, start, type TestServer } from "./harness.js"
import { sleep } from "../../nodes/test/loopback.js"

const secret = "auth-suite-secret-0123456789abcdef0123456789"
const otherSecret = "another-secret-fedcba9876543210fedcba9876543210"
const accessKey = deriveKey(Redacted.make(secret), "access-token:hs256")

const nowSeconds = () => Math.floor(Date.now() / 1000)
const freshEmail = (label: string) => `${label}-${randomToken(10).toLowerCase()}@example.com`

/** A compact JWS over `header` and `payload`, HMAC-signed with `key` by `hash`. */
const hmacJwt = (
  header: Record<string, unknown>,
  payload: Record<string, unknown>,
  key: Uint8Array | string,
  hash: "sha256" | "sha384" | "sha512" = "sha256"
): string => {
  const input = `${Buffer.from(JSON.stringify(header)).toString("base64url")}.${
    Buffer.from(JSON.stringify(payload)).toString("base64url")
  }`
  return `${input}.${createHmac(hash, key).update(input).digest("base64url")}`
}

/** The claims of a JWT, unverified. */
const claimsOf = (token: string): Record<string, unknown> =>
  JSON.parse(Buffer.from(token.split(".")[1] ?? "", "base64url").toString("utf8"))

/** Asserts a 401 whose body is exactly `{ error: <message> }`. */
const assertUnauthorized = (answer: Answer) => {
  assert.strictEqual(answer.status, 401, answer.text)
  assert.deepStrictEqual(Object.keys(answer.body), ["error"])
  assert.isString(answer.body.error)
  assert.isNotEmpty(answer.body.error)
}

/** Asserts a 400 whose body is `{ error, details }` with a detail at `path`. */
const assertInvalid = (answer: Answer, path: string) => {
  assert.strictEqual(answer.status, 400, answer.text)
  assert.isString(answer.body.error)
  assert.isArray(answer.body.details)
  assert.isTrue(
    answer.body.details.some((detail: { path: string; message: string }) =>
      detail.path === path && typeof detail.message === "string"
    ),
    `no detail at ${path}: ${answer.text}`
  )
}

describe.each(databases)("auth on %s", (database) => {
  describe.skipIf(skip(database))("through the real server", () => {
    let server: TestServer
    /** Two-second access tokens, 300 ms reset tokens, and another secret. */
    let brief: TestServer
    beforeAll(async () => {
      ;[server, brief] = await Promise.all([
        start(database, { secret }),
        start(database, { secret: otherSecret, accessTtlSeconds: 2, settings: { resetTtlMs: 300 } })
      ])
    })
    afterAll(async () => {
      await Promise.all([server?.close(), brief?.close()])
    })

    const me = (token: string) => server.request("GET", "/api/v1/auth/me", { token })
    const login = (email: string, password: string) =>
      server.request("POST", "/api/v1/auth/login", { body: { email, password } })
    const refresh = (refreshToken: string) => server.request("POST", "/api/v1/auth/refresh", { body: { refreshToken } })

    describe("signup", () => {
      it("answers 201 with a working session and the user as the owner of a new free organization, never echoing the password", async () => {
        const email = freshEmail("signup")
        const password = "a long enough secret phrase"
        const before = nowSeconds()
        const answer = await server.request("POST", "/api/v1/auth/signup", {
          body: { email, password, name: "Ada Lovelace", organizationName: "Analytical Engines" }
        })
        assert.strictEqual(answer.status, 201, answer.text)
        const body = answer.body
        assert.isString(body.token)
        assert.isTrue(Number.isInteger(body.expiresAt))
        assert.isAbove(body.expiresAt, before)
        assert.isBelow(body.expiresAt, before + 24 * 3600, "expiresAt is unix seconds")
        assert.match(body.refreshToken, /^rt_[0-9a-f]{64}$/)
        assert.match(body.user.id, /^usr_/)
        assert.strictEqual(body.user.email, email)
        assert.strictEqual(body.user.name, "Ada Lovelace")
        assert.strictEqual(body.user.role, "owner")
        assert.match(body.user.organization.id, /^org_/)
        assert.strictEqual(body.user.organization.name, "Analytical Engines")
        assert.strictEqual(body.user.organization.plan, "free")
        assert.isAtLeast(body.user.createdAt, before - 1)
        assert.isAtMost(body.user.createdAt, nowSeconds())
        assert.notInclude(answer.text, password)
        assert.notProperty(body.user, "password")
        assert.notProperty(body.user, "passwordHash")
        assert.notInclude(answer.text, "argon2")

        const who = await me(body.token)
        assert.strictEqual(who.status, 200, who.text)
        assert.deepStrictEqual(who.body, body.user)
      })

      it("normalizes the email to lower case, and refuses it again in any case with 400", async () => {
        const email = freshEmail("dup")
        const first = await server.request("POST", "/api/v1/auth/signup", {
          body: { email: `  ${email.toUpperCase()} `, password: "first password!" }
        })
        assert.strictEqual(first.status, 201, first.text)
        assert.strictEqual(first.body.user.email, email)
        for (const again of [email, email.toUpperCase(), `${email[0]!.toUpperCase()}${email.slice(1)}`]) {
          const answer = await server.request("POST", "/api/v1/auth/signup", { body: { email: again, password: "second password!" } })
          assert.strictEqual(answer.status, 400, answer.text)
          assert.isString(answer.body.error)
          assert.notInclude(answer.text, "second password!")
        }
        assert.strictEqual((await login(email.toUpperCase(), "first password!")).status, 200)
      })

      it("creates exactly one account when the same email signs up several times at once", async () => {
        const email = freshEmail("race")
        const answers = await Promise.all(
          [0, 1, 2, 3].map((i) => server.request("POST", "/api/v1/auth/signup", { body: { email, password: `password number ${i}` } }))
        )
        assert.deepStrictEqual(answers.map((answer) => answer.status).sort(), [201, 400, 400, 400], answers.map((a) => a.text).join("\n"))
        const winner = answers.findIndex((answer) => answer.status === 201)
        assert.strictEqual((await login(email, `password number ${winner}`)).status, 200)
      })

      it("refuses an invalid email, a short password and an unknown field with 400 { error, details }", async () => {
        const signupWith = (body: unknown) => server.request("POST", "/api/v1/auth/signup", { body })
        assertInvalid(await signupWith({ email: "not-an-email", password: "long enough password" }), "email")
        assertInvalid(await signupWith({ email: "a@b", password: "long enough password" }), "email")
        const short = await signupWith({ email: freshEmail("short"), password: "Sh0rt!" })
        assertInvalid(short, "password")
        assert.notInclude(short.text, "Sh0rt!")
        assertInvalid(await signupWith({ email: freshEmail("extra"), password: "long enough password", role: "admin" }), "role")
        assertInvalid(await signupWith({ password: "long enough password" }), "email")
      })

      it("never quotes a refused password or token in the error, however it is wrong", async () => {
        const long = `Secret-${"x".repeat(260)}`
        const refusals: ReadonlyArray<readonly [string, Record<string, unknown>, string, string]> = [
          ["/api/v1/auth/signup", { email: freshEmail("long"), password: long }, "password", long.slice(0, 40)],
          ["/api/v1/auth/signup", { email: freshEmail("num"), password: 987654321 }, "password", "987654321"],
          ["/api/v1/auth/login", { email: freshEmail("num"), password: 987654321 }, "password", "987654321"],
          ["/api/v1/auth/login", { email: freshEmail("arr"), password: ["hunter2hunter2"] }, "password", "hunter2hunter2"],
          ["/api/v1/auth/reset-password", { token: `rst_${"0".repeat(64)}`, password: long }, "password", long.slice(0, 40)],
          ["/api/v1/auth/reset-password", { token: 31415926, password: "fine password" }, "token", "31415926"],
          ["/api/v1/auth/refresh", { refreshToken: 27182818 }, "refreshToken", "27182818"]
        ]
        for (const [path, body, field, secretPart] of refusals) {
          const answer = await server.request("POST", path, { body })
          assertInvalid(answer, field)
          assert.notInclude(answer.text, secretPart, `${path} quoted the ${field}`)
        }
      })
    })

    describe("login", () => {
      let account: Account
      beforeAll(async () => {
        account = await signup(server, "login")
      })

      it("returns a new session whose token works and whose expiresAt is in the future", async () => {
        const answer = await login(account.email, account.password)
        assert.strictEqual(answer.status, 200, answer.text)
        assert.deepStrictEqual(Object.keys(answer.body).sort(), ["expiresAt", "refreshToken", "token"])
        assert.isAbove(answer.body.expiresAt, nowSeconds())
        assert.notStrictEqual(answer.body.token, account.token)
        assert.notStrictEqual(answer.body.refreshToken, account.refreshToken)
        const who = await me(answer.body.token)
        assert.strictEqual(who.status, 200, who.text)
        assert.strictEqual(who.body.id, account.userId)
      })

      it("answers a wrong password and an unknown email with the same 401", async () => {
        const wrong = await login(account.email, "not the password")
        const unknown = await login(freshEmail("nobody"), "not the password")
        assertUnauthorized(wrong)
        assertUnauthorized(unknown)
        assert.deepStrictEqual(wrong.body, unknown.body)
        assert.strictEqual(wrong.text, unknown.text)
      })
    })

    describe("me", () => {
      it("answers 401 without credentials", async () => {
        assertUnauthorized(await server.request("GET", "/api/v1/auth/me"))
      })

      it("with an API key, returns the key's creator with the key's role and apiKeyId", async () => {
        const owner = await signup(server, "me-key")
        const created = await server.request("POST", "/api/v1/apikeys", { token: owner.token, body: { name: "ci", role: "viewer" } })
        assert.strictEqual(created.status, 201, created.text)
        const viaKey = await me(created.body.key)
        assert.strictEqual(viaKey.status, 200, viaKey.text)
        assert.strictEqual(viaKey.body.id, owner.userId)
        assert.strictEqual(viaKey.body.email, owner.email)
        assert.strictEqual(viaKey.body.role, "viewer")
        assert.strictEqual(viaKey.body.apiKeyId, created.body.id)
        assert.strictEqual(viaKey.body.organization.id, owner.organizationId)
        const viaSession = await me(owner.token)
        assert.strictEqual(viaSession.body.role, "owner")
        assert.notProperty(viaSession.body, "apiKeyId")
      })
    })

    describe("logout", () => {
      it("ends the session at once (access and refresh token) and leaves the user's other sessions working", async () => {
        const account = await signup(server, "logout")
        const other = await login(account.email, account.password)
        assert.strictEqual(other.status, 200, other.text)
        assert.strictEqual((await me(account.token)).status, 200)

        const out = await server.request("POST", "/api/v1/auth/logout", { token: account.token })
        assert.strictEqual(out.status, 204, out.text)
        assert.strictEqual(out.text, "")
        assertUnauthorized(await me(account.token))
        assertUnauthorized(await server.request("POST", "/api/v1/auth/logout", { token: account.token }))
        assertUnauthorized(await refresh(account.refreshToken))

        assert.strictEqual((await me(other.body.token)).status, 200)
        const renewed = await refresh(other.body.refreshToken)
        assert.strictEqual(renewed.status, 200, renewed.text)
        assert.strictEqual((await me(renewed.body.token)).status, 200)
      })

      it("answers 401 without credentials", async () => {
        assertUnauthorized(await server.request("POST", "/api/v1/auth/logout"))
      })
    })

    describe("refresh", () => {
      it("returns a new working token and a new refresh token", async () => {
        const account = await signup(server, "refresh")
        const answer = await refresh(account.refreshToken)
        assert.strictEqual(answer.status, 200, answer.text)
        assert.match(answer.body.refreshToken, /^rt_[0-9a-f]{64}$/)
        assert.notStrictEqual(answer.body.refreshToken, account.refreshToken)
        assert.isAbove(answer.body.expiresAt, nowSeconds())
        const who = await me(answer.body.token)
        assert.strictEqual(who.status, 200, who.text)
        assert.strictEqual(who.body.id, account.userId)
        const again = await refresh(answer.body.refreshToken)
        assert.strictEqual(again.status, 200, again.text)
        assert.strictEqual((await me(again.body.token)).status, 200)
      })

      it("treats a spent refresh token presented again as theft: 401, and the whole session ends, other sessions do not", async () => {
        const account = await signup(server, "reuse")
        const elsewhere = await login(account.email, account.password)
        assert.strictEqual(elsewhere.status, 200)
        const second = await refresh(account.refreshToken)
        assert.strictEqual(second.status, 200, second.text)
        const third = await refresh(second.body.refreshToken)
        assert.strictEqual(third.status, 200, third.text)

        assertUnauthorized(await refresh(account.refreshToken))
        assertUnauthorized(await refresh(third.body.refreshToken))
        assertUnauthorized(await me(third.body.token))
        assertUnauthorized(await me(second.body.token))
        assertUnauthorized(await me(account.token))

        assert.strictEqual((await me(elsewhere.body.token)).status, 200)
        assert.strictEqual((await refresh(elsewhere.body.refreshToken)).status, 200)
      })

      it("rotates a refresh token presented twice at once only once, and treats the second as reuse", async () => {
        const account = await signup(server, "refresh-race")
        const answers = await Promise.all([refresh(account.refreshToken), refresh(account.refreshToken)])
        assert.deepStrictEqual(answers.map((answer) => answer.status).sort(), [200, 401], answers.map((a) => a.text).join("\n"))
        const rotated = answers.find((answer) => answer.status === 200)!
        assertUnauthorized(await refresh(rotated.body.refreshToken))
        assertUnauthorized(await me(account.token))
      })

      it("refuses an unknown refresh token, or an access token in its place, with 401", async () => {
        const account = await signup(server, "refresh-unknown")
        assertUnauthorized(await refresh(`rt_${"0".repeat(64)}`))
        assertUnauthorized(await refresh("garbage"))
        assertUnauthorized(await refresh(account.token))
        assert.strictEqual((await refresh(account.refreshToken)).status, 200, "the session is untouched")
      })
    })

    describe("access tokens", () => {
      let account: Account
      let claims: Record<string, unknown>
      let stranger: Account
      beforeAll(async () => {
        ;[account, stranger] = await Promise.all([signup(server, "jwt"), signup(server, "stranger")])
        claims = claimsOf(account.token)
      })
      const header = { alg: "HS256", typ: "JWT" }

      it("a token re-signed with the server's key and unchanged claims is accepted (each forgery below differs in one respect)", async () => {
        const who = await me(hmacJwt(header, claims, accessKey))
        assert.strictEqual(who.status, 200, who.text)
        assert.strictEqual(who.body.id, account.userId)
        assert.deepStrictEqual(
          [claims.iss, claims.aud, claims.sub, claims.org],
          ["sire", "sire-api", account.userId, account.organizationId]
        )
      })

      const forgeries: ReadonlyArray<readonly [string, () => string]> = [
        ["alg none, unsigned", () => {
          const unsigned = hmacJwt({ alg: "none", typ: "JWT" }, claims, accessKey).split(".")
          return `${unsigned[0]}.${unsigned[1]}.`
        }],
        ["alg none, with the HS256 signature kept", () => {
          const genuine = hmacJwt(header, claims, accessKey).split(".")
          const none = hmacJwt({ alg: "none", typ: "JWT" }, claims, accessKey).split(".")
          return `${none[0]}.${none[1]}.${genuine[2]}`
        }],
        ["HS512 with the server's key", () => hmacJwt({ alg: "HS512", typ: "JWT" }, claims, accessKey, "sha512")],
        ["HS384 with the server's key", () => hmacJwt({ alg: "HS384", typ: "JWT" }, claims, accessKey, "sha384")],
        ["RS256 announced but HMAC-signed with the server's key", () => hmacJwt({ alg: "RS256", typ: "JWT" }, claims, accessKey)],
        ["signed with the raw server secret instead of the derived key", () => hmacJwt(header, claims, secret)],
        ["signed with another secret's key", () =>
          hmacJwt(header, claims, deriveKey(Redacted.make(otherSecret), "access-token:hs256"))],
        ["expired", () => hmacJwt(header, { ...claims, iat: nowSeconds() - 3600, exp: nowSeconds() - 60 }, accessKey)],
        ["without exp", () => {
          const { exp: _, ...rest } = claims
          return hmacJwt(header, rest, accessKey)
        }],
        ["for another audience", () => hmacJwt(header, { ...claims, aud: "another-api" }, accessKey)],
        ["from another issuer", () => hmacJwt(header, { ...claims, iss: "not-sire" }, accessKey)],
        ["naming another user than its session's", () => hmacJwt(header, { ...claims, sub: stranger.userId }, accessKey)],
        ["naming another organization than its session's", () =>
          hmacJwt(header, { ...claims, org: stranger.organizationId }, accessKey)],
        ["naming a session that does not exist", () => hmacJwt(header, { ...claims, sid: "ses_doesnotexist" }, accessKey)],
        ["with its claims edited after signing", () => {
          const genuine = account.token.split(".")
          const edited = Buffer.from(JSON.stringify({ ...claims, org: stranger.organizationId })).toString("base64url")
          return `${genuine[0]}.${edited}.${genuine[2]}`
        }],
        ["a refresh token", () => account.refreshToken],
        ["garbage", () => "not.a.jwt"],
        ["a random string", () => randomToken(40)]
      ]

      it.each(forgeries)("a bearer token that is %s is refused with 401 { error }", async (_, forge) => {
        assertUnauthorized(await me(forge()))
        assertUnauthorized(await server.request("GET", "/api/v1/workflows", { token: forge() }))
      })

      it("a token issued by a server with another secret is refused with 401", async () => {
        const foreign = await signup(brief, "foreign")
        assert.strictEqual((await brief.request("GET", "/api/v1/auth/me", { token: foreign.token })).status, 200)
        assertUnauthorized(await me(foreign.token))
        assertUnauthorized(await brief.request("GET", "/api/v1/auth/me", { token: account.token }))
      })

      it("a scheme other than Bearer, or Bearer without a token, is refused with 401", async () => {
        for (const authorization of [
          `Basic ${Buffer.from(`${account.email}:${account.password}`).toString("base64")}`,
          `Token ${account.token}`,
          account.token,
          "Bearer",
          "Bearer ",
          `Bearer ${account.token} extra`
        ]) {
          assertUnauthorized(await server.request("GET", "/api/v1/auth/me", { headers: { authorization } }))
        }
      })

      it("the Bearer scheme is matched case-insensitively", async () => {
        const answer = await server.request("GET", "/api/v1/auth/me", { headers: { authorization: `bearer ${account.token}` } })
        assert.strictEqual(answer.status, 200, answer.text)
      })

      it("an access token stops working once its lifetime is over, and the refresh token renews it", async () => {
        const session = await signup(brief, "ttl")
        const ask = (token: string) => brief.request("GET", "/api/v1/auth/me", { token })
        assert.strictEqual((await ask(session.token)).status, 200)
        const expiresAt = claimsOf(session.token).exp as number
        assert.isAtMost(expiresAt, nowSeconds() + 2)
        await sleep(expiresAt * 1000 - Date.now() + 50)
        const expired = await ask(session.token)
        assertUnauthorized(expired)
        assert.match(expired.body.error, /expired/, "the client can tell it is time to refresh")
        const renewed = await brief.request("POST", "/api/v1/auth/refresh", { body: { refreshToken: session.refreshToken } })
        assert.strictEqual(renewed.status, 200, renewed.text)
        assert.strictEqual((await ask(renewed.body.token)).status, 200)
      })
    })

    describe("password reset", () => {
      const forgot = (target: TestServer, email: string) =>
        target.request("POST", "/api/v1/auth/forgot-password", { body: { email } })
      const reset = (target: TestServer, token: string, password: string) =>
        target.request("POST", "/api/v1/auth/reset-password", { body: { token, password } })
      /** The mail to `email` once there are `count` (it is sent after the answer), within 5 s. */
      const mailTo = async (target: TestServer, email: string, count = 1) => {
        for (let waited = 0; waited < 5_000; waited += 10) {
          const mail = target.mail.filter((message) => message.to === email)
          if (mail.length >= count) return mail
          await sleep(10)
        }
        return assert.fail(`fewer than ${count} mails to ${email} within 5 s`)
      }
      /** The reset token in the newest of `count` mails to `email`. */
      const resetTokenFor = async (target: TestServer, email: string, count = 1): Promise<string> => {
        const mail = (await mailTo(target, email, count)).at(-1)!
        const token = /rst_[0-9a-f]{64}/.exec(mail.text)?.[0]
        assert.isDefined(token, `no reset token in ${mail.text}`)
        return token!
      }

      it("forgot-password answers the same 202 for an existing and an unknown email, and mails a reset token only to the existing one", async () => {
        const account = await signup(server, "forgot")
        const unknownEmail = freshEmail("unknown")
        const sentBefore = server.mail.length
        const known = await forgot(server, account.email.toUpperCase())
        const unknown = await forgot(server, unknownEmail)
        assert.strictEqual(known.status, 202, known.text)
        assert.strictEqual(unknown.status, 202, unknown.text)
        assert.strictEqual(known.text, unknown.text)
        assert.isString(known.body.message)
        assert.notInclude(known.text, "rst_")
        await mailTo(server, account.email)
        const sent = server.mail.slice(sentBefore)
        assert.deepStrictEqual(sent.map((message) => message.to), [account.email])
        assert.match(sent[0]!.text, /rst_[0-9a-f]{64}/)
      })

      it("reset-password sets the new password, ends every session and spends the token (and any other one)", async () => {
        const account = await signup(server, "reset")
        const other = await login(account.email, account.password)
        assert.strictEqual(other.status, 200)
        assert.strictEqual((await forgot(server, account.email)).status, 202)
        const older = await resetTokenFor(server, account.email)
        assert.strictEqual((await forgot(server, account.email)).status, 202)
        const token = await resetTokenFor(server, account.email, 2)
        assert.notStrictEqual(token, older)

        const newPassword = "a brand new password"
        const done = await reset(server, token, newPassword)
        assert.strictEqual(done.status, 200, done.text)
        assert.isString(done.body.message)
        assert.notInclude(done.text, newPassword)

        assertUnauthorized(await login(account.email, account.password))
        const fresh = await login(account.email, newPassword)
        assert.strictEqual(fresh.status, 200, fresh.text)
        assert.strictEqual((await me(fresh.body.token)).status, 200)

        assertUnauthorized(await me(account.token))
        assertUnauthorized(await me(other.body.token))
        assertUnauthorized(await refresh(account.refreshToken))
        assertUnauthorized(await refresh(other.body.refreshToken))

        const twice = await reset(server, token, "yet another password")
        assert.strictEqual(twice.status, 400, twice.text)
        assert.isString(twice.body.error)
        assert.strictEqual((await reset(server, older, "yet another password")).status, 400)
        assert.strictEqual((await login(account.email, newPassword)).status, 200, "the password is still the new one")
      })

      it("reset-password refuses an unknown token and a too-short password with 400", async () => {
        const unknown = await reset(server, `rst_${"0".repeat(64)}`, "a perfectly fine password")
        assert.strictEqual(unknown.status, 400, unknown.text)
        assert.deepStrictEqual(Object.keys(unknown.body), ["error"])
        assertInvalid(await reset(server, `rst_${"0".repeat(64)}`, "short"), "password")
      })

      it("reset-password refuses a token past its lifetime with 400 and leaves the password as it was", async () => {
        const account = await signup(brief, "expired-reset")
        assert.strictEqual((await forgot(brief, account.email)).status, 202)
        const token = await resetTokenFor(brief, account.email)
        await sleep(400)
        const late = await reset(brief, token, "too late a password")
        assert.strictEqual(late.status, 400, late.text)
        assert.isString(late.body.error)
        const still = await brief.request("POST", "/api/v1/auth/login", { body: { email: account.email, password: account.password } })
        assert.strictEqual(still.status, 200, still.text)
      })
    })
  })
})
