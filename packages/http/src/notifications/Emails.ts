/**
 * Notification e-mails: the notification store, wrapped so that each notification it creates is
 * also mailed (`mail/Templates.notification`) to the users it is for who turned e-mail on
 * (`Preferences`): its one user, or the organization's members for an organization-wide one. The
 * notification and its mails are written in one transaction; a deduplicated notice mails nobody.
 *
 * @since 0.1.0
 */
import * as SqlClient from "@effect/sql/SqlClient"
import { Effect, Layer } from "effect"
import { Mailer, sendingWith } from "../auth/Mailer.js"
import * as Templates from "../mail/Templates.js"
import { Notifications } from "./Notifications.js"
import { NotificationPreferences } from "./Preferences.js"

/** `Notifications` over the store in context, mailing each new notification to its opted-in readers (links under `publicUrl`). */
export const layer = (publicUrl: string): Layer.Layer<
  Notifications,
  never,
  Notifications | NotificationPreferences | Mailer | SqlClient.SqlClient
> =>
  Layer.effect(
    Notifications,
    Effect.gen(function*() {
      const store = yield* Notifications
      const preferences = yield* NotificationPreferences
      const mailer = yield* Mailer
      const sql = yield* SqlClient.SqlClient
      return Notifications.of({
        ...store,
        notify: (notice) =>
          sendingWith(sql, mailer, Effect.gen(function*() {
            const created = yield* store.notify(notice)
            if (!created) return [false, []] as const
            const recipients = yield* preferences.emailRecipients(notice.organizationId, notice.userId ?? undefined)
            return [true, recipients.map((recipient) =>
              Templates.notification({ publicUrl, to: recipient.email, title: notice.title, body: notice.body }))] as const
          }))
      })
    })
  )
