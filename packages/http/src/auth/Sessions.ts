/**
 * Opening a session for a signed-in user: a refresh token (stored as its SHA-256) and an access
 * token, the answer of every way in (`login`, `signup`, the provider sign-in's code exchange).
 *
 * @since 0.1.0
 */
import type { SqlError } from "@effect/sql/SqlError"
import { Clock, Effect } from "effect"
import type { Settings } from "../Settings.js"
import type { Accounts } from "./Accounts.js"
import { type AccessToken, digest, opaque, type Tokens } from "./Tokens.js"

/** Opens a session of `userId` in `organizationId`: its access token, expiry and refresh token. */
export const open = (
  services: { readonly accounts: Accounts["Type"]; readonly tokens: Tokens["Type"]; readonly settings: Settings },
  userId: string,
  organizationId: string
): Effect.Effect<AccessToken & { readonly refreshToken: string }, SqlError> =>
  Effect.gen(function*() {
    const refreshToken = opaque("rt_")
    const now = yield* Clock.currentTimeMillis
    const sessionId = yield* services.accounts.openSession(userId, organizationId, digest(refreshToken), now, services.settings.refreshTtlMs)
    const access = yield* services.tokens.issue({ userId, organizationId, sessionId })
    return { ...access, refreshToken }
  })
