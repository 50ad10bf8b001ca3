/**
 * Who may act on a team through `/api/v1/teams/:id/...`: a user with a session acts with their own
 * membership in that team (its role there), whichever organization the session was opened in; an
 * API key only on its own organization, with the key's role. Anyone else gets the 404 an unknown
 * team gets, so a team's existence is not revealed.
 *
 * @since 0.1.0
 */
import type { SqlError } from "@effect/sql/SqlError"
import { Effect, Option } from "effect"
import { CurrentPrincipal } from "../auth/Principal.js"
import { allows, type Permission, permissions, type Role } from "../auth/Roles.js"
import { Forbidden, type NotFound, notFound } from "../Errors.js"
import { Teams } from "./Teams.js"

/** The caller as a member of one team: the team, the user, and their role in it. */
export interface TeamCaller {
  readonly organizationId: string
  readonly userId: string
  readonly role: Role
}

/** The caller's membership in team `id` if its role allows `permission`: 404 when they are not in it (or a key of another organization), 403 when the role is too low. */
export const teamCaller = (
  id: string,
  permission: Permission
): Effect.Effect<TeamCaller, NotFound | Forbidden | SqlError, CurrentPrincipal | Teams> =>
  Effect.gen(function*() {
    const principal = yield* CurrentPrincipal
    const member: Option.Option<TeamCaller> = principal.organizationId === id
      ? Option.some({ organizationId: id, userId: principal.userId, role: principal.role })
      : principal.apiKeyId !== undefined
      ? Option.none()
      : Option.map(yield* (yield* Teams).team(id, principal.userId), (team) => ({ organizationId: id, userId: principal.userId, role: team.role }))
    if (Option.isNone(member)) return yield* notFound(`team ${id} not found`)
    if (!allows(member.value.role, permission)) {
      return yield* Effect.fail(new Forbidden({ error: `this action needs the ${permissions[permission]} role or higher` }))
    }
    return member.value
  })
