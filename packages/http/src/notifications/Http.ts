/**
 * Handlers of the notifications group.
 *
 * @since 0.1.0
 */
import { HttpApiBuilder, HttpServerRequest } from "@effect/platform"
import { Clock, Effect, Option } from "effect"
import { SireApi } from "../Api.js"
import { authorize, type Principal } from "../auth/Principal.js"
import { Forbidden, internal, notFound, Unauthorized } from "../Errors.js"
import { defaultLimit, pageResponse, type PageParams, seconds } from "../Schemas.js"
import { type Notification, Notifications, type Reader } from "./Notifications.js"
import { NotificationPreferences, type Preferences } from "./Preferences.js"

const show = (notification: Notification) => ({ ...notification, createdAt: seconds(notification.createdAt) })

const reader = (principal: Principal): Reader => ({ organizationId: principal.organizationId, userId: principal.userId })

/** The notifications group's handlers. */
export const NotificationsLive = HttpApiBuilder.group(SireApi, "notifications", (handlers) =>
  Effect.gen(function*() {
    const notifications = yield* Notifications
    const preferences = yield* NotificationPreferences
    /** The signed-in user (not an API key) whose preferences these are. */
    const user = Effect.flatMap(authorize("notifications.read"), (principal) =>
      principal.apiKeyId !== undefined
        ? Effect.fail(new Forbidden({ error: "notification preferences belong to a user: sign in as the user, not with an API key" }))
        : Effect.succeed(principal))
    const found = (preferences: Option.Option<Preferences>) =>
      Option.match(preferences, {
        onNone: () => Effect.fail(new Unauthorized({ error: "the account no longer exists" })),
        onSome: Effect.succeed
      })
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
          const marked = yield* notifications.markRead(reader(principal), path.id, yield* Clock.currentTimeMillis)
          if (!marked) return yield* notFound(`notification ${path.id} not found`)
        }).pipe(Effect.catchTag("SqlError", internal)))
      .handle("preferences", () =>
        Effect.gen(function*() {
          const principal = yield* user
          return yield* found(yield* preferences.get(principal.userId))
        }).pipe(Effect.catchTag("SqlError", internal)))
      .handle("updatePreferences", ({ payload }) =>
        Effect.gen(function*() {
          const principal = yield* user
          return yield* found(yield* preferences.set(principal.userId, { email: payload.email }))
        }).pipe(Effect.catchTag("SqlError", internal)))
      .handle("readAll", () =>
        Effect.gen(function*() {
          const principal = yield* authorize("notifications.read")
          yield* notifications.markAllRead(reader(principal), yield* Clock.currentTimeMillis)
        }).pipe(Effect.catchTag("SqlError", internal)))
  }))
