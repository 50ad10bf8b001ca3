/**
 * Recording the API's actions in the audit log from their handlers: a change and its entry are
 * written in one transaction (the entry stands or falls with the change), and an action that is
 * refused or fails is recorded afterwards as a failure with the error it answered.
 *
 * @since 0.1.0
 */
import { HttpServerRequest } from "@effect/platform"
import * as SqlClient from "@effect/sql/SqlClient"
import type { SqlError } from "@effect/sql/SqlError"
import { Changes } from "@sire/adapters/SqlChanges"
import { Clock, Effect, FiberRef, Option } from "effect"
import { CurrentPrincipal, type Principal } from "../auth/Principal.js"
import { type InternalError, internal } from "../Errors.js"
import { currentRequestId } from "../RequestId.js"
import { type Actor, AuditLog, type Outcome, type RequestInfo } from "./AuditLog.js"

/** What an action is about; a created resource's id may come from the action's result. */
export interface Subject<A> {
  readonly action: string
  readonly resourceType: string
  readonly resourceId?: string | ((result: A) => string | null)
  /** The organization acted on, when not the caller's (a team's by its id): recorded there only if the caller's user is its member. */
  readonly organizationId?: string
  /**
   * The `Changes` topic the action's store signals (`auth`, `webhooks`). A store signals inside the
   * transaction this opens, before its commit: the topic is signalled again after the commit, so
   * that no cache keeps what a lookup racing the commit read.
   */
  readonly changes?: string
}

/** The request being handled, as the audit log keeps it. */
export const requestInfo: Effect.Effect<RequestInfo, never, HttpServerRequest.HttpServerRequest> = Effect.gen(function*() {
  const request = yield* HttpServerRequest.HttpServerRequest
  return {
    requestId: yield* FiberRef.get(currentRequestId),
    address: Option.getOrNull(request.remoteAddress),
    userAgent: request.headers["user-agent"] ?? null
  }
})

/** The actor behind a caller: the API key it used, else its user. */
export const actorOf = (principal: Principal): Actor =>
  principal.apiKeyId !== undefined
    ? { type: "apiKey", id: principal.apiKeyId, userId: principal.userId }
    : { type: "user", id: principal.userId, userId: principal.userId }

/** The message an API error answered (`{ error }`), as a failure's reason; a storage failure is answered as a 500. */
export const reasonOf = (error: unknown): string =>
  typeof error === "object" && error !== null && "error" in error && typeof error.error === "string"
    ? error.error
    : "internal server error"

/** Adds one entry about the request being handled. */
export const record = (
  organizationId: string,
  actor: Actor,
  subject: { readonly action: string; readonly resourceType: string; readonly resourceId: string | null },
  outcome: Outcome,
  reason: string | null,
  membersOnly = false
): Effect.Effect<void, SqlError, AuditLog | HttpServerRequest.HttpServerRequest> =>
  Effect.gen(function*() {
    const log = yield* AuditLog
    yield* log.record({
      organizationId,
      actor,
      ...subject,
      outcome,
      reason,
      request: yield* requestInfo,
      at: yield* Clock.currentTimeMillis,
      membersOnly
    })
  })

/** Records a failure without failing the request: a failure that cannot be recorded is logged. */
export const recordFailure = (
  organizationId: string,
  actor: Actor,
  subject: { readonly action: string; readonly resourceType: string; readonly resourceId: string | null },
  error: unknown,
  membersOnly = false
): Effect.Effect<void, never, AuditLog | HttpServerRequest.HttpServerRequest> =>
  record(organizationId, actor, subject, "failure", reasonOf(error), membersOnly).pipe(
    Effect.catchAll((cause) => Effect.logError("the audit log could not record a failed action", cause))
  )

const resourceOf = <A>(subject: Subject<A>, result: Option.Option<A>): string | null =>
  typeof subject.resourceId === "function"
    ? Option.match(result, { onNone: () => null, onSome: subject.resourceId })
    : subject.resourceId ?? null

/**
 * Runs a handler's action for the caller and records it: `prepare` (checks that call out, such as
 * a DNS lookup, kept out of the transaction) first, then `write` and a success entry in one
 * transaction (a failure to record undoes the write: 500); on failure (a 4xx or 500) of either, a
 * failure entry afterwards, with the error's message as the reason.
 */
export const auditedAfter = <B, A, E1, E2, R1, R2>(
  subject: Subject<A>,
  prepare: Effect.Effect<B, E1, R1>,
  write: (prepared: B) => Effect.Effect<A, E2, R2>
): Effect.Effect<
  A,
  E1 | E2 | InternalError,
  R1 | R2 | AuditLog | SqlClient.SqlClient | Changes | CurrentPrincipal | HttpServerRequest.HttpServerRequest
> =>
  Effect.gen(function*() {
    const sql = yield* SqlClient.SqlClient
    const principal = yield* CurrentPrincipal
    const actor = actorOf(principal)
    const about = (result: Option.Option<A>) => ({
      action: subject.action,
      resourceType: subject.resourceType,
      resourceId: resourceOf(subject, result)
    })
    const organizationId = subject.organizationId ?? principal.organizationId
    const membersOnly = organizationId !== principal.organizationId
    const recorded = (prepared: B) =>
      Effect.tap(write(prepared), (result) => record(organizationId, actor, about(Option.some(result)), "success", null, membersOnly))
    const changes = yield* Changes
    const committed = (prepared: B) =>
      subject.changes === undefined
        ? sql.withTransaction(recorded(prepared))
        : Effect.ensuring(sql.withTransaction(recorded(prepared)), changes.changed(subject.changes))
    const run: Effect.Effect<A, E1 | E2 | SqlError, R1 | R2 | AuditLog | HttpServerRequest.HttpServerRequest> =
      Effect.flatMap(prepare, committed)
    return yield* run.pipe(
      Effect.tapError((error) => recordFailure(organizationId, actor, about(Option.none()), error, membersOnly)),
      Effect.catchIf(isSqlError, internal)
    )
  }) as Effect.Effect<A, E1 | E2 | InternalError, R1 | R2 | AuditLog | SqlClient.SqlClient | Changes | CurrentPrincipal | HttpServerRequest.HttpServerRequest>

const isSqlError = (error: unknown): error is SqlError => (error as { _tag?: unknown } | null)?._tag === "SqlError"

/** `auditedAfter` with nothing to prepare: the whole action and its entry in one transaction. */
export const audited = <A, E, R>(
  subject: Subject<A>,
  action: Effect.Effect<A, E, R>
): Effect.Effect<
  A,
  E | InternalError,
  R | AuditLog | SqlClient.SqlClient | Changes | CurrentPrincipal | HttpServerRequest.HttpServerRequest
> => auditedAfter(subject, Effect.void, () => action)

/** Records the failures of an action that writes its own success entry (`succeeded`), e.g. inside a write whose mail must go after it. */
export const auditedFailures = <A, E, R>(
  subject: Subject<A>,
  action: Effect.Effect<A, E, R>
): Effect.Effect<A, E, R | AuditLog | CurrentPrincipal | HttpServerRequest.HttpServerRequest> =>
  Effect.gen(function*() {
    const principal = yield* CurrentPrincipal
    const organizationId = subject.organizationId ?? principal.organizationId
    const about = { action: subject.action, resourceType: subject.resourceType, resourceId: resourceOf(subject, Option.none()) }
    return yield* Effect.tapError(action, (error) =>
      recordFailure(organizationId, actorOf(principal), about, error, organizationId !== principal.organizationId))
  })

/** The success entry of an action recorded with `auditedFailures`, written where it is called (in the action's transaction). */
export const succeeded = <A>(
  subject: Subject<A>,
  resourceId: string | null
): Effect.Effect<void, SqlError, AuditLog | CurrentPrincipal | HttpServerRequest.HttpServerRequest> =>
  Effect.gen(function*() {
    const principal = yield* CurrentPrincipal
    const organizationId = subject.organizationId ?? principal.organizationId
    const about = { action: subject.action, resourceType: subject.resourceType, resourceId }
    yield* record(organizationId, actorOf(principal), about, "success", null, organizationId !== principal.organizationId)
  })

/** `auditedAfter` for an action that changes nothing in the database itself (a call to Stripe): its entry is written once it succeeds. */
export const auditedCall = <A, E, R>(
  subject: Subject<A>,
  action: Effect.Effect<A, E, R>
): Effect.Effect<
  A,
  E | InternalError,
  R | AuditLog | SqlClient.SqlClient | Changes | CurrentPrincipal | HttpServerRequest.HttpServerRequest
> => auditedAfter(subject, action, Effect.succeed)
