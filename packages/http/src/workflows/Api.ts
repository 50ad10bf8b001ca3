/**
 * The workflows group (`/api/v1/workflows`): list (filtered by name, paged), create, get, update,
 * delete, and freeze an immutable numbered version. Documents are validated as CONTRACT §3 says;
 * a 400 lists every problem in `details`.
 *
 * @since 0.1.0
 */
import { HttpApiEndpoint, HttpApiGroup, OpenApi } from "@effect/platform"
import { Schema } from "effect"
import * as Workflow from "@sire/core/Workflow"
import { Authentication } from "../auth/Authentication.js"
import { BadRequest, Forbidden, NotFound } from "../Errors.js"
import { IdPath } from "../PathIds.js"
import { PageParams, UnixSeconds } from "../Schemas.js"

/** The workflow document (CONTRACT §3), named for the OpenAPI document. */
export const WorkflowDocument = Workflow.Document.annotations({ identifier: "WorkflowDocument" })

/** A request body holding a workflow document: validated by the engine so that every problem is reported at once. */
export const DocumentPayload = Schema.Unknown.annotations({
  jsonSchema: { $ref: "#/components/schemas/WorkflowDocument" },
  description: "A workflow document"
})

/** How a workflow starts: one entry per `trigger` node. */
export const Trigger = Schema.Struct({
  nodeId: Schema.String,
  kind: Schema.String.annotations({ description: "api, manual, webhook, schedule, chat or mcp (the workflow is also a tool of the MCP server)" }),
  url: Schema.optional(Schema.String),
  nextRunAt: Schema.optional(UnixSeconds),
  paused: Schema.optional(Schema.Literal(true)).annotations({ description: "Present while a schedule trigger is paused" })
})

/** A stored workflow: its current document and bookkeeping. */
export const WorkflowResponse = Schema.Struct({
  id: Schema.String,
  ...Workflow.Document.fields,
  revision: Schema.Int.annotations({ description: "Bumped by every update" }),
  latestVersion: Schema.NullOr(Schema.Int).annotations({ description: "The newest frozen version, if any" }),
  publishedVersion: Schema.NullOr(Schema.Int).annotations({
    description: "The version the webhook, schedule and chat triggers run; null while unpublished"
  }),
  publishedAt: Schema.NullOr(UnixSeconds).annotations({ description: "When that version was published" }),
  triggers: Schema.Array(Trigger).annotations({
    description: "The trigger nodes of the published version (of the draft while unpublished)"
  }),
  createdAt: UnixSeconds,
  updatedAt: UnixSeconds
}).annotations({ identifier: "Workflow" })

/** What `POST /workflows/validate` answers: whether the document would be accepted, and every problem when not. */
export const ValidationResponse = Schema.Struct({
  valid: Schema.Boolean,
  problems: Schema.Array(Schema.Struct({
    path: Schema.String.annotations({ description: "Where, e.g. `nodes.2.params.url` (empty for the whole document)" }),
    message: Schema.String,
    nodeId: Schema.optional(Schema.String)
  }))
}).annotations({ identifier: "WorkflowValidation" })

/** An immutable numbered version of a workflow. */
export const VersionResponse = Schema.Struct({
  workflowId: Schema.String,
  version: Schema.Int,
  document: WorkflowDocument,
  createdAt: UnixSeconds
}).annotations({ identifier: "WorkflowVersion" })

const WorkflowPath = IdPath("wf", "workflow")

/** The workflow endpoints. */
export class WorkflowsApi extends HttpApiGroup.make("workflows")
  .add(
    HttpApiEndpoint.get("list", "/api/v1/workflows")
      .annotateContext(OpenApi.annotations({ identifier: "listWorkflows", summary: "List workflows" }))
      .setUrlParams(Schema.Struct({ ...PageParams.fields, name: Schema.optional(Schema.String) }))
      .addSuccess(Schema.Array(WorkflowResponse))
      .annotate(OpenApi.Description, "The organization's workflows, newest first; `name` filters by a case-insensitive substring.")
  )
  .add(
    HttpApiEndpoint.post("create", "/api/v1/workflows")
      .annotateContext(OpenApi.annotations({ identifier: "createWorkflow", summary: "Create a workflow" }))
      .setPayload(DocumentPayload)
      .addSuccess(WorkflowResponse, { status: 201 })
      .addError(BadRequest.schema)
      .annotate(
        OpenApi.Description,
        "Validates and stores a workflow document, frozen as version 1 and published at it: its triggers work at once."
      )
  )
  .add(
    HttpApiEndpoint.post("validate", "/api/v1/workflows/validate")
      .annotateContext(OpenApi.annotations({ identifier: "validateWorkflow", summary: "Validate a workflow document" }))
      .setPayload(DocumentPayload)
      .addSuccess(ValidationResponse)
      .annotate(
        OpenApi.Description,
        "Checks a document as create and update would, without storing anything: `valid`, and every problem found " +
          "(the `details` a create would answer 400 with)."
      )
  )
  .add(
    HttpApiEndpoint.get("get", "/api/v1/workflows/:id")
      .annotateContext(OpenApi.annotations({ identifier: "getWorkflow", summary: "Get a workflow" }))
      .setPath(WorkflowPath)
      .addSuccess(WorkflowResponse)
      .addError(NotFound.schema)
  )
  .add(
    HttpApiEndpoint.put("update", "/api/v1/workflows/:id")
      .annotateContext(OpenApi.annotations({ identifier: "updateWorkflow", summary: "Update a workflow" }))
      .setPath(WorkflowPath)
      .setPayload(DocumentPayload)
      .addSuccess(WorkflowResponse)
      .addError(BadRequest.schema)
      .addError(NotFound.schema)
      .annotate(
        OpenApi.Description,
        "Validates and replaces the workflow's draft (frozen versions are unchanged; its triggers run the published version until another is published)."
      )
  )
  .add(
    HttpApiEndpoint.del("delete", "/api/v1/workflows/:id")
      .annotateContext(OpenApi.annotations({ identifier: "deleteWorkflow", summary: "Delete a workflow" }))
      .setPath(WorkflowPath)
      .addSuccess(Schema.Void, { status: 204 })
      .addError(NotFound.schema)
      .annotate(OpenApi.Description, "Deletes the workflow and its versions.")
  )
  .add(
    HttpApiEndpoint.post("createVersion", "/api/v1/workflows/:id/versions")
      .annotateContext(OpenApi.annotations({ identifier: "createWorkflowVersion", summary: "Freeze a version" }))
      .setPath(WorkflowPath)
      .addSuccess(VersionResponse, { status: 201 })
      .addError(NotFound.schema)
      .annotate(OpenApi.Description, "Freezes the current document as the next immutable numbered version.")
  )
  .addError(Forbidden.schema)
  .middleware(Authentication)
  .annotate(OpenApi.Title, "Workflows")
  .annotate(OpenApi.Description, "Workflow documents: validated on save, with immutable numbered versions.")
{}
