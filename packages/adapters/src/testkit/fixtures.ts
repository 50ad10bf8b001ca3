/**
 * Values shared by the port contract suites: organization and execution ids, a minimal valid
 * document, executions and workflows built from a few fields.
 */
import { assert } from "@effect/vitest"
import { Effect } from "effect"
import type { Execution } from "@sire/core/Execution"
import type { ExecutionId, OrganizationId, WorkflowId } from "@sire/core/Id"
import type { Document, Workflow } from "@sire/core/Workflow"

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

/** Pages through a cursor-paged listing and returns every item in page order (a page never exceeds the limit). */
export const pageAll = <A, E, R>(
  limit: number,
  fetch: (cursor: string | undefined) => Effect.Effect<{ readonly items: ReadonlyArray<A>; readonly nextCursor: string | undefined }, E, R>
) =>
  Effect.gen(function*() {
    const out: Array<A> = []
    let cursor: string | undefined
    for (let page = 0; page < 1_000; page++) {
      const result = yield* fetch(cursor)
      assert.isAtMost(result.items.length, limit)
      out.push(...result.items)
      if (result.nextCursor === undefined) return out
      assert.isAbove(result.items.length, 0, "a page with a next cursor is not empty")
      cursor = result.nextCursor
    }
    throw new Error("paging did not end")
  })
