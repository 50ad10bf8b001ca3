/**
 * Publishing as the handlers do it: freezing the draft as a version (recording who), publishing a
 * version (and bringing the trigger tables in line with its document, which is what production
 * runs), publishing the current draft, unpublishing (schedules stop: they keep no due slot), and
 * the 409 a trigger of an unpublished workflow answers.
 *
 * @since 0.1.0
 */
import { Clock, Effect, Option } from "effect"
import type { OrganizationId, WorkflowId } from "@sire/core/Id"
import { Sire } from "@sire/core/Sire"
import type { Workflow } from "@sire/core/Workflow"
import { WorkflowStore } from "@sire/core/WorkflowStore"
import { conflict, notFound } from "../Errors.js"
import { Triggers } from "../triggers/Triggers.js"
import { same } from "./Diff.js"
import { History } from "./History.js"
import { type Live, Publications } from "./Publications.js"

/** The 409 of a trigger (webhook, schedule, chat) whose workflow is not published. */
export const notPublished = (workflowId: string) =>
  conflict(`workflow ${workflowId} is not published: POST /api/v1/workflows/${workflowId}/publish turns its triggers on`)

/** The 404 of a version a workflow does not have. */
export const noSuchVersion = (workflowId: string, version: number) => notFound(`workflow ${workflowId} has no version ${version}`)

/** What a trigger of a workflow starts: its published version, or the 409 when it has none. */
export const liveOrRefuse = (organizationId: string, workflowId: string) =>
  Effect.flatMap(Publications, (publications) =>
    Effect.flatMap(publications.live(organizationId, workflowId), Option.match({
      onNone: () => notPublished(workflowId),
      onSome: (live) => Effect.succeed(live)
    })))

/** The workflow as its triggers see it: the published version's document in place of the draft. */
export const asLive = (workflow: Workflow, live: Live | undefined): Workflow =>
  live === undefined ? workflow : { ...workflow, document: live.document }

/** Freezing and publishing over the engine, the stores and the trigger tables. */
export const make = Effect.gen(function*() {
  const sire = yield* Sire
  const store = yield* WorkflowStore
  const publications = yield* Publications
  const history = yield* History
  const triggers = yield* Triggers

  /** Freezes the draft as the next version, recording `by` (and the version a restore copied). */
  const freeze = (organizationId: OrganizationId, workflowId: string, by: string, restoredFrom?: number) =>
    Effect.gen(function*() {
      const version = yield* sire.publishWorkflow(workflowId, { organizationId })
      yield* history.record(organizationId, workflowId, version.version, by, restoredFrom)
      return version
    })

  /** Publishes `workflow` at `version` and syncs its triggers with that version's document; 404 for a version it lacks. */
  const publishAt = (workflow: Workflow, version: number, by: string) =>
    Effect.gen(function*() {
      const now = yield* Clock.currentTimeMillis
      const published = yield* publications.publish(workflow.organizationId, workflow.id, version, by, now)
      if (Option.isNone(published)) return yield* noSuchVersion(workflow.id, version)
      yield* triggers.sync(asLive(workflow, published.value), now)
      return published.value
    })

  /** Publishes the draft: at the latest version when the draft is that version's document, else at a new version frozen from it. */
  const publishDraft = (workflow: Workflow, by: string) =>
    Effect.gen(function*() {
      const latest = workflow.latestVersion === null
        ? Option.none()
        : yield* store.version(workflow.organizationId, workflow.id, workflow.latestVersion)
      const version = Option.isSome(latest) && same(latest.value.document, workflow.document)
        ? latest.value.version
        : (yield* freeze(workflow.organizationId, workflow.id, by)).version
      return yield* publishAt(workflow, version, by)
    })

  /** Unpublishes a workflow: its webhooks and chats answer 409 and its schedules keep no due slot until it is published again. */
  const unpublish = (workflow: Workflow) =>
    Effect.zipRight(publications.unpublish(workflow.organizationId, workflow.id), triggers.halt(workflow.organizationId, workflow.id))

  /** Forgets a deleted workflow's publication and history. */
  const forget = (organizationId: string, workflowId: string) =>
    Effect.zipRight(publications.unpublish(organizationId, workflowId), history.forget(organizationId, workflowId))

  /** The organization's workflow, after a write (`None` when it is gone). */
  const reload = (organizationId: OrganizationId, workflowId: string) => store.get(organizationId, workflowId as WorkflowId)

  return { freeze, publishAt, publishDraft, unpublish, forget, reload }
})
