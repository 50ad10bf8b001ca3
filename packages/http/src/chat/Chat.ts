/**
 * The chat store: sessions (each bound to one workflow) and their messages, ordered by a
 * per-session `seq` that is strictly increasing (unique per session). Appending a message locks
 * the session row (`SELECT … FOR UPDATE`), so concurrent appends to one session are serialized
 * and the history read under that lock is exactly the messages before the new one.
 *
 * @since 0.1.0
 */
import * as SqlClient from "@effect/sql/SqlClient"
import type { SqlError } from "@effect/sql/SqlError"
import { Context, Effect, Layer, Option } from "effect"
import * as Id from "@sire/core/Id"
import { decodeCursor, encodeCursor, type Page } from "@sire/core/WorkflowStore"
import { clampBigint } from "../Paging.js"

/** A chat session. Times are unix milliseconds. */
export interface Session {
  readonly id: string
  readonly workflowId: string
  readonly title: string | null
  readonly createdAt: number
  readonly updatedAt: number
}

/** Who wrote a message. */
export type Role = "user" | "assistant"

/** A stored message. Times are unix milliseconds. */
export interface Message {
  readonly id: string
  readonly seq: number
  readonly role: Role
  readonly content: string
  readonly executionId?: string
  readonly error?: string
  readonly createdAt: number
}

/** What appending a message stores. */
export interface NewMessage {
  readonly role: Role
  readonly content: string
  readonly executionId?: string
  readonly error?: string
}

/** The chat store. */
export class Chats extends Context.Tag("@sire/http/Chats")<Chats, {
  /** Creates a session for a workflow (the caller checks the workflow is the organization's). */
  readonly create: (
    organizationId: string,
    options: { readonly workflowId: string; readonly title: string | null },
    now: number
  ) => Effect.Effect<Session, SqlError>
  /** The organization's sessions (of one workflow when given), newest first. */
  readonly list: (
    organizationId: string,
    options: { readonly limit: number; readonly cursor?: string | undefined; readonly workflowId?: string | undefined }
  ) => Effect.Effect<Page<Session>, SqlError>
  /** A session of the organization. */
  readonly get: (organizationId: string, id: string) => Effect.Effect<Option.Option<Session>, SqlError>
  /** A session's messages, oldest first. */
  readonly messages: (
    organizationId: string,
    sessionId: string,
    limit: number,
    cursor?: string
  ) => Effect.Effect<Page<Message>, SqlError>
  /**
   * Appends a message with the next `seq`, serialized per session; answers it with the history
   * before it (every earlier message, in order). `None` when the session is not the organization's.
   */
  readonly append: (
    organizationId: string,
    sessionId: string,
    message: NewMessage,
    now: number
  ) => Effect.Effect<Option.Option<{ readonly message: Message; readonly history: ReadonlyArray<Message> }>, SqlError>
  /** Records the execution a message started. */
  readonly linkExecution: (organizationId: string, messageId: string, executionId: string) => Effect.Effect<void, SqlError>
  /** Removes a message (a user message whose execution could not be started). */
  readonly remove: (organizationId: string, messageId: string) => Effect.Effect<void, SqlError>
}>() {}

interface SessionRow {
  readonly id: string
  readonly workflowId: string
  readonly title: string | null
  readonly createdAt: string | number
  readonly updatedAt: string | number
}

/** A `sire_chat_messages` row as `messageColumns` selects it. */
export interface MessageRow {
  readonly id: string
  readonly seq: string | number
  readonly role: Role
  readonly content: string
  readonly executionId: string | null
  readonly error: string | null
  readonly createdAt: string | number
}

const toSession = (row: SessionRow): Session => ({
  id: row.id,
  workflowId: row.workflowId,
  title: row.title,
  createdAt: Number(row.createdAt),
  updatedAt: Number(row.updatedAt)
})

/** A stored message from its row. */
export const toMessage = (row: MessageRow): Message => ({
  id: row.id,
  seq: Number(row.seq),
  role: row.role,
  content: row.content,
  ...(row.executionId !== null ? { executionId: row.executionId } : {}),
  ...(row.error !== null ? { error: row.error } : {}),
  createdAt: Number(row.createdAt)
})


/** The columns of a message row, as `MessageRow` names them. */
export const messageColumnList = `id, seq, role, content, execution_id AS "executionId", error, created_at AS "createdAt"`

/** The chat store over the `SqlClient` in context. */
export const make = Effect.gen(function*() {
  const sql = yield* SqlClient.SqlClient
  const messageColumns = sql.unsafe(messageColumnList)
  return Chats.of({
    create: (organizationId, options, now) =>
      Effect.gen(function*() {
        const id = yield* Id.make<string>("chat")
        yield* sql`INSERT INTO sire_chat_sessions (id, organization_id, workflow_id, title, created_at, updated_at)
          VALUES (${id}, ${organizationId}, ${options.workflowId}, ${options.title}, ${now}, ${now})`
        return { id, workflowId: options.workflowId, title: options.title, createdAt: now, updatedAt: now }
      }),
    list: (organizationId, options) =>
      Effect.gen(function*() {
        const after = options.cursor === undefined ? undefined : decodeCursor(options.cursor)
        const older = after === undefined
          ? sql``
          : Number.isInteger(after.createdAt)
          ? sql`AND (created_at, id) < (${clampBigint(after.createdAt)}, ${after.id})`
          : sql`AND created_at < ${clampBigint(Math.ceil(after.createdAt))}`
        const ofWorkflow = options.workflowId === undefined ? sql`` : sql`AND workflow_id = ${options.workflowId}`
        const rows = yield* sql<SessionRow>`SELECT id, workflow_id AS "workflowId", title,
            created_at AS "createdAt", updated_at AS "updatedAt"
          FROM sire_chat_sessions
          WHERE organization_id = ${organizationId} ${ofWorkflow} ${older}
          ORDER BY created_at DESC, id DESC
          LIMIT ${options.limit + 1}`
        const items = rows.slice(0, options.limit).map(toSession)
        const last = items[items.length - 1]
        return { items, nextCursor: rows.length > options.limit && last ? encodeCursor(last.createdAt, last.id) : undefined }
      }),
    get: (organizationId, id) =>
      Effect.map(
        sql<SessionRow>`SELECT id, workflow_id AS "workflowId", title, created_at AS "createdAt", updated_at AS "updatedAt"
          FROM sire_chat_sessions WHERE id = ${id} AND organization_id = ${organizationId}`,
        (rows) => Option.map(Option.fromNullable(rows[0]), toSession)
      ),
    messages: (organizationId, sessionId, limit, cursor) =>
      Effect.gen(function*() {
        // The cursor is `<seq>.<id>` of the last message of the previous page.
        const after = cursor === undefined ? undefined : decodeCursor(cursor)
        const newer = after === undefined ? sql`` : sql`AND seq > ${clampBigint(Math.floor(after.createdAt))}`
        const rows = yield* sql<MessageRow>`SELECT ${messageColumns}
          FROM sire_chat_messages
          WHERE session_id = ${sessionId} AND organization_id = ${organizationId} ${newer}
          ORDER BY seq ASC
          LIMIT ${limit + 1}`
        const items = rows.slice(0, limit).map(toMessage)
        const last = items[items.length - 1]
        return { items, nextCursor: rows.length > limit && last ? encodeCursor(last.seq, last.id) : undefined }
      }),
    append: (organizationId, sessionId, message, now) =>
      sql.withTransaction(Effect.gen(function*() {
        const locked = yield* sql<{ readonly id: string }>`SELECT id FROM sire_chat_sessions
          WHERE id = ${sessionId} AND organization_id = ${organizationId} FOR UPDATE`
        if (locked.length === 0) return Option.none()
        const history = (yield* sql<MessageRow>`SELECT ${messageColumns} FROM sire_chat_messages
          WHERE session_id = ${sessionId} ORDER BY seq ASC`).map(toMessage)
        const seq = (history[history.length - 1]?.seq ?? 0) + 1
        const id = yield* Id.make<string>("msg")
        yield* sql`INSERT INTO sire_chat_messages
          (id, session_id, organization_id, seq, role, content, execution_id, error, created_at)
          VALUES (${id}, ${sessionId}, ${organizationId}, ${seq}, ${message.role}, ${message.content},
            ${message.executionId ?? null}, ${message.error ?? null}, ${now})`
        yield* sql`UPDATE sire_chat_sessions SET updated_at = ${now} WHERE id = ${sessionId}`
        const stored: Message = {
          id,
          seq,
          role: message.role,
          content: message.content,
          ...(message.executionId !== undefined ? { executionId: message.executionId } : {}),
          ...(message.error !== undefined ? { error: message.error } : {}),
          createdAt: now
        }
        return Option.some({ message: stored, history })
      })),
    linkExecution: (organizationId, messageId, executionId) =>
      Effect.asVoid(sql`UPDATE sire_chat_messages SET execution_id = ${executionId}
        WHERE id = ${messageId} AND organization_id = ${organizationId}`),
    remove: (organizationId, messageId) =>
      Effect.asVoid(sql`DELETE FROM sire_chat_messages WHERE id = ${messageId} AND organization_id = ${organizationId}`)
  })
})

/** The chat store as a layer. */
export const layer: Layer.Layer<Chats, never, SqlClient.SqlClient> = Layer.effect(Chats, make)
