/**
 * The chat group (`/api/v1/chat/sessions`): sessions bound to a workflow, and their messages. A
 * user message runs the workflow (trigger `chat`, input `{ message, sessionId, history }`) and
 * its output becomes the assistant's reply.
 *
 * @since 0.1.0
 */
import { HttpApiEndpoint, HttpApiGroup, OpenApi } from "@effect/platform"
import { Schema } from "effect"
import { Status } from "@sire/core/Execution"
import { Authentication } from "../auth/Authentication.js"
import { BadRequest, Conflict, Forbidden, NotFound, PaymentRequired } from "../Errors.js"
import { IdPath } from "../PathIds.js"
import { PageParams, strict, UnixSeconds } from "../Schemas.js"

/** A chat session. */
export const ChatSession = Schema.Struct({
  id: Schema.String.annotations({ description: "`chat_…`" }),
  workflowId: Schema.String.annotations({ description: "The workflow each user message runs" }),
  title: Schema.NullOr(Schema.String),
  createdAt: UnixSeconds,
  updatedAt: UnixSeconds.annotations({ description: "When the last message was stored (or the creation)" })
}).annotations({ identifier: "ChatSession" })

/** A stored chat message. */
export const ChatMessage = Schema.Struct({
  id: Schema.String.annotations({ description: "`msg_…`" }),
  seq: Schema.Int.annotations({ description: "Its position in the session: strictly increasing from 1" }),
  role: Schema.Literal("user", "assistant"),
  content: Schema.String.annotations({
    description: "The text; for the assistant, the execution's `output.reply`, else its output as text (empty when it failed)"
  }),
  executionId: Schema.optional(Schema.String.annotations({ description: "The execution the message started (user) or came from (assistant)" })),
  error: Schema.optional(Schema.String.annotations({ description: "Assistant messages of failed executions: why it failed" })),
  createdAt: UnixSeconds
}).annotations({ identifier: "ChatMessage" })

/** The answer to sending a message. */
export const ChatExchange = Schema.Struct({
  message: ChatMessage.annotations({ description: "The user message as stored" }),
  reply: Schema.NullOr(ChatMessage).annotations({
    description: "The assistant message, or null when the execution was still running when the server's wait ended"
  }),
  execution: Schema.Struct({ id: Schema.String, status: Status })
}).annotations({ identifier: "ChatExchange" })

/** The body of `POST /chat/sessions`. */
export const CreateSession = strict(Schema.Struct({
  workflowId: Schema.String,
  title: Schema.optional(Schema.Trim.pipe(Schema.maxLength(200)))
}))

/** The body of `POST /chat/sessions/:id/messages`. */
export const SendMessage = strict(Schema.Struct({
  content: Schema.String.pipe(Schema.minLength(1), Schema.maxLength(100_000))
}))

/** Query parameters of `GET /chat/sessions`. */
export const SessionListParams = Schema.Struct({ ...PageParams.fields, workflowId: Schema.optional(Schema.String) })

const SessionPath = IdPath("chat", "chat session")

/** The chat endpoints (viewers read, members create sessions and send). */
export class ChatApi extends HttpApiGroup.make("chat")
  .add(
    HttpApiEndpoint.post("createSession", "/api/v1/chat/sessions")
      .annotateContext(OpenApi.annotations({ identifier: "createChatSession", summary: "Create a chat session" }))
      .setPayload(CreateSession)
      .addSuccess(ChatSession, { status: 201 })
      .addError(BadRequest.schema)
      .addError(NotFound.schema)
      .annotate(OpenApi.Description, "Creates a chat session with one of the organization's workflows.")
  )
  .add(
    HttpApiEndpoint.get("listSessions", "/api/v1/chat/sessions")
      .annotateContext(OpenApi.annotations({ identifier: "listChatSessions", summary: "List chat sessions" }))
      .setUrlParams(SessionListParams)
      .addSuccess(Schema.Array(ChatSession))
      .annotate(OpenApi.Description, "The organization's chat sessions (of one workflow with `workflowId`), newest first.")
  )
  .add(
    HttpApiEndpoint.post("send", "/api/v1/chat/sessions/:id/messages")
      .annotateContext(OpenApi.annotations({ identifier: "sendChatMessage", summary: "Send a chat message" }))
      .setPath(SessionPath)
      .setPayload(SendMessage)
      .addSuccess(ChatExchange, { status: 201 })
      .addError(BadRequest.schema)
      .addError(NotFound.schema)
      .addError(PaymentRequired.schema)
      .addError(Conflict.schema)
      .annotate(
        OpenApi.Description,
        "Stores the user message and runs the session's workflow's published version (409 when it is not published; trigger `chat`, input `{ message, sessionId, history }`, " +
          "counted against the quota), waiting for it like a sync start. The assistant message is its `output.reply` (or its " +
          "output as text), or carries `error` when it failed; `reply` is null when it was still running when the wait ended."
      )
  )
  .add(
    HttpApiEndpoint.get("messages", "/api/v1/chat/sessions/:id/messages")
      .annotateContext(OpenApi.annotations({ identifier: "listChatMessages", summary: "List a session's messages" }))
      .setPath(SessionPath)
      .setUrlParams(PageParams)
      .addSuccess(Schema.Array(ChatMessage))
      .addError(NotFound.schema)
      .annotate(OpenApi.Description, "The session's messages, oldest first.")
  )
  .addError(Forbidden.schema)
  .middleware(Authentication)
  .annotate(OpenApi.Title, "Chat")
  .annotate(OpenApi.Description, "Chat sessions with a workflow whose trigger is `chat`.")
{}
