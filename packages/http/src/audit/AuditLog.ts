/**
 * The audit log port: an append-only, per-organization record of who did what — the actor (a user
 * or an API key, with its display label), the action (`workflow.created`), the resource, the
 * request (id, address, user agent), the time and the outcome. Entries are added, never changed
 * or removed; nothing in them is a secret (no credential value, password, token or key).
 *
 * @since 0.1.0
 */
import type { SqlError } from "@effect/sql/SqlError"
import { Context, type Effect, type Option } from "effect"
import type { Page } from "@sire/core/WorkflowStore"

/** Whether the action was done (`success`) or refused or failed (`failure`, with a reason). */
export type Outcome = "success" | "failure"

/** Who acted: a signed-in user, or an API key (acting for its creator, `userId`). */
export interface Actor {
  readonly type: "user" | "apiKey"
  /** The user's id, or the key's. */
  readonly id: string
  /** The user behind the actor (the key's creator for a key). */
  readonly userId: string
}

/** The request an action came in: its `X-Request-Id`, the client's address and user agent. */
export interface RequestInfo {
  readonly requestId: string | null
  readonly address: string | null
  readonly userAgent: string | null
}

/** An entry to add. Times are unix milliseconds. */
export interface NewEntry {
  readonly organizationId: string
  /** `<resource>.<verb>`, as `workflow.created`, `member.role_changed`, `user.login`. */
  readonly action: string
  readonly resourceType: string
  readonly resourceId: string | null
  readonly actor: Actor
  readonly outcome: Outcome
  /** Why it failed (the error answered); null on success. */
  readonly reason: string | null
  readonly request: RequestInfo
  readonly at: number
  /** Record only if the actor's user is a member of the organization (for an action on another team than the caller's session's). */
  readonly membersOnly?: boolean
}

/** An entry as stored: the actor's label is the user's email or the key's display prefix (`sk_1a2b3c4d`) at the time. */
export interface Entry {
  readonly id: string
  readonly organizationId: string
  readonly action: string
  readonly resourceType: string
  readonly resourceId: string | null
  readonly actorType: Actor["type"]
  readonly actorId: string
  readonly actorUserId: string
  readonly actorLabel: string | null
  readonly outcome: Outcome
  readonly reason: string | null
  readonly requestId: string | null
  readonly address: string | null
  readonly userAgent: string | null
  readonly createdAt: number
}

/** Filters of a listing (all optional; times are unix milliseconds, inclusive). */
export interface Query {
  readonly action?: string | undefined
  readonly resourceType?: string | undefined
  readonly resourceId?: string | undefined
  /** A user's id (their own actions and their keys') or a key's. */
  readonly actorId?: string | undefined
  readonly from?: number | undefined
  readonly to?: number | undefined
  readonly limit: number
  readonly cursor?: string
}

/** The audit log: append and read, scoped to one organization. */
export class AuditLog extends Context.Tag("@sire/http/AuditLog")<AuditLog, {
  /** Adds an entry (none when `membersOnly` and the user is not a member); joins the transaction in progress, if any, so that it stands or falls with the change it records. */
  readonly record: (entry: NewEntry) => Effect.Effect<Option.Option<Entry>, SqlError>
  /** The organization's entries matching `query`, newest first. */
  readonly list: (organizationId: string, query: Query) => Effect.Effect<Page<Entry>, SqlError>
  /** One of the organization's entries. */
  readonly get: (organizationId: string, id: string) => Effect.Effect<Option.Option<Entry>, SqlError>
}>() {}
