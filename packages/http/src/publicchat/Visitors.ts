/**
 * Visitor sessions of public chat: a chat session of a deployment, opened by an anonymous visitor
 * and found by its visitor token (`cvt_…`, 256 random bits, stored only as its SHA-256). The token
 * works while the session's deployment exists: deleting the deployment ends every token of it.
 * Also what a visitor's reply needs: its user message, and the assistant message of an execution,
 * stored once whichever process stores it first.
 *
 * @since 0.1.0
 */
import * as SqlClient from "@effect/sql/SqlClient"
import type { SqlError } from "@effect/sql/SqlError"
import { Context, Effect, Layer, Option } from "effect"
import * as Id from "@sire/core/Id"
import { digest, opaque } from "../auth/Tokens.js"
import { Chats, type Message, type MessageRow, messageColumnList, type NewMessage, toMessage } from "../chat/Chat.js"

/** A visitor's session. */
export interface VisitorSession {
  readonly id: string
  readonly organizationId: string
  readonly deploymentId: string
}

/** Whether `text` has the shape of a visitor token. */
export const isVisitorToken = (text: string): boolean => /^cvt_[0-9a-f]{64}$/.test(text)

/** The visitor sessions store. */
export class Visitors extends Context.Tag("@sire/http/Visitors")<Visitors, {
  /** Opens a session of the deployment for a new visitor; answers its id and the visitor's token (shown once). */
  readonly open: (
    deployment: { readonly id: string; readonly organizationId: string; readonly workflowId: string },
    now: number
  ) => Effect.Effect<{ readonly sessionId: string; readonly visitorToken: string }, SqlError>
  /** The session of the deployment this visitor token belongs to. */
  readonly find: (deploymentId: string, visitorToken: string) => Effect.Effect<Option.Option<VisitorSession>, SqlError>
  /** A user message of the session. */
  readonly userMessage: (session: VisitorSession, messageId: string) => Effect.Effect<Option.Option<Message>, SqlError>
  /** The assistant message of an execution in the session, once stored. */
  readonly replyOf: (session: VisitorSession, executionId: string) => Effect.Effect<Option.Option<Message>, SqlError>
  /** Stores the assistant message of an execution unless one is stored already; answers the stored one. */
  readonly storeReply: (session: VisitorSession, reply: NewMessage & { readonly executionId: string }, now: number) => Effect.Effect<Message, SqlError>
}>() {}

/** The store over the `SqlClient` and the chat store in context. */
export const make = Effect.gen(function*() {
  const sql = yield* SqlClient.SqlClient
  const chats = yield* Chats
  const columns = sql.unsafe(messageColumnList)
  const replyOf = (session: VisitorSession, executionId: string) =>
    Effect.map(
      sql<MessageRow>`SELECT ${columns} FROM sire_chat_messages
        WHERE execution_id = ${executionId} AND session_id = ${session.id} AND organization_id = ${session.organizationId}
          AND role = 'assistant'
        ORDER BY seq LIMIT 1`,
      (rows) => Option.map(Option.fromNullable(rows[0]), toMessage)
    )
  return Visitors.of({
    open: (deployment, now) =>
      Effect.gen(function*() {
        const sessionId = yield* Id.make<string>("chat")
        const visitorToken = opaque("cvt_")
        yield* sql`INSERT INTO sire_chat_sessions
          (id, organization_id, workflow_id, title, created_at, updated_at, deployment_id, visitor_token_hash)
          VALUES (${sessionId}, ${deployment.organizationId}, ${deployment.workflowId}, NULL, ${now}, ${now}, ${deployment.id},
            ${digest(visitorToken)})`
        return { sessionId, visitorToken }
      }),
    find: (deploymentId, visitorToken) =>
      isVisitorToken(visitorToken)
        ? Effect.map(
          sql<{ readonly id: string; readonly organizationId: string }>`SELECT id, organization_id AS "organizationId"
            FROM sire_chat_sessions WHERE visitor_token_hash = ${digest(visitorToken)} AND deployment_id = ${deploymentId}`,
          (rows) => Option.map(Option.fromNullable(rows[0]), (row) => ({ ...row, deploymentId }))
        )
        : Effect.succeed(Option.none()),
    userMessage: (session, messageId) =>
      Effect.map(
        sql<MessageRow>`SELECT ${columns} FROM sire_chat_messages
          WHERE id = ${messageId} AND session_id = ${session.id} AND organization_id = ${session.organizationId} AND role = 'user'`,
        (rows) => Option.map(Option.fromNullable(rows[0]), toMessage)
      ),
    replyOf,
    storeReply: (session, reply, now) =>
      sql.withTransaction(Effect.gen(function*() {
        yield* sql`SELECT id FROM sire_chat_sessions WHERE id = ${session.id} AND organization_id = ${session.organizationId} FOR UPDATE`
        const stored = yield* replyOf(session, reply.executionId)
        if (Option.isSome(stored)) return stored.value
        const appended = yield* chats.append(session.organizationId, session.id, reply, now)
        return yield* Option.match(appended, {
          onNone: () => Effect.dieMessage(`chat session ${session.id} vanished while its reply was stored`),
          onSome: ({ message }) => Effect.succeed(message)
        })
      }))
  })
})

/** The store as a layer. */
export const layer: Layer.Layer<Visitors, never, SqlClient.SqlClient | Chats> = Layer.effect(Visitors, make)
