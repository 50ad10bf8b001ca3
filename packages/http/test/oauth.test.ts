/**
 * Sign-in with a provider through the real server and real protocol servers on loopback, on
 * PGlite and PostgreSQL: `oidc-provider` (a certified OpenID Provider) as Google and as Okta, and
 * a fake of GitHub's OAuth endpoints. The whole flow (start, provider, callback, one-time code,
 * exchange), linking and creating accounts, and the attacks: a missing cookie, a missing or
 * mismatched state, a replayed callback, a replayed provider code, a replayed one-time code, an
 * unverified email taking over an account, an open redirect through `returnTo`, the provider's
 * `?error=access_denied` — each refused with `{ error }` and nothing created.
 */
import { afterAll, assert, beforeAll, describe, it } from "@effect/vitest"
import { ConfigProvider, Effect, Either, Redacted } from "effect"
import { exportPKCS8, generateKeyPair, jwtVerify } from "jose"
import * as fc from "fast-check"
import { randomToken } from "@sire/core/Id"
import * as ReturnTo from "../src/oauth/ReturnTo.js"
import * as OAuthSettings from "../src/oauth/Settings.js"
import { assertError, databases, signup, skip, start, type TestServer } from "./harness.js"
import { Browser, type GitHubFake, type OidcFake, startGitHub, startOidc } from "./oauthFakes.js"

const publicUrl = "http://sire.test"
const appUrl = "https://app.sire.test"
const callbackOf = (provider: string) => `${publicUrl}/api/v1/auth/oauth/${provider}/callback`
const freshEmail = (label: string) => `${label}-${randomToken(10).toLowerCase()}@example.com`

describe("returnTo", () => {
  it("property: every return path the check accepts leads to the app's origin, and every URL of another origin is refused", () => {
    fc.assert(fc.property(fc.oneof(fc.string(), fc.webUrl(), fc.webPath(), fc.string().map((s) => `/${s}`), fc.string().map((s) => `//${s}`)), (returnTo) => {
      if (ReturnTo.refusal(returnTo, appUrl) === undefined) {
        assert.strictEqual(new URL(ReturnTo.destination(appUrl, returnTo, "oac_x")).origin, appUrl, returnTo)
      }
    }), { numRuns: 2000 })
    for (const evil of ["https://evil.example", "//evil.example", "/\\evil.example", "\\\\evil.example", "javascript:alert(1)", "/%0d%0a", "evil.example"]) {
      const refused = ReturnTo.refusal(evil, appUrl) !== undefined || new URL(ReturnTo.destination(appUrl, evil, "")).origin === appUrl
      assert.isTrue(refused, evil)
    }
  })
})

describe("provider settings", () => {
  const read = (env: Record<string, string>) =>
    Effect.runSync(Effect.either(Effect.withConfigProvider(OAuthSettings.fromEnv, ConfigProvider.fromMap(new Map(Object.entries(env))))))

  it("a provider is configured only with all its settings; some without the others is refused naming the missing ones", () => {
    assert.deepStrictEqual(read({}), Either.right({}))
    const google = read({ SIRE_OAUTH_GOOGLE_CLIENT_ID: "id", SIRE_OAUTH_GOOGLE_CLIENT_SECRET: "secret" })
    assert.isTrue(Either.isRight(google))
    const settings = Either.getOrThrow(google).google!
    assert.strictEqual(settings.kind === "oidc" && settings.issuer, "https://accounts.google.com")
    const half = read({ SIRE_OAUTH_GOOGLE_CLIENT_ID: "id" })
    assert.isTrue(Either.isLeft(half))
    assert.include(String(Either.isLeft(half) && half.left), "SIRE_OAUTH_GOOGLE_CLIENT_SECRET")
    const apple = read({ SIRE_OAUTH_APPLE_CLIENT_ID: "com.example", SIRE_OAUTH_APPLE_TEAM_ID: "T" })
    assert.include(String(Either.isLeft(apple) && apple.left), "SIRE_OAUTH_APPLE_KEY_ID")
    const okta = read({ SIRE_OAUTH_OKTA_CLIENT_ID: "id", SIRE_OAUTH_OKTA_CLIENT_SECRET: "s" })
    assert.include(String(Either.isLeft(okta) && okta.left), "SIRE_OAUTH_OKTA_ISSUER")
    const badUrl = read({ SIRE_OAUTH_OKTA_ISSUER: "not a url", SIRE_OAUTH_OKTA_CLIENT_ID: "id", SIRE_OAUTH_OKTA_CLIENT_SECRET: "s" })
    assert.include(String(Either.isLeft(badUrl) && badUrl.left), "SIRE_OAUTH_OKTA_ISSUER must be an http(s) URL")
    const github = Either.getOrThrow(read({
      SIRE_OAUTH_GITHUB_CLIENT_ID: "id",
      SIRE_OAUTH_GITHUB_CLIENT_SECRET: "s",
      SIRE_OAUTH_GITHUB_URL: "http://127.0.0.1:9/"
    })).github!
    assert.deepInclude(github, { kind: "github", webUrl: "http://127.0.0.1:9", apiUrl: "https://api.github.com" })
  })
})

describe.each(databases)("sign-in with a provider on %s", (database) => {
  describe.skipIf(skip(database))("through the real server", () => {
    let server: TestServer
    let bare: TestServer
    let oidc: OidcFake
    let github: GitHubFake
    beforeAll(async () => {
      // Apple: the client secret is a JWT signed with the team's ES256 key; the fake verifies it, then checks the registered secret
      const appleKey = await generateKeyPair("ES256", { extractable: true })
      const applePrivateKey = await exportPKCS8(appleKey.privateKey)
      oidc = await startOidc([
        { client_id: "sire-google", client_secret: "google-secret-0123456789", redirect_uris: [callbackOf("google")] },
        { client_id: "sire-okta", client_secret: "okta-secret-0123456789", redirect_uris: [callbackOf("okta")] },
        { client_id: "sire-apple", client_secret: "apple-registered-secret-0123456789", redirect_uris: [callbackOf("apple")] }
      ], async (clientId, secret, issuer) => {
        if (clientId !== "sire-apple") return secret
        try {
          const { protectedHeader } = await jwtVerify(secret, appleKey.publicKey, {
            issuer: "TEAM123456",
            subject: "sire-apple",
            audience: issuer,
            algorithms: ["ES256"],
            maxTokenAge: "10 minutes"
          })
          return protectedHeader.kid === "KEY1234567" ? "apple-registered-secret-0123456789" : undefined
        } catch {
          return undefined
        }
      })
      github = await startGitHub("sire-github", "github-secret-0123456789")
      ;[server, bare] = await Promise.all([
        start(database, {
          egressAllow: ["127.0.0.1"],
          appUrl,
          oauth: {
            google: { kind: "oidc", name: "Google", issuer: oidc.issuer, clientId: "sire-google", clientSecret: Redacted.make("google-secret-0123456789") },
            okta: { kind: "oidc", name: "Okta", issuer: oidc.issuer, clientId: "sire-okta", clientSecret: Redacted.make("okta-secret-0123456789") },
            apple: {
              kind: "apple",
              name: "Apple",
              issuer: oidc.issuer,
              clientId: "sire-apple",
              teamId: "TEAM123456",
              keyId: "KEY1234567",
              privateKey: Redacted.make(applePrivateKey)
            },
            github: {
              kind: "github",
              name: "GitHub",
              webUrl: github.url,
              apiUrl: github.url,
              clientId: "sire-github",
              clientSecret: Redacted.make("github-secret-0123456789")
            }
          }
        }),
        start(database)
      ])
    }, 60_000)
    afterAll(async () => {
      await Promise.all([server?.close(), bare?.close(), oidc?.close(), github?.close()])
    })

    /** Starts a sign-in in a fresh browser and follows the provider back to the callback (not requested yet). */
    const begin = async (provider: string, returnTo?: string) => {
      const browser = new Browser()
      const query = returnTo !== undefined ? `?returnTo=${encodeURIComponent(returnTo)}` : ""
      const started = await browser.send(`${server.base}/api/v1/auth/oauth/${provider}${query}`)
      assert.strictEqual(started.status, 302, started.text)
      const callback = await browser.followUntil(started.location!, publicUrl)
      return { browser, started, callback: callback.replace(publicUrl, server.base) }
    }

    /** The callback as the browser requests it. */
    const land = (browser: Browser, callback: string) => browser.send(callback)

    /** A whole sign-in: answers the app URL the browser lands on and the session the code buys. */
    const signIn = async (provider: string, returnTo?: string) => {
      const flow = await begin(provider, returnTo)
      const landed = await land(flow.browser, flow.callback)
      assert.strictEqual(landed.status, 302, landed.text)
      const destination = new URL(landed.location!)
      const code = destination.searchParams.get("code")!
      const exchanged = await server.request("POST", "/api/v1/auth/oauth/exchange", { body: { code } })
      assert.strictEqual(exchanged.status, 200, exchanged.text)
      const me = await server.request("GET", "/api/v1/auth/me", { token: exchanged.body.token })
      assert.strictEqual(me.status, 200, me.text)
      return { ...flow, landed, destination, code, session: exchanged.body, me: me.body }
    }

    it("lists the configured providers (not the others), which are 404 when not configured", async () => {
      const listed = await server.request("GET", "/api/v1/auth/providers")
      assert.strictEqual(listed.status, 200, listed.text)
      assert.deepStrictEqual(listed.body, [
        { id: "google", name: "Google" },
        { id: "github", name: "GitHub" },
        { id: "apple", name: "Apple" },
        { id: "okta", name: "Okta" }
      ])
      assertError(await server.request("GET", "/api/v1/auth/oauth/oidc"), 404)
      const none = await bare.request("GET", "/api/v1/auth/providers")
      assert.deepStrictEqual(none.body, [])
      assertError(await bare.request("GET", "/api/v1/auth/oauth/google"), 404)
    })

    it("Google (OpenID Connect): a new verified email gets a user and organization; the code buys a session once; tokens never in a URL", async () => {
      const email = freshEmail("google")
      oidc.signInAs({ sub: `g-${randomToken(8)}`, email, email_verified: true, name: "Grace Google" })
      const flow = await begin("google", "/workflows?tab=mine")
      // the start: a cookie bound to this browser, and the authorization request with PKCE, state and nonce
      const cookie = flow.started.setCookie.find((line) => line.startsWith("sire_oauth_flow="))
      assert.isDefined(cookie)
      assert.match(cookie!, /HttpOnly/)
      assert.match(cookie!, /SameSite=Lax/)
      assert.match(cookie!, /Path=\/api\/v1\/auth\/oauth/)
      const authorize = new URL(flow.started.location!)
      assert.strictEqual(authorize.origin, oidc.issuer)
      assert.strictEqual(authorize.searchParams.get("code_challenge_method"), "S256")
      for (const name of ["state", "nonce", "code_challenge"]) assert.isNotEmpty(authorize.searchParams.get(name), name)
      assert.strictEqual(authorize.searchParams.get("redirect_uri"), callbackOf("google"))
      const landed = await land(flow.browser, flow.callback)
      assert.strictEqual(landed.status, 302, landed.text)
      const destination = new URL(landed.location!)
      assert.strictEqual(`${destination.origin}${destination.pathname}`, `${appUrl}/workflows`)
      assert.strictEqual(destination.searchParams.get("tab"), "mine")
      const code = destination.searchParams.get("code")!
      assert.match(code, /^oac_[0-9a-f]{64}$/)
      assert.notMatch(landed.location!, /eyJ|rt_/, "no token in the URL")
      const exchanged = await server.request("POST", "/api/v1/auth/oauth/exchange", { body: { code } })
      assert.strictEqual(exchanged.status, 200, exchanged.text)
      assert.deepStrictEqual(Object.keys(exchanged.body).sort(), ["expiresAt", "refreshToken", "token"])
      const me = await server.request("GET", "/api/v1/auth/me", { token: exchanged.body.token })
      assert.strictEqual(me.body.email, email)
      assert.strictEqual(me.body.name, "Grace Google")
      assert.strictEqual(me.body.role, "owner")
      // the refresh token works like a login's
      const refreshed = await server.request("POST", "/api/v1/auth/refresh", { body: { refreshToken: exchanged.body.refreshToken } })
      assert.strictEqual(refreshed.status, 200, refreshed.text)
      // attack: the one-time code replayed
      assertError(await server.request("POST", "/api/v1/auth/oauth/exchange", { body: { code } }), 400)
      assertError(await server.request("POST", "/api/v1/auth/oauth/exchange", { body: { code: "oac_" + "0".repeat(64) } }), 400)
      // signing in again with the same identity is the same user, no new organization
      const again = await signIn("google")
      assert.strictEqual(again.me.id, me.body.id)
      assert.strictEqual(again.me.organization.id, me.body.organization.id)
      assert.strictEqual(again.destination.pathname, "/")
    })

    it("Okta: an existing password account is linked when the provider verifies the email; the password still works", async () => {
      const account = await signup(server, "linked")
      oidc.signInAs({ sub: `o-${randomToken(8)}`, email: account.email.toUpperCase(), email_verified: true })
      const signedIn = await signIn("okta")
      assert.strictEqual(signedIn.me.id, account.userId)
      assert.strictEqual(signedIn.me.organization.id, account.organizationId)
      const login = await server.request("POST", "/api/v1/auth/login", { body: { email: account.email, password: account.password } })
      assert.strictEqual(login.status, 200, login.text)
    })

    it("attack: an unverified email cannot take over an existing account (403, nothing linked, nothing created)", async () => {
      const account = await signup(server, "victim")
      const attacker = { sub: `evil-${randomToken(8)}`, email: account.email, email_verified: false, name: "Mallory" }
      oidc.signInAs(attacker)
      const flow = await begin("google")
      const landed = await land(flow.browser, flow.callback)
      assertError(landed as never, 403)
      assert.match(landed.body.error, /verif/)
      assert.isNull(landed.location)
      // nothing was linked: the same identity is refused again, and the victim's account is untouched
      oidc.signInAs(attacker)
      const retry = await begin("google")
      assertError(await land(retry.browser, retry.callback) as never, 403)
      const login = await server.request("POST", "/api/v1/auth/login", { body: { email: account.email, password: account.password } })
      assert.strictEqual(login.status, 200)
      const teams = await server.request("GET", "/api/v1/teams", { token: login.body.token })
      assert.lengthOf(teams.body, 1)
      // and an unverified new email creates no account either: signing up with it still works
      const unknown = freshEmail("unverified")
      oidc.signInAs({ sub: `u-${randomToken(8)}`, email: unknown, email_verified: false })
      const fresh = await begin("okta")
      assertError(await land(fresh.browser, fresh.callback) as never, 403)
      const signup201 = await server.request("POST", "/api/v1/auth/signup", { body: { email: unknown, password: "correct horse battery staple" } })
      assert.strictEqual(signup201.status, 201, signup201.text)
    })

    it("GitHub: the primary verified email signs in a new user; an unverified primary email cannot take over an account", async () => {
      const email = freshEmail("octo")
      github.signInAs({
        id: 1000 + Math.floor(Math.random() * 1e6),
        login: "octocat",
        name: null,
        emails: [{ email: "other@example.com", primary: false, verified: true }, { email, primary: true, verified: true }]
      })
      const signedIn = await signIn("github")
      assert.strictEqual(signedIn.me.email, email)
      assert.strictEqual(signedIn.me.name, "octocat")
      const authorize = new URL(signedIn.started.location!)
      assert.strictEqual(authorize.searchParams.get("code_challenge_method"), "S256")

      const victim = await signup(server, "ghvictim")
      github.signInAs({ id: 9_000_000 + Math.floor(Math.random() * 1e6), login: "mallory", name: "Mallory", emails: [{ email: victim.email, primary: true, verified: false }] })
      const flow = await begin("github")
      const landed = await land(flow.browser, flow.callback)
      assertError(landed as never, 403)
    })

    it("Apple: the answer is POSTed as a form (form_post), the client secret is a JWT signed with the team's key; a forged state is refused", async () => {
      const email = freshEmail("apple")
      oidc.signInAs({ sub: `a-${randomToken(8)}`, email, email_verified: "true" })
      const browser = new Browser()
      const started = await browser.send(`${server.base}/api/v1/auth/oauth/apple?returnTo=${encodeURIComponent("/welcome")}`)
      assert.strictEqual(started.status, 302, started.text)
      // Apple posts from its own site: only a SameSite=None (hence Secure) cookie comes along
      assert.match(started.setCookie.find((line) => line.startsWith("sire_oauth_flow="))!, /SameSite=None; Secure/)
      assert.strictEqual(new URL(started.location!).searchParams.get("response_mode"), "form_post")
      const reached = await browser.followToCallback(started.location!, publicUrl)
      assert.isDefined(reached.form)
      const post = (form: URLSearchParams) =>
        browser.send(reached.url.replace(publicUrl, server.base), {
          method: "POST",
          body: form.toString(),
          headers: { "content-type": "application/x-www-form-urlencoded" }
        })
      const forged = new URLSearchParams(reached.form)
      forged.set("state", "forged-state")
      const refused = await post(forged)
      assertError(refused as never, 400)
      assert.match(refused.body.error, /state/)

      oidc.signInAs({ sub: `a-${randomToken(8)}`, email, email_verified: "true" })
      const again = new Browser()
      const restarted = await again.send(`${server.base}/api/v1/auth/oauth/apple?returnTo=${encodeURIComponent("/welcome")}`)
      const answer = await again.followToCallback(restarted.location!, publicUrl)
      // Apple sends the name once, in the form's `user`, not in the ID token
      answer.form!.set("user", JSON.stringify({ name: { firstName: "Ada", lastName: "Appleseed" }, email }))
      const landed = await again.send(answer.url.replace(publicUrl, server.base), {
        method: "POST",
        body: answer.form!.toString(),
        headers: { "content-type": "application/x-www-form-urlencoded" }
      })
      assert.strictEqual(landed.status, 302, landed.text)
      const destination = new URL(landed.location!)
      assert.strictEqual(`${destination.origin}${destination.pathname}`, `${appUrl}/welcome`)
      const exchanged = await server.request("POST", "/api/v1/auth/oauth/exchange", { body: { code: destination.searchParams.get("code") } })
      assert.strictEqual(exchanged.status, 200, exchanged.text)
      const me = await server.request("GET", "/api/v1/auth/me", { token: exchanged.body.token })
      assert.strictEqual(me.body.email, email)
      assert.strictEqual(me.body.name, "Ada Appleseed")
    })

    it("attack: a callback without the browser's cookie, without state or with another state is 400, and spends nothing it should not", async () => {
      oidc.signInAs({ sub: `s-${randomToken(8)}`, email: freshEmail("state"), email_verified: true })
      const flow = await begin("google")
      const callback = new URL(flow.callback)
      // another browser (no cookie): 400, and the flow is still there for its own browser
      assertError(await new Browser().send(flow.callback) as never, 400)
      // without state
      const stateless = new URL(callback)
      stateless.searchParams.delete("state")
      const missing = await land(flow.browser, stateless.toString())
      assertError(missing as never, 400)
      assert.match(missing.body.error, /state/)
      // the flow is single use: even the right answer is refused now
      const late = await land(flow.browser, flow.callback)
      assertError(late as never, 400)
      assert.match(late.body.error, /expired|already/)

      // another state (a login CSRF: the attacker's own code and state in the victim's browser)
      oidc.signInAs({ sub: `s-${randomToken(8)}`, email: freshEmail("state"), email_verified: true })
      const victim = await begin("google")
      const attacker = await begin("google")
      const forged = await land(victim.browser, attacker.callback)
      assertError(forged as never, 400)
      assert.match(forged.body.error, /state/)
      assert.isNull(forged.location, "no way to the app")
    })

    it("attack: a replayed callback is refused, and a replayed provider code in a new flow is refused by the provider", async () => {
      oidc.signInAs({ sub: `r-${randomToken(8)}`, email: freshEmail("replay"), email_verified: true })
      const flow = await begin("google")
      const first = await land(flow.browser, flow.callback)
      assert.strictEqual(first.status, 302, first.text)
      const replay = await new Browser().send(flow.callback, { headers: { cookie: `sire_oauth_flow=${cookieOf(flow.started.setCookie)}` } })
      assertError(replay as never, 400)
      // the same code with a fresh flow's state and cookie: the provider refuses it (used, and PKCE)
      const fresh = await begin("google")
      const reused = new URL(fresh.callback)
      reused.searchParams.set("code", new URL(flow.callback).searchParams.get("code")!)
      const refused = await land(fresh.browser, reused.toString())
      assertError(refused as never, 400)
      assert.match(refused.body.error, /invalid_grant|refused/)

      // GitHub: the same, against the fake's single-use codes
      github.signInAs({ id: 5_000_000 + Math.floor(Math.random() * 1e6), login: "replayer", name: "R", emails: [{ email: freshEmail("ghreplay"), primary: true, verified: true }] })
      const gh = await begin("github")
      assert.strictEqual((await land(gh.browser, gh.callback)).status, 302)
      const ghFresh = await begin("github")
      const ghReused = new URL(ghFresh.callback)
      ghReused.searchParams.set("code", new URL(gh.callback).searchParams.get("code")!)
      const ghRefused = await land(ghFresh.browser, ghReused.toString())
      assertError(ghRefused as never, 400)
      assert.match(ghRefused.body.error, /bad_verification_code/)
    })

    it("attack: an open redirect through returnTo is refused before anything starts (400, no cookie)", async () => {
      for (const returnTo of ["https://evil.example/", "//evil.example/x", "/\\evil.example", "javascript:alert(1)", "evil.example", "/ok#frag"]) {
        const answer = await new Browser().send(`${server.base}/api/v1/auth/oauth/google?returnTo=${encodeURIComponent(returnTo)}`)
        assertError(answer as never, 400)
        assert.deepStrictEqual(answer.setCookie, [], returnTo)
        assert.isNull(answer.location)
      }
    })

    it("attack: the provider's error (access_denied) is 400 naming it; no code, no account", async () => {
      const email = freshEmail("denied")
      oidc.signInAs({ sub: `d-${randomToken(8)}`, email, email_verified: true })
      oidc.denyNext()
      const flow = await begin("google")
      assert.strictEqual(new URL(flow.callback).searchParams.get("error"), "access_denied")
      const landed = await land(flow.browser, flow.callback)
      assertError(landed as never, 400)
      assert.match(landed.body.error, /access_denied/)
      const signup201 = await server.request("POST", "/api/v1/auth/signup", { body: { email, password: "correct horse battery staple" } })
      assert.strictEqual(signup201.status, 201, signup201.text)
    })
  })
})

/** The flow cookie's value among `Set-Cookie` lines. */
const cookieOf = (lines: ReadonlyArray<string>): string =>
  lines.find((line) => line.startsWith("sire_oauth_flow="))!.split(";")[0]!.slice("sire_oauth_flow=".length)
