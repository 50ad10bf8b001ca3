/**
 * The billing group (`/api/v1/billing`): the organization's subscription and usage, Stripe
 * Checkout to upgrade, the Stripe customer portal, and the public Stripe webhook that moves the
 * organization's plan. Without `STRIPE_SECRET_KEY`, checkout, portal and webhook answer 400
 * `billing is not configured: set STRIPE_SECRET_KEY` (400: the request cannot be served as the
 * server is set up; the contract's status codes have no 501/503 for it).
 *
 * @since 0.1.0
 */
import { HttpApiEndpoint, HttpApiGroup, OpenApi } from "@effect/platform"
import { Schema } from "effect"
import { Authentication } from "../auth/Authentication.js"
import { BadRequest, Forbidden } from "../Errors.js"
import { strict, UnixSeconds } from "../Schemas.js"
import { paidPlans } from "./Billing.js"

/** An absolute http(s) URL. */
const HttpUrl = Schema.String.pipe(
  Schema.filter((text) => {
    try {
      const url = new URL(text)
      return url.protocol === "http:" || url.protocol === "https:" || "must be an http or https URL"
    } catch {
      return "must be an absolute http or https URL"
    }
  }, { jsonSchema: { format: "uri" } }),
  Schema.maxLength(2048)
)

/** The organization's plan, subscription status and usage this month. */
export const SubscriptionResponse = Schema.Struct({
  plan: Schema.String.annotations({ description: "The organization's plan: `free`, `pro` or `enterprise`" }),
  status: Schema.String.annotations({
    description: "The Stripe subscription's status (`active`, `trialing`, `past_due`, `canceled`, …); `free` without a subscription on the free plan, `active` on a plan set without Stripe"
  }),
  usage: Schema.Struct({
    current: Schema.Number.annotations({ description: "Executions started this month" }),
    limit: Schema.NullOr(Schema.Number).annotations({ description: "The plan's monthly executions; `null`: unlimited" }),
    period: Schema.String.annotations({ description: "The UTC calendar month, `YYYY-MM`" }),
    resetsAt: UnixSeconds.annotations({ description: "When the next month starts (unix seconds)" })
  }),
  billingConfigured: Schema.Boolean.annotations({ description: "Whether the server has Stripe set up (checkout and portal work)" }),
  hasCustomer: Schema.Boolean.annotations({ description: "Whether the organization has a Stripe customer (the portal works)" }),
  currentPeriodEnd: Schema.optional(UnixSeconds).annotations({ description: "When the paid period ends (unix seconds)" }),
  cancelAtPeriodEnd: Schema.Boolean.annotations({ description: "Whether the subscription ends with its period" })
}).annotations({ identifier: "Subscription" })

/** The body of `POST /api/v1/billing/checkout`. */
export const CheckoutRequest = strict(Schema.Struct({
  plan: Schema.optional(Schema.Literal(...paidPlans)).annotations({ description: "The plan to buy; `pro` by default" }),
  successUrl: Schema.optional(HttpUrl).annotations({ description: "Where Stripe sends the user after paying; `<public URL>/billing/success` by default" }),
  cancelUrl: Schema.optional(HttpUrl).annotations({ description: "Where Stripe sends the user on cancelling; `<public URL>/billing` by default" })
}).annotations({ message: () => "must be a JSON object with optional plan, successUrl and cancelUrl" }))

/** The body of `POST /api/v1/billing/portal`. */
export const PortalRequest = strict(Schema.Struct({
  returnUrl: Schema.optional(HttpUrl).annotations({ description: "Where the portal links back to; `<public URL>/billing` by default" })
}).annotations({ message: () => "must be a JSON object with an optional returnUrl" }))

/** A Stripe-hosted page to send the user to. */
export const RedirectResponse = Schema.Struct({
  url: Schema.String.annotations({ description: "The Stripe-hosted page" })
}).annotations({ identifier: "BillingRedirect" })

/** What the webhook answers Stripe. */
export const WebhookReceipt = Schema.Struct({
  received: Schema.Boolean,
  duplicate: Schema.Boolean.annotations({ description: "Whether the event id was already processed (nothing was done again)" })
}).annotations({ identifier: "BillingWebhookReceipt" })

/** The billing endpoints (viewers read the subscription; admins and owners check out and open the portal; the webhook is public and signed). */
export class BillingApi extends HttpApiGroup.make("billing")
  .add(
    HttpApiEndpoint.get("subscription", "/api/v1/billing/subscription")
      .annotateContext(OpenApi.annotations({ identifier: "getSubscription", summary: "Get the subscription" }))
      .addSuccess(SubscriptionResponse)
      .addError(Forbidden.schema)
      .middleware(Authentication)
      .annotate(OpenApi.Description, "The organization's plan, its Stripe subscription status, and its executions this month against the plan's limit. Answers without Stripe too.")
  )
  .add(
    HttpApiEndpoint.post("checkout", "/api/v1/billing/checkout")
      .annotateContext(OpenApi.annotations({ identifier: "createCheckoutSession", summary: "Open a checkout session" }))
      .setPayload(Schema.NullOr(CheckoutRequest).annotations({ description: "The checkout options; the body may be left out" }))
      .addSuccess(RedirectResponse)
      .addError(BadRequest.schema)
      .addError(Forbidden.schema)
      .middleware(Authentication)
      .annotate(OpenApi.Description, "Opens a Stripe Checkout session for a subscription to `plan` (admin or owner); answers the URL to send the user to. 400 `billing is not configured: set STRIPE_SECRET_KEY` without Stripe, or when the organization already has a live subscription (use the portal).")
  )
  .add(
    HttpApiEndpoint.post("portal", "/api/v1/billing/portal")
      .annotateContext(OpenApi.annotations({ identifier: "createPortalSession", summary: "Open the billing portal" }))
      .setPayload(Schema.NullOr(PortalRequest).annotations({ description: "The portal options; the body may be left out" }))
      .addSuccess(RedirectResponse)
      .addError(BadRequest.schema)
      .addError(Forbidden.schema)
      .middleware(Authentication)
      .annotate(OpenApi.Description, "Opens a Stripe customer-portal session (admin or owner); answers its URL. 400 when the organization has no Stripe customer yet (check out first) or without Stripe.")
  )
  .add(
    HttpApiEndpoint.post("webhook", "/api/v1/billing/webhook")
      .annotateContext(OpenApi.annotations({ identifier: "receiveStripeEvent", summary: "Receive a Stripe event" }))
      .addSuccess(WebhookReceipt)
      .addError(BadRequest.schema)
      .annotate(OpenApi.Description, "Stripe's event notifications (public, no token; rate limited as a write). The `Stripe-Signature` header must verify over the raw body with `STRIPE_WEBHOOK_SECRET`, else 400 and nothing changes. `checkout.session.completed` and `customer.subscription.created|updated|deleted` move the organization's plan; each event id is processed once.")
  )
  .annotate(OpenApi.Title, "Billing")
  .annotate(OpenApi.Description, "The organization's plan, through Stripe Checkout and the customer portal.")
{}
