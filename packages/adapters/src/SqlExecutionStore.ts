/**
 * The execution store on SQL, written once against `@effect/sql`'s `SqlClient` (PostgreSQL dialect:
 * runs on PostgreSQL and PGlite). Needs the tables of `SqlMigrations`.
 *
 * A commit is one statement, one round trip: it updates the execution row only if its fence is not
 * older than the stored one (raising it), numbers the events from the row's `event_seq`, and
 * upserts the steps and inserts the events in the same statement. The row lock serializes commits
 * to one execution, and a writer holding an older fence changes nothing.
 *
 * @example
 * import { Layer } from "effect"
 * import * as SqlExecutionStore from "@sire/adapters/SqlExecutionStore"
 * import * as SqlMigrations from "@sire/adapters/SqlMigrations"
 *
 * // provide a SqlClient (PgClient.layer(...) or the PGlite client layer) to this:
 * const Executions = SqlExecutionStore.layer.pipe(Layer.provide(SqlMigrations.layer))
 *
 * @since 0.1.0
 */
import * as SqlClient from "@effect/sql/SqlClient"
import { SqlError } from "@effect/sql/SqlError"
import type { Fragment } from "@effect/sql/Statement"
import { Effect, Layer, Option } from "effect"
import * as Telemetry from "@sire/core/Telemetry"
import { type Event, type Execution, isFinal, type Step } from "@sire/core/Execution"
import { type Commit, ExecutionStore, ExecutionStoreError, type Ref, StaleFence } from "@sire/core/ExecutionStore"
import { paginate } from "@sire/core/WorkflowStore"
import { afterCursor, clampInt, pageLimit } from "./internal/paging.js"
import * as GroupCommit from "./internal/groupCommit.js"
import * as SqlFailure from "./SqlFailure.js"

type BigintColumn = number | string | bigint

interface RecordRow<A> {
  readonly record: A
}

const isUniqueViolation = (error: SqlError): boolean =>
  typeof error.cause === "object" && error.cause !== null && (error.cause as { code?: unknown }).code === "23505"

const toStoreError = (name: string) => (error: SqlError) =>
  new ExecutionStoreError({
    reason: isUniqueViolation(error) ? "Unknown" : "Unavailable",
    message: `SqlExecutionStore.${name}: ${SqlFailure.describe(error)}`
  })

/** Runs one store operation: SQL errors become `ExecutionStoreError`, and the operation is a span. */
const operation = (name: string) =>
<A, E>(effect: Effect.Effect<A, E>): Effect.Effect<A, Exclude<E, SqlError> | ExecutionStoreError> =>
  effect.pipe(
    Effect.mapError((e) => (e instanceof SqlError ? toStoreError(name)(e) : (e as Exclude<E, SqlError>))),
    Telemetry.traced(`SqlExecutionStore.${name}`)
  )

const records = <A>(rows: ReadonlyArray<RecordRow<A>>): ReadonlyArray<A> => rows.map((row) => row.record)
const firstRecord = <A>(rows: ReadonlyArray<RecordRow<A>>): Option.Option<A> =>
  Option.map(Option.fromNullable(rows[0]), (row) => row.record)

/** The last record of each node id, so an upsert never touches a row twice. */
const lastPerNode = (steps: ReadonlyArray<Step>): ReadonlyArray<Step> =>
  Array.from(new Map(steps.map((step) => [step.nodeId, step])).values())

/** A commit waiting to be written. */
interface Pending {
  readonly ref: Ref
  readonly commit: Commit
  readonly fence: number
}

/** The SQL execution store. */
export const make: Effect.Effect<ExecutionStore["Type"], never, SqlClient.SqlClient> = Effect.gen(function*() {
  const sql = yield* SqlClient.SqlClient
  const json = (value: unknown) => sql`${JSON.stringify(value)}::jsonb`
  const nullable = (n: number | undefined) => n ?? null

  const notFound = (ref: Ref) =>
    new ExecutionStoreError({ reason: "NotFound", message: `execution ${ref.executionId} not found` })

  const atLeast = (column: string, n: number): Fragment =>
    Number.isNaN(n) ? sql`FALSE` : sql`${sql.literal(column)} >= ${clampInt(Math.ceil(n))}`
  const atMost = (column: string, n: number): Fragment =>
    Number.isNaN(n) ? sql`FALSE` : sql`${sql.literal(column)} <= ${clampInt(Math.floor(n))}`

  /** Why a fenced write changed nothing: the execution is missing, or `fence` is older than its own. */
  const refused = (ref: Ref, fence: number) =>
    Effect.flatMap(
      sql<{ readonly fence: BigintColumn }>`SELECT fence FROM sire_executions
        WHERE id = ${ref.executionId} AND organization_id = ${ref.organizationId}`.withoutTransform,
      ([current]): Effect.Effect<never, ExecutionStoreError | StaleFence> =>
        current === undefined
          ? Effect.fail(notFound(ref))
          : Effect.fail(new StaleFence({ executionId: ref.executionId, fence, current: Number(current.fence) }))
    )

  const byKey = (organizationId: string, key: string) =>
    sql<RecordRow<Execution>>`SELECT record FROM sire_executions
      WHERE organization_id = ${organizationId} AND idempotency_key = ${key}`.withoutTransform.pipe(
      Effect.map(firstRecord)
    )

  /** A commit's execution patch as the keys it sets and the keys it removes. */
  const patchOf = (commit: Commit) => {
    const set: Record<string, unknown> = {}
    const unset: Array<string> = []
    for (const [key, value] of Object.entries(commit.execution ?? {})) {
      if (value === undefined) unset.push(key)
      else set[key] = value
    }
    return { set, unset }
  }
  /** The commit that ends the execution also removes its job held under this fence (`JobsEndWithExecutions`). */
  const ending = (commit: Commit) => commit.execution?.status !== undefined && isFinal(commit.execution.status)
  const numbered = (commit: Commit, base: number) => commit.events.map((body, i) => ({ ...body, seq: base + i + 1 }) as Event)

  /** One commit, one statement (prepared once it has run a few times). */
  const commitOne = ({ commit, fence, ref }: Pending) =>
    Effect.gen(function*() {
      const count = commit.events.length
      const { set, unset } = patchOf(commit)
      const next = sql`((record || ${json(set)}) - ARRAY(SELECT jsonb_array_elements_text(${json(unset)})))`
      const patch = commit.execution === undefined
        ? sql``
        : sql`, record = ${next}, status = ${next}->>'status',
            started_at = (${next}->>'startedAt')::numeric::bigint, ended_at = (${next}->>'endedAt')::numeric::bigint`
      const [row] = yield* sql<{ readonly base: number | string }>`WITH updated AS (
          UPDATE sire_executions SET fence = ${fence}, event_seq = event_seq + ${count}${patch}
          WHERE id = ${ref.executionId} AND organization_id = ${ref.organizationId} AND fence <= ${fence}
          RETURNING event_seq - ${count} AS base
        ), steps AS (
          INSERT INTO sire_steps (execution_id, node_id, record)
          SELECT ${ref.executionId}, s->>'nodeId', s FROM updated, jsonb_array_elements(${json(lastPerNode(commit.steps ?? []))}) AS s
          ON CONFLICT (execution_id, node_id) DO UPDATE SET record = excluded.record
        ), events AS (
          INSERT INTO sire_events (execution_id, seq, record)
          SELECT ${ref.executionId}, updated.base + e.ord, e.body || jsonb_build_object('seq', updated.base + e.ord)
          FROM updated, jsonb_array_elements(${json(commit.events)}) WITH ORDINALITY AS e(body, ord)
        )${ending(commit) ? sql`, job AS (
          DELETE FROM sire_jobs WHERE execution_id = ${ref.executionId} AND token = ${fence} AND EXISTS (SELECT 1 FROM updated)
        )` : sql``}
        SELECT base FROM updated`.withoutTransform
      if (row === undefined) return yield* refused(ref, fence)
      return numbered(commit, Number(row.base))
    })

  /**
   * Commits of several executions in one statement, each as `commitOne` would write it: its row
   * updated only under a fence not older than the stored one, its events numbered from the row's
   * `event_seq`, its steps upserted, its job removed when it ends the execution. A commit whose
   * row was not updated is answered as `commitOne` answers it (stale fence, or not found).
   */
  const commitMany = (batch: ReadonlyArray<Pending>) =>
    Effect.gen(function*() {
      const input = batch.map(({ commit, fence, ref }) => ({
        id: ref.executionId,
        org: ref.organizationId,
        fence,
        count: commit.events.length,
        patched: commit.execution !== undefined,
        ...patchOf(commit),
        steps: lastPerNode(commit.steps ?? []),
        events: commit.events,
        ending: ending(commit)
      }))
      const next = sql`CASE WHEN i.patched THEN (x.record || i.set) - ARRAY(SELECT jsonb_array_elements_text(i.unset)) ELSE x.record END`
      const rows = yield* sql<{ readonly id: string; readonly base: number | string }>`WITH input AS (
          SELECT * FROM jsonb_to_recordset(${json(input)}) AS i(id text, org text, fence bigint, count integer,
            patched boolean, set jsonb, unset jsonb, steps jsonb, events jsonb, ending boolean)
        ), updated AS (
          UPDATE sire_executions x SET fence = i.fence, event_seq = x.event_seq + i.count, record = ${next},
            status = ${next}->>'status', started_at = (${next}->>'startedAt')::numeric::bigint,
            ended_at = (${next}->>'endedAt')::numeric::bigint
          FROM input i
          WHERE x.id = i.id AND x.organization_id = i.org AND x.fence <= i.fence
          RETURNING x.id, x.event_seq - i.count AS base, i.steps, i.events, i.ending, i.fence
        ), steps AS (
          INSERT INTO sire_steps (execution_id, node_id, record)
          SELECT u.id, s->>'nodeId', s FROM updated u, jsonb_array_elements(u.steps) AS s
          ON CONFLICT (execution_id, node_id) DO UPDATE SET record = excluded.record
        ), events AS (
          INSERT INTO sire_events (execution_id, seq, record)
          SELECT u.id, u.base + e.ord, e.body || jsonb_build_object('seq', u.base + e.ord)
          FROM updated u, jsonb_array_elements(u.events) WITH ORDINALITY AS e(body, ord)
        ), jobs AS (
          DELETE FROM sire_jobs j USING updated u WHERE u.ending AND j.execution_id = u.id AND j.token = u.fence
        )
        SELECT id, base FROM updated`.withoutTransform
      const bases = new Map(rows.map((row) => [row.id, Number(row.base)]))
      return yield* Effect.forEach(batch, (pending) => {
        const base = bases.get(pending.ref.executionId)
        return Effect.exit(base === undefined ? refused(pending.ref, pending.fence) : Effect.succeed(numbered(pending.commit, base)))
      })
    })

  /** Commits of executions ready in the same tick share a statement (see `groupCommit`). */
  const grouped = yield* GroupCommit.make({
    key: (pending: Pending) => pending.ref.executionId,
    max: 64,
    one: commitOne,
    many: commitMany
  })

  return ExecutionStore.of({
    create: (execution, queuedAt, fence = 0) =>
      Effect.gen(function*() {
        const queued: Event = { _tag: "execution.queued", at: queuedAt, seq: 1 }
        const inserted = yield* sql`WITH inserted AS (
            INSERT INTO sire_executions
              (id, organization_id, workflow_id, status, trigger, record, idempotency_key, event_seq,
               created_at, started_at, ended_at, fence)
            VALUES (${execution.id}, ${execution.organizationId}, ${execution.workflowId}, ${execution.status},
              ${execution.trigger}, ${json(execution)}, ${execution.idempotencyKey ?? null}, 1,
              ${execution.createdAt}, ${nullable(execution.startedAt)}, ${nullable(execution.endedAt)}, ${fence})
            ON CONFLICT (organization_id, idempotency_key) WHERE idempotency_key IS NOT NULL DO NOTHING
            RETURNING id
          ), queued AS (
            INSERT INTO sire_events (execution_id, seq, record) SELECT id, 1, ${json(queued)} FROM inserted
          )
          SELECT id FROM inserted`.withoutTransform
        if (inserted.length === 0 && execution.idempotencyKey !== undefined) {
          const existing = yield* byKey(execution.organizationId, execution.idempotencyKey)
          if (Option.isSome(existing)) return { execution: existing.value, created: false }
          return yield* new ExecutionStoreError({
            reason: "Unknown",
            message: `idempotency key ${execution.idempotencyKey} conflicts but no execution holds it`
          })
        }
        return { execution, created: true }
      }).pipe(operation("create")),

    get: (ref) =>
      sql<RecordRow<Execution>>`SELECT record FROM sire_executions
        WHERE id = ${ref.executionId} AND organization_id = ${ref.organizationId}`.withoutTransform.pipe(
        Effect.map(firstRecord),
        operation("get")
      ),

    findByKey: (organizationId, key) => byKey(organizationId, key).pipe(operation("findByKey")),

    steps: (ref) =>
      sql<RecordRow<Step>>`SELECT s.record FROM sire_steps s
        JOIN sire_executions x ON x.id = s.execution_id
        WHERE s.execution_id = ${ref.executionId} AND x.organization_id = ${ref.organizationId}
        ORDER BY s.node_id`.withoutTransform.pipe(Effect.map(records), operation("steps")),

    events: (ref, afterSeq) =>
      sql<RecordRow<Event>>`SELECT e.record FROM sire_events e
        JOIN sire_executions x ON x.id = e.execution_id
        WHERE e.execution_id = ${ref.executionId} AND x.organization_id = ${ref.organizationId}
          AND e.seq > ${Math.min(Math.max(0, Math.trunc(afterSeq) || 0), 2 ** 31 - 1)}
        ORDER BY e.seq`.withoutTransform.pipe(Effect.map(records), operation("events")),

    acquire: (ref, fence) =>
      Effect.gen(function*() {
        const [row] = yield* sql<RecordRow<Execution>>`UPDATE sire_executions SET fence = ${fence}
          WHERE id = ${ref.executionId} AND organization_id = ${ref.organizationId} AND fence <= ${fence}
          RETURNING record`.withoutTransform
        if (row !== undefined) return row.record
        return yield* refused(ref, fence)
      }).pipe(operation("acquire")),

    commit: (ref, commit, fence) => grouped.submit({ ref, commit, fence }).pipe(operation("commit")),

    requestCancel: (ref) =>
      sql<RecordRow<Execution>>`UPDATE sire_executions
        SET record = jsonb_set(record, '{cancelRequested}', 'true'::jsonb)
        WHERE id = ${ref.executionId} AND organization_id = ${ref.organizationId}
        RETURNING record`.withoutTransform.pipe(Effect.map(firstRecord), operation("requestCancel")),

    search: (query) => {
      const conditions: Array<Fragment> = [sql`organization_id = ${query.organizationId}`]
      if (query.workflowId !== undefined) conditions.push(sql`workflow_id = ${query.workflowId}`)
      if (query.status !== undefined) conditions.push(sql`status = ${query.status}`)
      if (query.trigger !== undefined) conditions.push(sql`trigger = ${query.trigger}`)
      if (query.from !== undefined) conditions.push(atLeast("created_at", query.from))
      if (query.to !== undefined) conditions.push(atMost("created_at", query.to))
      if (query.minDurationMs !== undefined) conditions.push(atLeast("(ended_at - started_at)", query.minDurationMs))
      if (query.maxDurationMs !== undefined) conditions.push(atMost("(ended_at - started_at)", query.maxDurationMs))
      const after = afterCursor(sql, query.cursor)
      if (after !== undefined) conditions.push(after)
      return sql<RecordRow<Execution>>`SELECT record FROM sire_executions
        WHERE ${sql.and(conditions)}
        ORDER BY created_at DESC, id DESC
        LIMIT ${pageLimit(query.limit)}`.withoutTransform.pipe(
        Effect.map((rows) => paginate(records(rows), query.limit)),
        operation("search")
      )
    }
  })
})

/** The SQL execution store as a layer. */
export const layer: Layer.Layer<ExecutionStore, never, SqlClient.SqlClient> = Layer.effect(ExecutionStore, make)
