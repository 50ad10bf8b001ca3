/**
 * Values shared by the port contract suites: organization and execution ids, a minimal valid
 * document, executions and workflows built from a few fields.
 */
import type { Execution } from "../../src/Execution.js"
import type { ExecutionId, OrganizationId, WorkflowId } from "../../src/Id.js"
import type { Document, Workflow } from "../../src/Workflow.js"

/** Two organizations, to check that nothing leaks from one to the other. */
export const orgA = "org_a" as OrganizationId
export const orgB = "org_b" as OrganizationId

/** An execution id from a short name (`exec_<name>`). */
export const execId = (name: string | number) => `exec_${name}` as ExecutionId

/** A workflow id from a short name (`wf_<name>`). */
export const wfId = (name: string | number) => `wf_${name}` as WorkflowId

/** A minimal document: one trigger node. */
export const document = (name = "test"): Document => ({
  name,
  nodes: [{ id: "start", type: "trigger" }],
  edges: []
})

/** A queued execution; any field can be overridden. */
export const execution = (overrides: Partial<Execution> & { readonly id: ExecutionId }): Execution => ({
  organizationId: orgA,
  workflowId: wfId("one"),
  version: null,
  document: document(),
  status: "queued",
  trigger: "api",
  input: null,
  depth: 0,
  cancelRequested: false,
  createdAt: 1_000,
  ...overrides
})

/** A new workflow (revision 1, no version); any field can be overridden. */
export const workflow = (overrides: Partial<Workflow> & { readonly id: WorkflowId }): Workflow => ({
  organizationId: orgA,
  document: document(),
  revision: 1,
  latestVersion: null,
  createdAt: 1_000,
  updatedAt: 1_000,
  ...overrides
})
