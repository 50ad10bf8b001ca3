/**
 * Handlers of the webhooks group. The signing secret is answered by `create` only; the store keeps
 * it sealed. A URL the egress guard refuses (`EgressGuard.check`, the policy deliveries go by) is a
 * 400 at registration rather than failed deliveries later.
 *
 * @since 0.1.0
 */
import { HttpApiBuilder, HttpServerRequest } from "@effect/platform"
import { Clock, Effect } from "effect"
import { SireApi } from "../Api.js"
import { audited, auditedAfter } from "../audit/Audited.js"
import { authorize } from "../auth/Principal.js"
import { EgressGuard } from "@sire/nodes/EgressGuard"
import { badRequest, internal, notFound } from "../Errors.js"
import { defaultLimit, pageResponse, seconds } from "../Schemas.js"
import { type Endpoint, Webhooks } from "./Webhooks.js"

/** An endpoint as the API shows it (times in unix seconds). */
const show = (endpoint: Endpoint) => ({
  id: endpoint.id,
  url: endpoint.url,
  events: endpoint.events,
  enabled: endpoint.enabled,
  failureCount: endpoint.failureCount,
  ...(endpoint.lastError !== undefined ? { lastError: endpoint.lastError } : {}),
  ...(endpoint.lastAttemptAt !== undefined ? { lastAttemptAt: seconds(endpoint.lastAttemptAt) } : {}),
  ...(endpoint.disabledAt !== undefined ? { disabledAt: seconds(endpoint.disabledAt) } : {}),
  createdAt: seconds(endpoint.createdAt)
})

/** The webhooks group's handlers. */
export const WebhooksLive = HttpApiBuilder.group(SireApi, "webhooks", (handlers) =>
  Effect.gen(function*() {
    const webhooks = yield* Webhooks
    const egress = yield* EgressGuard
    return handlers
      .handle("create", ({ payload }) =>
        auditedAfter(
          { action: "webhook.created", resourceType: "webhook", resourceId: (created: { readonly id: string }) => created.id, changes: "webhooks" },
          Effect.gen(function*() {
            const principal = yield* authorize("webhooks.write")
            yield* egress.check(payload.url).pipe(
              Effect.catchTag("EgressError", (error) =>
                badRequest(`url is refused by the egress guard: ${error.message}`, [{ path: "url", message: error.message }]))
            )
            return principal
          }),
          (principal) =>
            Effect.gen(function*() {
              const events = [...new Set(payload.events)]
              const created = yield* webhooks.create(principal.organizationId, { url: payload.url, events }, yield* Clock.currentTimeMillis)
              return { ...show(created), secret: created.secret }
            }).pipe(Effect.catchTag("SqlError", internal))
        ))
      .handle("list", ({ urlParams }) =>
        Effect.gen(function*() {
          const principal = yield* authorize("webhooks.read")
          const request = yield* HttpServerRequest.HttpServerRequest
          const page = yield* webhooks.list(principal.organizationId, urlParams.limit ?? defaultLimit, urlParams.cursor)
          return pageResponse(page.items.map(show), page.nextCursor, request.url)
        }).pipe(Effect.catchTag("SqlError", internal)))
      .handle("delete", ({ path }) =>
        audited({ action: "webhook.deleted", resourceType: "webhook", resourceId: path.id, changes: "webhooks" }, Effect.gen(function*() {
          const principal = yield* authorize("webhooks.write")
          const removed = yield* webhooks.remove(principal.organizationId, path.id)
          if (!removed) return yield* notFound(`webhook ${path.id} not found`)
        }).pipe(Effect.catchTag("SqlError", internal))))
  }))
