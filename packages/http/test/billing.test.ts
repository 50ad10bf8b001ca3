/**
 * Billing through the real server against a local fake of Stripe's HTTP API (node:http on
 * loopback, Stripe's wire format, driven by the official SDK): checkout and portal sessions,
 * the subscription and usage with and without Stripe, and the signed webhook moving an
 * organization's plan (and so its quota) once per event id.
 */
import { afterAll, assert, beforeAll, describe, it } from "@effect/vitest"
import { createServer, type IncomingMessage, type Server as HttpServer } from "node:http"
import type { AddressInfo } from "node:net"
import { NodeContext } from "@effect/platform-node"
import { ConfigProvider, Effect, Option, Redacted } from "effect"
import Stripe from "stripe"
import { connection } from "../src/billing/StripeBilling.js"
import * as ServerConfig from "../src/ServerConfig.js"
import { type Account, databases, signup, skip, start, type TestServer } from "./harness.js"

const api = "/api/v1"
const limit = 3
const webhookSecret = "whsec_test_0123456789abcdef"
const secretKey = "sk_test_fake_0123456789"
const notConfigured = { error: "billing is not configured: set STRIPE_SECRET_KEY" }
const signer = new Stripe("sk_test_signer_only")

/** One request the fake received: method, path, the form-decoded body, the API key. */
interface Received {
  readonly method: string
  readonly path: string
  readonly params: Record<string, string>
  readonly authorization: string | undefined
}

/** A fake of the few Stripe API calls the adapter makes. */
const fakeStripe = () => {
  const received: Array<Received> = []
  const subscriptions = new Map<string, Record<string, unknown>>()
  let counter = 0
  const read = (message: IncomingMessage) =>
    new Promise<string>((resolve) => {
      const chunks: Array<Buffer> = []
      message.on("data", (chunk: Buffer) => chunks.push(chunk))
      message.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")))
    })
  const server: HttpServer = createServer(async (request, response) => {
    const text = await read(request)
    const url = new URL(request.url ?? "/", "http://stripe.fake")
    const params = Object.fromEntries(new URLSearchParams(text))
    received.push({ method: request.method ?? "", path: url.pathname, params, authorization: request.headers.authorization })
    const answer = (status: number, body: unknown) => {
      response.writeHead(status, { "content-type": "application/json", "request-id": `req_${++counter}` })
      response.end(JSON.stringify(body))
    }
    if (request.headers.authorization !== `Bearer ${secretKey}`) {
      return answer(401, { error: { type: "invalid_request_error", message: "Invalid API Key provided" } })
    }
    if (request.method === "POST" && url.pathname === "/v1/checkout/sessions") {
      const id = `cs_test_${++counter}`
      return answer(200, {
        id,
        object: "checkout.session",
        mode: params.mode,
        client_reference_id: params.client_reference_id ?? null,
        customer: params.customer ?? null,
        customer_email: params.customer_email ?? null,
        metadata: { organizationId: params["metadata[organizationId]"], plan: params["metadata[plan]"] },
        success_url: params.success_url,
        cancel_url: params.cancel_url,
        status: "open",
        url: `https://checkout.stripe.test/c/pay/${id}`
      })
    }
    if (request.method === "POST" && url.pathname === "/v1/billing_portal/sessions") {
      const id = `bps_${++counter}`
      return answer(200, {
        id,
        object: "billing_portal.session",
        customer: params.customer,
        return_url: params.return_url ?? null,
        livemode: false,
        url: `https://billing.stripe.test/p/session/${id}`
      })
    }
    const subscription = /^\/v1\/subscriptions\/([^/]+)$/.exec(url.pathname)
    if (request.method === "GET" && subscription !== null) {
      const found = subscriptions.get(decodeURIComponent(subscription[1]!))
      return found === undefined
        ? answer(404, { error: { type: "invalid_request_error", code: "resource_missing", message: "No such subscription" } })
        : answer(200, found)
    }
    answer(404, { error: { type: "invalid_request_error", message: `Unrecognized request URL (${request.method}: ${url.pathname})` } })
  })
  return { server, received, subscriptions }
}

/** A subscription in Stripe's wire format. */
const subscriptionObject = (
  id: string,
  options: { customer: string; price: string; status?: string; organizationId?: string; periodEnd?: number }
) => ({
  id,
  object: "subscription",
  customer: options.customer,
  status: options.status ?? "active",
  cancel_at_period_end: false,
  current_period_end: options.periodEnd ?? Math.floor(Date.now() / 1000) + 30 * 86_400,
  metadata: options.organizationId === undefined ? {} : { organizationId: options.organizationId },
  items: {
    object: "list",
    data: [{ id: `si_${id}`, object: "subscription_item", price: { id: options.price, object: "price" } }]
  }
})

let eventCounter = 0
/** A Stripe event in the wire format. */
const event = (type: string, object: Record<string, unknown>, id = `evt_test_${Date.now()}_${++eventCounter}`) => ({
  id,
  object: "event",
  api_version: "2025-02-24.acacia",
  created: Math.floor(Date.now() / 1000),
  livemode: false,
  type,
  data: { object }
})

const trivial = {
  name: "billing",
  nodes: [
    { id: "start", type: "trigger" },
    { id: "done", type: "output", params: { value: "{{ input }}" } }
  ],
  edges: [{ source: "start", target: "done" }]
}

const fake = fakeStripe()
let fakeBase = ""
beforeAll(async () => {
  await new Promise<void>((resolve) => fake.server.listen(0, "127.0.0.1", resolve))
  fakeBase = `http://127.0.0.1:${(fake.server.address() as AddressInfo).port}`
})
afterAll(async () => {
  await new Promise<void>((resolve) => fake.server.close(() => resolve()))
})

describe.each(databases)("billing on %s", (db) => {
  describe.skipIf(skip(db))("", () => {
    let server: TestServer
    let plain: TestServer
    beforeAll(async () => {
      server = await start(db, {
        freeTierExecutions: limit,
        stripe: {
          secretKey: Redacted.make(secretKey),
          webhookSecret: Option.some(Redacted.make(webhookSecret)),
          pricePro: Option.some("price_pro_monthly"),
          priceEnterprise: Option.some("price_enterprise_monthly"),
          apiBase: Option.some(fakeBase)
        }
      })
      plain = await start(db, { freeTierExecutions: limit })
    })
    afterAll(async () => {
      await server?.close()
      await plain?.close()
    })

    const send = (on: TestServer, method: string, path: string, token?: string, body?: unknown) =>
      on.request(method, `${api}${path}`, { ...(token !== undefined ? { token } : {}), ...(body !== undefined ? { body } : {}) })

    /** Posts an event to the webhook, signed with `secret` (or with the header given). */
    const deliver = (payload: unknown, options: { secret?: string; signature?: string | null } = {}) => {
      const body = JSON.stringify(payload)
      const signature = options.signature === undefined
        ? signer.webhooks.generateTestHeaderString({ payload: body, secret: options.secret ?? webhookSecret })
        : options.signature
      return server.request("POST", `${api}/billing/webhook`, {
        body,
        headers: { "content-type": "application/json; charset=utf-8", ...(signature !== null ? { "stripe-signature": signature } : {}) }
      })
    }

    /** A fresh organization with a workflow and a way to start it. */
    const organization = async (on: TestServer, label: string) => {
      const account: Account = await signup(on, label)
      const created = await send(on, "POST", "/workflows", account.token, trivial)
      assert.strictEqual(created.status, 201, created.text)
      const startOne = () => send(on, "POST", "/executions", account.token, { workflowId: created.body.id })
      const subscription = async () => {
        const answer = await send(on, "GET", "/billing/subscription", account.token)
        assert.strictEqual(answer.status, 200, answer.text)
        return answer.body
      }
      return { account, startOne, subscription }
    }

    /** Completes a checkout for `organizationId` (a pro subscription `sub` of customer `cus`) through the webhook. */
    const completeCheckout = async (organizationId: string, sub: string, cus: string, price = "price_pro_monthly") => {
      fake.subscriptions.set(sub, subscriptionObject(sub, { customer: cus, price, organizationId }))
      const answer = await deliver(event("checkout.session.completed", {
        id: `cs_done_${sub}`,
        object: "checkout.session",
        mode: "subscription",
        client_reference_id: organizationId,
        metadata: { organizationId, plan: "pro" },
        customer: cus,
        subscription: sub,
        status: "complete",
        payment_status: "paid"
      }))
      assert.strictEqual(answer.status, 200, answer.text)
      return answer
    }

    it("without Stripe the subscription still answers: the free plan and the executions counted this month", async () => {
      const org = await organization(plain, "plain")
      const before = await org.subscription()
      const now = new Date()
      const period = `${now.getUTCFullYear()}-${String(now.getUTCMonth() + 1).padStart(2, "0")}`
      assert.deepStrictEqual(before, {
        plan: "free",
        status: "free",
        usage: { current: 0, limit, period, resetsAt: Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1) / 1000 },
        billingConfigured: false,
        hasCustomer: false,
        cancelAtPeriodEnd: false
      })
      assert.strictEqual((await org.startOne()).status, 201)
      assert.strictEqual((await org.startOne()).status, 201)
      assert.strictEqual((await org.subscription()).usage.current, 2)
    })

    it("without STRIPE_SECRET_KEY checkout, portal and the webhook answer 400 billing is not configured", async () => {
      const org = await organization(plain, "plain-owner")
      const checkout = await send(plain, "POST", "/billing/checkout", org.account.token, { plan: "pro" })
      assert.strictEqual(checkout.status, 400, checkout.text)
      assert.deepStrictEqual(checkout.body, notConfigured)
      const portal = await send(plain, "POST", "/billing/portal", org.account.token, {})
      assert.strictEqual(portal.status, 400, portal.text)
      assert.deepStrictEqual(portal.body, notConfigured)
      const hook = await plain.request("POST", `${api}/billing/webhook`, { body: event("customer.subscription.deleted", {}) })
      assert.strictEqual(hook.status, 400, hook.text)
      assert.deepStrictEqual(hook.body, notConfigured)
    })

    it("checkout answers the Stripe session's URL and sends the plan's price, the organization and the URLs to Stripe", async () => {
      const org = await organization(server, "checkout")
      const seen = fake.received.length
      const answer = await send(server, "POST", "/billing/checkout", org.account.token, {
        plan: "pro",
        successUrl: "https://app.example.com/ok",
        cancelUrl: "https://app.example.com/cancel"
      })
      assert.strictEqual(answer.status, 200, answer.text)
      assert.deepStrictEqual(Object.keys(answer.body), ["url"])
      assert.match(answer.body.url, /^https:\/\/checkout\.stripe\.test\/c\/pay\/cs_test_\d+$/)
      const calls = fake.received.slice(seen)
      assert.strictEqual(calls.length, 1)
      const call = calls[0]!
      assert.strictEqual(call.method, "POST")
      assert.strictEqual(call.path, "/v1/checkout/sessions")
      assert.strictEqual(call.authorization, `Bearer ${secretKey}`)
      assert.strictEqual(call.params.mode, "subscription")
      assert.strictEqual(call.params["line_items[0][price]"], "price_pro_monthly")
      assert.strictEqual(call.params["line_items[0][quantity]"], "1")
      assert.strictEqual(call.params.client_reference_id, org.account.organizationId)
      assert.strictEqual(call.params["metadata[organizationId]"], org.account.organizationId)
      assert.strictEqual(call.params["subscription_data[metadata][organizationId]"], org.account.organizationId)
      assert.strictEqual(call.params.success_url, "https://app.example.com/ok")
      assert.strictEqual(call.params.cancel_url, "https://app.example.com/cancel")
      assert.strictEqual(call.params.customer_email, org.account.email)

      const enterprise = await send(server, "POST", "/billing/checkout", org.account.token, { plan: "enterprise" })
      assert.strictEqual(enterprise.status, 200, enterprise.text)
      const last = fake.received[fake.received.length - 1]!
      assert.strictEqual(last.params["line_items[0][price]"], "price_enterprise_monthly")
      assert.strictEqual(last.params.success_url, "http://sire.test/billing/success?session_id={CHECKOUT_SESSION_ID}")
      assert.strictEqual(last.params.cancel_url, "http://sire.test/billing")

      const defaulted = await send(server, "POST", "/billing/checkout", org.account.token)
      assert.strictEqual(defaulted.status, 200, defaulted.text)
      assert.strictEqual(fake.received[fake.received.length - 1]!.params["line_items[0][price]"], "price_pro_monthly")

      const bad = await send(server, "POST", "/billing/checkout", org.account.token, { plan: "free" })
      assert.strictEqual(bad.status, 400, bad.text)
      const badUrl = await send(server, "POST", "/billing/checkout", org.account.token, { successUrl: "javascript:alert(1)" })
      assert.strictEqual(badUrl.status, 400, badUrl.text)
    })

    it("members and viewers get 403 on checkout and portal; viewers read the subscription", async () => {
      const org = await organization(server, "roles")
      const seen = fake.received.length
      for (const role of ["member", "viewer"]) {
        const key = await send(server, "POST", "/apikeys", org.account.token, { name: `${role} key`, role })
        assert.strictEqual(key.status, 201, key.text)
        const checkout = await send(server, "POST", "/billing/checkout", key.body.key, { plan: "pro" })
        assert.strictEqual(checkout.status, 403, checkout.text)
        const portal = await send(server, "POST", "/billing/portal", key.body.key, {})
        assert.strictEqual(portal.status, 403, portal.text)
        const read = await send(server, "GET", "/billing/subscription", key.body.key)
        assert.strictEqual(read.status, 200, read.text)
        assert.strictEqual(read.body.plan, "free")
      }
      const admin = await send(server, "POST", "/apikeys", org.account.token, { name: "admin key", role: "admin" })
      const checkout = await send(server, "POST", "/billing/checkout", admin.body.key, {})
      assert.strictEqual(checkout.status, 200, checkout.text)
      assert.strictEqual(fake.received.length, seen + 1, "only the admin reached Stripe")
      const anonymous = await server.request("GET", `${api}/billing/subscription`)
      assert.strictEqual(anonymous.status, 401, anonymous.text)
    })

    it("a signed checkout.session.completed upgrades the organization to pro: the start past the free limit is admitted; the portal opens", async () => {
      const org = await organization(server, "upgrade")
      for (let i = 0; i < limit; i++) assert.strictEqual((await org.startOne()).status, 201)
      const refused = await org.startOne()
      assert.strictEqual(refused.status, 402, refused.text)
      assert.strictEqual(refused.body.upgrade, "/api/v1/billing/checkout")

      const noCustomer = await send(server, "POST", "/billing/portal", org.account.token, {})
      assert.strictEqual(noCustomer.status, 400, noCustomer.text)
      assert.match(noCustomer.body.error, /no Stripe customer/)
      const bodiless = await send(server, "POST", "/billing/portal", org.account.token)
      assert.strictEqual(bodiless.status, 400, bodiless.text)
      assert.match(bodiless.body.error, /no Stripe customer/)

      const sub = `sub_up_${db}`
      const answer = await completeCheckout(org.account.organizationId, sub, `cus_up_${db}`)
      assert.deepStrictEqual(answer.body, { received: true, duplicate: false })
      const retrieved = fake.received.filter((call) => call.method === "GET" && call.path === `/v1/subscriptions/${sub}`)
      assert.strictEqual(retrieved.length, 1, "the subscription was read from Stripe")

      const after = await org.subscription()
      assert.strictEqual(after.plan, "pro")
      assert.strictEqual(after.status, "active")
      assert.strictEqual(after.hasCustomer, true)
      assert.strictEqual(after.usage.limit, 10_000)
      assert.strictEqual(after.usage.current, limit)
      assert.isNumber(after.currentPeriodEnd)
      const admitted = await org.startOne()
      assert.strictEqual(admitted.status, 201, admitted.text)

      const again = await send(server, "POST", "/billing/checkout", org.account.token, { plan: "enterprise" })
      assert.strictEqual(again.status, 400, again.text)
      assert.match(again.body.error, /already has a subscription/)

      const portal = await send(server, "POST", "/billing/portal", org.account.token, { returnUrl: "https://app.example.com/settings" })
      assert.strictEqual(portal.status, 200, portal.text)
      assert.match(portal.body.url, /^https:\/\/billing\.stripe\.test\/p\/session\/bps_\d+$/)
      const call = fake.received[fake.received.length - 1]!
      assert.strictEqual(call.path, "/v1/billing_portal/sessions")
      assert.strictEqual(call.params.customer, `cus_up_${db}`)
      assert.strictEqual(call.params.return_url, "https://app.example.com/settings")
    })

    it("a bad, foreign or missing signature is 400 and changes nothing", async () => {
      const org = await organization(server, "forged")
      const sub = `sub_forged_${db}`
      fake.subscriptions.set(sub, subscriptionObject(sub, { customer: "cus_forged", price: "price_enterprise_monthly" }))
      const payload = event("customer.subscription.updated", {
        ...subscriptionObject(sub, { customer: "cus_forged", price: "price_enterprise_monthly", organizationId: org.account.organizationId })
      })
      const foreign = await deliver(payload, { secret: "whsec_someone_else" })
      assert.strictEqual(foreign.status, 400, foreign.text)
      assert.match(foreign.body.error, /signature/)
      const garbage = await deliver(payload, { signature: "t=1,v1=deadbeef" })
      assert.strictEqual(garbage.status, 400, garbage.text)
      const missing = await deliver(payload, { signature: null })
      assert.strictEqual(missing.status, 400, missing.text)
      assert.match(missing.body.error, /signature/)
      // A valid signature over another body does not carry over to a tampered one.
      const body = JSON.stringify(payload)
      const header = signer.webhooks.generateTestHeaderString({ payload: body, secret: webhookSecret })
      const tampered = await server.request("POST", `${api}/billing/webhook`, {
        body: body.replace("price_enterprise_monthly", "price_pro_monthly"),
        headers: { "stripe-signature": header }
      })
      assert.strictEqual(tampered.status, 400, tampered.text)
      const after = await org.subscription()
      assert.strictEqual(after.plan, "free")
      assert.strictEqual(after.hasCustomer, false)
      // The same event, signed properly, goes through: it was not recorded as processed.
      const valid = await deliver(payload)
      assert.deepStrictEqual(valid.body, { received: true, duplicate: false })
      assert.strictEqual((await org.subscription()).plan, "enterprise")
    })

    it("a replayed event id is processed once", async () => {
      const org = await organization(server, "replay")
      const orgId = org.account.organizationId
      await completeCheckout(orgId, `sub_replay_${db}`, `cus_replay_${db}`)
      const enterprise = event("customer.subscription.updated", subscriptionObject(`sub_replay_${db}`, {
        customer: `cus_replay_${db}`,
        price: "price_enterprise_monthly",
        organizationId: orgId
      }))
      const first = await deliver(enterprise)
      assert.deepStrictEqual(first.body, { received: true, duplicate: false })
      assert.strictEqual((await org.subscription()).plan, "enterprise")
      const pro = event("customer.subscription.updated", subscriptionObject(`sub_replay_${db}`, {
        customer: `cus_replay_${db}`,
        price: "price_pro_monthly",
        organizationId: orgId
      }))
      assert.strictEqual((await deliver(pro)).status, 200)
      assert.strictEqual((await org.subscription()).plan, "pro")
      const replayed = await deliver(enterprise)
      assert.strictEqual(replayed.status, 200, replayed.text)
      assert.deepStrictEqual(replayed.body, { received: true, duplicate: true })
      assert.strictEqual((await org.subscription()).plan, "pro", "the replay changed nothing")
      const concurrent = event("customer.subscription.updated", subscriptionObject(`sub_replay_${db}`, {
        customer: `cus_replay_${db}`,
        price: "price_enterprise_monthly",
        organizationId: orgId
      }))
      const answers = await Promise.all([deliver(concurrent), deliver(concurrent), deliver(concurrent)])
      assert.deepStrictEqual(answers.map((a) => a.status), [200, 200, 200])
      assert.strictEqual(answers.filter((a) => a.body.duplicate === false).length, 1, answers.map((a) => a.text).join(" "))
    })

    it("customer.subscription.deleted moves the organization back to free (and its quota with it); other events are acknowledged and ignored", async () => {
      const org = await organization(server, "cancel")
      const sub = `sub_cancel_${db}`
      const cus = `cus_cancel_${db}`
      await completeCheckout(org.account.organizationId, sub, cus)
      for (let i = 0; i < limit + 1; i++) assert.strictEqual((await org.startOne()).status, 201)
      // Linked by the customer id alone (no metadata on the subscription).
      const deleted = await deliver(event("customer.subscription.deleted", {
        ...subscriptionObject(sub, { customer: cus, price: "price_pro_monthly", status: "canceled" }),
        metadata: {}
      }))
      assert.deepStrictEqual(deleted.body, { received: true, duplicate: false })
      const after = await org.subscription()
      assert.strictEqual(after.plan, "free")
      assert.strictEqual(after.status, "canceled")
      assert.strictEqual(after.usage.limit, limit)
      const refused = await org.startOne()
      assert.strictEqual(refused.status, 402, refused.text)

      const ignored = await deliver(event("invoice.paid", { id: "in_1", object: "invoice", customer: cus }))
      assert.deepStrictEqual(ignored.body, { received: true, duplicate: false })
      const stranger = await deliver(event("customer.subscription.updated", subscriptionObject("sub_nobody", {
        customer: "cus_nobody",
        price: "price_pro_monthly"
      })))
      assert.strictEqual(stranger.status, 200, stranger.text)
      assert.strictEqual((await org.subscription()).plan, "free")
    })
  })
})

describe("billing settings", () => {
  const load = (env: Record<string, string>) =>
    Effect.runPromise(ServerConfig.load.pipe(
      Effect.withConfigProvider(ConfigProvider.fromMap(new Map(Object.entries({ SIRE_SECRET: "s".repeat(32), ...env })))),
      Effect.provide(NodeContext.layer)
    ))

  it("STRIPE_* configure billing; without STRIPE_SECRET_KEY it is not configured", async () => {
    assert.isUndefined((await load({})).stripe)
    assert.isUndefined((await load({ STRIPE_SECRET_KEY: "", STRIPE_PRICE_PRO: "price_1" })).stripe)
    const config = await load({
      STRIPE_SECRET_KEY: "sk_test_1",
      STRIPE_WEBHOOK_SECRET: "whsec_1",
      STRIPE_PRICE_PRO: "price_pro",
      STRIPE_API_BASE: "http://127.0.0.1:12111"
    })
    assert.strictEqual(Redacted.value(config.stripe!.secretKey), "sk_test_1")
    assert.deepStrictEqual(Option.map(config.stripe!.webhookSecret, Redacted.value), Option.some("whsec_1"))
    assert.deepStrictEqual(config.stripe!.pricePro, Option.some("price_pro"))
    assert.deepStrictEqual(config.stripe!.priceEnterprise, Option.none())
    assert.deepStrictEqual(config.stripe!.apiBase, Option.some("http://127.0.0.1:12111"))
    await load({ STRIPE_SECRET_KEY: "sk_test_1", STRIPE_API_BASE: "ftp://x" }).then(
      () => assert.fail("an ftp base is refused"),
      (error) => assert.include(String(error), "STRIPE_API_BASE")
    )
  })

  it("STRIPE_API_BASE becomes the SDK's host, port and protocol", () => {
    assert.deepStrictEqual(connection("http://127.0.0.1:12111"), { host: "127.0.0.1", port: 12111, protocol: "http" })
    assert.deepStrictEqual(connection("https://stripe.internal"), { host: "stripe.internal", port: 443, protocol: "https" })
  })
})
