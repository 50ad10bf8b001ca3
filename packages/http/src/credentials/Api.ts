/**
 * The credentials group (`/api/v1/credentials`): store (the value is encrypted at rest), list,
 * delete. No endpoint ever answers a credential's value.
 *
 * @since 0.1.0
 */
import { HttpApiEndpoint, HttpApiGroup, OpenApi } from "@effect/platform"
import { Schema } from "effect"
import { Authentication } from "../auth/Authentication.js"
import { BadRequest, Forbidden, NotFound } from "../Errors.js"
import { IdPath } from "../PathIds.js"
import { Name, PageParams, strict, UnixSeconds } from "../Schemas.js"
import { types } from "./Credentials.js"

/** A credential type: `bearer` (a token string), `api_key` (a key, or `{ key, header }`), `basic` (`{ username, password }`), `header` (`{ name, value }`), `oauth2`, `custom`. */
export const CredentialType = Schema.Literal(...types).annotations({
  description: "How the `http` node applies the value: `bearer` (a token string: `Authorization: Bearer <token>`), " +
    "`api_key` (a key string: `Authorization: Bearer <key>`; or `{ key, header }`: the key alone in that header, e.g. `X-API-Key`), " +
    "`basic` (`{ username, password }`: `Authorization: Basic …`), `header` (`{ name, value }`: that one header), " +
    "`oauth2` (a token or `{ accessToken }`: `Authorization: Bearer <token>`), `custom` (an object of header names to strings)"
})

const label = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/
const ipv4 = /^(?:25[0-5]|2[0-4]\d|1?\d?\d)(?:\.(?:25[0-5]|2[0-4]\d|1?\d?\d)){3}$/

/** Whether `host` (lower case) is a DNS hostname (dot-separated labels of letters, digits and inner hyphens, not all-numeric last) or an IPv4 address. */
export const isHostname = (host: string): boolean => {
  if (ipv4.test(host)) return true
  const labels = host.split(".")
  return host.length <= 253 && labels.every((part) => label.test(part)) && !/^\d+$/.test(labels[labels.length - 1]!)
}

/** A hostname a credential may be sent to (compared case-insensitively): no scheme, port, path or wildcard. */
export const Hostname = Schema.String.pipe(
  Schema.filter((host) => isHostname(host.toLowerCase()) || "must be a hostname such as api.example.com (no scheme, port, path or wildcard)", {
    jsonSchema: { format: "hostname" }
  })
).annotations({ description: "A hostname such as `api.example.com` (no scheme, port, path or wildcard)" })

/** A credential's value: any JSON but `null` or an empty string. Failures never echo it. */
export const CredentialValue = Schema.Unknown.pipe(
  Schema.filter((value) =>
    value === undefined
      ? "is missing"
      : value === null
      ? "must not be null"
      : value === ""
      ? "must not be empty"
      : true, { jsonSchema: {} })
).annotations({ description: "The secret: any JSON value (a token string, or an object such as `{ \"username\", \"password\" }`), never answered" })

/** A credential as answered: never its value. */
export const Credential = Schema.Struct({
  id: Schema.String.annotations({ description: "`cred_…`" }),
  name: Schema.String,
  type: CredentialType,
  allowedHosts: Schema.Array(Schema.String).annotations({
    description: "The only hostnames the value may be sent to; empty: it is sent nowhere (e.g. a webhook trigger's signing secret)"
  }),
  createdAt: UnixSeconds,
  updatedAt: UnixSeconds
}).annotations({ identifier: "Credential" })

/** The hostnames a credential may be sent to: at most 100; `[]` sends it nowhere. */
export const AllowedHosts = Schema.Array(Hostname).pipe(Schema.maxItems(100)).annotations({
  description: "The only hostnames the value may be sent to (at most 100); `[]`: it is sent nowhere " +
    "(e.g. a webhook trigger's signing secret, which only verifies deliveries)"
})

/**
 * The body of `POST /api/v1/credentials`. `allowedHosts` is required: a member who may use a
 * credential cannot read it, and must not be able to send it to a host of their choosing either.
 * A body that is not an object is refused without being echoed.
 */
export const CreateCredential = strict(Schema.Struct({
  name: Name,
  type: CredentialType,
  value: CredentialValue,
  allowedHosts: Schema.propertySignature(AllowedHosts).annotations({
    missingMessage: () => "is required: the hostnames the value may be sent to, such as [\"api.example.com\"] ([] to send it nowhere)"
  })
}).annotations({ message: () => "must be a JSON object with name, type, value and allowedHosts" }))

/**
 * The body of `PATCH /api/v1/credentials/:id`: any of name, value (rotation), allowedHosts; a new
 * `type` only together with a new value (the old value would not fit it).
 */
export const UpdateCredential = strict(Schema.Struct({
  name: Schema.optional(Name),
  type: Schema.optional(CredentialType),
  value: Schema.optional(CredentialValue),
  allowedHosts: Schema.optional(AllowedHosts)
}).pipe(
  Schema.filter((body) => body.type === undefined || body.value !== undefined || "a new type needs a new value"),
  Schema.filter((body) => Object.keys(body).length > 0 || "name, type with value, value or allowedHosts is required")
).annotations({ message: () => "must be a JSON object with any of name, type (with value), value, allowedHosts" }))

const CredentialPath = IdPath("cred", "credential")

/** The credential endpoints (members list, admins and owners store and delete). */
export class CredentialsApi extends HttpApiGroup.make("credentials")
  .add(
    HttpApiEndpoint.post("create", "/api/v1/credentials")
      .annotateContext(OpenApi.annotations({ identifier: "createCredential", summary: "Store a credential" }))
      .setPayload(CreateCredential)
      .addSuccess(Credential, { status: 201 })
      .addError(BadRequest.schema)
      .annotate(
        OpenApi.Description,
        "Stores a credential, its value encrypted at rest. The value is never answered, by this or any endpoint, and nodes " +
          "send it only to the hosts in `allowedHosts` (required; `[]` sends it nowhere)."
      )
  )
  .add(
    HttpApiEndpoint.get("list", "/api/v1/credentials")
      .annotateContext(OpenApi.annotations({ identifier: "listCredentials", summary: "List credentials" }))
      .setUrlParams(PageParams)
      .addSuccess(Schema.Array(Credential))
      .annotate(OpenApi.Description, "The organization's credentials, newest first, without their values.")
  )
  .add(
    HttpApiEndpoint.get("get", "/api/v1/credentials/:id")
      .annotateContext(OpenApi.annotations({ identifier: "getCredential", summary: "Get a credential" }))
      .setPath(CredentialPath)
      .addSuccess(Credential)
      .addError(NotFound.schema)
      .annotate(OpenApi.Description, "One credential, without its value.")
  )
  .add(
    HttpApiEndpoint.patch("update", "/api/v1/credentials/:id")
      .annotateContext(OpenApi.annotations({ identifier: "updateCredential", summary: "Update a credential" }))
      .setPath(CredentialPath)
      .setPayload(UpdateCredential)
      .addSuccess(Credential)
      .addError(BadRequest.schema)
      .addError(NotFound.schema)
      .annotate(
        OpenApi.Description,
        "Renames a credential, rotates its value (encrypted anew) or changes its allowed hosts (how a credential stored " +
          "before they were required, with none, is made usable again); the value is never answered."
      )
  )
  .add(
    HttpApiEndpoint.del("delete", "/api/v1/credentials/:id")
      .annotateContext(OpenApi.annotations({ identifier: "deleteCredential", summary: "Delete a credential" }))
      .setPath(CredentialPath)
      .addSuccess(Schema.Void, { status: 204 })
      .addError(NotFound.schema)
      .annotate(OpenApi.Description, "Deletes a credential and its encrypted value.")
  )
  .addError(Forbidden.schema)
  .middleware(Authentication)
  .annotate(OpenApi.Title, "Credentials")
  .annotate(OpenApi.Description, "Secrets that `http`, `llm` and `agent` nodes use, encrypted at rest; their values never leave the server.")
{}
