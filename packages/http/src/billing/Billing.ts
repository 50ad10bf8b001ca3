/**
 * Billing: the `Billing` port to a payment provider (checkout, customer portal, subscriptions,
 * signed event notifications), the paid plans it sells, and the `BillingAccounts` store that
 * links organizations to their provider customer, records processed events once, and moves an
 * organization's plan (which is its quota).
 *
 * @since 0.1.0
 */
import * as SqlClient from "@effect/sql/SqlClient"
import type { SqlError } from "@effect/sql/SqlError"
import { Context, Data, Effect, Layer, Option } from "effect"
import { Changes } from "@sire/adapters/SqlChanges"

/** The plans sold through checkout. */
export const paidPlans = ["pro", "enterprise"] as const
/** A plan sold through checkout. */
export type PaidPlan = typeof paidPlans[number]

/** Billing is not set up on this server (no `STRIPE_SECRET_KEY`, or no price for a plan). */
export class BillingNotConfigured extends Data.TaggedError("BillingNotConfigured")<{ readonly reason: string }> {
  /** The message. */
  override get message() {
    return `billing is not configured: ${this.reason}`
  }
}

/** The provider refused or could not be reached. */
export class BillingFailed extends Data.TaggedError("BillingFailed")<{ readonly operation: string; readonly cause: unknown }> {}

/** An event notification whose signature does not verify. */
export class InvalidSignature extends Data.TaggedError("InvalidSignature")<{ readonly reason: string }> {}

/** A subscription as read from the provider. Times are unix seconds. */
export interface Subscription {
  readonly id: string
  readonly customerId: string
  readonly status: string
  /** The price of its first item. */
  readonly priceId: string | undefined
  readonly currentPeriodEnd: number | undefined
  readonly cancelAtPeriodEnd: boolean
  readonly metadata: Readonly<Record<string, string>>
}

/** A verified event notification: its id, type and object (provider wire format). */
export interface BillingEvent {
  readonly id: string
  readonly type: string
  readonly object: Record<string, any>
}

/** What a checkout session is opened with. */
export interface CheckoutRequest {
  readonly organizationId: string
  readonly plan: PaidPlan
  readonly successUrl: string
  readonly cancelUrl: string
  /** The organization's customer, when it has one. */
  readonly customerId?: string | undefined
  /** Prefills the checkout form for a new customer. */
  readonly email?: string | undefined
}

/** The payment-provider port. */
export class Billing extends Context.Tag("@sire/http/Billing")<Billing, {
  /** Whether a provider is configured. */
  readonly configured: boolean
  /** The plan a price id sells, if any. */
  readonly planOfPrice: (priceId: string | undefined) => PaidPlan | undefined
  /** Opens a checkout session for a plan; answers its id and the URL to send the user to. */
  readonly checkout: (request: CheckoutRequest) => Effect.Effect<{ readonly id: string; readonly url: string }, BillingNotConfigured | BillingFailed>
  /** Opens a customer-portal session; answers its URL. */
  readonly portal: (customerId: string, returnUrl: string) => Effect.Effect<{ readonly url: string }, BillingNotConfigured | BillingFailed>
  /** Reads a subscription. */
  readonly subscription: (id: string) => Effect.Effect<Subscription, BillingNotConfigured | BillingFailed>
  /** Verifies an event notification's signature over its raw body and parses it. */
  readonly verify: (rawBody: string, signature: string | undefined) => Effect.Effect<BillingEvent, BillingNotConfigured | InvalidSignature>
}>() {}

const notConfigured = new BillingNotConfigured({ reason: "set STRIPE_SECRET_KEY" })

/** The port when no provider is configured: every operation fails with `BillingNotConfigured`. */
export const layerNotConfigured: Layer.Layer<Billing> = Layer.succeed(Billing, Billing.of({
  configured: false,
  planOfPrice: () => undefined,
  checkout: () => Effect.fail(notConfigured),
  portal: () => Effect.fail(notConfigured),
  subscription: () => Effect.fail(notConfigured),
  verify: () => Effect.fail(notConfigured)
}))

/** An organization's billing record. Times are unix milliseconds. */
export interface BillingRecord {
  readonly organizationId: string
  readonly customerId: string | undefined
  readonly subscriptionId: string | undefined
  readonly status: string | undefined
  readonly currentPeriodEnd: number | undefined
  readonly cancelAtPeriodEnd: boolean
  readonly updatedAt: number
}

/** What an event changes for an organization. */
export interface Change {
  readonly organizationId: string
  readonly customerId?: string | undefined
  readonly subscriptionId?: string | undefined
  readonly status?: string | undefined
  readonly currentPeriodEnd?: number | undefined
  readonly cancelAtPeriodEnd?: boolean | undefined
  /** The plan to move the organization to; unchanged when absent. */
  readonly plan?: string | undefined
}

/** The billing store: customer links, processed events, plan moves. */
export class BillingAccounts extends Context.Tag("@sire/http/BillingAccounts")<BillingAccounts, {
  /** The organization's billing record, if it has one. */
  readonly get: (organizationId: string) => Effect.Effect<Option.Option<BillingRecord>, SqlError>
  /** The organization a provider customer belongs to. */
  readonly byCustomer: (customerId: string) => Effect.Effect<Option.Option<string>, SqlError>
  /** Whether the organization exists. */
  readonly exists: (organizationId: string) => Effect.Effect<boolean, SqlError>
  /**
   * Records event `eventId` and applies `changes`, atomically; false (and nothing applied) when
   * the event was already processed.
   */
  readonly apply: (eventId: string, type: string, changes: ReadonlyArray<Change>, now: number) => Effect.Effect<boolean, SqlError>
}>() {}

interface Row {
  readonly organizationId: string
  readonly customerId: string | null
  readonly subscriptionId: string | null
  readonly status: string | null
  readonly currentPeriodEnd: string | number | null
  readonly cancelAtPeriodEnd: boolean
  readonly updatedAt: string | number
}

/** The billing store over the `SqlClient` in context. */
export const makeAccounts = Effect.gen(function*() {
  const sql = yield* SqlClient.SqlClient
  const changeFeed = yield* Changes
  const upsert = (change: Change, now: number) =>
    sql`INSERT INTO sire_billing_customers
        (organization_id, customer_id, subscription_id, status, current_period_end, cancel_at_period_end, updated_at)
      VALUES (${change.organizationId}, ${change.customerId ?? null}, ${change.subscriptionId ?? null}, ${change.status ?? null},
        ${change.currentPeriodEnd ?? null}, ${change.cancelAtPeriodEnd ?? false}, ${now})
      ON CONFLICT (organization_id) DO UPDATE SET
        customer_id = COALESCE(EXCLUDED.customer_id, sire_billing_customers.customer_id),
        subscription_id = COALESCE(EXCLUDED.subscription_id, sire_billing_customers.subscription_id),
        status = COALESCE(EXCLUDED.status, sire_billing_customers.status),
        current_period_end = COALESCE(EXCLUDED.current_period_end, sire_billing_customers.current_period_end),
        cancel_at_period_end = ${change.cancelAtPeriodEnd === undefined ? sql`sire_billing_customers.cancel_at_period_end` : sql`EXCLUDED.cancel_at_period_end`},
        updated_at = EXCLUDED.updated_at`
  return BillingAccounts.of({
    get: (organizationId) =>
      Effect.map(
        sql<Row>`SELECT organization_id AS "organizationId", customer_id AS "customerId", subscription_id AS "subscriptionId",
            status, current_period_end AS "currentPeriodEnd", cancel_at_period_end AS "cancelAtPeriodEnd", updated_at AS "updatedAt"
          FROM sire_billing_customers WHERE organization_id = ${organizationId}`,
        (rows) =>
          Option.map(Option.fromNullable(rows[0]), (row) => ({
            organizationId: row.organizationId,
            customerId: row.customerId ?? undefined,
            subscriptionId: row.subscriptionId ?? undefined,
            status: row.status ?? undefined,
            currentPeriodEnd: row.currentPeriodEnd === null ? undefined : Number(row.currentPeriodEnd),
            cancelAtPeriodEnd: Boolean(row.cancelAtPeriodEnd),
            updatedAt: Number(row.updatedAt)
          }))
      ),
    byCustomer: (customerId) =>
      Effect.map(
        sql<{ organizationId: string }>`SELECT organization_id AS "organizationId" FROM sire_billing_customers
          WHERE customer_id = ${customerId} ORDER BY updated_at DESC LIMIT 1`,
        (rows) => Option.map(Option.fromNullable(rows[0]), (row) => row.organizationId)
      ),
    exists: (organizationId) =>
      Effect.map(sql`SELECT 1 FROM sire_organizations WHERE id = ${organizationId}`, (rows) => rows.length > 0),
    apply: (eventId, type, changes, now) =>
      sql.withTransaction(Effect.gen(function*() {
        const inserted = yield* sql`INSERT INTO sire_billing_events (id, type, processed_at)
          VALUES (${eventId}, ${type}, ${now}) ON CONFLICT (id) DO NOTHING RETURNING id`
        if (inserted.length === 0) return false
        for (const change of changes) {
          yield* upsert(change, now)
          if (change.plan !== undefined) {
            yield* sql`UPDATE sire_organizations SET plan = ${change.plan} WHERE id = ${change.organizationId}`
          }
        }
        return true
      })).pipe(Effect.ensuring(changeFeed.changed("auth")))
  })
})

/** The billing store as a layer. */
export const layerAccounts: Layer.Layer<BillingAccounts, never, SqlClient.SqlClient | Changes> = Layer.effect(BillingAccounts, makeAccounts)
