/**
 * The `Billing` port on Stripe (the official `stripe` SDK): Checkout Sessions in subscription
 * mode, Customer Portal sessions, subscription reads, and webhook signature verification over the
 * raw body. `apiBase` points the SDK at another host (a local fake in tests).
 *
 * @since 0.1.0
 */
import { Effect, Layer, Option, Redacted } from "effect"
import type Stripe from "stripe"
import { Billing, BillingFailed, BillingNotConfigured, InvalidSignature, layerNotConfigured, type PaidPlan, type Subscription } from "./Billing.js"

/** The Stripe settings (CONTRACT-additive `STRIPE_*` variables). */
export interface StripeOptions {
  readonly secretKey: Redacted.Redacted
  readonly webhookSecret: Option.Option<Redacted.Redacted>
  /** The price id of each paid plan. */
  readonly prices: Readonly<Partial<Record<PaidPlan, string>>>
  /** Another API base URL, e.g. `http://127.0.0.1:12111`. */
  readonly apiBase: Option.Option<string>
}

/** The SDK's `host`/`port`/`protocol` settings for an API base URL. */
export const connection = (apiBase: string): { host: string; port: number; protocol: "http" | "https" } => {
  const url = new URL(apiBase)
  const protocol = url.protocol === "http:" ? "http" : "https"
  return { host: url.hostname, port: url.port === "" ? (protocol === "http" ? 80 : 443) : Number(url.port), protocol }
}

const toSubscription = (subscription: Stripe.Subscription): Subscription => ({
  id: subscription.id,
  customerId: typeof subscription.customer === "string" ? subscription.customer : subscription.customer.id,
  status: subscription.status,
  priceId: subscription.items?.data?.[0]?.price?.id,
  currentPeriodEnd: subscription.current_period_end ?? undefined,
  cancelAtPeriodEnd: subscription.cancel_at_period_end ?? false,
  metadata: subscription.metadata ?? {}
})

/** The `Billing` port on Stripe, over the SDK's client class. */
export const make = (StripeClient: typeof Stripe, options: StripeOptions): Billing["Type"] => {
  const stripe = new StripeClient(Redacted.value(options.secretKey), {
    maxNetworkRetries: 0,
    telemetry: false,
    ...Option.match(options.apiBase, { onNone: () => ({}), onSome: connection })
  })
  /** One Stripe API call, as a client span (`stripe <operation>`) when a tracer is installed. */
  const call = <A>(operation: string, run: () => Promise<A>) =>
    Effect.tryPromise({ try: run, catch: (cause) => new BillingFailed({ operation, cause }) }).pipe(
      Effect.withSpan(`stripe ${operation}`, { kind: "client", attributes: { "rpc.system": "stripe", "rpc.method": operation } })
    )
  return Billing.of({
    configured: true,
    planOfPrice: (priceId) =>
      priceId === undefined
        ? undefined
        : (Object.entries(options.prices).find(([, price]) => price === priceId)?.[0] as PaidPlan | undefined),
    checkout: (request) => {
      const price = options.prices[request.plan]
      if (price === undefined) {
        return Effect.fail(new BillingNotConfigured({ reason: `set STRIPE_PRICE_${request.plan.toUpperCase()}` }))
      }
      const metadata = { organizationId: request.organizationId, plan: request.plan }
      return Effect.map(
        call("checkout", () =>
          stripe.checkout.sessions.create({
            mode: "subscription",
            line_items: [{ price, quantity: 1 }],
            client_reference_id: request.organizationId,
            metadata,
            subscription_data: { metadata },
            success_url: request.successUrl,
            cancel_url: request.cancelUrl,
            ...(request.customerId !== undefined
              ? { customer: request.customerId }
              : request.email !== undefined
              ? { customer_email: request.email }
              : {})
          })),
        (session) => ({ id: session.id, url: session.url ?? "" })
      )
    },
    portal: (customerId, returnUrl) =>
      Effect.map(
        call("portal", () => stripe.billingPortal.sessions.create({ customer: customerId, return_url: returnUrl })),
        (session) => ({ url: session.url })
      ),
    subscription: (id) => Effect.map(call("subscription", () => stripe.subscriptions.retrieve(id)), toSubscription),
    verify: (rawBody, signature) =>
      Option.match(options.webhookSecret, {
        onNone: () => Effect.fail(new BillingNotConfigured({ reason: "set STRIPE_WEBHOOK_SECRET" })),
        onSome: (secret) =>
          signature === undefined || signature === ""
            ? Effect.fail(new InvalidSignature({ reason: "missing Stripe-Signature header" }))
            : Effect.try({
              try: () => {
                const event = stripe.webhooks.constructEvent(rawBody, signature, Redacted.value(secret))
                return { id: event.id, type: event.type, object: event.data.object as unknown as Record<string, any> }
              },
              catch: () => new InvalidSignature({ reason: "invalid Stripe-Signature" })
            })
      })
  })
}

/** The `Billing` port on Stripe when `secretKey` is set (the SDK is loaded then); the not-configured port otherwise. */
export const layer = (options: Omit<StripeOptions, "secretKey"> & { readonly secretKey: Option.Option<Redacted.Redacted> }): Layer.Layer<Billing> =>
  Option.match(options.secretKey, {
    onNone: () => layerNotConfigured,
    onSome: (secretKey) =>
      Layer.effect(
        Billing,
        Effect.promise(() => import("stripe")).pipe(Effect.map(({ default: StripeClient }) => make(StripeClient, { ...options, secretKey })))
      )
  })
