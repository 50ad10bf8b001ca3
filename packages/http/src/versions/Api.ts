/**
 * The versions group: a workflow's version history (who froze each version, when), one frozen
 * version, restoring a version as the draft (frozen again as a new version), the structural diff
 * between two versions, and publishing: which version the workflow's webhook, schedule and chat
 * triggers run.
 *
 * @since 0.1.0
 */
import { HttpApiEndpoint, HttpApiGroup, OpenApi } from "@effect/platform"
import { Schema } from "effect"
import * as Workflow from "@sire/core/Workflow"
import { Authentication } from "../auth/Authentication.js"
import { BadRequest, Forbidden, NotFound } from "../Errors.js"
import { GeneratedId, IdPath } from "../PathIds.js"
import { JsonValue, PageParams, UnixSeconds, VersionNumber } from "../Schemas.js"
import { WorkflowDocument, WorkflowResponse } from "../workflows/Api.js"

/** A version number in a path or query: a positive integer. */
const VersionParam = Schema.NumberFromString.pipe(Schema.int(), Schema.between(1, 2_147_483_647)).annotations({
  description: "A version number (1, 2, …)"
})

/** One entry of a workflow's version history. */
export const VersionEntry = Schema.Struct({
  workflowId: Schema.String,
  version: Schema.Int,
  createdAt: UnixSeconds,
  createdBy: Schema.NullOr(Schema.String).annotations({
    description: "The user who froze it (for an API key, its creator); null for versions frozen before this was recorded"
  }),
  restoredFrom: Schema.NullOr(Schema.Int).annotations({ description: "The version a restore copied, if it is a restore" }),
  published: Schema.Boolean.annotations({ description: "Whether this is the version the workflow's triggers run" })
}).annotations({ identifier: "WorkflowVersionEntry" })

/** A frozen version with its document. */
export const VersionDetail = Schema.Struct({
  ...VersionEntry.fields,
  document: WorkflowDocument
}).annotations({ identifier: "WorkflowVersionDetail" })

/** One field that differs between two versions: its value before and after (absent where it is not set). */
export const FieldChange = Schema.Struct({
  field: Schema.String,
  before: Schema.optional(JsonValue),
  after: Schema.optional(JsonValue)
}).annotations({ identifier: "WorkflowFieldChange" })

/** The structural diff of two versions. */
export const VersionDiff = Schema.Struct({
  workflowId: Schema.String,
  version: Schema.Int.annotations({ description: "The version compared (after)" }),
  against: Schema.Int.annotations({ description: "The version it is compared against (before)" }),
  document: Schema.Array(FieldChange).annotations({ description: "Changed fields of the document besides nodes and edges" }),
  nodes: Schema.Struct({
    added: Schema.Array(Workflow.Node),
    removed: Schema.Array(Workflow.Node),
    changed: Schema.Array(Schema.Struct({ id: Schema.String, fields: Schema.Array(FieldChange) }))
  }),
  edges: Schema.Struct({
    added: Schema.Array(Workflow.Edge),
    removed: Schema.Array(Workflow.Edge),
    changed: Schema.Array(Schema.Struct({ edge: Workflow.Edge, fields: Schema.Array(FieldChange) }))
  }).annotations({ description: "Edges are matched by `id`, else by source, handle and target" })
}).annotations({ identifier: "WorkflowVersionDiff" })

/** The body of a publish: the version to publish, by default the current draft. */
export const PublishRequest = Schema.NullOr(Schema.Struct({
  version: Schema.optional(VersionNumber).annotations({
    description: "The version to publish; by default the current draft (frozen as a new version unless it is the latest one)"
  })
})).annotations({ identifier: "PublishRequest" })

const WorkflowPath = IdPath("wf", "workflow")
const VersionPath = Schema.Struct({ id: GeneratedId("wf", "workflow"), version: VersionParam })

/** The version and publishing endpoints: viewers read, members restore and publish. */
export class VersionsApi extends HttpApiGroup.make("versions")
  .add(
    HttpApiEndpoint.get("list", "/api/v1/workflows/:id/versions")
      .annotateContext(OpenApi.annotations({ identifier: "listWorkflowVersions", summary: "List a workflow's versions" }))
      .setPath(WorkflowPath)
      .setUrlParams(PageParams)
      .addSuccess(Schema.Array(VersionEntry))
      .addError(BadRequest.schema)
      .addError(NotFound.schema)
      .annotate(OpenApi.Description, "The workflow's frozen versions, newest first, with when and by whom each was frozen (no documents).")
  )
  .add(
    HttpApiEndpoint.get("get", "/api/v1/workflows/:id/versions/:version")
      .annotateContext(OpenApi.annotations({ identifier: "getWorkflowVersion", summary: "Get a version" }))
      .setPath(VersionPath)
      .addSuccess(VersionDetail)
      .addError(NotFound.schema)
      .annotate(OpenApi.Description, "One frozen version with its (immutable) document.")
  )
  .add(
    HttpApiEndpoint.post("restore", "/api/v1/workflows/:id/versions/:version/restore")
      .annotateContext(OpenApi.annotations({ identifier: "restoreWorkflowVersion", summary: "Restore a version" }))
      .setPath(VersionPath)
      .addSuccess(VersionDetail, { status: 201 })
      .addError(BadRequest.schema)
      .addError(NotFound.schema)
      .annotate(
        OpenApi.Description,
        [
          "Makes the version's document the workflow's draft and freezes it as a new version (`restoredFrom` names the one",
          "copied), which it answers. What the triggers run does not change until that version is published."
        ].join("\n")
      )
  )
  .add(
    HttpApiEndpoint.get("diff", "/api/v1/workflows/:id/versions/:version/diff")
      .annotateContext(OpenApi.annotations({ identifier: "diffWorkflowVersions", summary: "Compare two versions" }))
      .setPath(VersionPath)
      .setUrlParams(Schema.Struct({
        against: Schema.optional(VersionParam).annotations({ description: "The version to compare against; the one before by default" })
      }))
      .addSuccess(VersionDiff)
      .addError(BadRequest.schema)
      .addError(NotFound.schema)
      .annotate(
        OpenApi.Description,
        [
          "What changed from version `against` to `version`: the document's own fields, and nodes (by id) and edges added,",
          "removed and changed, each change listing the fields that differ with their values before and after."
        ].join("\n")
      )
  )
  .add(
    HttpApiEndpoint.post("publish", "/api/v1/workflows/:id/publish")
      .annotateContext(OpenApi.annotations({ identifier: "publishWorkflow", summary: "Publish a workflow" }))
      .setPath(WorkflowPath)
      .setPayload(PublishRequest)
      .addSuccess(WorkflowResponse)
      .addError(BadRequest.schema)
      .addError(NotFound.schema)
      .annotate(
        OpenApi.Description,
        [
          "Makes a version the one the workflow's webhook, schedule and chat triggers run (`publishedVersion`), and its",
          "trigger nodes the live ones. Without `version` (or without a body) the current draft is published: at the latest",
          "version when the draft is its document, else at a new version frozen from it. `POST /api/v1/executions` without",
          "`version` still runs the draft."
        ].join("\n")
      )
  )
  .add(
    HttpApiEndpoint.post("unpublish", "/api/v1/workflows/:id/unpublish")
      .annotateContext(OpenApi.annotations({ identifier: "unpublishWorkflow", summary: "Unpublish a workflow" }))
      .setPath(WorkflowPath)
      .addSuccess(WorkflowResponse)
      .addError(NotFound.schema)
      .annotate(
        OpenApi.Description,
        [
          "Turns the workflow's triggers off until it is published again: its webhook URLs and chats answer 409 and its",
          "schedules start nothing. Unpublishing an unpublished workflow changes nothing."
        ].join("\n")
      )
  )
  .addError(Forbidden.schema)
  .middleware(Authentication)
  .annotate(OpenApi.Title, "Versions and publishing")
  .annotate(OpenApi.Description, "A workflow's frozen versions: history, restore, diff, and the version its triggers run.")
{}
