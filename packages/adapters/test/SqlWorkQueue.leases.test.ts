/**
 * Leases on the database's clock (`leaseClock: "database"`, what `SqlStorage.layerPostgres` uses):
 * workers whose clocks disagree with each other still agree on when a claim runs out.
 */
import { assert, describe, it } from "@effect/vitest"
import { Effect, Layer } from "effect"
import type { ExecutionId, OrganizationId } from "@sire/core/Id"
import { WorkQueue } from "@sire/core/WorkQueue"
import * as SqlWorkQueue from "../src/SqlWorkQueue.js"
import { isolatedSql, unreachable } from "./postgres.js"

const queue = SqlWorkQueue.layerWith({ leaseClock: "database" }).pipe(Layer.provide(isolatedSql), Layer.orDie)
const job = { organizationId: "org_a" as OrganizationId, executionId: "exec_lease" as ExecutionId, runAt: 0 }
const hour = 3_600_000

describe.skipIf(unreachable !== undefined)("SqlWorkQueue with leases on the database clock", () => {
  it.live("a worker whose clock runs an hour ahead cannot take a live claim; it can once the lease has run out", () =>
    Effect.gen(function*() {
      const q = yield* WorkQueue
      yield* q.enqueue(job)
      const [held] = yield* q.claim({ workerId: "honest", max: 1, leaseMs: 300, now: Date.now() })
      assert.strictEqual(held?.executionId, job.executionId)
      const early = yield* q.claim({ workerId: "fast-clock", max: 1, leaseMs: 300, now: Date.now() + hour })
      assert.deepStrictEqual(early, [], "the lease is measured by the database, not the claimant")
      yield* Effect.sleep("400 millis")
      const late = yield* q.claim({ workerId: "slow-clock", max: 1, leaseMs: 300, now: Date.now() - 1_000 })
      assert.strictEqual(late.length, 1, "300 ms of database time later the lease is over, whatever the claimant's clock")
      assert.isTrue(late[0].token > held.token)
      assert.isFalse(yield* q.heartbeat(held, 300, Date.now()), "the first claim is lost")
    }).pipe(Effect.provide(queue)))

  it.live("heartbeats extend the lease in database time, whatever clock the worker has", () =>
    Effect.gen(function*() {
      const q = yield* WorkQueue
      yield* q.enqueue(job)
      const [held] = yield* q.claim({ workerId: "w1", max: 1, leaseMs: 300, now: Date.now() })
      for (let i = 0; i < 4; i++) {
        yield* Effect.sleep("150 millis")
        assert.isTrue(yield* q.heartbeat(held, 300, Date.now() - hour))
        const stolen = yield* q.claim({ workerId: "w2", max: 1, leaseMs: 300, now: Date.now() + hour })
        assert.deepStrictEqual(stolen, [], `heartbeat ${i + 1} kept the claim`)
      }
    }).pipe(Effect.provide(queue)))
})
