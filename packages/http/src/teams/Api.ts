/**
 * The teams group (`/api/v1/teams`): a team is an organization. List the caller's teams, create
 * one, list its members, invite by email (a single-use token, mailed), accept an invitation, and
 * remove a member. `/teams/:id/...` acts with the caller's own membership in that team (their role
 * there), whichever organization their session was opened in; an API key reaches only its own
 * organization. A team the caller is not in is a 404.
 *
 * @since 0.1.0
 */
import { HttpApiEndpoint, HttpApiGroup, OpenApi } from "@effect/platform"
import { Schema } from "effect"
import { Email, Secret } from "../auth/Api.js"
import { Authentication } from "../auth/Authentication.js"
import { Role } from "../auth/Roles.js"
import { BadRequest, Forbidden, NotFound } from "../Errors.js"
import { GeneratedId } from "../PathIds.js"
import { Name, PageParams, strict, UnixSeconds } from "../Schemas.js"

/** A team (organization) with the caller's role in it. */
export const Team = Schema.Struct({
  id: Schema.String.annotations({ description: "The organization id (`org_…`)" }),
  name: Schema.String,
  plan: Schema.String,
  role: Role.annotations({ description: "The caller's role in the team" }),
  createdAt: UnixSeconds
})

/** A member of a team. */
export const Member = Schema.Struct({
  userId: Schema.String,
  email: Schema.String,
  name: Schema.String,
  role: Role,
  joinedAt: UnixSeconds
})

/** An invitation as created (its token goes to the invited email only). */
export const Invitation = Schema.Struct({
  id: Schema.String,
  email: Schema.String,
  role: Role,
  expiresAt: UnixSeconds
})

/** A pending invitation, as admins list it (never its token). */
export const PendingInvitation = Schema.Struct({
  id: Schema.String,
  email: Schema.String,
  role: Role,
  invitedBy: Schema.String.annotations({ description: "The inviting user's id" }),
  createdAt: UnixSeconds,
  expiresAt: UnixSeconds
})

const TeamId = GeneratedId("org", "team")
const TeamPath = Schema.Struct({ id: TeamId })
const MemberPath = Schema.Struct({ id: TeamId, userId: GeneratedId("usr", "member") })

/** The teams endpoints. */
export class TeamsApi extends HttpApiGroup.make("teams")
  .add(
    HttpApiEndpoint.get("list", "/api/v1/teams")
      .annotateContext(OpenApi.annotations({ identifier: "listTeams", summary: "List your teams" }))
      .setUrlParams(PageParams)
      .addSuccess(Schema.Array(Team))
      .annotate(
        OpenApi.Description,
        "The teams the calling user belongs to, with their role in each, in the order joined. With an API key: the key's organization only."
      )
  )
  .add(
    HttpApiEndpoint.post("create", "/api/v1/teams")
      .annotateContext(OpenApi.annotations({ identifier: "createTeam", summary: "Create a team" }))
      .setPayload(strict(Schema.Struct({ name: Name })))
      .addSuccess(Team, { status: 201 })
      .addError(BadRequest.schema)
      .annotate(
        OpenApi.Description,
        "Creates a team (an organization on the free plan) with the caller as its owner. Users only: an API key belongs to one organization (403)."
      )
  )
  .add(
    HttpApiEndpoint.post("accept", "/api/v1/teams/invitations/accept")
      .annotateContext(OpenApi.annotations({ identifier: "acceptInvitation", summary: "Accept an invitation" }))
      .setPayload(strict(Schema.Struct({ token: Secret })))
      .addSuccess(Team)
      .addError(BadRequest.schema)
      .annotate(
        OpenApi.Description,
        "Accepts an invitation (single use, 7 days) as the invited user: the caller's email must be the invitation's (403 otherwise). " +
          "Its `/api/v1/teams/:id/...` endpoints answer at once; to work with its workflows, log in with its id as `organizationId`."
      )
  )
  .add(
    HttpApiEndpoint.get("members", "/api/v1/teams/:id/members")
      .annotateContext(OpenApi.annotations({ identifier: "listTeamMembers", summary: "List a team's members" }))
      .setPath(TeamPath)
      .setUrlParams(PageParams)
      .addSuccess(Schema.Array(Member))
      .addError(NotFound.schema)
      .annotate(OpenApi.Description, "The team's members, in the order joined.")
  )
  .add(
    HttpApiEndpoint.post("invite", "/api/v1/teams/:id/members")
      .annotateContext(OpenApi.annotations({ identifier: "inviteTeamMember", summary: "Invite a member" }))
      .setPath(TeamPath)
      .setPayload(strict(Schema.Struct({
        email: Email,
        role: Schema.optional(Role).annotations({ description: "The role to join with; `member` by default, at most the inviter's" })
      })))
      .addSuccess(Invitation, { status: 201 })
      .addError(BadRequest.schema)
      .addError(NotFound.schema)
      .annotate(
        OpenApi.Description,
        "Invites an email to the team (admins and owners): mails a single-use token valid for 7 days, to accept at `/api/v1/teams/invitations/accept`."
      )
  )
  .add(
    HttpApiEndpoint.patch("changeRole", "/api/v1/teams/:id/members/:userId")
      .annotateContext(OpenApi.annotations({ identifier: "changeTeamMemberRole", summary: "Change a member's role" }))
      .setPath(MemberPath)
      .setPayload(strict(Schema.Struct({ role: Role })))
      .addSuccess(Member)
      .addError(BadRequest.schema)
      .addError(NotFound.schema)
      .annotate(
        OpenApi.Description,
        "Changes a member's role (admins and owners, ranking at least both the old and the new role; never demoting the last owner, 400). " +
          "Takes effect on the member's next request; their API keys in the team are capped at the new role."
      )
  )
  .add(
    HttpApiEndpoint.get("invitations", "/api/v1/teams/:id/invitations")
      .annotateContext(OpenApi.annotations({ identifier: "listTeamInvitations", summary: "List pending invitations" }))
      .setPath(TeamPath)
      .setUrlParams(PageParams)
      .addSuccess(Schema.Array(PendingInvitation))
      .addError(NotFound.schema)
      .annotate(OpenApi.Description, "The team's pending invitations (not used, not expired), oldest first (admins and owners).")
  )
  .add(
    HttpApiEndpoint.del("revokeInvitation", "/api/v1/teams/:id/invitations/:invitationId")
      .annotateContext(OpenApi.annotations({ identifier: "revokeTeamInvitation", summary: "Withdraw an invitation" }))
      .setPath(Schema.Struct({ id: TeamId, invitationId: GeneratedId("inv", "invitation") }))
      .addSuccess(Schema.Void, { status: 204 })
      .addError(NotFound.schema)
      .annotate(OpenApi.Description, "Withdraws a pending invitation: its token stops working at once (admins and owners).")
  )
  .add(
    HttpApiEndpoint.del("remove", "/api/v1/teams/:id/members/:userId")
      .annotateContext(OpenApi.annotations({ identifier: "removeTeamMember", summary: "Remove a member" }))
      .setPath(MemberPath)
      .addSuccess(Schema.Void, { status: 204 })
      .addError(BadRequest.schema)
      .addError(NotFound.schema)
      .annotate(
        OpenApi.Description,
        "Removes a member (admins and owners; only an owner removes an owner; never the last owner, 400) and ends their sessions and revokes their API keys in the team at once."
      )
  )
  .addError(Forbidden.schema)
  .middleware(Authentication)
  .annotate(OpenApi.Title, "Teams")
  .annotate(
    OpenApi.Description,
    "Teams (organizations) you belong to: members, roles and invitations. `/api/v1/teams/:id/...` acts with your role in that team, " +
      "from a session opened in any organization; an API key reaches only its own. A team you are not in is a 404."
  )
{}
