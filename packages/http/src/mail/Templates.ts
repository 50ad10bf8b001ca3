/**
 * The messages the server sends, each as plain text and HTML with the same content: a password
 * reset, a team invitation, a notification. Everything interpolated into the HTML part is escaped
 * (`escapeHtml`), so that a user-chosen name or title cannot add markup; links are built under the
 * public URL (`SIRE_PUBLIC_URL`) with their query values URL-encoded.
 *
 * @since 0.1.0
 */
import type { Message } from "../auth/Mailer.js"

/** `text` safe inside HTML element content and quoted attribute values. */
export const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => c === "&" ? "&amp;" : c === "<" ? "&lt;" : c === ">" ? "&gt;" : c === "\"" ? "&quot;" : "&#39;")

/** A path under the public URL, with `query` values URL-encoded. */
export const link = (publicUrl: string, path: string, query: Readonly<Record<string, string>> = {}): string => {
  const search = new URLSearchParams(query).toString()
  return `${publicUrl}${path}${search === "" ? "" : `?${search}`}`
}

/** A piece of the HTML part: already-escaped markup. */
interface Html {
  readonly html: string
}

/** A paragraph of escaped text and pieces. */
const p = (...parts: ReadonlyArray<string | Html>): string =>
  `<p>${parts.map((part) => typeof part === "string" ? escapeHtml(part) : part.html).join("")}</p>`

/** A link (its URL escaped as an attribute and as text). */
const a = (href: string, label?: string): Html => ({ html: `<a href="${escapeHtml(href)}">${escapeHtml(label ?? href)}</a>` })

/** Preformatted text, such as a command to copy. */
const pre = (text: string): string =>
  `<pre style="background:#f4f4f5;padding:12px;border-radius:6px;white-space:pre-wrap;word-break:break-all">${escapeHtml(text)}</pre>`

/** The HTML document around `body` (escaped title). */
const page = (title: string, body: ReadonlyArray<string>): string =>
  [
    "<!doctype html>",
    "<html lang=\"en\"><head><meta charset=\"utf-8\">",
    `<title>${escapeHtml(title)}</title></head>`,
    "<body style=\"font-family:system-ui,-apple-system,sans-serif;font-size:15px;line-height:1.5;color:#18181b;max-width:560px;margin:24px auto;padding:0 16px\">",
    ...body,
    "<p style=\"color:#71717a;font-size:13px\">Sent by Sire.</p>",
    "</body></html>"
  ].join("\n")

/** What a password-reset mail needs. */
export interface PasswordReset {
  readonly publicUrl: string
  readonly to: string
  readonly token: string
  /** How long the token is valid, in minutes. */
  readonly validMinutes: number
}

/** The password-reset mail: a link to the reset page (`/reset-password?token=…`), and the API call for scripts. */
export const passwordReset = (input: PasswordReset): Message => {
  const url = link(input.publicUrl, "/reset-password", { token: input.token })
  const curl = [
    `curl -X POST ${input.publicUrl}/api/v1/auth/reset-password -H 'Content-Type: application/json' \\`,
    `  -d '{"token":"${input.token}","password":"<new password>"}'`
  ].join("\n")
  const subject = "Reset your Sire password"
  return {
    to: input.to,
    subject,
    text: [
      "Someone asked to reset the password of your Sire account.",
      `Choose a new password within ${input.validMinutes} minutes:`,
      "",
      url,
      "",
      "Or with the API:",
      "",
      curl,
      "",
      "If it was not you, ignore this message: your password stays as it is."
    ].join("\n"),
    html: page(subject, [
      p("Someone asked to reset the password of your Sire account."),
      p(`Choose a new password within ${input.validMinutes} minutes: `, a(url, "reset your password"), "."),
      p("Or open this address: ", a(url)),
      p("Or with the API:"),
      pre(curl),
      p("If it was not you, ignore this message: your password stays as it is.")
    ])
  }
}

/** What an invitation mail needs. */
export interface Invitation {
  readonly publicUrl: string
  readonly to: string
  readonly token: string
  readonly role: string
  /** The team's (organization's) name, when known. */
  readonly teamName?: string | undefined
  /** Who invited, when known. */
  readonly inviter?: { readonly name: string; readonly email: string } | undefined
  /** The team's organization id, to log in to it. */
  readonly organizationId: string
  /** How long the invitation is valid, in words (e.g. `7 days`). */
  readonly validFor: string
}

/** The invitation mail: who invites to which team, the token, how to sign up and accept. */
export const invitation = (input: Invitation): Message => {
  const team = input.teamName === undefined ? "a Sire team" : `the team "${input.teamName}"`
  const by = input.inviter === undefined ? "A member" : `${input.inviter.name} (${input.inviter.email})`
  const signup = link(input.publicUrl, "/api/v1/auth/signup")
  const curl = [
    `curl -X POST ${input.publicUrl}/api/v1/teams/invitations/accept -H 'Authorization: Bearer <your access token>' \\`,
    `  -H 'Content-Type: application/json' -d '{"token":"${input.token}"}'`
  ].join("\n")
  const reference = link(input.publicUrl, "/docs/api-reference")
  const subject = input.teamName === undefined ? "You are invited to a Sire team" : `You are invited to ${input.teamName} on Sire`
  return {
    to: input.to,
    subject,
    text: [
      `${by} invited you to join ${team} on Sire as ${input.role}.`,
      `The invitation can be used once, within ${input.validFor}.`,
      "",
      `Invitation token: ${input.token}`,
      "",
      `No Sire account for ${input.to} yet? Sign up first with this email (POST ${signup}).`,
      "Then accept, logged in as yourself:",
      "",
      curl,
      "",
      `To work in the team, log in with "organizationId": "${input.organizationId}".`,
      `The API reference: ${reference}`,
      "If you did not expect this invitation, ignore this message."
    ].join("\n"),
    html: page(subject, [
      p(`${by} invited you to join ${team} on Sire as ${input.role}.`),
      p(`The invitation can be used once, within ${input.validFor}.`),
      p("Invitation token: ", { html: `<code>${escapeHtml(input.token)}</code>` }),
      p(`No Sire account for ${input.to} yet? Sign up first with this email (POST ${signup}). Then accept, logged in as yourself:`),
      pre(curl),
      p(`To work in the team, log in with "organizationId": "${input.organizationId}".`),
      p("The API reference: ", a(reference)),
      p("If you did not expect this invitation, ignore this message.")
    ])
  }
}

/** What a notification mail needs. */
export interface Notification {
  readonly publicUrl: string
  readonly to: string
  readonly title: string
  readonly body: string
}

/** A notification as mail: its title and body, where to read the others, and how to stop these mails. */
export const notification = (input: Notification): Message => {
  const inbox = link(input.publicUrl, "/api/v1/notifications/inbox")
  const preferences = link(input.publicUrl, "/api/v1/notifications/preferences")
  const stop = `curl -X PATCH ${preferences} -H 'Authorization: Bearer <your access token>' \\\n  -H 'Content-Type: application/json' -d '{"email":false}'`
  const subject = `Sire: ${input.title}`.replace(/[\r\n]+/g, " ")
  return {
    to: input.to,
    subject,
    text: [
      input.title,
      "",
      input.body,
      "",
      `Your unread notifications: ${inbox}`,
      "",
      "You receive these mails because you turned them on. To turn them off:",
      "",
      stop
    ].join("\n"),
    html: page(subject, [
      `<h2 style="font-size:18px">${escapeHtml(input.title)}</h2>`,
      p(input.body),
      p("Your unread notifications: ", a(inbox)),
      p("You receive these mails because you turned them on. To turn them off:"),
      pre(stop)
    ])
  }
}
