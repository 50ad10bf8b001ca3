/**
 * Mail that leaves the server, through the real server and a real SMTP server on loopback
 * (`smtpSink.ts`), on both databases: the password-reset mail (plain text and HTML, its link under
 * the public URL, whose token resets the password); an invitation (HTML-escaped names) that is
 * accepted; notification e-mails only for users who turned them on; an SMTP server down, then up:
 * delivered once; a server stopped with mail queued: the next start delivers it; a permanent
 * refusal (5xx) stops after the configured attempts; on PostgreSQL, two servers deliver each
 * message once.
 */
import type { ParsedMail } from "mailparser"
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterAll, assert, beforeAll, describe, it } from "vitest"
import { type Account, type Answer, assertError, databases, freshSchema, signup, skip, start, type StartOptions, type TestServer, until } from "./harness.js"
import { freePort, type SmtpSink, startSink } from "./smtpSink.js"

const api = "/api/v1"
const from = "Sire <no-reply@sire.test>"
/** Quick polling and retries, so that an outage of a few hundred milliseconds is over within a retry or two. */
const fast: StartOptions["settings"] = { mail: { pollMs: 50, retryBaseMs: 100, retryMaxMs: 400 } }
const smtpAt = (port: number) => ({ url: `smtp://127.0.0.1:${port}`, from })

/** The address a message was sent to. */
const recipient = (message: ParsedMail): string | undefined => [message.to ?? []].flat()[0]?.value[0]?.address
/** The messages a sink received for `address`. */
const mailTo = (sink: SmtpSink, address: string) => sink.messages.filter((message) => recipient(message) === address)
/** The reset token in a reset mail's link. */
const resetToken = (message: ParsedMail): string => {
  const match = /http:\/\/sire\.test\/reset-password\?token=(rst_[A-Za-z0-9_-]+)/.exec(message.text ?? "")
  assert.isNotNull(match, `no reset link in:\n${message.text}`)
  return match![1]!
}
const forgot = (server: TestServer, email: string) => server.request("POST", `${api}/auth/forgot-password`, { body: { email } })
const login = (server: TestServer, email: string, password: string) => server.request("POST", `${api}/auth/login`, { body: { email, password } })
/** A 400 with an `error` message (decoding refusals add `details`). */
const refused400 = (answer: Answer) => {
  assert.strictEqual(answer.status, 400, answer.text)
  assert.isString(answer.body.error)
}
/** Whether a log line tells that mail `email`'s first attempt failed. */
const firstAttemptFailed = (logs: ReadonlyArray<string>, email: string) => logs.some((line) => line.includes(`to ${email} not sent (attempt 1)`))

for (const db of databases) {
  describe.skipIf(skip(db))(`mail (${db})`, () => {
    let sink: SmtpSink
    let server: TestServer

    beforeAll(async () => {
      sink = await startSink()
      server = await start(db, { smtp: smtpAt(sink.port), settings: fast })
    })
    afterAll(async () => {
      await server?.close()
      await sink?.close()
    })

    it("the reset mail arrives with a text and an HTML part; its link (under SIRE_PUBLIC_URL) opens the reset page, and its token resets the password", async () => {
      const account = await signup(server, "reset")
      const answer = await forgot(server, account.email)
      assert.strictEqual(answer.status, 202, answer.text)
      await until("the reset mail arrives", async () => mailTo(sink, account.email).length === 1)
      const message = mailTo(sink, account.email)[0]!
      assert.strictEqual(message.subject, "Reset your Sire password")
      assert.strictEqual(message.from?.value[0]?.address, "no-reply@sire.test")
      assert.isString(message.text)
      assert.isString(message.html, "an HTML part")
      const token = resetToken(message)
      assert.include(message.html as string, `href="http://sire.test/reset-password?token=${token}"`, "the HTML part links to the same page")
      assert.include(message.text!, "30 minutes")

      const page = await server.request("GET", `/reset-password?token=${token}`)
      assert.strictEqual(page.status, 200)
      assert.match(page.headers.get("content-type") ?? "", /^text\/html/)
      assert.include(page.headers.get("content-security-policy") ?? "", "script-src 'sha256-")
      assert.include(page.text, "/api/v1/auth/reset-password")
      assert.notInclude(page.text, token, "the token stays in the address, not the page")

      const reset = await server.request("POST", `${api}/auth/reset-password`, { body: { token, password: "a brand new password" } })
      assert.strictEqual(reset.status, 200, reset.text)
      assert.strictEqual((await login(server, account.email, "a brand new password")).status, 200)
      assertError(await login(server, account.email, account.password), 401)
    })

    it("an invitation arrives (names escaped in HTML) and is accepted; notification e-mails go only to users who turned them on", async () => {
      const evilName = "<img src=x onerror=alert(1)>"
      const evilTeam = "Ops <script>alert(\"x\")</script> & Co"
      const ownerEmail = `owner-${Date.now()}@example.com`
      const created = await server.request("POST", `${api}/auth/signup`, {
        body: { email: ownerEmail, password: "owner password 123", name: evilName, organizationName: evilTeam }
      })
      assert.strictEqual(created.status, 201, created.text)
      const owner = { token: created.body.token as string, organizationId: created.body.user.organization.id as string }
      const quiet = await signup(server, "quiet")
      const keen = await signup(server, "keen")

      // Preferences: off by default, validated, on for `keen` only.
      const preferences = await server.request("GET", `${api}/notifications/preferences`, { token: keen.token })
      assert.strictEqual(preferences.status, 200, preferences.text)
      assert.deepStrictEqual(preferences.body, { email: false })
      refused400(await server.request("PATCH", `${api}/notifications/preferences`, { token: keen.token, body: { email: "yes" } }))
      refused400(await server.request("PATCH", `${api}/notifications/preferences`, { token: keen.token, body: {} }))
      refused400(await server.request("PATCH", `${api}/notifications/preferences`, { token: keen.token, body: { email: true, sms: true } }))
      assertError(await server.request("PATCH", `${api}/notifications/preferences`, { body: { email: true } }), 401)
      const turnedOn = await server.request("PATCH", `${api}/notifications/preferences`, { token: keen.token, body: { email: true } })
      assert.strictEqual(turnedOn.status, 200, turnedOn.text)
      assert.deepStrictEqual(turnedOn.body, { email: true })
      assert.deepStrictEqual((await server.request("GET", `${api}/notifications/preferences`, { token: keen.token })).body, { email: true })
      assert.deepStrictEqual((await server.request("GET", `${api}/notifications/preferences`, { token: quiet.token })).body, { email: false })

      // Both are invited: each gets the invitation and an in-app notification; only `keen` gets the notification by mail too.
      for (const invitee of [quiet, keen]) {
        const invited = await server.request("POST", `${api}/teams/${owner.organizationId}/members`, {
          token: owner.token,
          body: { email: invitee.email, role: "member" }
        })
        assert.strictEqual(invited.status, 201, invited.text)
      }
      await until("the invitations and keen's notification mail arrive", async () =>
        mailTo(sink, quiet.email).length >= 1 && mailTo(sink, keen.email).length >= 2)

      const invitation = mailTo(sink, keen.email).find((message) => message.subject?.startsWith("You are invited"))!
      assert.isDefined(invitation)
      assert.strictEqual(invitation.subject, `You are invited to ${evilTeam} on Sire`, "the subject is plain text, not HTML")
      const html = invitation.html as string
      assert.isString(html)
      assert.notInclude(html, "<script>alert", "the team name is escaped")
      assert.notInclude(html, "<img src=x", "the inviter's name is escaped")
      assert.include(html, "Ops &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co")
      assert.include(html, "&lt;img src=x onerror=alert(1)&gt;")
      assert.include(invitation.text!, evilName, "the plain-text part says the name as it is")
      assert.include(invitation.text!, "http://sire.test/api/v1/teams/invitations/accept")
      const token = /Invitation token: (ivt_[A-Za-z0-9_-]+)/.exec(invitation.text!)?.[1]
      assert.isDefined(token, invitation.text)
      const accepted = await server.request("POST", `${api}/teams/invitations/accept`, { token: keen.token, body: { token } })
      assert.strictEqual(accepted.status, 200, accepted.text)
      assert.strictEqual(accepted.body.id, owner.organizationId)

      const notification = mailTo(sink, keen.email).find((message) => message.subject?.startsWith("Sire: Invitation to"))
      assert.isDefined(notification, "keen's notification mail")
      assert.notInclude(notification!.html as string, "<script>alert", "the notification's title is escaped")
      assert.include(notification!.text!, "http://sire.test/api/v1/notifications/inbox")
      assert.deepStrictEqual(mailTo(sink, quiet.email).map((message) => message.subject), [`You are invited to ${evilTeam} on Sire`], "quiet gets the invitation only")
      const inbox = await server.request("GET", `${api}/notifications/inbox`, { token: quiet.token })
      assert.strictEqual(inbox.body.filter((n: { kind: string }) => n.kind === "invitation").length, 1, "quiet still has the notification in the app")
    })

    it("SMTP down, then up: the queued mail is retried and delivered exactly once", async () => {
      const port = await freePort()
      const logs: Array<string> = []
      const down = await start(db, { smtp: smtpAt(port), settings: fast, logs })
      let late: SmtpSink | undefined
      try {
        const first = await signup(down, "outage")
        assert.strictEqual((await forgot(down, first.email)).status, 202)
        await until("a first attempt fails (nothing listens)", async () => firstAttemptFailed(logs, first.email))
        late = await startSink({ port })
        await until("the mail is delivered once the SMTP server is up", async () => mailTo(late!, first.email).length >= 1)
        // A later mail goes through after it: by then any second delivery of the first would have happened.
        const second = await signup(down, "after")
        assert.strictEqual((await forgot(down, second.email)).status, 202)
        await until("the later mail is delivered", async () => mailTo(late!, second.email).length >= 1)
        assert.strictEqual(mailTo(late, first.email).length, 1, "delivered exactly once")
        assert.strictEqual(mailTo(late, second.email).length, 1)
        const reset = await down.request("POST", `${api}/auth/reset-password`, { body: { token: resetToken(mailTo(late, first.email)[0]!), password: "after the outage" } })
        assert.strictEqual(reset.status, 200, reset.text)
      } finally {
        await down.close()
        await late?.close()
      }
    }, 120_000)

    it("a server stopped with mail queued: the next start on the same database delivers it", async () => {
      const port = await freePort()
      const schema = db === "postgres" ? await freshSchema() : undefined
      const dir = db === "pglite" ? mkdtempSync(join(tmpdir(), "sire-mail-")) : undefined
      const on: StartOptions = { smtp: smtpAt(port), settings: fast, ...(schema ? { databaseUrl: schema.url } : { pgliteDir: dir! }) }
      let later: SmtpSink | undefined
      let second: TestServer | undefined
      try {
        const logs: Array<string> = []
        const first = await start(db, { ...on, logs })
        let account: Account
        try {
          account = await signup(first, "restart")
          assert.strictEqual((await forgot(first, account.email)).status, 202)
          await until("a first attempt fails", async () => firstAttemptFailed(logs, account.email))
        } finally {
          await first.close()
        }
        later = await startSink({ port })
        second = await start(db, on)
        await until("the restarted server delivers the queued mail", async () => mailTo(later!, account.email).length >= 1)
        assert.strictEqual(mailTo(later, account.email).length, 1)
        const reset = await second.request("POST", `${api}/auth/reset-password`, { body: { token: resetToken(mailTo(later, account.email)[0]!), password: "after the restart" } })
        assert.strictEqual(reset.status, 200, reset.text)
      } finally {
        await second?.close()
        await later?.close()
        await schema?.drop()
        if (dir !== undefined) rmSync(dir, { recursive: true, force: true })
      }
    }, 180_000)

    it("a permanent refusal (5xx) is tried the configured number of times, then the message is failed", async () => {
      const refusing = await startSink({ refuse: 550 })
      const logs: Array<string> = []
      const refused = await start(db, { smtp: smtpAt(refusing.port), settings: { mail: { ...fast!.mail, permanentAttempts: 2 } }, logs })
      try {
        const account = await signup(refused, "refused")
        assert.strictEqual((await forgot(refused, account.email)).status, 202)
        await until("the message is failed", async () => logs.some((line) => line.includes(`to ${account.email} failed after 2 attempts`)))
        assert.strictEqual(refusing.refusals(), 2)
        assert.strictEqual(refusing.messages.length, 0)
        assert.isTrue(logs.some((line) => line.includes("550")), "the SMTP reply is logged")
      } finally {
        await refused.close()
        await refusing.close()
      }
    }, 120_000)

    it.skipIf(db !== "postgres")("two servers on one PostgreSQL: each queued message is delivered once", async () => {
      const shared = await startSink()
      const one = await start(db, { smtp: smtpAt(shared.port), settings: fast })
      const two = await start(db, { smtp: smtpAt(shared.port), settings: fast, databaseUrl: one.databaseUrl! })
      try {
        const accounts = await Promise.all(Array.from({ length: 8 }, (_, i) => signup(i % 2 === 0 ? one : two, `pair${i}`)))
        await Promise.all(accounts.map((account, i) => forgot(i % 2 === 0 ? two : one, account.email)))
        await until("every mail is delivered", async () => accounts.every((account) => mailTo(shared, account.email).length >= 1))
        // One more through each server: earlier messages were claimed before these.
        const last = await Promise.all([signup(one, "last1"), signup(two, "last2")])
        await Promise.all([forgot(one, last[0]!.email), forgot(two, last[1]!.email)])
        await until("the last mails are delivered", async () => last.every((account) => mailTo(shared, account.email).length >= 1))
        for (const account of accounts) assert.strictEqual(mailTo(shared, account.email).length, 1, account.email)
      } finally {
        await two.close()
        await one.close()
        await shared.close()
      }
    }, 120_000)
  })
}
