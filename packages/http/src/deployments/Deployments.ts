/**
 * The chat deployments store: a workflow published for public chat, with its publishable key
 * (`pk_…`, public by design: it ships in web pages, so it is stored and shown as is), the origins
 * allowed to use it, what the widget shows and the visitors' rate limits. Deleting one (or rotating
 * its key) ends the old key at once; visitor sessions keep their messages but lose the deployment,
 * so their tokens stop working too.
 *
 * @since 0.1.0
 */
import * as SqlClient from "@effect/sql/SqlClient"
import type { SqlError } from "@effect/sql/SqlError"
import { Context, Effect, Layer, Option } from "effect"
import * as Id from "@sire/core/Id"
import type { Page } from "@sire/core/WorkflowStore"
import { cut, olderThan } from "../Paging.js"

/** The widget's colours: an accent (`#rrggbb`) and the colour scheme. */
export interface Theme {
  readonly accent?: string
  readonly scheme: "auto" | "light" | "dark"
}

/** Messages a visitor, and an address, may send per minute. */
export interface Limits {
  readonly visitorMessagesPerMinute: number
  readonly addressMessagesPerMinute: number
}

/** A deployment's settings: who may embed it, what the widget shows, how fast visitors may send. */
export interface Settings {
  readonly allowedOrigins: ReadonlyArray<string>
  readonly title: string | null
  readonly greeting: string | null
  readonly suggestions: ReadonlyArray<string>
  readonly theme: Theme
  readonly limits: Limits
}

/** A chat deployment. Times are unix milliseconds. */
export interface Deployment {
  readonly id: string
  readonly organizationId: string
  readonly workflowId: string
  readonly publishableKey: string
  readonly settings: Settings
  readonly enabled: boolean
  readonly createdAt: number
  readonly updatedAt: number
}

/** A deployment found by its key, with its organization's plan (the quota its visitors' runs count against). */
export interface Published extends Deployment {
  readonly plan: string
}

/** What an update may change (absent: kept). */
export interface Changes {
  readonly workflowId?: string
  readonly settings?: Settings
  readonly enabled?: boolean
}

/** The default limits: 10 messages a minute per visitor, 60 per address. */
export const defaultLimits: Limits = { visitorMessagesPerMinute: 10, addressMessagesPerMinute: 60 }

/** A new publishable key: `pk_` and 32 characters from a CSPRNG (about 190 bits). */
export const newPublishableKey = (): string => `pk_${Id.randomToken(32)}`

/** The chat deployments store. */
export class Deployments extends Context.Tag("@sire/http/Deployments")<Deployments, {
  /** Stores a new deployment with a new key (the caller checks the workflow is the organization's). */
  readonly create: (
    organizationId: string,
    options: { readonly workflowId: string; readonly settings: Settings; readonly enabled: boolean },
    now: number
  ) => Effect.Effect<Deployment, SqlError>
  /** The organization's deployments, newest first. */
  readonly list: (organizationId: string, limit: number, cursor?: string) => Effect.Effect<Page<Deployment>, SqlError>
  /** A deployment of the organization. */
  readonly get: (organizationId: string, id: string) => Effect.Effect<Option.Option<Deployment>, SqlError>
  /** Applies changes to a deployment of the organization. */
  readonly update: (organizationId: string, id: string, changes: Changes, now: number) => Effect.Effect<Option.Option<Deployment>, SqlError>
  /** Gives a deployment of the organization a new key; the old one stops at once. */
  readonly rotate: (organizationId: string, id: string, now: number) => Effect.Effect<Option.Option<Deployment>, SqlError>
  /** Removes a deployment of the organization; false when there was none. */
  readonly remove: (organizationId: string, id: string) => Effect.Effect<boolean, SqlError>
  /** The enabled deployment with this publishable key, with its organization's plan. */
  readonly published: (publishableKey: string) => Effect.Effect<Option.Option<Published>, SqlError>
}>() {}

interface Row {
  readonly id: string
  readonly organizationId: string
  readonly workflowId: string
  readonly publishableKey: string
  readonly settings: string
  readonly enabled: boolean | number
  readonly createdAt: string | number
  readonly updatedAt: string | number
}

const toDeployment = (row: Row): Deployment => ({
  id: row.id,
  organizationId: row.organizationId,
  workflowId: row.workflowId,
  publishableKey: row.publishableKey,
  settings: JSON.parse(row.settings) as Settings,
  enabled: Boolean(row.enabled),
  createdAt: Number(row.createdAt),
  updatedAt: Number(row.updatedAt)
})

/** The store over the `SqlClient` in context. */
export const make = Effect.gen(function*() {
  const sql = yield* SqlClient.SqlClient
  const columns = sql`d.id, d.organization_id AS "organizationId", d.workflow_id AS "workflowId",
    d.publishable_key AS "publishableKey", d.settings, d.enabled, d.created_at AS "createdAt", d.updated_at AS "updatedAt"`
  const one = (organizationId: string, id: string) =>
    Effect.map(
      sql<Row>`SELECT ${columns} FROM sire_chat_deployments d WHERE d.id = ${id} AND d.organization_id = ${organizationId}`,
      (rows) => Option.map(Option.fromNullable(rows[0]), toDeployment)
    )
  return Deployments.of({
    create: (organizationId, options, now) =>
      Effect.gen(function*() {
        const id = yield* Id.make<string>("chd")
        const publishableKey = newPublishableKey()
        yield* sql`INSERT INTO sire_chat_deployments
          (id, organization_id, workflow_id, publishable_key, settings, enabled, created_at, updated_at)
          VALUES (${id}, ${organizationId}, ${options.workflowId}, ${publishableKey}, ${JSON.stringify(options.settings)},
            ${options.enabled}, ${now}, ${now})`
        return { id, organizationId, workflowId: options.workflowId, publishableKey, settings: options.settings, enabled: options.enabled, createdAt: now, updatedAt: now }
      }),
    list: (organizationId, limit, cursor) =>
      Effect.map(
        sql<Row>`SELECT ${columns} FROM sire_chat_deployments d
          WHERE d.organization_id = ${organizationId} ${olderThan(sql, cursor, sql`d.created_at`, sql`d.id`)}
          ORDER BY d.created_at DESC, d.id DESC LIMIT ${limit + 1}`,
        (rows) => cut(rows.map(toDeployment), limit)
      ),
    get: one,
    update: (organizationId, id, changes, now) =>
      Effect.gen(function*() {
        const sets = [
          sql`updated_at = ${now}`,
          ...(changes.workflowId !== undefined ? [sql`workflow_id = ${changes.workflowId}`] : []),
          ...(changes.settings !== undefined ? [sql`settings = ${JSON.stringify(changes.settings)}`] : []),
          ...(changes.enabled !== undefined ? [sql`enabled = ${changes.enabled}`] : [])
        ]
        yield* sql`UPDATE sire_chat_deployments SET ${sql.csv(sets)} WHERE id = ${id} AND organization_id = ${organizationId}`
        return yield* one(organizationId, id)
      }),
    rotate: (organizationId, id, now) =>
      Effect.zipRight(
        sql`UPDATE sire_chat_deployments SET publishable_key = ${newPublishableKey()}, updated_at = ${now}
          WHERE id = ${id} AND organization_id = ${organizationId}`,
        one(organizationId, id)
      ),
    remove: (organizationId, id) =>
      Effect.map(
        sql<{ readonly id: string }>`DELETE FROM sire_chat_deployments WHERE id = ${id} AND organization_id = ${organizationId} RETURNING id`,
        (rows) => rows.length > 0
      ),
    published: (publishableKey) =>
      Effect.map(
        sql<Row & { readonly plan: string }>`SELECT ${columns}, o.plan FROM sire_chat_deployments d
          JOIN sire_organizations o ON o.id = d.organization_id
          WHERE d.publishable_key = ${publishableKey} AND d.enabled`,
        (rows) => Option.map(Option.fromNullable(rows[0]), (row) => ({ ...toDeployment(row), plan: row.plan }))
      )
  })
})

/** The store as a layer. */
export const layer: Layer.Layer<Deployments, never, SqlClient.SqlClient> = Layer.effect(Deployments, make)
