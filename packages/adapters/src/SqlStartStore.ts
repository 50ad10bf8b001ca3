/**
 * The start store on SQL (PostgreSQL dialect: PostgreSQL and PGlite): a start is one statement.
 * Its CTEs charge the quota counter (`sire_quota`, compare-and-increment as `SqlQuotaStore`), and
 * only if that admitted it insert the execution (its fence the new claim's token), its
 * `execution.queued` event and — for a run where the start arrived — its job, already claimed.
 * A start for any worker is written the same way without the job, then enqueued through the
 * `WorkQueue` (which wakes the workers). Needs the tables of `SqlMigrations`.
 *
 * @example
 * import { Layer } from "effect"
 * import * as SqlMigrations from "@sire/adapters/SqlMigrations"
 * import * as SqlStartStore from "@sire/adapters/SqlStartStore"
 *
 * // provide a SqlClient and the WorkQueue (SqlWorkQueue.layer) to this:
 * const Starts = SqlStartStore.layer.pipe(Layer.provide(SqlMigrations.layer))
 *
 * @since 0.1.0
 */
import * as SqlClient from "@effect/sql/SqlClient"
import { SqlError } from "@effect/sql/SqlError"
import { Effect, Layer, Option } from "effect"
import * as Telemetry from "@sire/core/Telemetry"
import type { Event } from "@sire/core/Execution"
import { ExecutionStoreError } from "@sire/core/ExecutionStore"
import type { ExecutionId, OrganizationId } from "@sire/core/Id"
import { type Started, StartStore } from "@sire/core/StartStore"
import { WorkQueue } from "@sire/core/WorkQueue"
import { type LeaseClock, leaseTimes } from "./internal/leases.js"
import { storedLimit, storedTime } from "./internal/paging.js"
import * as SqlExecutionStore from "./SqlExecutionStore.js"
import * as SqlFailure from "./SqlFailure.js"

type BigintColumn = number | string | bigint

interface StartRow {
  readonly admitted: boolean
  readonly charged: BigintColumn | null
  readonly id: string | null
  readonly token: BigintColumn | null
  readonly lease_until: BigintColumn | null
}

/** Settings of the SQL start store. */
export interface Options {
  /** Whose clock the lease of a claimed start is measured by (as `SqlWorkQueue.Options`). */
  readonly leaseClock?: LeaseClock
}

/** The SQL start store. */
export const makeWith = (options: Options): Effect.Effect<StartStore["Type"], never, SqlClient.SqlClient | WorkQueue> =>
  Effect.gen(function*() {
    const sql = yield* SqlClient.SqlClient
    const queue = yield* WorkQueue
    const executions = yield* SqlExecutionStore.make
    const leases = leaseTimes(sql, options.leaseClock)
    const json = (value: unknown) => sql`${JSON.stringify(value)}::jsonb`
    const orNull = (n: number | undefined) => n ?? null

    const refund = (key: string) =>
      Effect.ignore(sql`UPDATE sire_quota SET count = greatest(count - 1, 0) WHERE key = ${key}`.withoutTransform)
    const current = (key: string) =>
      Effect.map(sql<{ readonly count: BigintColumn }>`SELECT count FROM sire_quota WHERE key = ${key}`.withoutTransform, (rows) =>
        rows[0] === undefined ? 0 : Number(rows[0].count))

    return StartStore.of({
      start: ({ charge, claim, execution }) =>
        Effect.gen(function*() {
          const queued: Event = { _tag: "execution.queued", at: execution.createdAt, seq: 1 }
          const limit = charge === undefined ? null : storedLimit(charge.limit)
          const gate = charge === undefined
            ? sql`SELECT NULL::bigint AS count`
            : sql`INSERT INTO sire_quota AS q (key, count)
                SELECT ${charge.key}, 1 WHERE ${limit}::bigint IS NULL OR ${limit}::bigint > 0
                ON CONFLICT (key) DO UPDATE SET count = q.count + 1
                  WHERE ${limit}::bigint IS NULL OR q.count < ${limit}::bigint
                RETURNING count`
          const fence = claim === undefined ? sql`0::bigint` : sql`nextval('sire_job_tokens')`
          const job = claim === undefined
            ? sql`SELECT NULL::bigint AS token, NULL::bigint AS lease_until`
            : sql`INSERT INTO sire_jobs (execution_id, organization_id, run_at, claimed_by, token, lease_until)
                SELECT id, ${execution.organizationId}, ${storedTime(execution.createdAt)}, ${claim.workerId}, fence,
                  ${leases.end(claim.now, claim.leaseMs)}
                FROM inserted
                RETURNING token, lease_until`
          const [row] = yield* sql<StartRow>`WITH charged AS (${gate}),
            fenced AS (SELECT ${fence} AS fence FROM charged),
            inserted AS (
              INSERT INTO sire_executions
                (id, organization_id, workflow_id, status, trigger, record, idempotency_key, event_seq,
                 created_at, started_at, ended_at, fence)
              SELECT ${execution.id}, ${execution.organizationId}, ${execution.workflowId}, ${execution.status},
                ${execution.trigger}, ${json(execution)}, ${execution.idempotencyKey ?? null}, 1,
                ${execution.createdAt}, ${orNull(execution.startedAt)}, ${orNull(execution.endedAt)}, fence
              FROM fenced
              ON CONFLICT (organization_id, idempotency_key) WHERE idempotency_key IS NOT NULL DO NOTHING
              RETURNING id, fence
            ),
            queued AS (INSERT INTO sire_events (execution_id, seq, record) SELECT id, 1, ${json(queued)} FROM inserted),
            job AS (${job})
            SELECT EXISTS (SELECT 1 FROM charged) AS admitted, (SELECT count FROM charged) AS charged,
              (SELECT id FROM inserted) AS id, (SELECT token FROM job) AS token, (SELECT lease_until FROM job) AS lease_until`
            .withoutTransform
          if (!row.admitted) return { _tag: "Refused", current: yield* current(charge!.key) } satisfies Started
          if (row.id === null) {
            if (charge !== undefined) yield* refund(charge.key)
            const existing = execution.idempotencyKey === undefined
              ? Option.none()
              : yield* executions.findByKey(execution.organizationId, execution.idempotencyKey)
            if (Option.isNone(existing)) {
              return yield* new ExecutionStoreError({
                reason: "Unknown",
                message: `idempotency key ${execution.idempotencyKey} conflicts but no execution holds it`
              })
            }
            return { _tag: "Existing", execution: existing.value } satisfies Started
          }
          const charged = row.charged === null ? undefined : Number(row.charged)
          if (claim === undefined) {
            yield* queue.enqueue({ organizationId: execution.organizationId, executionId: execution.id, runAt: execution.createdAt })
            return { _tag: "Created", execution, claim: Option.none(), charged } satisfies Started
          }
          return {
            _tag: "Created",
            execution,
            claim: Option.some({
              organizationId: execution.organizationId as OrganizationId,
              executionId: execution.id as ExecutionId,
              workerId: claim.workerId,
              token: Number(row.token),
              leaseUntil: Number(row.lease_until)
            }),
            charged
          } satisfies Started
        }).pipe(
          Effect.mapError((e) =>
            e instanceof SqlError
              ? new ExecutionStoreError({
                reason: "Unavailable",
                message: `SqlStartStore.start: ${SqlFailure.describe(e)}`
              })
              : e
          ),
          Telemetry.traced("SqlStartStore.start")
        )
    })
  })

/** The SQL start store, leases on the caller's clock. */
export const make: Effect.Effect<StartStore["Type"], never, SqlClient.SqlClient | WorkQueue> = makeWith({})

/** The SQL start store as a layer. */
export const layer: Layer.Layer<StartStore, never, SqlClient.SqlClient | WorkQueue> = Layer.effect(StartStore, make)

/** The SQL start store as a layer, with settings. */
export const layerWith = (options: Options): Layer.Layer<StartStore, never, SqlClient.SqlClient | WorkQueue> =>
  Layer.effect(StartStore, makeWith(options))
