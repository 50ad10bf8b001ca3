/**
 * Handlers of the teams group.
 *
 * @since 0.1.0
 */
import { HttpApiBuilder, HttpServerRequest } from "@effect/platform"
import * as SqlClient from "@effect/sql/SqlClient"
import { Clock, Effect, Option } from "effect"
import { SireApi } from "../Api.js"
import { audited, auditedFailures, succeeded } from "../audit/Audited.js"
import { Accounts, normalizeEmail } from "../auth/Accounts.js"
import { Mailer, sendingWith } from "../auth/Mailer.js"
import { authorize, CurrentPrincipal } from "../auth/Principal.js"
import { atLeast } from "../auth/Roles.js"
import { digest, opaque } from "../auth/Tokens.js"
import { BadRequest, Forbidden, internal, notFound } from "../Errors.js"
import * as Templates from "../mail/Templates.js"
import { Notifications } from "../notifications/Notifications.js"
import { defaultLimit, pageResponse, seconds } from "../Schemas.js"
import { Settings } from "../Settings.js"
import { teamCaller } from "./TeamAccess.js"
import { type Member, type Team, Teams } from "./Teams.js"

/** How long an invitation is valid unless the settings say otherwise: 7 days. */
export const defaultInvitationTtlMs = 7 * 24 * 3_600_000

const showTeam = (team: Team) => ({
  id: team.id,
  name: team.name,
  plan: team.plan,
  role: team.role,
  createdAt: seconds(team.createdAt)
})

const showMember = (member: Member) => ({ ...member, joinedAt: seconds(member.joinedAt) })

/** What an invitation to team `organizationId` is, in the audit log. */
const invited = (organizationId: string) => ({ action: "member.invited", resourceType: "invitation", organizationId })

/** The teams group's handlers. */
export const TeamsLive = HttpApiBuilder.group(SireApi, "teams", (handlers) =>
  Effect.gen(function*() {
    const teams = yield* Teams
    const accounts = yield* Accounts
    const mailer = yield* Mailer
    const sql = yield* SqlClient.SqlClient
    const notifications = yield* Notifications
    const settings = yield* Settings
    const invitationTtlMs = settings.invitationTtlMs ?? defaultInvitationTtlMs

    return handlers
      .handle("list", ({ urlParams }) =>
        Effect.gen(function*() {
          const principal = yield* authorize("teams.read")
          const request = yield* HttpServerRequest.HttpServerRequest
          if (principal.apiKeyId !== undefined) {
            // A key belongs to its organization alone: it sees that team, with the key's role.
            const organization = urlParams.cursor === undefined ? yield* teams.organization(principal.organizationId) : Option.none()
            const listed = Option.toArray(Option.map(organization, (o) => ({ ...o, role: principal.role, createdAt: seconds(o.createdAt) })))
            return pageResponse(listed, undefined, request.url)
          }
          const page = yield* teams.list(principal.userId, urlParams.limit ?? defaultLimit, urlParams.cursor)
          return pageResponse(page.items.map(showTeam), page.nextCursor, request.url)
        }).pipe(Effect.catchTag("SqlError", internal)))
      .handle("create", ({ payload }) =>
        Effect.gen(function*() {
          const principal = yield* CurrentPrincipal
          if (principal.apiKeyId !== undefined) {
            return yield* Effect.fail(new Forbidden({ error: "an API key belongs to one organization: only users create teams" }))
          }
          return showTeam(yield* teams.create(principal.userId, payload.name, yield* Clock.currentTimeMillis))
        }).pipe(Effect.catchTag("SqlError", internal)))
      .handle("accept", ({ payload }) =>
        Effect.gen(function*() {
          const principal = yield* CurrentPrincipal
          if (principal.apiKeyId !== undefined) {
            return yield* Effect.fail(new Forbidden({ error: "accept an invitation as the invited user (a session), not with an API key" }))
          }
          const acceptance = yield* teams.accept(digest(payload.token), principal.userId, yield* Clock.currentTimeMillis)
          switch (acceptance._tag) {
            case "Accepted":
              return showTeam(acceptance.team)
            case "Invalid":
              return yield* Effect.fail(new BadRequest({ error: "invalid, expired or already used invitation" }))
            case "OtherEmail":
              return yield* Effect.fail(new Forbidden({ error: "this invitation is for another email address" }))
            case "AlreadyMember":
              return yield* Effect.fail(new BadRequest({ error: "you are already a member of this team" }))
          }
        }).pipe(Effect.catchTag("SqlError", internal)))
      .handle("members", ({ path, urlParams }) =>
        Effect.gen(function*() {
          const principal = yield* teamCaller(path.id, "teams.read")
          const request = yield* HttpServerRequest.HttpServerRequest
          const page = yield* teams.members(principal.organizationId, urlParams.limit ?? defaultLimit, urlParams.cursor)
          return pageResponse(page.items.map(showMember), page.nextCursor, request.url)
        }).pipe(Effect.catchTag("SqlError", internal)))
      .handle("invite", ({ path, payload }) =>
        auditedFailures(invited(path.id), Effect.gen(function*() {
          const principal = yield* teamCaller(path.id, "members.manage")
          const role = payload.role ?? "member"
          if (!atLeast(principal.role, role)) {
            return yield* Effect.fail(new Forbidden({ error: `cannot invite with the ${role} role: yours is ${principal.role}` }))
          }
          const email = normalizeEmail(payload.email)
          const token = opaque("ivt_")
          const now = yield* Clock.currentTimeMillis
          const inviter = yield* accounts.profile(principal.userId, principal.organizationId)
          const days = Math.round(invitationTtlMs / 86_400_000)
          // The invitation and its mail are written together (Mailer.sendingWith).
          const inviting = yield* sendingWith(sql, mailer, Effect.map(
            sql.withTransaction(Effect.tap(
              teams.invite(principal.organizationId, { email, role, invitedBy: principal.userId }, digest(token), now, now + invitationTtlMs),
              (inviting) => inviting._tag === "AlreadyMember" ? Effect.void : succeeded(invited(path.id), inviting.invitation.id)
            )),
            (inviting) => [inviting, inviting._tag === "AlreadyMember" ? [] : [Templates.invitation({
              publicUrl: settings.publicUrl,
              to: email,
              token,
              role,
              teamName: Option.getOrUndefined(Option.map(inviter, (p) => p.organization.name)),
              inviter: Option.getOrUndefined(Option.map(inviter, (p) => ({ name: p.name, email: p.email }))),
              organizationId: principal.organizationId,
              validFor: days >= 1 ? `${days} days` : `${Math.max(1, Math.round(invitationTtlMs / 60_000))} minutes`
            })]] as const
          ))
          if (inviting._tag === "AlreadyMember") {
            return yield* Effect.fail(new BadRequest({ error: `${email} is already a member of this team` }))
          }
          const team = Option.match(inviter, { onNone: () => "a Sire team", onSome: (p) => `the team "${p.organization.name}"` })
          const by = Option.match(inviter, { onNone: () => "A member", onSome: (p) => `${p.name} (${p.email})` })
          const invitee = yield* accounts.byEmail(email)
          if (Option.isSome(invitee)) {
            yield* notifications.notify({
              organizationId: invitee.value.organizationId,
              userId: invitee.value.userId,
              kind: "invitation",
              title: `Invitation to ${team}`,
              body: `${by} invited you as ${role}. The token is in the mail sent to ${email}.`,
              data: { organizationId: principal.organizationId, invitationId: inviting.invitation.id, role },
              dedupeKey: `invitation:${inviting.invitation.id}`
            })
          }
          return {
            id: inviting.invitation.id,
            email,
            role,
            expiresAt: seconds(inviting.invitation.expiresAt)
          }
        }).pipe(Effect.catchTag("SqlError", internal))))
      .handle("changeRole", ({ path, payload }) =>
        audited({ action: "member.role_changed", resourceType: "member", resourceId: path.userId, organizationId: path.id, changes: "auth" }, Effect.gen(function*() {
          const principal = yield* teamCaller(path.id, "members.manage")
          const change = yield* teams.changeRole(principal.organizationId, path.userId, payload.role, principal.role)
          switch (change._tag) {
            case "Changed":
              return showMember(change.member)
            case "NotMember":
              return yield* notFound(`member ${path.userId} not found`)
            case "Outranked":
              return yield* Effect.fail(new Forbidden({ error: `only an owner can change a role to or from ${change.role}` }))
            case "LastOwner":
              return yield* Effect.fail(new BadRequest({ error: "the last owner of a team cannot be demoted: make another member owner first" }))
          }
        }).pipe(Effect.catchTag("SqlError", internal))))
      .handle("invitations", ({ path, urlParams }) =>
        Effect.gen(function*() {
          const principal = yield* teamCaller(path.id, "members.manage")
          const request = yield* HttpServerRequest.HttpServerRequest
          const page = yield* teams.invitations(principal.organizationId, yield* Clock.currentTimeMillis, urlParams.limit ?? defaultLimit, urlParams.cursor)
          return pageResponse(
            page.items.map((i) => ({ ...i, createdAt: seconds(i.createdAt), expiresAt: seconds(i.expiresAt) })),
            page.nextCursor,
            request.url
          )
        }).pipe(Effect.catchTag("SqlError", internal)))
      .handle("revokeInvitation", ({ path }) =>
        audited({ action: "member.invitation_revoked", resourceType: "invitation", resourceId: path.invitationId, organizationId: path.id }, Effect.gen(function*() {
          const principal = yield* teamCaller(path.id, "members.manage")
          const revoked = yield* teams.revokeInvitation(principal.organizationId, path.invitationId, yield* Clock.currentTimeMillis)
          if (!revoked) return yield* notFound(`invitation ${path.invitationId} not found`)
        }).pipe(Effect.catchTag("SqlError", internal))))
      .handle("remove", ({ path }) =>
        audited({ action: "member.removed", resourceType: "member", resourceId: path.userId, organizationId: path.id, changes: "auth" }, Effect.gen(function*() {
          const principal = yield* teamCaller(path.id, "members.manage")
          const removal = yield* teams.remove(principal.organizationId, path.userId, principal.role, yield* Clock.currentTimeMillis)
          switch (removal._tag) {
            case "Removed":
              return
            case "NotMember":
              return yield* notFound(`member ${path.userId} not found`)
            case "Outranked":
              return yield* Effect.fail(new Forbidden({ error: `only an owner can remove a member with the ${removal.role} role` }))
            case "LastOwner":
              return yield* Effect.fail(
                new BadRequest({ error: "the last owner of a team cannot be removed: invite another owner first" })
              )
          }
        }).pipe(Effect.catchTag("SqlError", internal))))
  }))
