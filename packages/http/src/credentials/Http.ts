/**
 * Handlers of the credentials group. Values go into the store (which encrypts them) and never
 * come back out: answers carry the metadata only.
 *
 * @since 0.1.0
 */
import { HttpApiBuilder, HttpServerRequest } from "@effect/platform"
import { Clock, Effect } from "effect"
import { SireApi } from "../Api.js"
import { audited } from "../audit/Audited.js"
import { authorize } from "../auth/Principal.js"
import { internal, notFound } from "../Errors.js"
import { defaultLimit, pageResponse, seconds } from "../Schemas.js"
import { type Credential, Credentials } from "./Credentials.js"

const show = (credential: Credential) => ({
  ...credential,
  createdAt: seconds(credential.createdAt),
  updatedAt: seconds(credential.updatedAt)
})

/** Hosts lower-cased, each once, in the order given. */
const hostsOf = (hosts: ReadonlyArray<string>) => [...new Set(hosts.map((host) => host.toLowerCase()))]

/** The credentials group's handlers. */
export const CredentialsLive = HttpApiBuilder.group(SireApi, "credentials", (handlers) =>
  Effect.gen(function*() {
    const credentials = yield* Credentials
    return handlers
      .handle("create", ({ payload }) =>
        audited({ action: "credential.created", resourceType: "credential", resourceId: (created) => created.id }, Effect.gen(function*() {
          const principal = yield* authorize("credentials.write")
          const created = yield* credentials.create(principal.organizationId, {
            name: payload.name,
            type: payload.type,
            value: payload.value,
            allowedHosts: hostsOf(payload.allowedHosts)
          }, yield* Clock.currentTimeMillis)
          return show(created)
        }).pipe(Effect.catchTag("SqlError", internal))))
      .handle("list", ({ urlParams }) =>
        Effect.gen(function*() {
          const principal = yield* authorize("credentials.read")
          const request = yield* HttpServerRequest.HttpServerRequest
          const page = yield* credentials.list(principal.organizationId, urlParams.limit ?? defaultLimit, urlParams.cursor)
          return pageResponse(page.items.map(show), page.nextCursor, request.url)
        }).pipe(Effect.catchTag("SqlError", internal)))
      .handle("get", ({ path }) =>
        Effect.gen(function*() {
          const principal = yield* authorize("credentials.read")
          const credential = yield* credentials.get(principal.organizationId, path.id)
          if (credential === undefined) return yield* notFound(`credential ${path.id} not found`)
          return show(credential)
        }).pipe(Effect.catchTag("SqlError", internal)))
      .handle("update", ({ path, payload }) =>
        audited({ action: "credential.updated", resourceType: "credential", resourceId: path.id }, Effect.gen(function*() {
          const principal = yield* authorize("credentials.write")
          const updated = yield* credentials.update(principal.organizationId, path.id, {
            ...(payload.name !== undefined ? { name: payload.name } : {}),
            ...(payload.type !== undefined ? { type: payload.type } : {}),
            ...(payload.value !== undefined ? { value: payload.value } : {}),
            ...(payload.allowedHosts !== undefined ? { allowedHosts: hostsOf(payload.allowedHosts) } : {})
          }, yield* Clock.currentTimeMillis)
          if (updated === undefined) return yield* notFound(`credential ${path.id} not found`)
          return show(updated)
        }).pipe(Effect.catchTag("SqlError", internal))))
      .handle("delete", ({ path }) =>
        audited({ action: "credential.deleted", resourceType: "credential", resourceId: path.id }, Effect.gen(function*() {
          const principal = yield* authorize("credentials.write")
          const removed = yield* credentials.remove(principal.organizationId, path.id)
          if (!removed) return yield* notFound(`credential ${path.id} not found`)
        }).pipe(Effect.catchTag("SqlError", internal))))
  }))
