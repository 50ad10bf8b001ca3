/**
 * Roles and the table of what each action needs. A role can do everything the roles below it can:
 * viewer < member < admin < owner.
 *
 * @since 0.1.0
 */
import { Schema } from "effect"

/** A member's role in an organization. */
export const Role = Schema.Literal("owner", "admin", "member", "viewer")
/** A member's role in an organization. */
export type Role = typeof Role.Type

const rank: Record<Role, number> = { viewer: 0, member: 1, admin: 2, owner: 3 }

/** The least role each action needs. */
export const permissions = {
  "workflows.read": "viewer",
  "workflows.write": "member",
  "executions.read": "viewer",
  "executions.start": "member",
  "executions.cancel": "member",
  "apikeys.read": "admin",
  "apikeys.write": "admin",
  "credentials.read": "member",
  "credentials.write": "admin",
  "teams.read": "viewer",
  "members.manage": "admin",
  "notifications.read": "viewer",
  "webhooks.read": "member",
  "webhooks.write": "admin",
  "billing.read": "viewer",
  "billing.manage": "admin",
  "chat.read": "viewer",
  "chat.write": "member",
  "chat.deploy": "admin",
  "marketplace.read": "member",
  "marketplace.manage": "admin",
  "usage.read": "viewer",
  "retention.read": "viewer",
  "retention.write": "admin",
  "schedules.read": "viewer",
  "schedules.write": "member",
  "audit.read": "admin"
} as const satisfies Record<string, Role>

/** An action guarded by a role. */
export type Permission = keyof typeof permissions

/** Whether `role` is `least` or above it. */
export const atLeast = (role: Role, least: Role): boolean => rank[role] >= rank[least]

/** Whether `role` may perform `permission`. */
export const allows = (role: Role, permission: Permission): boolean => atLeast(role, permissions[permission])
