/**
 * Outgoing webhooks (Standard Webhooks): an organization's endpoints, each with a `whsec_…`
 * signing secret sealed at rest with the credentials cipher (the server must sign with it, so it is
 * encrypted, not hashed), and the durable outbox `sire_webhook_deliveries`: one row per event and
 * matching enabled endpoint, whose id is the `webhook-id` of every attempt. The delivery worker
 * (`Delivery.ts`) claims due rows with `FOR UPDATE SKIP LOCKED`, so several servers share the work
 * and rows left by a stopped server are picked up by the next.
 *
 * @since 0.1.0
 */
import * as SqlClient from "@effect/sql/SqlClient"
import type { SqlError } from "@effect/sql/SqlError"
import { Clock, Context, Effect, Layer, type Redacted } from "effect"
import { randomBytes } from "node:crypto"
import * as Id from "@sire/core/Id"
import type { Page } from "@sire/core/WorkflowStore"
import * as Cipher from "../credentials/Cipher.js"
import { cut, olderThan } from "../Paging.js"
import { Changes } from "@sire/adapters/SqlChanges"

/** The event types an endpoint may subscribe to. */
export const eventTypes = [
  "execution.started",
  "execution.completed",
  "execution.failed",
  "execution.cancelled",
  "workflow.created",
  "workflow.updated",
  "workflow.deleted"
] as const
/** An event type. */
export type EventType = typeof eventTypes[number]

/** An endpoint as listed (never its secret). Times are unix milliseconds. */
export interface Endpoint {
  readonly id: string
  readonly url: string
  readonly events: ReadonlyArray<EventType>
  readonly enabled: boolean
  /** Consecutive failed attempts since the last success. */
  readonly failureCount: number
  readonly lastError?: string
  readonly lastAttemptAt?: number
  readonly disabledAt?: number
  readonly createdAt: number
}

/** A pending delivery claimed by a worker, with its endpoint's URL. */
export interface Delivery {
  readonly id: string
  readonly endpointId: string
  readonly organizationId: string
  readonly eventType: string
  /** The exact body sent on every attempt. */
  readonly payload: string
  /** Attempts made before this one. */
  readonly attempts: number
  readonly url: string
}

/** What happened to an endpoint after a failed attempt. */
export interface Failure {
  /** Whether this failure disabled the endpoint. */
  readonly disabled: boolean
  readonly failureCount: number
}

/** The webhook store. */
export class Webhooks extends Context.Tag("@sire/http/Webhooks")<Webhooks, {
  /** Registers an endpoint; answers it with its secret (the only time it is shown). */
  readonly create: (
    organizationId: string,
    options: { readonly url: string; readonly events: ReadonlyArray<EventType> },
    now: number
  ) => Effect.Effect<Endpoint & { readonly secret: string }, SqlError>
  /** The organization's endpoints, newest first, without secrets. */
  readonly list: (organizationId: string, limit: number, cursor?: string) => Effect.Effect<Page<Endpoint>, SqlError>
  /** Deletes an endpoint (and its deliveries); false when the organization has none with this id. */
  readonly remove: (organizationId: string, id: string) => Effect.Effect<boolean, SqlError>
  /** Queues one delivery of the event per enabled endpoint of the organization subscribed to it; how many. */
  readonly enqueue: (organizationId: string, type: EventType, data: unknown, now: number) => Effect.Effect<number, SqlError>
  /** The event types the organization's enabled endpoints subscribe to. */
  readonly subscriptions: (organizationId: string) => Effect.Effect<ReadonlySet<string>, SqlError>
  /** Claims up to `limit` due deliveries of enabled endpoints, leasing them until `now + leaseMs`. */
  readonly claim: (limit: number, now: number, leaseMs: number) => Effect.Effect<ReadonlyArray<Delivery>, SqlError>
  /** The decrypted `whsec_…` secret of an endpoint (server-internal). */
  readonly secret: (organizationId: string, endpointId: string) => Effect.Effect<string, Cipher.DecryptionFailed | SqlError>
  /** Records a 2xx: the delivery is delivered, the endpoint's failure count reset. */
  readonly delivered: (delivery: Delivery, now: number) => Effect.Effect<void, SqlError>
  /**
   * Records a failed attempt: retried at `retryAt`, or failed for good when it is undefined; the
   * endpoint is disabled (and its pending deliveries failed) at `disableAfter` consecutive failures.
   */
  readonly failed: (
    delivery: Delivery,
    error: string,
    now: number,
    retryAt: number | undefined,
    disableAfter: number
  ) => Effect.Effect<Failure, SqlError>
  /** Gives a claimed delivery back (due now), e.g. when its worker is interrupted. */
  readonly release: (deliveryId: string) => Effect.Effect<void, SqlError>
}>() {}

interface Row {
  readonly id: string
  readonly url: string
  readonly events: string
  readonly enabled: boolean | number | string
  readonly failureCount: string | number
  readonly lastError: string | null
  readonly lastAttemptAt: string | number | null
  readonly disabledAt: string | number | null
  readonly createdAt: string | number
}

const truthy = (value: boolean | number | string) => value === true || value === 1 || value === "t" || value === "true"

const toEndpoint = (row: Row): Endpoint => ({
  id: row.id,
  url: row.url,
  events: JSON.parse(row.events) as Array<EventType>,
  enabled: truthy(row.enabled),
  failureCount: Number(row.failureCount),
  ...(row.lastError !== null ? { lastError: row.lastError } : {}),
  ...(row.lastAttemptAt !== null ? { lastAttemptAt: Number(row.lastAttemptAt) } : {}),
  ...(row.disabledAt !== null ? { disabledAt: Number(row.disabledAt) } : {}),
  createdAt: Number(row.createdAt)
})


/** Errors are stored at most this long. */
const maxErrorLength = 500

/** A fresh Standard Webhooks secret: `whsec_` and the base64 of 24 random bytes. */
export const makeSecret = (): string => `whsec_${randomBytes(24).toString("base64")}`

/** The webhook store over the `SqlClient` in context, sealing secrets with a key derived from `secret`. */
export const make = (serverSecret: Redacted.Redacted) =>
  Effect.gen(function*() {
    const sql = yield* SqlClient.SqlClient
    const changes = yield* Changes
    const cipher = Cipher.fromSecret(serverSecret)
    const columns = sql`id, url, events, enabled, failure_count AS "failureCount", last_error AS "lastError",
      last_attempt_at AS "lastAttemptAt", disabled_at AS "disabledAt", created_at AS "createdAt"`
    return Webhooks.of({
      create: (organizationId, options, now) =>
        Effect.gen(function*() {
          const id = yield* Id.make<string>("wh")
          const secret = makeSecret()
          const sealed = yield* cipher.seal(secret, { organizationId, credentialId: id })
          yield* sql`INSERT INTO sire_webhook_endpoints
            (id, organization_id, url, events, encrypted_secret, enabled, failure_count, created_at)
            VALUES (${id}, ${organizationId}, ${options.url}, ${JSON.stringify(options.events)}, ${sealed}, TRUE, 0, ${now})`
          return { id, url: options.url, events: options.events, enabled: true, failureCount: 0, createdAt: now, secret }
        }).pipe(Effect.ensuring(changes.changed("webhooks"))),
      list: (organizationId, limit, cursor) =>
        Effect.gen(function*() {
          const older = olderThan(sql, cursor)
          const rows = yield* sql<Row>`SELECT ${columns} FROM sire_webhook_endpoints
            WHERE organization_id = ${organizationId} ${older}
            ORDER BY created_at DESC, id DESC
            LIMIT ${limit + 1}`
          return cut(rows.map(toEndpoint), limit)
        }),
      remove: (organizationId, id) =>
        Effect.map(
          sql`DELETE FROM sire_webhook_endpoints WHERE id = ${id} AND organization_id = ${organizationId} RETURNING id`,
          (rows) => rows.length > 0
        ).pipe(Effect.ensuring(changes.changed("webhooks"))),
      subscriptions: (organizationId) =>
        Effect.map(
          sql<{ readonly events: string }>`SELECT events FROM sire_webhook_endpoints WHERE organization_id = ${organizationId} AND enabled`,
          (rows) => new Set(rows.flatMap((row) => JSON.parse(row.events) as Array<string>))
        ),
      enqueue: (organizationId, type, data, now) =>
        Effect.gen(function*() {
          const endpoints = yield* sql<{ readonly id: string }>`SELECT id FROM sire_webhook_endpoints
            WHERE organization_id = ${organizationId} AND enabled AND events LIKE ${`%${JSON.stringify(type)}%`}`
          if (endpoints.length === 0) return 0
          const payload = JSON.stringify({ type, timestamp: new Date(now).toISOString(), data })
          let queued = 0
          for (const endpoint of endpoints) {
            const id = yield* Id.make<string>("msg")
            const rows = yield* sql`INSERT INTO sire_webhook_deliveries
                (id, endpoint_id, organization_id, event_type, payload, attempts, next_attempt_at, status, created_at)
              SELECT ${id}, e.id, e.organization_id, ${type}, ${payload}, 0, ${now}, 'pending', ${now}
              FROM sire_webhook_endpoints e WHERE e.id = ${endpoint.id} AND e.enabled
              RETURNING id`
            queued += rows.length
          }
          return queued
        }),
      claim: (limit, now, leaseMs) =>
        Effect.map(
          sql<Delivery & { readonly attempts: number | string }>`WITH due AS (
              SELECT d.id FROM sire_webhook_deliveries d
              JOIN sire_webhook_endpoints e ON e.id = d.endpoint_id
              WHERE d.status = 'pending' AND d.next_attempt_at <= ${now} AND e.enabled
              ORDER BY d.next_attempt_at, d.id
              LIMIT ${limit}
              FOR UPDATE OF d SKIP LOCKED
            )
            UPDATE sire_webhook_deliveries d SET next_attempt_at = ${now + leaseMs}
            FROM due, sire_webhook_endpoints e
            WHERE d.id = due.id AND e.id = d.endpoint_id
            RETURNING d.id, d.endpoint_id AS "endpointId", d.organization_id AS "organizationId",
              d.event_type AS "eventType", d.payload, d.attempts, e.url`,
          (rows) => rows.map((row) => ({ ...row, attempts: Number(row.attempts) }))
        ),
      secret: (organizationId, endpointId) =>
        Effect.gen(function*() {
          const rows = yield* sql<{ readonly sealed: string }>`SELECT encrypted_secret AS "sealed"
            FROM sire_webhook_endpoints WHERE id = ${endpointId} AND organization_id = ${organizationId}`
          const row = rows[0]
          if (row === undefined) return yield* Effect.fail(new Cipher.DecryptionFailed({ reason: "no such endpoint" }))
          const secret = yield* cipher.open(row.sealed, { organizationId, credentialId: endpointId })
          return String(secret)
        }),
      // Both outcomes lock the endpoint's row before the delivery's, the order in which deleting an
      // endpoint takes them (the row, then its deliveries by cascade): the other order deadlocks.
      delivered: (delivery, now) =>
        sql.withTransaction(Effect.gen(function*() {
          yield* sql`UPDATE sire_webhook_endpoints
            SET failure_count = 0, last_error = NULL, last_attempt_at = ${now}
            WHERE id = ${delivery.endpointId}`
          yield* sql`UPDATE sire_webhook_deliveries
            SET status = 'delivered', attempts = attempts + 1, last_error = NULL, delivered_at = ${now}
            WHERE id = ${delivery.id}`
        })),
      failed: (delivery, error, now, retryAt, disableAfter) =>
        sql.withTransaction(Effect.gen(function*() {
          const message = error.slice(0, maxErrorLength)
          const counted = yield* sql<{ readonly failureCount: number | string; readonly enabled: boolean | number | string }>`
            UPDATE sire_webhook_endpoints
            SET failure_count = failure_count + 1, last_error = ${message}, last_attempt_at = ${now}
            WHERE id = ${delivery.endpointId}
            RETURNING failure_count AS "failureCount", enabled`
          yield* retryAt === undefined
            ? sql`UPDATE sire_webhook_deliveries
                SET status = 'failed', attempts = attempts + 1, last_error = ${message}
                WHERE id = ${delivery.id}`
            : sql`UPDATE sire_webhook_deliveries
                SET attempts = attempts + 1, last_error = ${message}, next_attempt_at = ${retryAt}
                WHERE id = ${delivery.id}`
          const failureCount = Number(counted[0]?.failureCount ?? 0)
          if (counted[0] === undefined || !truthy(counted[0].enabled) || failureCount < disableAfter) {
            return { disabled: false, failureCount }
          }
          yield* sql`UPDATE sire_webhook_endpoints SET enabled = FALSE, disabled_at = ${now} WHERE id = ${delivery.endpointId}`
          yield* sql`UPDATE sire_webhook_deliveries
            SET status = 'failed', last_error = 'endpoint disabled after repeated failures'
            WHERE endpoint_id = ${delivery.endpointId} AND status = 'pending'`
          return { disabled: true, failureCount }
        })),
      release: (deliveryId) =>
        Effect.flatMap(Clock.currentTimeMillis, (now) =>
          Effect.asVoid(sql`UPDATE sire_webhook_deliveries SET next_attempt_at = ${now}
            WHERE id = ${deliveryId} AND status = 'pending'`))
    })
  })

/** The webhook store as a layer, sealing secrets with a key derived from the server secret. */
export const layer = (secret: Redacted.Redacted): Layer.Layer<Webhooks, never, SqlClient.SqlClient | Changes> =>
  Layer.effect(Webhooks, make(secret))
