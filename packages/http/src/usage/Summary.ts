/**
 * Folds the report's rows into what `GET /api/v1/usage` answers: per workflow, its executions by
 * status and its model usage (summed, and per `<provider>/<model>`), busiest first; and the totals.
 *
 * @since 0.1.0
 */
import { Status } from "@sire/core/Execution"
import * as Usage from "@sire/nodes/ModelUsage"
import type { Row } from "./Report.js"

/** Executions by status, and their total. */
export type Counts = { readonly total: number } & { readonly [K in Status]: number }

/** Model usage: the sum, and the sum per `<provider>/<model>`. */
export type ModelUsage = Usage.Totals

/** One workflow's part of the report. */
export interface WorkflowUsage {
  readonly workflowId: string
  readonly name: string | null
  readonly executions: Counts
  readonly model: ModelUsage
}

/** The report: its workflows and their totals. */
export interface Summary {
  readonly workflows: ReadonlyArray<WorkflowUsage>
  readonly totals: { readonly executions: Counts; readonly model: ModelUsage }
}

const noCounts = (): Counts => ({ total: 0, ...Object.fromEntries(Status.literals.map((status) => [status, 0])) } as Counts)

const noModels: ModelUsage = Usage.noTotals

const addCounts = (a: Counts, b: Counts): Counts =>
  Object.fromEntries(Object.keys(a).map((key) => [key, a[key as keyof Counts] + b[key as keyof Counts]])) as Counts

/** The report of `rows`. */
export const summarize = (rows: ReadonlyArray<Row>): Summary => {
  const workflows = new Map<string, { name: string | null; executions: Counts; model: ModelUsage }>()
  const entry = (workflowId: string) => {
    const found = workflows.get(workflowId) ?? { name: null, executions: noCounts(), model: noModels }
    workflows.set(workflowId, found)
    return found
  }
  for (const row of rows) {
    const workflow = entry(row.workflowId)
    if (row.kind === "status") {
      workflow.name = row.name ?? workflow.name
      workflow.executions = addCounts(workflow.executions, { ...noCounts(), total: row.executions, [row.key]: row.executions })
    } else {
      const { kind: _, key, workflowId: _id, ...usage } = row
      workflow.model = Usage.addTotals(workflow.model, { ...usage, byModel: { [key]: usage } })
    }
  }
  const listed = Array.from(workflows, ([workflowId, usage]) => ({ workflowId, ...usage }))
    .sort((a, b) => b.executions.total - a.executions.total || (a.workflowId < b.workflowId ? -1 : 1))
  return {
    workflows: listed,
    totals: {
      executions: listed.reduce((sum, workflow) => addCounts(sum, workflow.executions), noCounts()),
      model: listed.reduce((sum, workflow) => Usage.addTotals(sum, workflow.model), noModels)
    }
  }
}
