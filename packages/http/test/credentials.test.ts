/**
 * Credentials: the cipher on its own (AES-256-GCM round trip, tampering, another binding, another
 * secret), then the group through the real server on PGlite and PostgreSQL — store, list, delete,
 * validation, roles — checking with a canary that the value appears in no response, no log line
 * and no database column in clear, and that the store's server-internal `decrypt` opens a value
 * only for its own organization and id, under the server's secret, untampered.
 */
import * as SqlClient from "@effect/sql/SqlClient"
import { afterAll, assert, beforeAll, describe, it } from "@effect/vitest"
import { Context, Effect, Either, Layer, Redacted } from "effect"
import { randomToken } from "@sire/core/Id"
import { deriveKey } from "../src/auth/Tokens.js"
import * as Cipher from "../src/credentials/Cipher.js"
import * as Credentials from "../src/credentials/Credentials.js"
import * as Server from "../src/Server.js"
import { type Account, type Answer, assertError, databases, nextLink, signup, skip, start, type TestServer } from "./harness.js"

const secret = "credentials-test-secret-0123456789abcdef0123456789"
const binding = { organizationId: "org_one", credentialId: "cred_one" }



/** Flips one bit of byte `index` of a sealed value. */
const flip = (sealed: string, index: number): string => {
  const bytes = Buffer.from(sealed, "base64")
  bytes[index] = bytes[index]! ^ 0x01
  return bytes.toString("base64")
}

/** The failure of an effect, or a test failure if it succeeds. */
const failure = <A, E>(effect: Effect.Effect<A, E>): Promise<E> =>
  Effect.runPromise(Effect.either(effect)).then((result) => {
    if (Either.isRight(result)) throw new Error("expected a failure, got a success")
    return result.left
  })

describe("credential cipher (AES-256-GCM)", () => {
  const cipher = Cipher.fromSecret(Redacted.make(secret))

  it("round-trips any JSON value, with a fresh nonce every time, in the versioned envelope", async () => {
    for (const value of ["a token", { username: "alice", password: "pässwörd 🔑" }, [1, 2, { deep: true }], 42, true, { nested: { a: [null] } }]) {
      const sealed = await Effect.runPromise(cipher.seal(value, binding))
      assert.deepStrictEqual(await Effect.runPromise(cipher.open(sealed, binding)), value)
      const bytes = Buffer.from(sealed, "base64")
      assert.strictEqual(bytes[0], Cipher.version, "the version byte comes first")
      assert.strictEqual(bytes.length, 1 + 12 + Buffer.byteLength(JSON.stringify(value)) + 16, "version, 96-bit nonce, ciphertext, 128-bit tag")
      assert.notInclude(bytes.toString("latin1"), JSON.stringify(value))
    }
    const [first, second] = await Effect.runPromise(Effect.all([cipher.seal("same", binding), cipher.seal("same", binding)]))
    assert.notStrictEqual(first, second, "two encryptions of one value differ")
    assert.notDeepEqual(Buffer.from(first, "base64").subarray(1, 13), Buffer.from(second, "base64").subarray(1, 13), "fresh nonces")
  })

  it("uses the key HKDF derives from the secret for credentials:aes-256-gcm, and nothing else", async () => {
    const sealed = await Effect.runPromise(cipher.seal("token", binding))
    const same = Cipher.make(deriveKey(Redacted.make(secret), "credentials:aes-256-gcm"))
    assert.strictEqual(await Effect.runPromise(same.open(sealed, binding)), "token")
    const otherPurpose = Cipher.make(deriveKey(Redacted.make(secret), "access-token:hs256"))
    assert.strictEqual((await failure(otherPurpose.open(sealed, binding)))._tag, "DecryptionFailed")
    assert.throws(() => Cipher.make(new Uint8Array(16)), /32 bytes/)
  })

  it("refuses a tampered version, nonce, ciphertext or tag, and truncated or garbage input", async () => {
    const value = { password: "tamper-canary" }
    const sealed = await Effect.runPromise(cipher.seal(value, binding))
    const length = Buffer.from(sealed, "base64").length
    for (const index of [0, 1, 12, 13, 20, length - 17, length - 16, length - 1]) {
      const error = await failure(cipher.open(flip(sealed, index), binding))
      assert.strictEqual(error._tag, "DecryptionFailed", `byte ${index}`)
      assert.notInclude(error.message, "tamper-canary")
    }
    const bytes = Buffer.from(sealed, "base64")
    for (const broken of [bytes.subarray(0, length - 1), bytes.subarray(0, 20), Buffer.alloc(0), Buffer.from("not a sealed value")]) {
      assert.strictEqual((await failure(cipher.open(broken.toString("base64"), binding)))._tag, "DecryptionFailed")
    }
    assert.strictEqual((await failure(cipher.open("%%%", binding)))._tag, "DecryptionFailed")
  })

  it("refuses another organization or credential id (the additional authenticated data)", async () => {
    const sealed = await Effect.runPromise(cipher.seal("bound", binding))
    for (
      const other of [
        { organizationId: "org_two", credentialId: binding.credentialId },
        { organizationId: binding.organizationId, credentialId: "cred_two" },
        { organizationId: binding.credentialId, credentialId: binding.organizationId },
        { organizationId: "org_", credentialId: "onecred_one" }
      ]
    ) {
      assert.strictEqual((await failure(cipher.open(sealed, other)))._tag, "DecryptionFailed", JSON.stringify(other))
    }
  })

  it("refuses a value sealed under another secret", async () => {
    const sealed = await Effect.runPromise(Cipher.fromSecret(Redacted.make(`${secret}-rotated`)).seal("other key", binding))
    const error = await failure(cipher.open(sealed, binding))
    assert.strictEqual(error._tag, "DecryptionFailed")
    assert.notInclude(error.message, "other key")
  })
})

describe.each(databases)("credentials on %s", (database) => {
  describe.skipIf(skip(database))("through the real server", () => {
    const canary = `canary-${randomToken(32)}`
    const canaryPassword = `pw-${randomToken(32)}`
    const logs: Array<string> = []
    let server: TestServer
    let sql: SqlClient.SqlClient
    let owner: Account
    let rival: Account
    const keys: Record<"admin" | "member" | "viewer", string> = { admin: "", member: "", viewer: "" }

    beforeAll(async () => {
      server = await start(database, {
        secret,
        logs,
        serverLayer: (options) =>
          Server.layer({
            ...options,
            database: Layer.tap(
              (options.database ?? Server.database(options.config)) as Layer.Layer<SqlClient.SqlClient, unknown>,
              (context) => Effect.sync(() => (sql = Context.get(context, SqlClient.SqlClient)))
            )
          })
      })
      ;[owner, rival] = await Promise.all([signup(server, "creds-owner"), signup(server, "creds-rival")])
      for (const role of ["admin", "member", "viewer"] as const) {
        const key = await server.request("POST", "/api/v1/apikeys", { token: owner.token, body: { name: role, role } })
        assert.strictEqual(key.status, 201, key.text)
        keys[role] = key.body.key
      }
    })
    afterAll(() => server?.close())

    /** Every answer of the suite, to look for the canaries in. */
    const answers: Array<Answer> = []
    const send = async (method: string, path: string, token: string | undefined, body?: unknown) => {
      const answer = await server.request(method, `/api/v1${path}`, {
        ...(token !== undefined ? { token } : {}),
        ...(body !== undefined ? { body } : {})
      })
      answers.push(answer)
      return answer
    }
    const create = async (body: Record<string, unknown>, token = owner.token) => {
      const answer = await send("POST", "/credentials", token, body)
      assert.strictEqual(answer.status, 201, answer.text)
      return answer.body as { id: string; name: string; type: string; allowedHosts: Array<string>; createdAt: number; updatedAt: number }
    }
    const query = <A extends object>(statement: (sql: SqlClient.SqlClient) => Effect.Effect<ReadonlyArray<A>, unknown>) =>
      Effect.runPromise(statement(sql))
    const store = (storeSecret = secret) =>
      Effect.runSync(Credentials.make(Redacted.make(storeSecret)).pipe(Effect.provideService(SqlClient.SqlClient, sql)))

    it("POST answers 201 with the credential's metadata (cred_ id, trimmed name, lower-cased unique hosts), never its value", async () => {
      const before = Math.floor(Date.now() / 1000)
      const answer = await send("POST", "/credentials", owner.token, {
        name: "  GitHub token  ",
        type: "bearer",
        value: canary,
        allowedHosts: ["API.GitHub.com", "uploads.github.com", "api.github.com"]
      })
      assert.strictEqual(answer.status, 201, answer.text)
      assert.notInclude(answer.text, canary)
      assert.deepStrictEqual(Object.keys(answer.body).sort(), ["allowedHosts", "createdAt", "id", "name", "type", "updatedAt"])
      assert.match(answer.body.id, /^cred_[A-Za-z0-9]+$/)
      assert.strictEqual(answer.body.name, "GitHub token")
      assert.strictEqual(answer.body.type, "bearer")
      assert.deepStrictEqual(answer.body.allowedHosts, ["api.github.com", "uploads.github.com"])
      assert.isTrue(Number.isInteger(answer.body.createdAt))
      assert.isAtLeast(answer.body.createdAt, before - 1)
      assert.isAtMost(answer.body.createdAt, Math.floor(Date.now() / 1000))
      assert.strictEqual(answer.body.updatedAt, answer.body.createdAt)
    })

    it("accepts object values and every documented type; allowedHosts [] (sent nowhere) is accepted", async () => {
      const basic = await create({ name: "smtp", type: "basic", value: { username: "mailer", password: canaryPassword }, allowedHosts: [] })
      assert.deepStrictEqual(basic.allowedHosts, [])
      assert.strictEqual(basic.type, "basic")
      for (const type of Credentials.types) {
        const created = await create({ name: `a ${type}`, type, value: { token: canary, n: 1 }, allowedHosts: ["localhost", "10.0.0.7"] })
        assert.strictEqual(created.type, type)
        assert.deepStrictEqual(created.allowedHosts, ["localhost", "10.0.0.7"])
      }
    })

    it("accepts the peers' shape { name, type: \"api_key\", value } with allowedHosts, and says allowedHosts is required without it", async () => {
      const created = await create({ name: "Slack Bot Token", type: "api_key", value: canary, allowedHosts: ["slack.com"] })
      assert.strictEqual(created.type, "api_key")
      assert.deepStrictEqual(created.allowedHosts, ["slack.com"])
      const without = await server.request("POST", "/api/v1/credentials", {
        token: owner.token,
        body: { name: "Slack Bot Token", type: "api_key", value: canary }
      })
      assert.strictEqual(without.status, 400, without.text)
      assert.include(JSON.stringify(without.body), "allowedHosts")
      assert.include(JSON.stringify(without.body), "is required")
      assert.notInclude(without.text, canary)
    })

    it("GET lists the organization's credentials newest first, paged with limit, cursor and Link, without values", async () => {
      const account = await signup(server, "creds-pager")
      const made: Array<string> = []
      for (let i = 0; i < 5; i++) made.push((await create({ name: `page ${i}`, type: "custom", value: { secret: canary, i }, allowedHosts: ["api.example.com"] }, account.token)).id)
      const seen: Array<string> = []
      let path: string | undefined = "/api/v1/credentials?limit=2"
      let pages = 0
      while (path !== undefined) {
        const answer = await server.request("GET", path, { token: account.token })
        answers.push(answer)
        assert.strictEqual(answer.status, 200, answer.text)
        assert.isAtMost(answer.body.length, 2)
        for (const item of answer.body) {
          assert.deepStrictEqual(Object.keys(item).sort(), ["allowedHosts", "createdAt", "id", "name", "type", "updatedAt"])
        }
        seen.push(...answer.body.map((item: { id: string }) => item.id))
        path = nextLink(answer)
        pages++
      }
      assert.strictEqual(pages, 3)
      assert.deepStrictEqual(seen, [...made].reverse())
      const all = await send("GET", "/credentials", account.token)
      assert.strictEqual(all.headers.get("link"), null)
      assert.deepStrictEqual(all.body.map((item: { name: string }) => item.name), ["page 4", "page 3", "page 2", "page 1", "page 0"])
      assert.deepStrictEqual((await send("GET", "/credentials", rival.token)).body, [], "another organization sees none of them")
      assert.strictEqual((await send("GET", "/credentials?limit=0", account.token)).status, 400)
      assert.strictEqual((await send("GET", "/credentials?limit=101", account.token)).status, 400)
    })

    it("DELETE answers 204, then 404; unknown ids and another organization's ids are 404 and leave it in place", async () => {
      const created = await create({ name: "short-lived", type: "bearer", value: canary, allowedHosts: ["api.example.com"] })
      assertError(await send("DELETE", `/credentials/${created.id}`, rival.token), 404)
      assertError(await send("DELETE", "/credentials/cred_doesnotexist", owner.token), 404)
      const listed = await send("GET", "/credentials?limit=100", owner.token)
      assert.include(listed.body.map((item: { id: string }) => item.id), created.id, "the rival's DELETE left it")
      const deleted = await send("DELETE", `/credentials/${created.id}`, owner.token)
      assert.strictEqual(deleted.status, 204, deleted.text)
      assert.strictEqual(deleted.text, "")
      assertError(await send("DELETE", `/credentials/${created.id}`, owner.token), 404)
      const after = await send("GET", "/credentials?limit=100", owner.token)
      assert.notInclude(after.body.map((item: { id: string }) => item.id), created.id)
      const rows = await query((sql) => sql<{ id: string }>`SELECT id FROM sire_credentials WHERE id = ${created.id}`)
      assert.deepStrictEqual(rows, [], "the row and its sealed value are gone")
    })

    it("GET /credentials/:id answers the metadata only; another organization's id is 404", async () => {
      const created = await create({ name: "one", type: "bearer", value: canary, allowedHosts: ["api.example.com"] })
      const got = await send("GET", `/credentials/${created.id}`, owner.token)
      assert.strictEqual(got.status, 200, got.text)
      assert.deepStrictEqual(got.body, created)
      assert.notInclude(got.text, canary)
      assertError(await send("GET", `/credentials/${created.id}`, rival.token), 404)
      assertError(await send("GET", "/credentials/cred_doesnotexist", owner.token), 404)
    })

    it("PATCH rotates the value (sealed anew, never answered), renames, changes hosts, keeps the rest; refuses a type without a value", async () => {
      const created = await create({ name: "rotating", type: "bearer", value: "old-token", allowedHosts: ["a.example.com"] })
      const rotatedValue = `rotated-${canary}`
      const rotated = await send("PATCH", `/credentials/${created.id}`, owner.token, { value: rotatedValue })
      assert.strictEqual(rotated.status, 200, rotated.text)
      assert.notInclude(rotated.text, rotatedValue)
      assert.deepStrictEqual({ ...rotated.body, updatedAt: 0 }, { ...created, updatedAt: 0 }, "only the value (and updatedAt) changed")
      assert.strictEqual((await Effect.runPromise(store().decrypt(owner.organizationId, created.id))).value, rotatedValue)
      const renamed = await send("PATCH", `/credentials/${created.id}`, owner.token, {
        name: "  renamed  ",
        allowedHosts: ["B.example.com", "b.example.com"],
        type: "basic",
        value: { username: "u", password: canaryPassword }
      })
      assert.strictEqual(renamed.status, 200, renamed.text)
      assert.strictEqual(renamed.body.name, "renamed")
      assert.strictEqual(renamed.body.type, "basic")
      assert.deepStrictEqual(renamed.body.allowedHosts, ["b.example.com"])
      assert.notInclude(renamed.text, canaryPassword)
      assert.deepStrictEqual((await Effect.runPromise(store().decrypt(owner.organizationId, created.id))).value, { username: "u", password: canaryPassword })
      for (const body of [{ type: "bearer" }, {}, { value: null }, { name: "x", extra: 1 }]) {
        const refused = await send("PATCH", `/credentials/${created.id}`, owner.token, body)
        assert.strictEqual(refused.status, 400, JSON.stringify(body))
        assert.isString(refused.body.error)
        assert.isArray(refused.body.details)
      }
      assertError(await send("PATCH", `/credentials/${created.id}`, rival.token, { value: "taken-over" }), 404)
      assert.deepStrictEqual((await Effect.runPromise(store().decrypt(owner.organizationId, created.id))).value, { username: "u", password: canaryPassword }, "the rival changed nothing")
      const member = await send("PATCH", `/credentials/${created.id}`, keys.member, { name: "member" })
      assertError(member, 403)
    })

    it("refuses a bad type, missing or bad hosts, unknown fields, a missing or null value with 400 { error, details }, echoing no value", async () => {
      const valid = { name: "x", type: "bearer", value: canary, allowedHosts: ["api.example.com"] }
      const cases: Array<readonly [Record<string, unknown>, string]> = [
        [{ name: "x", type: "bearer", value: canary }, "allowedHosts"],
        [{ ...valid, type: "password" }, "type"],
        [{ name: "x", value: canary, allowedHosts: [] }, "type"],
        [{ ...valid, type: 7 }, "type"],
        [{ name: "x", type: "bearer", allowedHosts: [] }, "value"],
        [{ ...valid, value: null }, "value"],
        [{ ...valid, value: "" }, "value"],
        [{ ...valid, name: "   " }, "name"],
        [{ type: "bearer", value: canary, allowedHosts: [] }, "name"],
        [{ ...valid, scopes: ["all"] }, "scopes"],
        [{ ...valid, secret: canary }, "secret"],
        [{ ...valid, allowedHosts: "api.example.com" }, "allowedHosts"],
        [{ ...valid, allowedHosts: [42] }, "allowedHosts.0"],
        [{ ...valid, allowedHosts: Array.from({ length: 101 }, (_, i) => `h${i}.example.com`) }, "allowedHosts"],
        [[canary] as unknown as Record<string, unknown>, ""],
        [JSON.stringify(canary) as unknown as Record<string, unknown>, ""]
      ]
      for (const host of ["https://api.example.com", "api.example.com:443", "api.example.com/path", "*.example.com", "", "a..b", "-a.example.com", "a-.example.com", "exa mple.com", "example.com.", "1.2.3.999", "user@example.com", "[::1]", `${"a".repeat(64)}.com`]) {
        cases.push([{ ...valid, allowedHosts: ["ok.example.com", host] }, "allowedHosts.1"])
      }
      for (const [body, path] of cases) {
        const answer = await send("POST", "/credentials", owner.token, body)
        assert.strictEqual(answer.status, 400, `${JSON.stringify(body).slice(0, 120)}: ${answer.text}`)
        assert.isString(answer.body.error)
        assert.isTrue(
          answer.body.details.some((detail: { path: string }) => detail.path === path),
          `no detail at ${path}: ${answer.text}`
        )
        assert.notInclude(answer.text, canary, "a 400 never echoes the value")
      }
      const listed = await send("GET", "/credentials?limit=100", owner.token)
      assert.notInclude(listed.body.map((item: { name: string }) => item.name), "x", "nothing was stored")
    })

    it("roles: a viewer may not even list (403); a member lists but may not store or delete (403); an admin does all", async () => {
      const target = await create({ name: "guarded", type: "bearer", value: canary, allowedHosts: ["api.example.com"] })
      const body = { name: "by key", type: "bearer", value: canary, allowedHosts: ["api.example.com"] }
      assertError(await send("GET", "/credentials", keys.viewer), 403)
      assertError(await send("POST", "/credentials", keys.viewer, body), 403)
      assertError(await send("DELETE", `/credentials/${target.id}`, keys.viewer), 403)
      const listed = await send("GET", "/credentials?limit=100", keys.member)
      assert.strictEqual(listed.status, 200, listed.text)
      assert.include(listed.body.map((item: { id: string }) => item.id), target.id)
      assertError(await send("POST", "/credentials", keys.member, body), 403)
      assertError(await send("DELETE", `/credentials/${target.id}`, keys.member), 403)
      const made = await create(body, keys.admin)
      assert.strictEqual((await send("GET", "/credentials", keys.admin)).status, 200)
      assert.strictEqual((await send("DELETE", `/credentials/${made.id}`, keys.admin)).status, 204)
      assert.strictEqual((await send("DELETE", `/credentials/${target.id}`, keys.admin)).status, 204)
    })

    it("every credential endpoint answers 401 without credentials", async () => {
      assertError(await send("GET", "/credentials", undefined), 401)
      assertError(await send("POST", "/credentials", undefined, { name: "anonymous", type: "bearer", value: canary, allowedHosts: [] }), 401)
      assertError(await send("DELETE", "/credentials/cred_whatever", undefined), 401)
    })

    it("the database holds the value sealed (versioned base64 envelope), never in clear", async () => {
      const created = await create({ name: "at rest", type: "basic", value: { username: "rest", password: canaryPassword }, allowedHosts: [] })
      const rows = await query((sql) => sql<Record<string, unknown>>`SELECT * FROM sire_credentials WHERE id = ${created.id}`)
      assert.strictEqual(rows.length, 1)
      const row = rows[0]!
      assert.strictEqual(row.organization_id, owner.organizationId)
      assert.strictEqual(row.type, "basic")
      const sealed = Buffer.from(String(row.encrypted_value), "base64")
      assert.strictEqual(sealed[0], Cipher.version)
      assert.isAbove(sealed.length, 1 + 12 + 16)
      const everything = await query((sql) => sql<Record<string, unknown>>`SELECT * FROM sire_credentials`)
      const dump = JSON.stringify(everything)
      assert.isAbove(everything.length, 5)
      for (const secretText of [canary, canaryPassword]) {
        assert.notInclude(dump, secretText)
        assert.notInclude(dump, Buffer.from(secretText).toString("base64").slice(0, 24))
      }
    })

    it("decrypt (server-internal) round-trips, but only for its own organization and id, untampered, under the server's secret", async () => {
      const value = { username: "decrypt", password: canaryPassword }
      const first = await create({ name: "first", type: "basic", value, allowedHosts: ["mail.example.com"] })
      const second = await create({ name: "second", type: "bearer", value: canary, allowedHosts: ["api.example.com"] })
      const opened = await Effect.runPromise(store().decrypt(owner.organizationId, first.id))
      assert.deepStrictEqual(opened.value, value)
      assert.strictEqual(opened.credential.id, first.id)
      assert.strictEqual(opened.credential.type, "basic")
      assert.deepStrictEqual(opened.credential.allowedHosts, ["mail.example.com"])
      assert.strictEqual((await Effect.runPromise(store().decrypt(owner.organizationId, second.id))).value, canary)

      assert.strictEqual((await failure(store().decrypt(rival.organizationId, first.id)))._tag, "CredentialNotFound")
      assert.strictEqual((await failure(store().decrypt(owner.organizationId, "cred_doesnotexist")))._tag, "CredentialNotFound")
      const rotated = await failure(store(`${secret}-rotated`).decrypt(owner.organizationId, first.id))
      assert.strictEqual(rotated._tag, "DecryptionFailed", "another secret does not open it")

      const sealedOf = async (id: string) =>
        String((await query((sql) => sql<{ v: string }>`SELECT encrypted_value AS v FROM sire_credentials WHERE id = ${id}`))[0]!.v)
      const setSealed = (id: string, sealed: string) =>
        query((sql) => sql`UPDATE sire_credentials SET encrypted_value = ${sealed} WHERE id = ${id} RETURNING id`)
      const original = await sealedOf(second.id)

      // Another credential's sealed value, copied over: bound to the other id, it does not open.
      await setSealed(second.id, await sealedOf(first.id))
      assert.strictEqual((await failure(store().decrypt(owner.organizationId, second.id)))._tag, "DecryptionFailed")
      // A flipped ciphertext bit.
      await setSealed(second.id, flip(original, 14))
      const tampered = await failure(store().decrypt(owner.organizationId, second.id))
      assert.strictEqual(tampered._tag, "DecryptionFailed")
      assert.notInclude(String(tampered), canary)
      // Restored, it opens again; moved to another organization, it does not.
      await setSealed(second.id, original)
      assert.strictEqual((await Effect.runPromise(store().decrypt(owner.organizationId, second.id))).value, canary)
      await query((sql) => sql`UPDATE sire_credentials SET organization_id = ${rival.organizationId} WHERE id = ${second.id} RETURNING id`)
      assert.strictEqual((await failure(store().decrypt(rival.organizationId, second.id)))._tag, "DecryptionFailed")
      await query((sql) => sql`UPDATE sire_credentials SET organization_id = ${owner.organizationId} WHERE id = ${second.id} RETURNING id`)
    })

    it("no response and no log line of the whole suite contains a credential value", () => {
      assert.isAbove(answers.length, 40)
      for (const answer of answers) {
        assert.notInclude(answer.text, canary)
        assert.notInclude(answer.text, canaryPassword)
        for (const [name, value] of answer.headers) {
          assert.notInclude(value, canary, name)
          assert.notInclude(value, canaryPassword, name)
        }
      }
      assert.isTrue(
        logs.some((line) => line.includes("http.url=/api/v1/credentials") && line.includes("http.status=201")),
        "the request fibers' log lines are captured too"
      )
      const all = logs.join("\n")
      assert.notInclude(all, canary)
      assert.notInclude(all, canaryPassword)
    })
  })
})
