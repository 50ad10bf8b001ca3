/**
 * Handlers of the versions group, over the workflow store, the version history and publishing.
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
import { audited } from "../audit/Audited.js"
import { authorize } from "../auth/Principal.js"
import { badRequest, internal, notFound } from "../Errors.js"
import { defaultLimit, pageResponse, seconds } from "../Schemas.js"
import { workflowEvent, workflowSummary } from "../webhooks/Delivery.js"
import { Webhooks } from "../webhooks/Webhooks.js"
import { presenter } from "../workflows/Http.js"
import { diff } from "./Diff.js"
import { type Entry, History } from "./History.js"
import { Publications } from "./Publications.js"
import * as Publishing from "./Publishing.js"

/** A history entry as the API shows it. */
const showEntry = (workflowId: string, entry: Entry, publishedVersion: number | undefined) => ({
  workflowId,
  version: entry.version,
  createdAt: seconds(entry.createdAt),
  createdBy: entry.createdBy,
  restoredFrom: entry.restoredFrom,
  published: entry.version === publishedVersion
})

/** A cursor of the history: the last version shown (a positive integer). */
const cursorVersion = (cursor: string | undefined) => {
  if (cursor === undefined) return Effect.succeed(undefined)
  const version = Number(cursor)
  return /^[1-9][0-9]{0,9}$/.test(cursor) && Number.isSafeInteger(version)
    ? Effect.succeed(version)
    : badRequest(`invalid cursor ${JSON.stringify(cursor)}: use the one in the Link header`)
}

/** The versions group's handlers. */
export const VersionsLive = HttpApiBuilder.group(SireApi, "versions", (handlers) =>
  Effect.gen(function*() {
    const sire = yield* Sire
    const store = yield* WorkflowStore
    const history = yield* History
    const publications = yield* Publications
    const webhooks = yield* Webhooks
    const publishing = yield* Publishing.make
    const shown = yield* presenter
    const missing = (id: string) => notFound(`workflow ${id} not found`)

    /** The organization's workflow, or the 404. */
    const workflowOf = (organizationId: OrganizationId, id: string) =>
      Effect.flatMap(store.get(organizationId, id as WorkflowId), Option.match({ onNone: () => missing(id), onSome: Effect.succeed }))

    /** One of the workflow's versions, or the 404 (naming the workflow when it is the workflow that is missing). */
    const versionOf = (organizationId: OrganizationId, id: string, version: number) =>
      Effect.flatMap(store.version(organizationId, id as WorkflowId, version), Option.match({
        onNone: () => Effect.zipRight(workflowOf(organizationId, id), Publishing.noSuchVersion(id, version)),
        onSome: Effect.succeed
      }))

    /** A version with its document, its history entry and whether it is published. */
    const detail = (organizationId: OrganizationId, version: Version) =>
      Effect.gen(function*() {
        const entry = yield* history.entry(organizationId, version.workflowId, version.version)
        const live = yield* publications.live(organizationId, version.workflowId)
        const known: Entry = entry ?? { version: version.version, createdAt: version.createdAt, createdBy: null, restoredFrom: null }
        return {
          ...showEntry(version.workflowId, known, Option.getOrUndefined(live)?.version),
          document: version.document
        }
      })

    /** The workflow as shown after a publication change. */
    const showOne = (organizationId: OrganizationId, workflow: Workflow) =>
      Effect.gen(function*() {
        const current = Option.getOrElse(yield* publishing.reload(organizationId, workflow.id), () => workflow)
        return (yield* shown(organizationId, [current]))[0]!
      })

    return handlers
      .handle("list", ({ path, urlParams }) =>
        Effect.gen(function*() {
          const principal = yield* authorize("workflows.read")
          const request = yield* HttpServerRequest.HttpServerRequest
          const before = yield* cursorVersion(urlParams.cursor)
          yield* workflowOf(principal.organizationId, path.id)
          const page = yield* history.list(principal.organizationId, path.id, urlParams.limit ?? defaultLimit, before)
          const live = Option.getOrUndefined(yield* publications.live(principal.organizationId, path.id))
          return pageResponse(page.items.map((entry) => showEntry(path.id, entry, live?.version)), page.nextCursor, request.url)
        }).pipe(Effect.catchTags({ WorkflowStoreError: internal, SqlError: internal })))
      .handle("get", ({ path }) =>
        Effect.gen(function*() {
          const principal = yield* authorize("workflows.read")
          return yield* detail(principal.organizationId, yield* versionOf(principal.organizationId, path.id, path.version))
        }).pipe(Effect.catchTags({ WorkflowStoreError: internal, SqlError: internal })))
      .handle("restore", ({ path }) =>
        audited({ action: "workflow.version_restored", resourceType: "workflow", resourceId: path.id }, Effect.gen(function*() {
          const principal = yield* authorize("workflows.write")
          const organizationId = principal.organizationId
          const source = yield* versionOf(organizationId, path.id, path.version)
          const updated = yield* sire.updateWorkflow(path.id, source.document, { organizationId })
          const restored = yield* publishing.freeze(organizationId, path.id, principal.userId, source.version)
          yield* workflowEvent(webhooks, organizationId, "workflow.updated", workflowSummary(updated))
          return yield* detail(organizationId, restored)
        }).pipe(
          Effect.catchTags({
            InvalidWorkflow: (e) => badRequest(`version ${path.version} is no longer a valid workflow: ${e.message}`, e.details),
            WorkflowNotFound: () => missing(path.id),
            WorkflowStoreError: internal,
            SqlError: internal
          })
        )))
      .handle("diff", ({ path, urlParams }) =>
        Effect.gen(function*() {
          const principal = yield* authorize("workflows.read")
          const against = urlParams.against ?? path.version - 1
          if (against < 1) return yield* badRequest("version 1 has no version before it: name one with ?against=<version>")
          const after = yield* versionOf(principal.organizationId, path.id, path.version)
          const before = yield* versionOf(principal.organizationId, path.id, against)
          return { workflowId: path.id, version: after.version, against: before.version, ...diff(before.document, after.document) }
        }).pipe(Effect.catchTags({ WorkflowStoreError: internal })))
      .handle("publish", ({ path, payload }) =>
        audited({ action: "workflow.published", resourceType: "workflow", resourceId: path.id }, Effect.gen(function*() {
          const principal = yield* authorize("workflows.write")
          const workflow = yield* workflowOf(principal.organizationId, path.id)
          const version = payload?.version
          yield* version === undefined
            ? publishing.publishDraft(workflow, principal.userId)
            : publishing.publishAt(workflow, version, principal.userId)
          return yield* showOne(principal.organizationId, workflow)
        }).pipe(Effect.catchTags({ WorkflowNotFound: () => missing(path.id), WorkflowStoreError: internal, SqlError: internal }))))
      .handle("unpublish", ({ path }) =>
        audited({ action: "workflow.unpublished", resourceType: "workflow", resourceId: path.id }, Effect.gen(function*() {
          const principal = yield* authorize("workflows.write")
          const workflow = yield* workflowOf(principal.organizationId, path.id)
          yield* publishing.unpublish(workflow)
          return yield* showOne(principal.organizationId, workflow)
        }).pipe(Effect.catchTags({ WorkflowStoreError: internal, SqlError: internal }))))
  }))
