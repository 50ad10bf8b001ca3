/**
 * Handlers of the chat group. Sending is two steps, `send` (store the user message and start the
 * execution: its id is known before any waiting, for a later streaming endpoint to follow its
 * events) and `answer` (wait like a sync start, then store the assistant message).
 *
 * @since 0.1.0
 */
import { HttpApiBuilder, HttpServerRequest } from "@effect/platform"
import { Clock, Effect, Option } from "effect"
import type { Execution } from "@sire/core/Execution"
import { Sire } from "@sire/core/Sire"
import { SireApi } from "../Api.js"
import { authorize, type Principal } from "../auth/Principal.js"
import { Draining } from "../Draining.js"
import { internal, notFound } from "../Errors.js"
import { startFailure } from "../executions/Http.js"
import { defaultLimit, pageResponse, seconds } from "../Schemas.js"
import * as Signal from "@sire/core/Signal"
import * as SyncWait from "../SyncWait.js"
import { liveOrRefuse } from "../versions/Publishing.js"
import { Chats, type Message, type Session } from "./Chat.js"

const showSession = (session: Session) => ({ ...session, createdAt: seconds(session.createdAt), updatedAt: seconds(session.updatedAt) })

const showMessage = (message: Message) => ({ ...message, createdAt: seconds(message.createdAt) })

const final = new Set<Execution["status"]>(["completed", "failed", "cancelled"])

/** The assistant's text for an output: `output.reply` when it is a string, else strings as is and other JSON stringified. */
export const replyText = (output: unknown): string => {
  if (output === undefined || output === null) return ""
  if (typeof output === "string") return output
  if (typeof output === "object" && !Array.isArray(output) && typeof (output as { reply?: unknown }).reply === "string") {
    return (output as { reply: string }).reply
  }
  return JSON.stringify(output)
}

const sessionNotFound = (id: string) => notFound(`chat session ${id} not found`)

/** Sending and answering a message, over the chat store and the engine. */
export const conversation = Effect.gen(function*() {
  const sire = yield* Sire
  const chats = yield* Chats
  const draining = yield* Draining
  const syncWait = yield* SyncWait.SyncWait

  /**
   * Stores the user message (after every earlier one) and starts the session's workflow (its
   * published version: 409 when it has none, before anything is stored) with
   * trigger `chat` and input `{ message, sessionId, history }`, counted against the quota. Answers
   * at once with the stored message and the queued execution; when the start fails the message is
   * removed again and the failure is mapped like `POST /executions` maps it.
   */
  const send = (principal: Principal, session: Session, content: string) =>
    Effect.gen(function*() {
      const organizationId = principal.organizationId
      const live = yield* liveOrRefuse(organizationId, session.workflowId)
      const appended = yield* chats.append(organizationId, session.id, { role: "user", content }, yield* Clock.currentTimeMillis)
      if (Option.isNone(appended)) return yield* sessionNotFound(session.id)
      const { history, message } = appended.value
      const execution = yield* sire.start({
        organizationId,
        workflowId: session.workflowId,
        version: live.version,
        input: {
          message: content,
          sessionId: session.id,
          history: history.map((earlier) => ({ role: earlier.role, content: earlier.content }))
        },
        trigger: "chat",
        plan: principal.plan
      }).pipe(Effect.catchAll((error) =>
        Effect.zipRight(Effect.ignoreLogged(chats.remove(organizationId, message.id)), startFailure(principal)(error))
      ))
      yield* chats.linkExecution(organizationId, message.id, execution.id)
      return { message: { ...message, executionId: execution.id }, execution }
    })

  /** Stores the assistant message for a final execution: its reply, or its error. */
  const reply = (organizationId: string, session: Session, execution: Execution) =>
    Effect.map(
      Effect.flatMap(Clock.currentTimeMillis, (now) => chats.append(
        organizationId,
        session.id,
        execution.status === "completed"
          ? { role: "assistant", content: replyText(execution.output), executionId: execution.id }
          : {
            role: "assistant",
            content: "",
            executionId: execution.id,
            error: execution.error?.message ?? `the execution was ${execution.status}`
          },
        now
      )),
      Option.map((stored) => stored.message)
    )

  /**
   * Waits for the execution (`SyncWait`: at most `Settings.syncTimeoutMs`, less when the server drains); once
   * it is final, stores the assistant message (its reply, or its error) and answers it, else
   * answers `None` with the execution as it stands and keeps waiting in the background: the reply
   * is stored when the execution ends (unless this server shuts down first; the execution keeps
   * its output either way).
   */
  const answer = (principal: Principal, session: Session, started: Execution) =>
    Effect.gen(function*() {
      const scope = { organizationId: principal.organizationId }
      const execution = yield* syncWait(started.id, scope)
      if (!final.has(execution.status)) {
        yield* sire.wait(started.id, scope).pipe(
          Effect.flatMap((done) => reply(principal.organizationId, session, done)),
          Effect.catchAllCause((cause) => Effect.logWarning(`chat session ${session.id}: the late reply of ${started.id} was not stored`, cause)),
          Effect.raceFirst(Signal.raised(draining)),
          Effect.forkDaemon
        )
        return { execution, reply: Option.none<Message>() }
      }
      return { execution, reply: yield* reply(principal.organizationId, session, execution) }
    })

  return { send, answer }
})

/** The chat group's handlers. */
export const ChatLive = HttpApiBuilder.group(SireApi, "chat", (handlers) =>
  Effect.gen(function*() {
    const sire = yield* Sire
    const chats = yield* Chats
    const { answer, send } = yield* conversation

    const session = (principal: Principal, id: string) =>
      Effect.flatMap(chats.get(principal.organizationId, id), Option.match({
        onNone: () => sessionNotFound(id),
        onSome: Effect.succeed
      }))

    return handlers
      .handle("createSession", ({ payload }) =>
        Effect.gen(function*() {
          const principal = yield* authorize("chat.write")
          const workflow = yield* sire.getWorkflow(payload.workflowId, { organizationId: principal.organizationId }).pipe(
            Effect.catchTags({
              WorkflowNotFound: () => notFound(`workflow ${payload.workflowId} not found`),
              WorkflowStoreError: internal
            })
          )
          const title = payload.title === undefined || payload.title === "" ? null : payload.title
          const created = yield* chats.create(principal.organizationId, { workflowId: workflow.id, title }, yield* Clock.currentTimeMillis)
          return showSession(created)
        }).pipe(Effect.catchTag("SqlError", internal)))
      .handle("listSessions", ({ urlParams }) =>
        Effect.gen(function*() {
          const principal = yield* authorize("chat.read")
          const request = yield* HttpServerRequest.HttpServerRequest
          const page = yield* chats.list(principal.organizationId, {
            limit: urlParams.limit ?? defaultLimit,
            cursor: urlParams.cursor,
            workflowId: urlParams.workflowId
          })
          return pageResponse(page.items.map(showSession), page.nextCursor, request.url)
        }).pipe(Effect.catchTag("SqlError", internal)))
      .handle("send", ({ path, payload }) =>
        Effect.gen(function*() {
          const principal = yield* authorize("chat.write")
          const found = yield* session(principal, path.id)
          const sent = yield* send(principal, found, payload.content)
          const answered = yield* answer(principal, found, sent.execution).pipe(
            Effect.catchTags({ ExecutionNotFound: internal, ExecutionStoreError: internal })
          )
          return {
            message: showMessage(sent.message),
            reply: Option.getOrNull(Option.map(answered.reply, showMessage)),
            execution: { id: answered.execution.id, status: answered.execution.status }
          }
        }).pipe(Effect.catchTag("SqlError", internal)))
      .handle("messages", ({ path, urlParams }) =>
        Effect.gen(function*() {
          const principal = yield* authorize("chat.read")
          const request = yield* HttpServerRequest.HttpServerRequest
          yield* session(principal, path.id)
          const page = yield* chats.messages(principal.organizationId, path.id, urlParams.limit ?? defaultLimit, urlParams.cursor)
          return pageResponse(page.items.map(showMessage), page.nextCursor, request.url)
        }).pipe(Effect.catchTag("SqlError", internal)))
  }))
