/**
 * Handlers of the workflows group, over the engine's embedding API (`Sire`).
 *
 * @since 0.1.0
 */
import { HttpApiBuilder, HttpServerRequest } from "@effect/platform"
import { Effect, Option } from "effect"
import type { OrganizationId, WorkflowId } from "@sire/core/Id"
import { Sire } from "@sire/core/Sire"
import type { Version, Workflow } from "@sire/core/Workflow"
import { WorkflowStore } from "@sire/core/WorkflowStore"
import { SireApi } from "../Api.js"
import { authorize } from "../auth/Principal.js"
import { badRequest, internal, notFound } from "../Errors.js"
import { defaultLimit, pageResponse, seconds } from "../Schemas.js"
import { workflowEvent, workflowSummary } from "../webhooks/Delivery.js"
import { Webhooks } from "../webhooks/Webhooks.js"

/** Fields a client may not set: the server owns them. */
const serverOwned = ["id", "organizationId", "revision", "latestVersion", "triggers", "createdAt", "updatedAt"]

/** Refuses a body that tries to set server-owned fields. */
const document = (body: unknown) => {
  if (body === null || typeof body !== "object" || Array.isArray(body)) {
    return badRequest("the body must be a workflow document (a JSON object)")
  }
  const owned = serverOwned.filter((key) => Object.prototype.hasOwnProperty.call(body, key))
  return owned.length > 0
    ? badRequest("the body sets fields the server owns", owned.map((path) => ({ path, message: "is set by the server" })))
    : Effect.succeed(body)
}

/** The triggers of a document: one per `trigger` node, with its kind. */
export const triggersOf = (workflow: Workflow) =>
  workflow.document.nodes
    .filter((node) => node.type === "trigger")
    .map((node) => ({ nodeId: node.id, kind: typeof node.params?.kind === "string" ? node.params.kind : "api" }))

/** A workflow as the API shows it. */
export const show = (workflow: Workflow) => ({
  id: workflow.id,
  ...workflow.document,
  revision: workflow.revision,
  latestVersion: workflow.latestVersion,
  triggers: triggersOf(workflow),
  createdAt: seconds(workflow.createdAt),
  updatedAt: seconds(workflow.updatedAt)
})

const showVersion = (version: Version) => ({
  workflowId: version.workflowId,
  version: version.version,
  document: version.document,
  createdAt: seconds(version.createdAt)
})

/** The workflows group's handlers. */
export const WorkflowsLive = HttpApiBuilder.group(SireApi, "workflows", (handlers) =>
  Effect.gen(function*() {
    const sire = yield* Sire
    const store = yield* WorkflowStore
    const webhooks = yield* Webhooks
    const missing = (id: string) => notFound(`workflow ${id} not found`)
    return handlers
      .handle("list", ({ urlParams }) =>
        Effect.gen(function*() {
          const principal = yield* authorize("workflows.read")
          const request = yield* HttpServerRequest.HttpServerRequest
          const page = yield* store.list({
            organizationId: principal.organizationId,
            limit: urlParams.limit ?? defaultLimit,
            ...(urlParams.name !== undefined ? { name: urlParams.name } : {}),
            ...(urlParams.cursor !== undefined ? { cursor: urlParams.cursor } : {})
          })
          return pageResponse(page.items.map(show), page.nextCursor, request.url)
        }).pipe(Effect.catchTag("WorkflowStoreError", internal)))
      .handle("create", ({ payload }) =>
        Effect.gen(function*() {
          const principal = yield* authorize("workflows.write")
          const body = yield* document(payload)
          const created = yield* sire.createWorkflow(body, { organizationId: principal.organizationId })
          yield* workflowEvent(webhooks, principal.organizationId, "workflow.created", workflowSummary(created))
          return show(created)
        }).pipe(
          Effect.catchTags({
            InvalidWorkflow: (e) => badRequest("invalid workflow", e.details),
            WorkflowStoreError: internal
          })
        ))
      .handle("get", ({ path }) =>
        Effect.gen(function*() {
          const principal = yield* authorize("workflows.read")
          const workflow = yield* store.get(principal.organizationId, path.id as WorkflowId)
          return Option.isSome(workflow) ? show(workflow.value) : yield* missing(path.id)
        }).pipe(Effect.catchTag("WorkflowStoreError", internal)))
      .handle("update", ({ path, payload }) =>
        Effect.gen(function*() {
          const principal = yield* authorize("workflows.write")
          const body = yield* document(payload)
          const updated = yield* sire.updateWorkflow(path.id, body, { organizationId: principal.organizationId })
          yield* workflowEvent(webhooks, principal.organizationId, "workflow.updated", workflowSummary(updated))
          return show(updated)
        }).pipe(
          Effect.catchTags({
            InvalidWorkflow: (e) => badRequest("invalid workflow", e.details),
            WorkflowNotFound: () => missing(path.id),
            WorkflowStoreError: internal
          })
        ))
      .handle("delete", ({ path }) =>
        Effect.gen(function*() {
          const principal = yield* authorize("workflows.write")
          const before = yield* store.get(principal.organizationId, path.id as WorkflowId)
          yield* sire.deleteWorkflow(path.id, { organizationId: principal.organizationId })
          const summary = Option.isSome(before) ? workflowSummary(before.value) : { id: path.id }
          yield* workflowEvent(webhooks, principal.organizationId, "workflow.deleted", summary)
        }).pipe(
          Effect.catchTags({ WorkflowNotFound: () => missing(path.id), WorkflowStoreError: internal })
        ))
      .handle("createVersion", ({ path }) =>
        Effect.gen(function*() {
          const principal = yield* authorize("workflows.write")
          return showVersion(yield* sire.publishWorkflow(path.id, { organizationId: principal.organizationId as OrganizationId }))
        }).pipe(
          Effect.catchTags({ WorkflowNotFound: () => missing(path.id), WorkflowStoreError: internal })
        ))
  }))
