/**
 * The Sire REST API as one `HttpApi`: one group per resource (`<resource>/Api.ts`), served by the
 * handlers in `<resource>/Http.ts`. Its OpenAPI document is served at `/openapi.json` and
 * `/openapi.yaml`, with an interactive reference at `/docs/api-reference`.
 *
 * @since 0.1.0
 */
import { HttpApi, OpenApi } from "@effect/platform"
import { ApiKeysApi } from "./apikeys/Api.js"
import { AuditLogsApi } from "./audit/Api.js"
import { AuthApi } from "./auth/Api.js"
import { Authentication } from "./auth/Authentication.js"
import { BillingApi } from "./billing/Api.js"
import { ChatApi } from "./chat/Api.js"
import { resetPagePath } from "./auth/ResetPage.js"
import { widgetPath } from "./chat/WidgetScript.js"
import { CredentialsApi } from "./credentials/Api.js"
import { DeploymentsApi } from "./deployments/Api.js"
import { InternalError, TooManyRequests } from "./Errors.js"
import { shapesOf } from "./PathIds.js"
import { exempt, type Route } from "./RequestGuard.js"
import { forGenerators } from "./docs/Generators.js"
import { ExecutionsApi } from "./executions/Api.js"
import { HealthApi } from "./health/Api.js"
import { MarketplaceApi } from "./marketplace/Api.js"
import { McpApi } from "./mcp/Api.js"
import { NotificationsApi } from "./notifications/Api.js"
import { OAuthApi } from "./oauth/Api.js"
import { PublicChatApi } from "./publicchat/Api.js"
import { ResumeApi } from "./resume/Api.js"
import { RetentionApi } from "./retention/Api.js"
import { RerunsApi } from "./reruns/Api.js"
import { BulkApi } from "./bulk/Api.js"
import { SchedulesApi } from "./schedules/Api.js"
import { TeamsApi } from "./teams/Api.js"
import { UsageApi } from "./usage/Api.js"
import { HooksApi } from "./triggers/Api.js"
import { VersionsApi } from "./versions/Api.js"
import { WebhooksApi } from "./webhooks/Api.js"
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

const errorBody = {
  type: "object",
  required: ["error"],
  properties: { error: { type: "string" } },
  additionalProperties: false
}

/** What the request guard adds to an operation: 413 and 415 where it takes a body, no 429 on the exempt probes. */
const guardResponses = (path: string, operation: Record<string, any>) => {
  const responses = { ...operation.responses }
  if (exempt.has(path)) delete responses["429"]
  if (operation.requestBody !== undefined) {
    responses["413"] = {
      description: "The body is larger than 1 MB",
      content: { "application/json": { schema: errorBody } }
    }
    responses["415"] = {
      description: "The body is not JSON (`Content-Type: application/json`)",
      content: { "application/json": { schema: errorBody } }
    }
  }
  return { ...operation, responses }
}

/** The OpenAPI document as the server answers: 400s as `{ error, details }`, and the guard's statuses. */
const documentGuard = (spec: Record<string, unknown>): Record<string, unknown> => {
  const rewritten = rewriteDecodeErrors(spec) as {
    paths: Record<string, Record<string, Record<string, unknown>>>
    components: { schemas: Record<string, unknown> }
  }
  const { HttpApiDecodeError: _error, Issue: _issue, PropertyKey: _key, ...schemas } = rewritten.components.schemas
  const paths = Object.fromEntries(Object.entries(rewritten.paths).map(([path, item]) => [
    path,
    Object.fromEntries(Object.entries(item).map(([method, operation]) =>
      [method, typeof operation === "object" && operation !== null && "responses" in operation ? guardResponses(path, operation) : operation]
    ))
  ]))
  return { ...rewritten, paths, components: { ...rewritten.components, schemas } }
}

/** The whole API. */
export class SireApi extends HttpApi.make("sire")
  .add(HealthApi)
  .add(AuthApi)
  .add(OAuthApi)
  .add(ApiKeysApi)
  .add(WorkflowsApi)
  .add(VersionsApi)
  .add(BulkApi)
  .add(ExecutionsApi)
  .add(RerunsApi)
  .add(TeamsApi)
  .add(CredentialsApi)
  .add(NotificationsApi)
  .add(WebhooksApi)
  .add(BillingApi)
  .add(UsageApi)
  .add(ChatApi)
  .add(DeploymentsApi)
  .add(PublicChatApi)
  .add(MarketplaceApi)
  .add(ResumeApi)
  .add(HooksApi)
  .add(RetentionApi)
  .add(SchedulesApi)
  .add(AuditLogsApi)
  .add(McpApi)
  .addError(TooManyRequests.schema)
  .addError(InternalError.schema)
  .annotate(OpenApi.Transform, (spec) => forGenerators(documentGuard(spec)))
  .annotate(OpenApi.Title, "Sire")
  .annotate(OpenApi.Version, "0.1.0")
  .annotate(OpenApi.License, { name: "MIT", url: "https://opensource.org/licenses/MIT" })
  .annotate(
    OpenApi.Description,
    [
      "The REST API of Sire, the embeddable workflow engine.",
      "",
      "Authenticate with `Authorization: Bearer <token>` (from `/api/v1/auth/login`) or `Bearer sk_…` (an API key).",
      "Rate limits per client: `/api/v1/auth/*` 10/min, other writes 60/min, reads 300/min; every response carries",
      "`X-RateLimit-Limit`, `X-RateLimit-Remaining` and `X-RateLimit-Reset` (seconds until a slot frees).",
      "Errors are `{ \"error\": \"…\" }`. Times are unix seconds. Lists are JSON arrays paged by `limit` and `cursor`,",
      "the next page in a `Link: <…>; rel=\"next\"` header.",
      "",
      "Bodies are JSON of at most 1 MB, nested at most 128 levels. Text holding a NUL character or an unpaired surrogate",
      "(which the database cannot store) is refused with a 400 naming where it is: in a body, a query or a path parameter.",
      "A path id without the shape of the ids the server generates (`wf_…`, `exec_…`, …) is a 404."
    ].join("\n")
  )
{}

/**
 * Every route the server answers (method and path template), including the documents and pages
 * outside the `HttpApi`; with its generated-id path parameters and whether it needs credentials.
 */
export const routes = (): ReadonlyArray<Route> => {
  const out: Array<Route> = [
    { method: "GET", path: "/openapi.json" },
    { method: "GET", path: "/openapi.yaml" },
    { method: "GET", path: "/docs/api-reference" },
    { method: "GET", path: "/docs" },
    { method: "GET", path: "/" },
    { method: "GET", path: widgetPath },
    { method: "GET", path: resetPagePath }
  ]
  HttpApi.reflect(SireApi, {
    onGroup: () => {},
    onEndpoint: ({ endpoint, middleware }) =>
      out.push({
        method: endpoint.method,
        path: endpoint.path,
        ids: endpoint.pathSchema._tag === "Some" ? shapesOf(endpoint.pathSchema.value) : {},
        authenticated: (middleware as ReadonlySet<unknown>).has(Authentication)
      })
  })
  return out
}
