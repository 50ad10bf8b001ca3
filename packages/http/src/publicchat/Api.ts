/**
 * The public chat group (`/api/v1/chat/public/:publishableKey/…`), for browsers: the widget's
 * configuration, visitor sessions (`cvt_…` tokens), their messages, and each reply as Server-Sent
 * Events (resumable with `Last-Event-ID`). No account and no API key: the publishable key in the
 * path names the deployment (checked, with the page's `Origin`, before anything else), and the
 * visitor token (`Authorization: Bearer cvt_…`) the visitor's own session.
 *
 * @since 0.1.0
 */
import { HttpApiEndpoint, HttpApiGroup, HttpApiSchema, OpenApi } from "@effect/platform"
import { Schema } from "effect"
import { Theme } from "../deployments/Api.js"
import { BadRequest, Conflict, Forbidden, NotFound, PaymentRequired, Unauthorized } from "../Errors.js"
import { GeneratedId } from "../PathIds.js"
import { strict, UnixSeconds } from "../Schemas.js"

const publishableKey = Schema.String.annotations({ description: "The deployment's publishable key, `pk_…`" })
const KeyPath = Schema.Struct({ publishableKey })
const MessagePath = Schema.Struct({ publishableKey, messageId: GeneratedId("msg", "chat message") })

/** What the widget shows before the first message. */
export const PublicConfig = Schema.Struct({
  title: Schema.NullOr(Schema.String),
  greeting: Schema.NullOr(Schema.String),
  suggestions: Schema.Array(Schema.String),
  theme: Theme
}).annotations({ identifier: "PublicChatConfig" })

/** A new visitor session and its token (shown this once; the visitor's only credential). */
export const VisitorSession = Schema.Struct({
  sessionId: Schema.String.annotations({ description: "`chat_…`" }),
  visitorToken: Schema.String.annotations({ description: "`cvt_…`: send as `Authorization: Bearer cvt_…`; keep it (localStorage), it is not shown again" })
}).annotations({ identifier: "VisitorSession" })

/** A chat message as a visitor sees it. */
export const PublicMessage = Schema.Struct({
  id: Schema.String.annotations({ description: "`msg_…`" }),
  seq: Schema.Int,
  role: Schema.Literal("user", "assistant"),
  content: Schema.String,
  error: Schema.optional(Schema.String.annotations({ description: "Assistant messages of failed runs" })),
  createdAt: UnixSeconds
}).annotations({ identifier: "PublicChatMessage" })

/** The body of `POST …/sessions`: empty, or `{}`. */
const Empty = strict(Schema.Struct({}))
export const OpenSession = Schema.transform(Schema.NullOr(Empty), Schema.typeSchema(Empty), {
  strict: true,
  decode: (body) => body ?? {},
  encode: (body) => body
})

/** The body of `POST …/messages`. */
export const SendPublicMessage = strict(Schema.Struct({
  content: Schema.String.pipe(Schema.minLength(1), Schema.maxLength(4_000))
}))

const ReplyStream = Schema.String.pipe(
  HttpApiSchema.withEncoding({ kind: "Text", contentType: "text/event-stream" })
).annotations({
  description: "Server-Sent Events, each with an `id` (1, 2, 3, … per reply): `message` (the stored user message), `delta` " +
    "`{ text }` (zero or more), `snapshot` `{ text }` (on a resume that cannot replay the missed deltas), `reply` (the stored " +
    "assistant message, authoritative), `end`; `: heartbeat` comments every 15 s while idle"
})

/** The public chat endpoints. */
export class PublicChatApi extends HttpApiGroup.make("chatPublic")
  .add(
    HttpApiEndpoint.get("config", "/api/v1/chat/public/:publishableKey/config")
      .annotateContext(OpenApi.annotations({ identifier: "getPublicChatConfig", summary: "Get a chat deployment's public settings" }))
      .setPath(KeyPath)
      .addSuccess(PublicConfig)
      .annotate(OpenApi.Description, "The deployment's title, greeting, suggested prompts and theme.")
  )
  .add(
    HttpApiEndpoint.post("openSession", "/api/v1/chat/public/:publishableKey/sessions")
      .annotateContext(OpenApi.annotations({ identifier: "openVisitorSession", summary: "Open a visitor session" }))
      .setPath(KeyPath)
      .setPayload(OpenSession)
      .addSuccess(VisitorSession, { status: 201 })
      .addError(BadRequest.schema)
      .annotate(OpenApi.Description, "Opens a session for a new visitor (rate limited per address) and answers its visitor token once.")
  )
  .add(
    HttpApiEndpoint.get("messages", "/api/v1/chat/public/:publishableKey/messages")
      .annotateContext(OpenApi.annotations({ identifier: "listVisitorMessages", summary: "List the visitor's messages" }))
      .setPath(KeyPath)
      .addSuccess(Schema.Struct({ data: Schema.Array(PublicMessage) }))
      .addError(Unauthorized.schema)
      .annotate(OpenApi.Description, "The visitor's session history, in order (`Authorization: Bearer cvt_…`).")
  )
  .add(
    HttpApiEndpoint.post("send", "/api/v1/chat/public/:publishableKey/messages")
      .annotateContext(OpenApi.annotations({ identifier: "sendVisitorMessage", summary: "Send a message and stream the reply" }))
      .setPath(KeyPath)
      .setPayload(SendPublicMessage)
      .addSuccess(ReplyStream)
      .addError(BadRequest.schema)
      .addError(Unauthorized.schema)
      .addError(PaymentRequired.schema)
      .addError(Conflict.schema)
      .annotate(
        OpenApi.Description,
        "Stores the visitor's message and runs the deployment's workflow's published version (409 when it is not published; trigger `chat`, input `{ message, sessionId, history }`), " +
          "answering the reply as it is written. 429 (with `Retry-After`) past the visitor's or the address's limit and 402 when the " +
          "organization's quota is spent, as JSON before any event."
      )
  )
  .add(
    HttpApiEndpoint.get("stream", "/api/v1/chat/public/:publishableKey/messages/:messageId/stream")
      .annotateContext(OpenApi.annotations({ identifier: "resumeVisitorReply", summary: "Resume a reply's stream" }))
      .setPath(MessagePath)
      .addSuccess(ReplyStream)
      .addError(Unauthorized.schema)
      .addError(NotFound.schema)
      .annotate(
        OpenApi.Description,
        "The reply to one of the visitor's messages after the event named by `Last-Event-ID`: the missed deltas when they can be " +
          "replayed exactly, else one `snapshot`, then live ones, `reply` and `end` (at once when the reply is stored). Any server may answer it."
      )
  )
  .addError(Forbidden.schema)
  .addError(NotFound.schema)
  .annotate(OpenApi.Title, "chat (public)")
  .annotate(
    OpenApi.Description,
    "For browsers: CORS allows exactly the deployment's `allowedOrigins` (preflights included); other origins, `null` and none get 403."
  )
{}
