/**
 * The trigger tables: one row per `schedule` trigger node (its cron, timezone, missed-slot policy
 * and next due slot) and one per `webhook` trigger node (its token's SHA-256). Kept in step with
 * the workflows by the workflows handlers (`sync` on create and update, `remove` on delete); the
 * scheduler claims due slots here, and `POST /hooks/<token>` finds its workflow here. A paused
 * schedule has no due slot and the claim passes over it; a save keeps its pause. The rows follow
 * the workflow's published version (`versions/Publishing.ts` syncs them on publish); the claim
 * passes over unpublished workflows, whose schedules are halted (no due slot) until published again.
 *
 * @since 0.1.0
 */
import * as SqlClient from "@effect/sql/SqlClient"
import type { SqlError } from "@effect/sql/SqlError"
import type { Fragment } from "@effect/sql/Statement"
import { Context, Effect, Layer, Option, type Redacted } from "effect"
import type { Workflow } from "@sire/core/Workflow"
import * as Hooks from "./Hooks.js"
import * as Schedules from "./Schedules.js"

/** A trigger as the API lists it. */
export interface Trigger {
  readonly nodeId: string
  readonly kind: string
  /** Webhook triggers: the absolute URL to POST to. */
  readonly url?: string
  /** Schedule triggers: the next due slot, unix seconds. */
  readonly nextRunAt?: number
  /** Schedule triggers: present (true) while the schedule is paused. */
  readonly paused?: true
}

/** A stored schedule. `nextRunAt` is unix milliseconds, `null` when paused or when the cron has no future slot. */
export interface Schedule extends Schedules.Spec {
  readonly organizationId: string
  readonly workflowId: string
  readonly plan: string
  readonly nextRunAt: number | null
  readonly paused: boolean
}

/** A due schedule, with the version of its workflow that is published (the one it runs). */
export interface Due extends Schedule {
  readonly version: number
}

/** A schedule as the organization's listing shows it, with its workflow's name. */
export interface Listed extends Schedule {
  readonly workflowName: string
}

/** What the listing of an organization's schedules looks at: its page and an optional workflow. */
export interface ListQuery {
  readonly organizationId: string
  readonly limit: number
  readonly workflowId?: string | undefined
  readonly cursor?: string | undefined
}

/** Where a webhook token leads. */
export interface Hook {
  readonly organizationId: string
  readonly workflowId: string
  readonly nodeId: string
  /** The organization's plan (its quota). */
  readonly plan: string
}

/** The trigger store. */
export class Triggers extends Context.Tag("@sire/http/Triggers")<Triggers, {
  /** Brings a workflow's schedule and webhook rows in line with its document; an unchanged schedule keeps its next slot. */
  readonly sync: (workflow: Workflow, now: number) => Effect.Effect<void, SqlError>
  /** Forgets a deleted workflow's triggers. */
  readonly remove: (organizationId: string, workflowId: string) => Effect.Effect<void, SqlError>
  /** The triggers of a page of workflows (one query), by workflow id; webhook URLs under `publicUrl`. */
  readonly describe: (
    organizationId: string,
    workflows: ReadonlyArray<Workflow>,
    publicUrl: string
  ) => Effect.Effect<ReadonlyMap<string, ReadonlyArray<Trigger>>, SqlError>
  /** The webhook trigger a token names, if it still exists. */
  readonly hook: (token: string) => Effect.Effect<Option.Option<Hook>, SqlError>
  /** Up to `limit` schedules due at `now`, oldest slot first. */
  readonly due: (now: number, limit: number) => Effect.Effect<ReadonlyArray<Due>, SqlError>
  /** The earliest due slot of any schedule, if any. */
  readonly earliest: Effect.Effect<Option.Option<number>, SqlError>
  /** Moves a schedule from slot `from` to `to`, unless another process already did: whether this call moved it. */
  readonly advance: (schedule: Schedule, from: number, to: number | null) => Effect.Effect<boolean, SqlError>
  /** Halts an unpublished workflow's schedules: no due slot until a sync (its next publication) gives them one. */
  readonly halt: (organizationId: string, workflowId: string) => Effect.Effect<void, SqlError>
  /** Forgets one schedule (its workflow or node is gone). */
  readonly drop: (workflowId: string, nodeId: string) => Effect.Effect<void, SqlError>
  /** A page of an organization's schedules, by workflow and node id; the cursor names the last one shown. */
  readonly list: (query: ListQuery) => Effect.Effect<Page<Listed>, SqlError>
  /** One of an organization's schedules, if its workflow has a schedule trigger node `nodeId`. */
  readonly find: (organizationId: string, workflowId: string, nodeId: string) => Effect.Effect<Option.Option<Listed>, SqlError>
  /** Pauses a schedule (it keeps no due slot); a paused one stays as it is. The schedule after, if it exists. */
  readonly pause: (organizationId: string, workflowId: string, nodeId: string) => Effect.Effect<Option.Option<Listed>, SqlError>
  /** Resumes a paused schedule at its first slot after `now` (missed slots are not run); a running one stays as it is. */
  readonly resume: (
    organizationId: string,
    workflowId: string,
    nodeId: string,
    now: number
  ) => Effect.Effect<Option.Option<Listed>, SqlError>
}>() {}

/** A page of schedules and the cursor after it. */
export interface Page<A> {
  readonly items: ReadonlyArray<A>
  readonly nextCursor: string | undefined
}

/** The cursor after a schedule: its workflow id (which holds no dot) and node id. */
const cursorOf = (schedule: { readonly workflowId: string; readonly nodeId: string }): string =>
  `${schedule.workflowId}.${schedule.nodeId}`

interface ScheduleRow {
  readonly organizationId: string
  readonly workflowId: string
  readonly nodeId: string
  readonly cron: string
  readonly timezone: string
  readonly missed: string
  readonly nextRunAt: string | number | null
  readonly plan: string
  readonly paused: boolean | string | number
}

/** A boolean column as the drivers answer it. */
const isTrue = (value: boolean | string | number): boolean => value === true || value === "t" || value === "true" || value === 1

const toSchedule = (row: ScheduleRow): Schedule => ({
  organizationId: row.organizationId,
  workflowId: row.workflowId,
  nodeId: row.nodeId,
  cron: row.cron,
  timezone: row.timezone,
  missed: row.missed === "runOnce" ? "runOnce" : "skip",
  nextRunAt: row.nextRunAt === null ? null : Number(row.nextRunAt),
  plan: row.plan,
  paused: isTrue(row.paused)
})

const kindOf = (params: unknown): string => {
  const kind = params !== null && typeof params === "object" ? (params as { kind?: unknown }).kind : undefined
  return typeof kind === "string" ? kind : "api"
}

/** The trigger store over the `SqlClient` in context; webhook tokens keyed from `secret`. */
export const make = (secret: Redacted.Redacted) =>
  Effect.gen(function*() {
    const sql = yield* SqlClient.SqlClient
    const tokenOf = Hooks.tokens(secret)
    const scheduleColumns = sql`s.organization_id AS "organizationId", s.workflow_id AS "workflowId", s.node_id AS "nodeId",
      s.cron, s.timezone, s.missed, s.next_run_at AS "nextRunAt", s.paused, o.plan`

    const syncSchedules = (workflow: Workflow, now: number) =>
      Effect.gen(function*() {
        const specs = Schedules.specsOf(workflow)
        for (const spec of specs) {
          const next = yield* Effect.try(() => Schedules.next(spec, now)).pipe(Effect.orElseSucceed(() => null))
          yield* sql`INSERT INTO sire_schedules
              (organization_id, workflow_id, node_id, cron, timezone, missed, next_run_at, updated_at)
            VALUES (${workflow.organizationId}, ${workflow.id}, ${spec.nodeId}, ${spec.cron}, ${spec.timezone},
              ${spec.missed}, ${next}, ${now})
            ON CONFLICT (workflow_id, node_id) DO UPDATE SET
              missed = excluded.missed,
              updated_at = excluded.updated_at,
              next_run_at = CASE
                WHEN sire_schedules.paused THEN NULL
                WHEN sire_schedules.cron = excluded.cron AND sire_schedules.timezone = excluded.timezone
                  AND sire_schedules.next_run_at IS NOT NULL
                  THEN sire_schedules.next_run_at
                ELSE excluded.next_run_at END,
              cron = excluded.cron,
              timezone = excluded.timezone`
        }
        const kept = specs.map((spec) => spec.nodeId)
        yield* kept.length === 0
          ? sql`DELETE FROM sire_schedules WHERE workflow_id = ${workflow.id}`
          : sql`DELETE FROM sire_schedules WHERE workflow_id = ${workflow.id} AND node_id NOT IN ${sql.in(kept)}`
      })

    /** The schedules of an organization matching `where`, with their workflows' names, by workflow and node id. */
    const listed = (organizationId: string, where: Fragment, limit: number) =>
      Effect.map(
        sql<ScheduleRow & { readonly workflowName: string | null }>`SELECT ${scheduleColumns},
            w.document->>'name' AS "workflowName"
          FROM sire_schedules s JOIN sire_organizations o ON o.id = s.organization_id
            LEFT JOIN sire_workflows w ON w.id = s.workflow_id
          WHERE s.organization_id = ${organizationId} ${where}
          ORDER BY s.workflow_id, s.node_id LIMIT ${limit}`,
        (rows) => rows.map((row): Listed => ({ ...toSchedule(row), workflowName: row.workflowName ?? "" }))
      )

    const find = (organizationId: string, workflowId: string, nodeId: string) =>
      Effect.map(
        listed(organizationId, sql`AND s.workflow_id = ${workflowId} AND s.node_id = ${nodeId}`, 1),
        (rows) => Option.fromNullable(rows[0])
      )

    /** Unpauses at the first slot after `now` of the cron read; read again if a save changed the cron meanwhile. */
    const resume = (
      organizationId: string,
      workflowId: string,
      nodeId: string,
      now: number
    ): Effect.Effect<Option.Option<Listed>, SqlError> =>
      Effect.gen(function*() {
        const found = yield* find(organizationId, workflowId, nodeId)
        if (Option.isNone(found) || !found.value.paused) return found
        const schedule = found.value
        const next = yield* Effect.try(() => Schedules.next(schedule, now)).pipe(Effect.orElseSucceed(() => null))
        const moved = yield* sql`UPDATE sire_schedules SET paused = false, next_run_at = ${next}
          WHERE organization_id = ${organizationId} AND workflow_id = ${workflowId} AND node_id = ${nodeId}
            AND paused AND cron = ${schedule.cron} AND timezone = ${schedule.timezone}
          RETURNING node_id`
        return moved.length > 0 ? Option.some({ ...schedule, paused: false, nextRunAt: next }) : yield* resume(organizationId, workflowId, nodeId, now)
      })

    const syncHooks = (workflow: Workflow, now: number) =>
      Effect.gen(function*() {
        const specs = Hooks.specsOf(workflow)
        for (const spec of specs) {
          const hash = Hooks.hashToken(tokenOf(workflow.organizationId, workflow.id, spec.nodeId))
          yield* sql`INSERT INTO sire_hooks (token_hash, organization_id, workflow_id, node_id, created_at)
            VALUES (${hash}, ${workflow.organizationId}, ${workflow.id}, ${spec.nodeId}, ${now})
            ON CONFLICT DO NOTHING`
        }
        const kept = specs.map((spec) => spec.nodeId)
        yield* kept.length === 0
          ? sql`DELETE FROM sire_hooks WHERE workflow_id = ${workflow.id}`
          : sql`DELETE FROM sire_hooks WHERE workflow_id = ${workflow.id} AND node_id NOT IN ${sql.in(kept)}`
      })

    return Triggers.of({
      sync: (workflow, now) => Effect.zipRight(syncSchedules(workflow, now), syncHooks(workflow, now)),
      remove: (organizationId, workflowId) =>
        Effect.zipRight(
          sql`DELETE FROM sire_schedules WHERE organization_id = ${organizationId} AND workflow_id = ${workflowId}`,
          sql`DELETE FROM sire_hooks WHERE organization_id = ${organizationId} AND workflow_id = ${workflowId}`
        ),
      describe: (organizationId, workflows, publicUrl) =>
        Effect.gen(function*() {
          const scheduled = workflows.filter((workflow) => Schedules.specsOf(workflow).length > 0).map((w) => w.id)
          const rows = scheduled.length === 0 ? [] : yield* sql<{
            readonly workflowId: string
            readonly nodeId: string
            readonly nextRunAt: string | number | null
            readonly paused: boolean | string | number
          }>`SELECT workflow_id AS "workflowId", node_id AS "nodeId", next_run_at AS "nextRunAt", paused FROM sire_schedules
            WHERE organization_id = ${organizationId} AND workflow_id IN ${sql.in(scheduled)}`
          const slots = new Map(rows.map((row) => [`${row.workflowId}\n${row.nodeId}`, row.nextRunAt]))
          const paused = new Set(rows.filter((row) => isTrue(row.paused)).map((row) => `${row.workflowId}\n${row.nodeId}`))
          return new Map(workflows.map((workflow) => [
            workflow.id,
            workflow.document.nodes.filter((node) => node.type === "trigger").map((node): Trigger => {
              const kind = kindOf(node.params)
              if (kind === "webhook") {
                return { nodeId: node.id, kind, url: `${publicUrl}${Hooks.prefix}${tokenOf(organizationId, workflow.id, node.id)}` }
              }
              if (kind === "schedule" && paused.has(`${workflow.id}\n${node.id}`)) return { nodeId: node.id, kind, paused: true }
              const slot = kind === "schedule" ? slots.get(`${workflow.id}\n${node.id}`) : undefined
              return slot === undefined || slot === null
                ? { nodeId: node.id, kind }
                : { nodeId: node.id, kind, nextRunAt: Math.floor(Number(slot) / 1000) }
            })
          ]))
        }),
      hook: (token) =>
        Effect.map(
          sql<Hook>`SELECT h.organization_id AS "organizationId", h.workflow_id AS "workflowId", h.node_id AS "nodeId", o.plan
            FROM sire_hooks h JOIN sire_organizations o ON o.id = h.organization_id
            WHERE h.token_hash = ${Hooks.hashToken(token)}`,
          (rows) => Option.fromNullable(rows[0])
        ),
      due: (now, limit) =>
        Effect.map(
          sql<ScheduleRow & { readonly version: number | string }>`SELECT ${scheduleColumns}, p.version
            FROM sire_schedules s JOIN sire_organizations o ON o.id = s.organization_id
              JOIN sire_publications p ON p.workflow_id = s.workflow_id
            WHERE s.next_run_at IS NOT NULL AND s.next_run_at <= ${now} AND NOT s.paused
            ORDER BY s.next_run_at LIMIT ${limit}`,
          (rows) => rows.map((row): Due => ({ ...toSchedule(row), version: Number(row.version) }))
        ),
      earliest: Effect.map(
        sql<{ readonly at: string | number | null }>`SELECT min(s.next_run_at) AS at FROM sire_schedules s
          JOIN sire_publications p ON p.workflow_id = s.workflow_id WHERE NOT s.paused`,
        (rows) => (rows[0]?.at === null || rows[0]?.at === undefined ? Option.none() : Option.some(Number(rows[0].at)))
      ),
      advance: (schedule, from, to) =>
        Effect.map(
          sql`UPDATE sire_schedules SET next_run_at = ${to}
            WHERE workflow_id = ${schedule.workflowId} AND node_id = ${schedule.nodeId} AND next_run_at = ${from}
              AND NOT paused
            RETURNING node_id`,
          (rows) => rows.length > 0
        ),
      halt: (organizationId, workflowId) =>
        Effect.asVoid(sql`UPDATE sire_schedules SET next_run_at = NULL
          WHERE organization_id = ${organizationId} AND workflow_id = ${workflowId}`),
      drop: (workflowId, nodeId) =>
        Effect.asVoid(sql`DELETE FROM sire_schedules WHERE workflow_id = ${workflowId} AND node_id = ${nodeId}`),
      list: (query) =>
        Effect.gen(function*() {
          const dot = query.cursor?.indexOf(".") ?? -1
          const after = query.cursor !== undefined && dot > 0
            ? sql`AND (s.workflow_id, s.node_id) > (${query.cursor.slice(0, dot)}, ${query.cursor.slice(dot + 1)})`
            : sql``
          const only = query.workflowId !== undefined ? sql`AND s.workflow_id = ${query.workflowId}` : sql``
          const rows = yield* listed(query.organizationId, sql`${only} ${after}`, query.limit + 1)
          const items = rows.slice(0, query.limit)
          const last = items[items.length - 1]
          return { items, nextCursor: rows.length > query.limit && last !== undefined ? cursorOf(last) : undefined }
        }),
      find,
      pause: (organizationId, workflowId, nodeId) =>
        Effect.zipRight(
          sql`UPDATE sire_schedules SET paused = true, next_run_at = NULL
            WHERE organization_id = ${organizationId} AND workflow_id = ${workflowId} AND node_id = ${nodeId}`,
          find(organizationId, workflowId, nodeId)
        ),
      resume
    })
  })

/** The trigger store as a layer, with webhook tokens keyed from the server secret. */
export const layer = (secret: Redacted.Redacted): Layer.Layer<Triggers, never, SqlClient.SqlClient> =>
  Layer.effect(Triggers, make(secret))
