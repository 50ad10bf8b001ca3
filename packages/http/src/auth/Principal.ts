/**
 * Who is calling: a user through a session (JWT) or an API key, always within one organization.
 *
 * @since 0.1.0
 */
import { Context, Effect } from "effect"
import type { OrganizationId } from "@sire/core/Id"
import { Forbidden } from "../Errors.js"
import { allows, type Permission, permissions, type Role } from "./Roles.js"

/** The authenticated caller. */
export interface Principal {
  readonly organizationId: OrganizationId
  readonly role: Role
  /** The organization's plan (its quota). */
  readonly plan: string
  /** The user, for sessions and for keys (the key's creator). */
  readonly userId: string
  /** The session behind a JWT. */
  readonly sessionId?: string
  /** The API key used, if any. */
  readonly apiKeyId?: string
}

/** The caller of the request being handled (provided by the `Authentication` middleware). */
export class CurrentPrincipal extends Context.Tag("@sire/http/CurrentPrincipal")<CurrentPrincipal, Principal>() {}

/** The caller, if its role allows `permission`; 403 otherwise. */
export const authorize = (permission: Permission): Effect.Effect<Principal, Forbidden, CurrentPrincipal> =>
  Effect.flatMap(CurrentPrincipal, (principal) =>
    allows(principal.role, permission)
      ? Effect.succeed(principal)
      : Effect.fail(new Forbidden({ error: `this action needs the ${permissions[permission]} role or higher` })))
