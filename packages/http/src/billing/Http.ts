/**
 * Handlers of the billing group: the subscription and usage (from the organization's plan, the
 * stored Stripe subscription and the core `Quota`), checkout and portal through the `Billing`
 * port, and the Stripe webhook, which verifies the signature over the raw body (the request
 * guard keeps it as `request.text`) and moves the organization's plan once per event id.
 *
 * @since 0.1.0
 */
import { HttpApiBuilder, HttpServerRequest } from "@effect/platform"
import { Clock, Effect, Option } from "effect"
import { Quota } from "@sire/core/Quota"
import { SireApi } from "../Api.js"
import { auditedCall } from "../audit/Audited.js"
import { Accounts } from "../auth/Accounts.js"
import { authorize } from "../auth/Principal.js"
import { badRequest, internal } from "../Errors.js"
import { Settings } from "../Settings.js"
import { Billing, type BillingEvent, BillingAccounts, type Change, type Subscription } from "./Billing.js"

/** Subscription statuses that keep the paid plan. */
const live: ReadonlySet<string> = new Set(["active", "trialing", "past_due"])

const idOf = (value: unknown): string | undefined =>
  typeof value === "string" ? value : value !== null && typeof value === "object" && typeof (value as { id?: unknown }).id === "string"
    ? (value as { id: string }).id
    : undefined

/** A subscription object from an event (Stripe wire format). */
const fromObject = (object: Record<string, any>): Subscription => ({
  id: String(object.id),
  customerId: idOf(object.customer) ?? "",
  status: String(object.status ?? ""),
  priceId: object.items?.data?.[0]?.price?.id,
  currentPeriodEnd: typeof object.current_period_end === "number" ? object.current_period_end : undefined,
  cancelAtPeriodEnd: Boolean(object.cancel_at_period_end),
  metadata: object.metadata ?? {}
})

/** The billing group's handlers. */
export const BillingLive = HttpApiBuilder.group(SireApi, "billing", (handlers) =>
  Effect.gen(function*() {
    const billing = yield* Billing
    const store = yield* BillingAccounts
    const quota = yield* Quota
    const accounts = yield* Accounts
    const settings = yield* Settings

    /** What a subscription means for its organization: its record, and its plan (free once it is no longer live). */
    const subscriptionChange = (organizationId: string, subscription: Subscription, deleted: boolean) =>
      Effect.gen(function*() {
        const record = yield* store.get(organizationId)
        const current = Option.flatMap(record, (r) => Option.fromNullable(r.subscriptionId))
        const stillLive = !deleted && live.has(subscription.status)
        // An old subscription ending never downgrades an organization that has moved on to another one.
        const superseded = Option.isSome(current) && current.value !== subscription.id && !stillLive
        if (superseded) return []
        const plan = stillLive ? billing.planOfPrice(subscription.priceId) : "free"
        if (plan === undefined) {
          yield* Effect.logWarning(`Stripe subscription ${subscription.id} has price ${subscription.priceId}, which no STRIPE_PRICE_* names`)
        }
        const change: Change = {
          organizationId,
          customerId: subscription.customerId === "" ? undefined : subscription.customerId,
          subscriptionId: subscription.id,
          status: deleted ? "canceled" : subscription.status,
          currentPeriodEnd: subscription.currentPeriodEnd === undefined ? undefined : subscription.currentPeriodEnd * 1000,
          cancelAtPeriodEnd: subscription.cancelAtPeriodEnd,
          plan
        }
        return [change]
      })

    /** The changes an event makes; none for events of no interest or of unknown organizations. */
    const changesOf = (event: BillingEvent) =>
      Effect.gen(function*() {
        const object = event.object
        if (event.type === "checkout.session.completed") {
          const organizationId = object.client_reference_id ?? object.metadata?.organizationId
          if (typeof organizationId !== "string" || !(yield* store.exists(organizationId))) {
            yield* Effect.logWarning(`Stripe event ${event.id}: no organization ${String(organizationId)}`)
            return []
          }
          const subscriptionId = idOf(object.subscription)
          const customerId = idOf(object.customer)
          if (subscriptionId === undefined) return [{ organizationId, customerId }]
          const subscription = yield* billing.subscription(subscriptionId)
          return yield* subscriptionChange(organizationId, { ...subscription, customerId: subscription.customerId || (customerId ?? "") }, false)
        }
        if (
          event.type === "customer.subscription.created" || event.type === "customer.subscription.updated" ||
          event.type === "customer.subscription.deleted"
        ) {
          const subscription = fromObject(object)
          const tagged = subscription.metadata.organizationId
          const organizationId = typeof tagged === "string" && (yield* store.exists(tagged))
            ? Option.some(tagged)
            : yield* store.byCustomer(subscription.customerId)
          if (Option.isNone(organizationId)) {
            yield* Effect.logWarning(`Stripe event ${event.id}: no organization for customer ${subscription.customerId}`)
            return []
          }
          return yield* subscriptionChange(organizationId.value, subscription, event.type === "customer.subscription.deleted")
        }
        return []
      })

    const notConfigured = (error: { readonly message: string }) => badRequest(error.message)

    return handlers
      .handle("subscription", () =>
        Effect.gen(function*() {
          const principal = yield* authorize("billing.read")
          const usage = yield* quota.usage({ organizationId: principal.organizationId, plan: principal.plan })
          const record = yield* store.get(principal.organizationId)
          const status = Option.flatMap(record, (r) => Option.fromNullable(r.status))
          const periodEnd = Option.flatMap(record, (r) => Option.fromNullable(r.currentPeriodEnd))
          return {
            plan: principal.plan,
            status: Option.getOrElse(status, () => (principal.plan === "free" ? "free" : "active")),
            usage: { current: usage.current, limit: usage.limit, period: usage.period, resetsAt: usage.resetsAt },
            billingConfigured: billing.configured,
            hasCustomer: Option.exists(record, (r) => r.customerId !== undefined),
            ...(Option.isSome(periodEnd) ? { currentPeriodEnd: Math.floor(periodEnd.value / 1000) } : {}),
            cancelAtPeriodEnd: Option.exists(record, (r) => r.cancelAtPeriodEnd)
          }
        }).pipe(Effect.catchTags({ SqlError: internal, UnknownPlan: internal, QuotaStoreError: internal })))
      .handle("checkout", ({ payload: body }) =>
        auditedCall({ action: "billing.checkout_started", resourceType: "subscription" }, Effect.gen(function*() {
          const payload = body ?? {}
          const principal = yield* authorize("billing.manage")
          if (!billing.configured) return yield* badRequest("billing is not configured: set STRIPE_SECRET_KEY")
          const record = yield* store.get(principal.organizationId)
          if (Option.exists(record, (r) => r.status !== undefined && live.has(r.status)) && principal.plan !== "free") {
            return yield* badRequest("the organization already has a subscription: change it in the billing portal (POST /api/v1/billing/portal)")
          }
          const profile = yield* accounts.profile(principal.userId, principal.organizationId)
          const session = yield* billing.checkout({
            organizationId: principal.organizationId,
            plan: payload.plan ?? "pro",
            successUrl: payload.successUrl ?? `${settings.publicUrl}/billing/success?session_id={CHECKOUT_SESSION_ID}`,
            cancelUrl: payload.cancelUrl ?? `${settings.publicUrl}/billing`,
            customerId: Option.getOrUndefined(Option.flatMap(record, (r) => Option.fromNullable(r.customerId))),
            email: Option.getOrUndefined(Option.map(profile, (p) => p.email))
          })
          return { url: session.url }
        }).pipe(Effect.catchTags({ SqlError: internal, BillingFailed: internal, BillingNotConfigured: notConfigured }))))
      .handle("portal", ({ payload: body }) =>
        auditedCall({ action: "billing.portal_opened", resourceType: "subscription" }, Effect.gen(function*() {
          const payload = body ?? {}
          const principal = yield* authorize("billing.manage")
          if (!billing.configured) return yield* badRequest("billing is not configured: set STRIPE_SECRET_KEY")
          const record = yield* store.get(principal.organizationId)
          const customerId = Option.flatMap(record, (r) => Option.fromNullable(r.customerId))
          if (Option.isNone(customerId)) {
            return yield* badRequest("the organization has no Stripe customer yet: subscribe through POST /api/v1/billing/checkout first")
          }
          return yield* billing.portal(customerId.value, payload.returnUrl ?? `${settings.publicUrl}/billing`)
        }).pipe(Effect.catchTags({ SqlError: internal, BillingFailed: internal, BillingNotConfigured: notConfigured }))))
      .handle("webhook", () =>
        Effect.gen(function*() {
          if (!billing.configured) return yield* badRequest("billing is not configured: set STRIPE_SECRET_KEY")
          const request = yield* HttpServerRequest.HttpServerRequest
          const raw = yield* Effect.orElse(request.text, () => badRequest("the request body could not be read"))
          const event = yield* billing.verify(raw, request.headers["stripe-signature"]).pipe(
            Effect.catchTag("InvalidSignature", (error) => badRequest(`webhook signature verification failed: ${error.reason}`))
          )
          const changes = yield* changesOf(event)
          const applied = yield* store.apply(event.id, event.type, changes, yield* Clock.currentTimeMillis)
          return { received: true, duplicate: !applied }
        }).pipe(Effect.catchTags({ SqlError: internal, BillingFailed: internal, BillingNotConfigured: notConfigured })))
  }))
