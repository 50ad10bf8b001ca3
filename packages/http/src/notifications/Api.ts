/**
 * The notifications group (`/api/v1/notifications`): the caller's notifications, the inbox (the
 * unread ones), marking them read, and the caller's preferences (notifications by e-mail). Read
 * state is per user: an organization-wide notification one member read stays unread for the others.
 *
 * @since 0.1.0
 */
import { HttpApiEndpoint, HttpApiGroup, OpenApi } from "@effect/platform"
import { Schema } from "effect"
import { Authentication } from "../auth/Authentication.js"
import { BadRequest, Forbidden, NotFound } from "../Errors.js"
import { IdPath } from "../PathIds.js"
import { JsonValue, PageParams, strict, UnixSeconds } from "../Schemas.js"

/** A notification as the caller sees it. */
export const Notification = Schema.Struct({
  id: Schema.String.annotations({ description: "`ntf_…`" }),
  kind: Schema.String.annotations({
    description: "What it is about: `execution.failed`, `invitation`, `webhook.disabled`, `quota.warning` (80%), `quota.reached` (100%)…"
  }),
  title: Schema.String,
  body: Schema.String,
  data: Schema.optional(JsonValue.annotations({ description: "Ids of what it is about, e.g. `{ executionId, workflowId, nodeId }`" })),
  read: Schema.Boolean.annotations({ description: "Whether the caller has marked it read" }),
  createdAt: UnixSeconds
})

const NotificationPath = IdPath("ntf", "notification")

/** The caller's notification preferences. */
export const NotificationPreferences = Schema.Struct({
  email: Schema.Boolean.annotations({
    description: "Whether the caller also receives their notifications (their own and their organizations') by e-mail; false until turned on"
  })
})

/** The notification endpoints (every role). */
export class NotificationsApi extends HttpApiGroup.make("notifications")
  .add(
    HttpApiEndpoint.get("list", "/api/v1/notifications")
      .annotateContext(OpenApi.annotations({ identifier: "listNotifications", summary: "List notifications" }))
      .setUrlParams(PageParams)
      .addSuccess(Schema.Array(Notification))
      .annotate(OpenApi.Description, "The caller's notifications (their own and their organization's), read or not, newest first.")
  )
  .add(
    HttpApiEndpoint.get("inbox", "/api/v1/notifications/inbox")
      .annotateContext(OpenApi.annotations({ identifier: "listUnreadNotifications", summary: "List unread notifications" }))
      .setUrlParams(PageParams)
      .addSuccess(Schema.Array(Notification))
      .annotate(OpenApi.Description, "The caller's unread notifications, newest first.")
  )
  .add(
    HttpApiEndpoint.post("read", "/api/v1/notifications/:id/read")
      .annotateContext(OpenApi.annotations({ identifier: "markNotificationRead", summary: "Mark a notification read" }))
      .setPath(NotificationPath)
      .addSuccess(Schema.Void, { status: 204 })
      .addError(NotFound.schema)
      .annotate(OpenApi.Description, "Marks the notification read for the caller (again is a no-op): it leaves the inbox.")
  )
  .add(
    HttpApiEndpoint.post("readAll", "/api/v1/notifications/read-all")
      .annotateContext(OpenApi.annotations({ identifier: "markAllNotificationsRead", summary: "Mark all notifications read" }))
      .addSuccess(Schema.Void, { status: 204 })
      .annotate(OpenApi.Description, "Marks all the caller's notifications read: the inbox is empty afterwards.")
  )
  .add(
    HttpApiEndpoint.get("preferences", "/api/v1/notifications/preferences")
      .annotateContext(OpenApi.annotations({ identifier: "getNotificationPreferences", summary: "Get notification preferences" }))
      .addSuccess(NotificationPreferences)
      .annotate(OpenApi.Description, "The caller's notification preferences: whether notifications are also sent by e-mail. A user's own, not an API key's (403).")
  )
  .add(
    HttpApiEndpoint.patch("updatePreferences", "/api/v1/notifications/preferences")
      .annotateContext(OpenApi.annotations({ identifier: "updateNotificationPreferences", summary: "Update notification preferences" }))
      .setPayload(strict(NotificationPreferences))
      .addSuccess(NotificationPreferences)
      .addError(BadRequest.schema)
      .annotate(
        OpenApi.Description,
        "Turns notification e-mails on (`{ \"email\": true }`) or off for the caller, in every organization they belong to: " +
          "each new notification for them is then also mailed to their address (delivered when the server has SMTP settings). " +
          "A user's own, not an API key's (403)."
      )
  )
  .addError(Forbidden.schema)
  .middleware(Authentication)
  .annotate(OpenApi.Title, "Notifications")
  .annotate(OpenApi.Description, "In-app notifications, such as failed executions, also sent by e-mail to the users who turn it on.")
{}
