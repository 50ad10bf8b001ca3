/**
 * The Sire REST API as one `HttpApi`: one group per resource (`<resource>/Api.ts`), served by the
 * handlers in `<resource>/Http.ts`. Its OpenAPI document is served at `/openapi.json` and
 * `/openapi.yaml`, with an interactive reference at `/docs/api-reference`.
 *
 * @since 0.1.0
 */
import { HttpApi, OpenApi } from "@effect/platform"
import { ApiKeysApi } from "./apikeys/Api.js"
import { AuthApi } from "./auth/Api.js"
import { InternalError, TooManyRequests } from "./Errors.js"
import { ExecutionsApi } from "./executions/Api.js"
import { HealthApi } from "./health/Api.js"
import { WorkflowsApi } from "./workflows/Api.js"

const decodeErrorRef = "#/components/schemas/HttpApiDecodeError"
const badRequestRef = { $ref: "#/components/schemas/BadRequest" }

/** Rewrites references to the platform's schema-error body into `BadRequest`, which is what the request guard answers instead. */
const rewriteDecodeErrors = (node: unknown): unknown => {
  if (Array.isArray(node)) return node.map(rewriteDecodeErrors)
  if (node === null || typeof node !== "object") return node
  const record = node as Record<string, unknown>
  if (record.$ref === decodeErrorRef) return badRequestRef
  if (Array.isArray(record.anyOf)) {
    const members = record.anyOf.map(rewriteDecodeErrors).filter((member, index, all) =>
      all.findIndex((other) => JSON.stringify(other) === JSON.stringify(member)) === index
    )
    const { anyOf: _, ...rest } = record
    return members.length === 1 ? { ...rest, ...(members[0] as object) } : { ...rest, anyOf: members }
  }
  return Object.fromEntries(Object.entries(record).map(([key, value]) => [key, rewriteDecodeErrors(value)]))
}

/** The OpenAPI document with 400s documented as the `{ error, details }` the API answers. */
const documentDecodeErrors = (spec: Record<string, unknown>): Record<string, unknown> => {
  const rewritten = rewriteDecodeErrors(spec) as { components: { schemas: Record<string, unknown> } }
  const { HttpApiDecodeError: _error, Issue: _issue, PropertyKey: _key, ...schemas } = rewritten.components.schemas
  return { ...rewritten, components: { ...rewritten.components, schemas } }
}

/** The whole API. */
export class SireApi extends HttpApi.make("sire")
  .add(HealthApi)
  .add(AuthApi)
  .add(ApiKeysApi)
  .add(WorkflowsApi)
  .add(ExecutionsApi)
  .addError(TooManyRequests.schema)
  .addError(InternalError.schema)
  .annotate(OpenApi.Transform, documentDecodeErrors)
  .annotate(OpenApi.Title, "Sire")
  .annotate(OpenApi.Version, "0.1.0")
  .annotate(
    OpenApi.Description,
    [
      "The REST API of Sire, the embeddable workflow engine.",
      "",
      "Authenticate with `Authorization: Bearer <token>` (from `/api/v1/auth/login`) or `Bearer sk_…` (an API key).",
      "Rate limits per client: `/api/v1/auth/*` 10/min, other writes 60/min, reads 300/min; every response carries",
      "`X-RateLimit-Limit`, `X-RateLimit-Remaining` and `X-RateLimit-Reset` (seconds until a slot frees).",
      "Errors are `{ \"error\": \"…\" }`. Times are unix seconds. Lists are JSON arrays paged by `limit` and `cursor`,",
      "the next page in a `Link: <…>; rel=\"next\"` header."
    ].join("\n")
  )
{}

/** Every route the server answers (method and path template), including the documents outside the `HttpApi`. */
export const routes = (): ReadonlyArray<{ readonly method: string; readonly path: string }> => {
  const out: Array<{ method: string; path: string }> = [
    { method: "GET", path: "/openapi.json" },
    { method: "GET", path: "/openapi.yaml" },
    { method: "GET", path: "/docs/api-reference" }
  ]
  HttpApi.reflect(SireApi, {
    onGroup: () => {},
    onEndpoint: ({ endpoint }) => out.push({ method: endpoint.method, path: endpoint.path })
  })
  return out
}
