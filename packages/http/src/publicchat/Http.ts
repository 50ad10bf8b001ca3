/**
 * Handlers of the public chat group. The deployment comes from the CORS decision (`Cors`), the
 * visitor's session from their token; a message runs the deployment's workflow like the
 * authenticated chat does, and its reply is streamed from this process's follower (`Replies`).
 *
 * @since 0.1.0
 */
import { HttpApiBuilder, HttpServerRequest } from "@effect/platform"
import { Clock, Effect, Option } from "effect"
import type { OrganizationId } from "@sire/core/Id"
import { Sire } from "@sire/core/Sire"
import { SireApi } from "../Api.js"
import { Chats } from "../chat/Chat.js"
import { internal, notFound, Unauthorized } from "../Errors.js"
import { lastEventId } from "../executions/EventStream.js"
import { Settings } from "../Settings.js"
import { currentDeployment, notFoundBody } from "./Cors.js"
import { Replies } from "./Replies.js"
import * as ReplyEvents from "./ReplyEvents.js"
import * as Starts from "./Starts.js"
import * as VisitorLimits from "./VisitorLimits.js"
import { Visitors } from "./Visitors.js"
import { liveOrRefuse } from "../versions/Publishing.js"

const bearer = /^Bearer[ ]+(\S+)\s*$/i

/** The public chat group's handlers. */
export const PublicChatLive = HttpApiBuilder.group(SireApi, "chatPublic", (handlers) =>
  Effect.gen(function*() {
    const sire = yield* Sire
    const chats = yield* Chats
    const visitors = yield* Visitors
    const replies = yield* Replies
    const settings = yield* Settings

    /** The deployment and the visitor's session of this deployment named by the request's token; 401 without one. */
    const visitor = Effect.gen(function*() {
      const published = yield* currentDeployment
      const request = yield* HttpServerRequest.HttpServerRequest
      const token = bearer.exec(request.headers.authorization ?? "")?.[1]
      const session = token === undefined ? Option.none() : yield* visitors.find(published.id, token)
      if (Option.isNone(session)) {
        return yield* Effect.fail(new Unauthorized({ error: "a visitor token of this chat is required: Authorization: Bearer cvt_…" }))
      }
      return { deployment: published, session: session.value }
    })

    return handlers
      .handle("config", () =>
        Effect.map(currentDeployment, ({ settings: { greeting, suggestions, theme, title } }) => ({ title, greeting, suggestions, theme })))
      .handle("openSession", () =>
        Effect.gen(function*() {
          const published = yield* currentDeployment
          yield* VisitorLimits.admit(
            VisitorLimits.sessionsKey(published.id, yield* VisitorLimits.clientAddress),
            published.settings.limits.addressMessagesPerMinute,
            "too many chat sessions opened from this address: try again later"
          )
          return yield* visitors.open(published, yield* Clock.currentTimeMillis)
        }).pipe(Effect.catchTags({ SqlError: internal, RateLimitStoreError: internal })))
      .handle("messages", () =>
        Effect.gen(function*() {
          const { session } = yield* visitor
          const page = yield* chats.messages(session.organizationId, session.id, 1_000)
          return { data: page.items.map(ReplyEvents.showMessage) }
        }).pipe(Effect.catchTag("SqlError", internal)))
      .handle("send", ({ payload }) =>
        Effect.gen(function*() {
          const { deployment: published, session } = yield* visitor
          const { limits } = published.settings
          yield* VisitorLimits.admit(VisitorLimits.visitorKey(session.id), limits.visitorMessagesPerMinute, "you are sending messages too fast: try again in a moment")
          yield* VisitorLimits.admit(
            VisitorLimits.addressKey(published.id, yield* VisitorLimits.clientAddress),
            limits.addressMessagesPerMinute,
            "too many messages from this address: try again in a moment"
          )
          const organizationId = session.organizationId as OrganizationId
          const live = yield* liveOrRefuse(organizationId, published.workflowId)
          const appended = yield* chats.append(organizationId, session.id, { role: "user", content: payload.content }, yield* Clock.currentTimeMillis)
          if (Option.isNone(appended)) return yield* notFound(notFoundBody)
          const { history, message } = appended.value
          const execution = yield* sire.start({
            organizationId,
            workflowId: published.workflowId,
            version: live.version,
            input: Starts.chatInput(payload.content, session.id, history),
            trigger: "chat",
            plan: published.plan
          }).pipe(Effect.catchAll((error) =>
            Effect.zipRight(Effect.ignoreLogged(chats.remove(organizationId, message.id)), Starts.failure(published.plan, error))
          ))
          const events = yield* replies.follow(session, { ...message, executionId: execution.id }, execution.id)
          yield* chats.linkExecution(organizationId, message.id, execution.id)
          return ReplyEvents.response(events, settings.sseHeartbeatMs)
        }).pipe(Effect.catchTags({ SqlError: internal, RateLimitStoreError: internal })))
      .handle("stream", ({ path }) =>
        Effect.gen(function*() {
          const { session } = yield* visitor
          const request = yield* HttpServerRequest.HttpServerRequest
          const message = yield* visitors.userMessage(session, path.messageId)
          if (Option.isNone(message) || message.value.executionId === undefined) {
            return yield* notFound(`chat message ${path.messageId} not found`)
          }
          const events = yield* replies.resume(session, message.value, message.value.executionId, lastEventId(request.headers["last-event-id"]))
          return ReplyEvents.response(events, settings.sseHeartbeatMs)
        }).pipe(Effect.catchTag("SqlError", internal)))
  }))
