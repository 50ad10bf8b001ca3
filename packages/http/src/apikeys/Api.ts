/**
 * The API keys group (`/api/v1/apikeys`): create (the key is shown once), list, revoke.
 *
 * @since 0.1.0
 */
import { HttpApiEndpoint, HttpApiGroup, OpenApi } from "@effect/platform"
import { Schema } from "effect"
import { Authentication } from "../auth/Authentication.js"
import { Role } from "../auth/Roles.js"
import { BadRequest, Forbidden, NotFound } from "../Errors.js"
import { IdPath } from "../PathIds.js"
import { Name, PageParams, strict, UnixSeconds } from "../Schemas.js"

/** An API key as listed: never the key itself. */
export const ApiKey = Schema.Struct({
  id: Schema.String,
  name: Schema.String,
  role: Role,
  prefix: Schema.String.annotations({ description: "The key's first characters, to recognise it" }),
  createdBy: Schema.String,
  createdAt: UnixSeconds
})

/** The API key endpoints (admins and owners). */
export class ApiKeysApi extends HttpApiGroup.make("apikeys")
  .add(
    HttpApiEndpoint.post("create", "/api/v1/apikeys")
      .annotateContext(OpenApi.annotations({ identifier: "createApiKey", summary: "Create an API key" }))
      .setPayload(strict(Schema.Struct({
        name: Name,
        role: Schema.optional(Role).annotations({
          description: "The key's role: the caller's by default; it may be lower, never higher (403). The key never acts above its creator's current role."
        })
      })))
      .addSuccess(Schema.Struct({ ...ApiKey.fields, key: Schema.String }), { status: 201 })
      .addError(BadRequest.schema)
      .annotate(
        OpenApi.Description,
        "Creates an API key (`sk_` + 64 hex) that acts as its creator, with the creator's role unless `role` narrows it. The key is in this response only: store it."
      )
  )
  .add(
    HttpApiEndpoint.get("list", "/api/v1/apikeys")
      .annotateContext(OpenApi.annotations({ identifier: "listApiKeys", summary: "List API keys" }))
      .setUrlParams(PageParams)
      .addSuccess(Schema.Array(ApiKey))
      .annotate(OpenApi.Description, "The organization's live API keys, newest first.")
  )
  .add(
    HttpApiEndpoint.del("revoke", "/api/v1/apikeys/:id")
      .annotateContext(OpenApi.annotations({ identifier: "revokeApiKey", summary: "Revoke an API key" }))
      .setPath(IdPath("key", "API key"))
      .addSuccess(Schema.Void, { status: 204 })
      .addError(NotFound.schema)
      .annotate(OpenApi.Description, "Revokes a key: the next request with it is refused.")
  )
  .addError(Forbidden.schema)
  .middleware(Authentication)
  .annotate(OpenApi.Title, "API keys")
  .annotate(OpenApi.Description, "Keys (`sk_…`) for programs: shown once, stored hashed, scoped to the organization, with a role.")
{}
