/**
 * The webhook store on PostgreSQL under concurrent writers: recording a delivery's outcome takes
 * its locks in the order deleting the endpoint does (the endpoint's row, then its deliveries), so an
 * endpoint removed while its deliveries are being recorded never deadlocks either side.
 */
import * as SqlClient from "@effect/sql/SqlClient"
import * as SqlChanges from "@sire/adapters/SqlChanges"
import { afterAll, assert, beforeAll, describe, it } from "@effect/vitest"
import { Effect, Redacted } from "effect"
import * as Webhooks from "../src/webhooks/Webhooks.js"
import { migratedDatabase, skip } from "./harness.js"
import { blockedBehind, hold, lockable } from "./locks.js"

const now = 1_700_000_000_000

describe.skipIf(skip("postgres"))("the webhook store's lock order on postgres", () => {
  const db = migratedDatabase("postgres", 8)
  let sql: SqlClient.SqlClient
  let store: Webhooks.Webhooks["Type"]
  beforeAll(async () => {
    sql = await db.open()
    store = await Effect.runPromise(
      Webhooks.make(Redacted.make("webhook-locks-test-secret-0123456789")).pipe(
        Effect.provideService(SqlClient.SqlClient, sql),
        Effect.provideService(SqlChanges.Changes, SqlChanges.local())
      )
    )
  }, 60_000)
  afterAll(() => db.close())

  let organizations = 0
  /** A new organization with one endpoint and `count` claimed deliveries. */
  const claimed = (count: number) =>
    Effect.gen(function*() {
      const organizationId = `org_locks_${organizations++}`
      yield* sql`INSERT INTO sire_organizations (id, name, created_at) VALUES (${organizationId}, 'locks', ${now})`
      const endpoint = yield* store.create(organizationId, { url: "https://example.com/hook", events: ["execution.completed"] }, now)
      for (let i = 0; i < count; i++) yield* store.enqueue(organizationId, "execution.completed", { i }, now)
      const deliveries = (yield* store.claim(100, now, 60_000)).filter((delivery) => delivery.endpointId === endpoint.id)
      assert.strictEqual(deliveries.length, count)
      return { organizationId, endpoint, deliveries }
    })

  /** Runs `record` while another transaction holds the endpoint's row; answers whether the delivery's row stayed free meanwhile. */
  const deliveryFreeWhileEndpointHeld = (record: (delivery: Webhooks.Delivery) => Effect.Effect<unknown, unknown>) =>
    Effect.gen(function*() {
      const { deliveries, endpoint } = yield* claimed(1)
      const delivery = deliveries[0]!
      const held = yield* hold(sql, sql`SELECT id FROM sire_webhook_endpoints WHERE id = ${endpoint.id} FOR UPDATE`)
      const recording = yield* Effect.fork(record(delivery))
      yield* blockedBehind(sql, held.pid, "the outcome (waiting for the endpoint's row)")
      const free = yield* lockable(sql, sql`SELECT id FROM sire_webhook_deliveries WHERE id = ${delivery.id} FOR UPDATE NOWAIT`)
      yield* held.release
      yield* held.done
      yield* recording
      return free
    })

  it("recording a success or a failure waits for the endpoint's row before it locks the delivery's", async () => {
    const afterSuccess = await Effect.runPromise(deliveryFreeWhileEndpointHeld((delivery) => store.delivered(delivery, now + 1)))
    assert.isTrue(afterSuccess, "delivered locked the delivery, then waited for the endpoint: the order a delete deadlocks with")
    const afterFailure = await Effect.runPromise(
      deliveryFreeWhileEndpointHeld((delivery) => store.failed(delivery, "503", now + 1, now + 60_000, 10))
    )
    assert.isTrue(afterFailure, "failed locked the delivery, then waited for the endpoint: the order a delete deadlocks with")
  })

  it("removing endpoints while their deliveries' outcomes are recorded always succeeds, and leaves no delivery behind", async () => {
    for (let round = 0; round < 15; round++) {
      const { deliveries, endpoint, organizationId } = await Effect.runPromise(claimed(6))
      const outcomes = deliveries.map((delivery, i) =>
        i % 2 === 0 ? store.delivered(delivery, now + 1) : store.failed(delivery, "timeout", now + 1, now + 60_000, 3)
      )
      const [removed] = await Effect.runPromise(
        Effect.all([store.remove(organizationId, endpoint.id), ...outcomes], { concurrency: "unbounded" })
      )
      assert.isTrue(removed)
      const left = await Effect.runPromise(sql`SELECT id FROM sire_webhook_deliveries WHERE endpoint_id = ${endpoint.id}`)
      assert.strictEqual(left.length, 0)
    }
  })
})
