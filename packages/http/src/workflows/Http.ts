/**
 * Handlers of the workflows group, over the engine's embedding API (`Sire`).
 *
 * @since 0.1.0
 */
import { HttpApiBuilder, HttpServerRequest } from "@effect/platform"
import { Effect, Option } from "effect"
import type { WorkflowId } from "@sire/core/Id"
import { Sire } from "@sire/core/Sire"
import type { Version, Workflow } from "@sire/core/Workflow"
import { WorkflowStore } from "@sire/core/WorkflowStore"
import { SireApi } from "../Api.js"
import { audited } from "../audit/Audited.js"
import { authorize } from "../auth/Principal.js"
import { NodeRegistry } from "@sire/core/NodeRegistry"
import * as Validation from "@sire/core/Validation"
import { badRequest, type Detail, internal, notFound } from "../Errors.js"
import { defaultLimit, pageResponse, seconds } from "../Schemas.js"
import { Settings } from "../Settings.js"
import * as Schedules from "../triggers/Schedules.js"
import { type Trigger, Triggers } from "../triggers/Triggers.js"
import { workflowEvent, workflowSummary } from "../webhooks/Delivery.js"
import { Webhooks } from "../webhooks/Webhooks.js"
import { type Live, Publications } from "../versions/Publications.js"
import * as Publishing from "../versions/Publishing.js"

/** Fields a client may not set: the server owns them. */
const serverOwned = ["id", "organizationId", "revision", "latestVersion", "publishedVersion", "publishedAt", "triggers", "createdAt", "updatedAt"]

const notAnObject = "the body must be a workflow document (a JSON object)"

/** The fields of a body that only the server may set. */
const ownedIn = (body: object): ReadonlyArray<Detail> =>
  serverOwned.filter((key) => Object.prototype.hasOwnProperty.call(body, key)).map((path) => ({ path, message: "is set by the server" }))

/** Refuses a body that tries to set server-owned fields, or whose schedule triggers have an invalid cron or timezone. */
const document = (body: unknown) => {
  if (body === null || typeof body !== "object" || Array.isArray(body)) return badRequest(notAnObject)
  const owned = ownedIn(body)
  if (owned.length > 0) return badRequest("the body sets fields the server owns", owned)
  const schedules = Schedules.problems(body)
  return schedules.length > 0 ? badRequest("invalid workflow", schedules) : Effect.succeed(body)
}

/** Every problem create or update would refuse `body` for (none when it would be stored). */
const problemsOf = (registry: NodeRegistry["Type"], body: unknown): Effect.Effect<ReadonlyArray<Detail>> => {
  if (body === null || typeof body !== "object" || Array.isArray(body)) return Effect.succeed([{ path: "", message: notAnObject }])
  const early = [...ownedIn(body), ...Schedules.problems(body)]
  return Validation.compileWith(registry, body).pipe(
    Effect.as(early),
    Effect.catchTag("InvalidWorkflow", (invalid) => Effect.succeed([...early, ...invalid.details]))
  )
}

/** A workflow as the API shows it, with its publication and its live triggers (URLs and next runs from the trigger store). */
export const show = (workflow: Workflow, triggers: ReadonlyArray<Trigger>, published: Live | undefined) => ({
  id: workflow.id,
  ...workflow.document,
  revision: workflow.revision,
  latestVersion: workflow.latestVersion,
  publishedVersion: published?.version ?? null,
  publishedAt: published === undefined ? null : seconds(published.publishedAt),
  triggers,
  createdAt: seconds(workflow.createdAt),
  updatedAt: seconds(workflow.updatedAt)
})

const showVersion = (version: Version) => ({
  workflowId: version.workflowId,
  version: version.version,
  document: version.document,
  createdAt: seconds(version.createdAt)
})

/** Shows workflows as the API does: with their publications and live triggers' URLs and next runs (two queries for the lot). */
export const presenter = Effect.gen(function*() {
  const publications = yield* Publications
  const triggers = yield* Triggers
  const settings = yield* Settings
  return (organizationId: string, list: ReadonlyArray<Workflow>) =>
    Effect.gen(function*() {
      const live = yield* publications.liveOf(organizationId, list.map((workflow) => workflow.id))
      const described = yield* triggers.describe(
        organizationId,
        list.map((workflow) => Publishing.asLive(workflow, live.get(workflow.id))),
        settings.publicUrl
      )
      return list.map((workflow) => show(workflow, described.get(workflow.id) ?? [], live.get(workflow.id)))
    })
})

/** The workflows group's handlers. */
export const WorkflowsLive = HttpApiBuilder.group(SireApi, "workflows", (handlers) =>
  Effect.gen(function*() {
    const sire = yield* Sire
    const store = yield* WorkflowStore
    const webhooks = yield* Webhooks
    const triggers = yield* Triggers
    const publishing = yield* Publishing.make
    const shown = yield* presenter
    const registry = yield* NodeRegistry
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
          return pageResponse(yield* shown(principal.organizationId, page.items), page.nextCursor, request.url)
        }).pipe(Effect.catchTags({ WorkflowStoreError: internal, SqlError: internal })))
      .handle("create", ({ payload }) =>
        audited({ action: "workflow.created", resourceType: "workflow", resourceId: (created) => created.id }, Effect.gen(function*() {
          const principal = yield* authorize("workflows.write")
          const body = yield* document(payload)
          const draft = yield* sire.createWorkflow(body, { organizationId: principal.organizationId })
          yield* publishing.publishDraft(draft, principal.userId).pipe(Effect.catchTag("NotFound", internal))
          const created = Option.getOrElse(yield* publishing.reload(principal.organizationId, draft.id), () => draft)
          yield* workflowEvent(webhooks, principal.organizationId, "workflow.created", workflowSummary(created))
          return (yield* shown(principal.organizationId, [created]))[0]!
        }).pipe(
          Effect.catchTags({
            InvalidWorkflow: (e) => badRequest("invalid workflow", e.details),
            WorkflowNotFound: internal,
            WorkflowStoreError: internal,
            SqlError: internal
          })
        )))
      .handle("validate", ({ payload }) =>
        Effect.gen(function*() {
          yield* authorize("workflows.read")
          const problems = yield* problemsOf(registry, payload)
          return { valid: problems.length === 0, problems }
        }))
      .handle("get", ({ path }) =>
        Effect.gen(function*() {
          const principal = yield* authorize("workflows.read")
          const workflow = yield* store.get(principal.organizationId, path.id as WorkflowId)
          return Option.isSome(workflow) ? (yield* shown(principal.organizationId, [workflow.value]))[0]! : yield* missing(path.id)
        }).pipe(Effect.catchTags({ WorkflowStoreError: internal, SqlError: internal })))
      .handle("update", ({ path, payload }) =>
        audited({ action: "workflow.updated", resourceType: "workflow", resourceId: path.id }, Effect.gen(function*() {
          const principal = yield* authorize("workflows.write")
          const body = yield* document(payload)
          const updated = yield* sire.updateWorkflow(path.id, body, { organizationId: principal.organizationId })
          yield* workflowEvent(webhooks, principal.organizationId, "workflow.updated", workflowSummary(updated))
          return (yield* shown(principal.organizationId, [updated]))[0]!
        }).pipe(
          Effect.catchTags({
            InvalidWorkflow: (e) => badRequest("invalid workflow", e.details),
            WorkflowNotFound: () => missing(path.id),
            WorkflowStoreError: internal,
            SqlError: internal
          })
        )))
      .handle("delete", ({ path }) =>
        audited({ action: "workflow.deleted", resourceType: "workflow", resourceId: path.id }, Effect.gen(function*() {
          const principal = yield* authorize("workflows.write")
          const before = yield* store.get(principal.organizationId, path.id as WorkflowId)
          yield* sire.deleteWorkflow(path.id, { organizationId: principal.organizationId })
          yield* triggers.remove(principal.organizationId, path.id)
          yield* publishing.forget(principal.organizationId, path.id)
          const summary = Option.isSome(before) ? workflowSummary(before.value) : { id: path.id }
          yield* workflowEvent(webhooks, principal.organizationId, "workflow.deleted", summary)
        }).pipe(
          Effect.catchTags({ WorkflowNotFound: () => missing(path.id), WorkflowStoreError: internal, SqlError: internal })
        )))
      .handle("createVersion", ({ path }) =>
        Effect.gen(function*() {
          const principal = yield* authorize("workflows.write")
          return showVersion(yield* publishing.freeze(principal.organizationId, path.id, principal.userId))
        }).pipe(
          Effect.catchTags({ WorkflowNotFound: () => missing(path.id), WorkflowStoreError: internal, SqlError: internal })
        ))
  }))
