/**
 * Handlers of the notifications group.
 *
 * @since 0.1.0
 */
import { HttpApiBuilder, HttpServerRequest } from "@effect/platform"
import { Effect } from "effect"
import { SireApi } from "../Api.js"
import { authorize, type Principal } from "../auth/Principal.js"
import { internal, notFound } from "../Errors.js"
import { defaultLimit, pageResponse, type PageParams, seconds } from "../Schemas.js"
import { type Notification, Notifications, type Reader } from "./Notifications.js"

const show = (notification: Notification) => ({ ...notification, createdAt: seconds(notification.createdAt) })

const reader = (principal: Principal): Reader => ({ organizationId: principal.organizationId, userId: principal.userId })

/** The notifications group's handlers. */
export const NotificationsLive = HttpApiBuilder.group(SireApi, "notifications", (handlers) =>
  Effect.gen(function*() {
    const notifications = yield* Notifications
    const page = (which: "list" | "inbox") => (urlParams: typeof PageParams.Type) =>
      Effect.gen(function*() {
        const principal = yield* authorize("notifications.read")
        const request = yield* HttpServerRequest.HttpServerRequest
        const found = yield* notifications[which](reader(principal), urlParams.limit ?? defaultLimit, urlParams.cursor)
        return pageResponse(found.items.map(show), found.nextCursor, request.url)
      }).pipe(Effect.catchTag("SqlError", internal))
    return handlers
      .handle("list", ({ urlParams }) => page("list")(urlParams))
      .handle("inbox", ({ urlParams }) => page("inbox")(urlParams))
      .handle("read", ({ path }) =>
        Effect.gen(function*() {
          const principal = yield* authorize("notifications.read")
          const marked = yield* notifications.markRead(reader(principal), path.id, Date.now())
          if (!marked) return yield* notFound(`notification ${path.id} not found`)
        }).pipe(Effect.catchTag("SqlError", internal)))
      .handle("readAll", () =>
        Effect.gen(function*() {
          const principal = yield* authorize("notifications.read")
          yield* notifications.markAllRead(reader(principal), Date.now())
        }).pipe(Effect.catchTag("SqlError", internal)))
  }))
