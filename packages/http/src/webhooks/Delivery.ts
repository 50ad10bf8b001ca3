/**
 * Delivery of outgoing webhooks (Standard Webhooks): the worker that claims due rows of the outbox
 * and POSTs them through the `EgressGuard` (no redirects followed, a short time-out), signed with
 * `webhook-id`, `webhook-timestamp` and `webhook-signature: v1,<base64 HMAC-SHA256>`; retries with
 * jittered backoff under the same `webhook-id`; disables an endpoint after repeated failures and
 * notifies its organization. Also the producer of execution events: a listener of this process's
 * event hub that queues `execution.*` deliveries for the executions this process runs.
 *
 * @since 0.1.0
 */
import { Cause, Clock, type Context, Duration, Effect, Layer, Queue } from "effect"
import { createHmac } from "node:crypto"
import { type Changes, generation } from "@sire/adapters/SqlChanges"
import { ExecutionEvents } from "@sire/core/ExecutionEvents"
import type { OrganizationId } from "@sire/core/Id"
import { Sire } from "@sire/core/Sire"
import * as Telemetry from "@sire/core/Telemetry"
import type { Workflow } from "@sire/core/Workflow"
import { EgressGuard } from "@sire/nodes/EgressGuard"
import { show as showExecution } from "../executions/Http.js"
import { Notifications } from "../notifications/Notifications.js"
import { Settings } from "../Settings.js"
import { type Delivery, type EventType, Webhooks } from "./Webhooks.js"

/** The default waits before each retry: 5 s, 30 s, 2 min, 10 min, 1 h, 3 h, 6 h, 12 h. */
export const defaultRetryDelaysMs: ReadonlyArray<number> = [5_000, 30_000, 120_000, 600_000, 3_600_000, 10_800_000, 21_600_000, 43_200_000]

/** Deliveries claimed per round. */
const batchSize = 10

/** The `webhook-signature` value: `v1,` and the base64 HMAC-SHA256 of `id.timestamp.body` keyed with the secret's decoded bytes. */
export const sign = (secret: string, id: string, timestamp: number, body: string): string => {
  const key = Buffer.from(secret.startsWith("whsec_") ? secret.slice("whsec_".length) : secret, "base64")
  return `v1,${createHmac("sha256", key).update(`${id}.${timestamp}.${body}`).digest("base64")}`
}

/** The wait before the retry after `attempts` failed attempts (jittered ±20%), or undefined when none is left. */
export const retryDelay = (delays: ReadonlyArray<number>, attempts: number): number | undefined => {
  const base = delays[attempts - 1]
  return base === undefined ? undefined : Math.max(0, Math.round(base * (0.8 + Math.random() * 0.4)))
}

/**
 * The delivery worker: a scoped background fiber that claims due deliveries (in small batches, with
 * `FOR UPDATE SKIP LOCKED`), sends them and records the outcome; rows left by a stopped server are
 * picked up too.
 */
export const worker: Layer.Layer<never, never, Webhooks | EgressGuard | Notifications | Settings> = Layer.scopedDiscard(
  Effect.gen(function*() {
    const webhooks = yield* Webhooks
    const egress = yield* EgressGuard
    const notifications = yield* Notifications
    const settings = yield* Settings
    const delays = settings.webhookRetryDelaysMs ?? defaultRetryDelaysMs
    const disableAfter = settings.webhookDisableAfter ?? 8
    const pollMs = settings.webhookPollMs ?? 1_000
    const timeoutMs = settings.webhookTimeoutMs ?? 10_000
    const leaseMs = timeoutMs + 5_000

    /** One attempt: the error message on failure, undefined on a 2xx. */
    const attempt = (delivery: Delivery) =>
      Effect.gen(function*() {
        const secret = yield* webhooks.secret(delivery.organizationId, delivery.endpointId)
        const timestamp = Math.floor((yield* Clock.currentTimeMillis) / 1000)
        const response = yield* egress.fetch(delivery.url, {
          method: "POST",
          headers: {
            "content-type": "application/json",
            "webhook-id": delivery.id,
            "webhook-timestamp": String(timestamp),
            "webhook-signature": sign(secret, delivery.id, timestamp, delivery.payload),
            "user-agent": "Sire-Webhooks/0.1"
          },
          body: delivery.payload,
          timeoutMs,
          maxResponseBytes: 64 * 1024,
          followRedirects: false
        })
        return response.status >= 200 && response.status < 300
          ? undefined
          : `the endpoint answered ${response.status}` +
            (response.status >= 300 && response.status < 400 ? " (redirects are not followed)" : "")
      }).pipe(
        Effect.catchTags({
          EgressError: (error) => Effect.succeed(`${error.reason}: ${error.message}`),
          DecryptionFailed: (error) => Effect.succeed(error.message)
        })
      )

    const deliver = (delivery: Delivery) =>
      Effect.gen(function*() {
        const error = yield* Telemetry.span("sire.webhook.delivery", {
          attributes: {
            "sire.webhook.id": delivery.id,
            "sire.webhook.endpoint.id": delivery.endpointId,
            "sire.webhook.event": delivery.eventType,
            "sire.organization.id": delivery.organizationId,
            "sire.webhook.attempt": delivery.attempts + 1
          },
          end: (error) => ({ "sire.webhook.outcome": error === undefined ? "delivered" : "failed" })
        }, attempt(delivery))
        const now = yield* Clock.currentTimeMillis
        if (error === undefined) return yield* webhooks.delivered(delivery, now)
        const wait = retryDelay(delays, delivery.attempts + 1)
        const outcome = yield* webhooks.failed(delivery, error, now, wait === undefined ? undefined : now + wait, disableAfter)
        if (outcome.disabled) {
          yield* notifications.notify({
            organizationId: delivery.organizationId,
            kind: "webhook.disabled",
            title: "A webhook endpoint was disabled",
            body: `Deliveries to ${delivery.url} failed ${outcome.failureCount} times in a row; the endpoint is disabled. ` +
              `Last error: ${error}`,
            data: { webhookId: delivery.endpointId, url: delivery.url, lastError: error },
            dedupeKey: `webhook.disabled:${delivery.endpointId}:${now}`
          })
        }
      }).pipe(
        Effect.onInterrupt(() => Effect.ignore(webhooks.release(delivery.id))),
        Effect.catchAllCause((cause) =>
          Cause.isInterruptedOnly(cause)
            ? Effect.failCause(cause)
            : Effect.logWarning(`could not deliver webhook ${delivery.id}`, Cause.squash(cause))
        )
      )

    const round = Effect.gen(function*() {
      const claimed = yield* webhooks.claim(batchSize, yield* Clock.currentTimeMillis, leaseMs)
      yield* Effect.forEach(claimed, deliver, { concurrency: 4, discard: true })
      return claimed.length
    }).pipe(
      Effect.catchAllCause((cause) =>
        Cause.isInterruptedOnly(cause)
          ? Effect.failCause(cause)
          : Effect.as(Effect.logWarning("could not claim webhook deliveries", Cause.squash(cause)), 0)
      )
    )

    yield* Effect.forkScoped(Effect.forever(
      Effect.flatMap(round, (count) => count >= batchSize ? Effect.void : Effect.sleep(Duration.millis(pollMs)))
    ))
  })
)

interface Happened {
  readonly organizationId: string
  readonly executionId: string
  readonly type: EventType
}

/**
 * Queues `execution.started` (first start only, not resumptions), `execution.completed`,
 * `execution.failed` and `execution.cancelled` deliveries for every execution this process runs:
 * subscribes to the event hub and writes the outbox from a scoped background fiber.
 */
export const executionEvents: Layer.Layer<never, never, ExecutionEvents | Sire | Webhooks | Changes> = Layer.scopedDiscard(
  Effect.gen(function*() {
    const hub = yield* ExecutionEvents
    const sire = yield* Sire
    const webhooks = yield* Webhooks
    const happened = yield* Queue.unbounded<Happened>()
    yield* hub.listenAll(({ events, executionId, organizationId }) => {
      if (organizationId === undefined) return
      for (const event of events) {
        const type: EventType | undefined = event._tag === "execution.started"
          ? (event.resumed ? undefined : "execution.started")
          : event._tag === "execution.completed" || event._tag === "execution.failed" || event._tag === "execution.cancelled"
          ? event._tag
          : undefined
        if (type !== undefined) Queue.unsafeOffer(happened, { organizationId, executionId, type })
      }
    })
    // Which events each organization's endpoints want, kept until an endpoint changes anywhere.
    const wanted = new Map<string, ReadonlySet<string>>()
    const current = yield* generation("webhooks", () => wanted.clear())
    const subscribed = (organizationId: string, type: EventType) =>
      Effect.suspend(() => {
        const known = wanted.get(organizationId)
        if (known !== undefined) return Effect.succeed(known.has(type))
        const before = current()
        return Effect.map(webhooks.subscriptions(organizationId), (types) => {
          if (current() === before) wanted.set(organizationId, types)
          return types.has(type)
        })
      })
    const queue = (item: Happened) =>
      Effect.flatMap(subscribed(item.organizationId, item.type), (yes) =>
        !yes ? Effect.void : sire.get(item.executionId, { organizationId: item.organizationId as OrganizationId }).pipe(
          Effect.zip(Clock.currentTimeMillis),
          Effect.flatMap(([execution, now]) => {
            const summary = showExecution(execution)
            // The event's status, even when the execution moved on before it was read.
            const status = item.type === "execution.started" ? "running" : item.type.slice("execution.".length)
            return webhooks.enqueue(item.organizationId, item.type, { ...summary, status }, now)
          })
        )).pipe(
          Effect.catchAllCause((cause) =>
            Effect.logWarning(`could not queue the ${item.type} webhook of execution ${item.executionId}`, Cause.squash(cause))
          )
        )
    yield* Effect.forkScoped(Effect.forever(
      Effect.flatMap(Queue.takeBetween(happened, 1, 64), (batch) => Effect.forEach(batch, queue, { discard: true }))
    ))
  })
)

/** A workflow as webhook payloads show it: its id, name, revision and times (unix seconds), without the graph. */
export const workflowSummary = (workflow: Workflow) => ({
  id: workflow.id,
  name: workflow.document.name,
  revision: workflow.revision,
  latestVersion: workflow.latestVersion,
  createdAt: Math.floor(workflow.createdAt / 1000),
  updatedAt: Math.floor(workflow.updatedAt / 1000)
})

/** Queues a workflow event's deliveries, logging (not failing) when the outbox cannot be written. */
export const workflowEvent = (
  webhooks: Context.Tag.Service<Webhooks>,
  organizationId: string,
  type: EventType,
  data: unknown
): Effect.Effect<void> =>
  Effect.flatMap(Clock.currentTimeMillis, (now) => webhooks.enqueue(organizationId, type, data, now)).pipe(
    Effect.asVoid,
    Effect.catchAllCause((cause) => Effect.logWarning(`could not queue the ${type} webhook`, Cause.squash(cause)))
  )
