/**
 * Handlers of the API keys group.
 *
 * @since 0.1.0
 */
import { HttpApiBuilder, HttpServerRequest } from "@effect/platform"
import { Clock, Effect } from "effect"
import { SireApi } from "../Api.js"
import { audited } from "../audit/Audited.js"
import { authorize } from "../auth/Principal.js"
import { atLeast } from "../auth/Roles.js"
import { Forbidden, internal, notFound } from "../Errors.js"
import { defaultLimit, pageResponse, seconds } from "../Schemas.js"
import { type ApiKey, ApiKeys } from "./ApiKeys.js"

const show = (key: ApiKey) => ({ ...key, createdAt: seconds(key.createdAt) })

/** The API keys group's handlers. */
export const ApiKeysLive = HttpApiBuilder.group(SireApi, "apikeys", (handlers) =>
  Effect.gen(function*() {
    const keys = yield* ApiKeys
    return handlers
      .handle("create", ({ payload }) =>
        audited({ action: "api_key.created", resourceType: "api_key", resourceId: (created) => created.id }, Effect.gen(function*() {
          const principal = yield* authorize("apikeys.write")
          const role = payload.role ?? principal.role
          if (!atLeast(principal.role, role)) {
            return yield* Effect.fail(new Forbidden({ error: `cannot create a key with the ${role} role: yours is ${principal.role}` }))
          }
          const created = yield* keys.create(principal.organizationId, {
            name: payload.name,
            role,
            createdBy: principal.userId
          }, yield* Clock.currentTimeMillis)
          return { ...show(created.key), key: created.secret }
        }).pipe(Effect.catchTag("SqlError", internal))))
      .handle("list", ({ urlParams }) =>
        Effect.gen(function*() {
          const principal = yield* authorize("apikeys.read")
          const request = yield* HttpServerRequest.HttpServerRequest
          const page = yield* keys.list(principal.organizationId, urlParams.limit ?? defaultLimit, urlParams.cursor)
          return pageResponse(page.items.map(show), page.nextCursor, request.url)
        }).pipe(Effect.catchTag("SqlError", internal)))
      .handle("revoke", ({ path }) =>
        audited({ action: "api_key.revoked", resourceType: "api_key", resourceId: path.id, changes: "auth" }, Effect.gen(function*() {
          const principal = yield* authorize("apikeys.write")
          const revoked = yield* keys.revoke(principal.organizationId, path.id, yield* Clock.currentTimeMillis)
          if (!revoked) return yield* notFound(`API key ${path.id} not found`)
        }).pipe(Effect.catchTag("SqlError", internal))))
  }))
