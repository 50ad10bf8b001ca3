/**
 * Planning retries, re-runs from a node and replays: which committed results of an earlier
 * execution a new one starts with (pure: a graph and step records in, node ids out).
 *
 * A result is reusable when its node settled the same way it would again: its own step is
 * reusable and so is every predecessor's (a node downstream of one that runs again runs again).
 *
 * @since 0.1.0
 */
import { Either, Schema } from "effect"
import type { Step } from "./Execution.js"
import { isSettled } from "./Execution.js"
import type { Graph } from "./Graph.js"
import { Problem } from "./Validation.js"

/** The execution is in a state that this re-run does not apply to (a retry of a running execution). */
export class NotRerunnable extends Schema.TaggedError<NotRerunnable>()("NotRerunnable", {
  executionId: Schema.String,
  status: Schema.String,
  message: Schema.String
}) {}

/** The re-run asked for cannot be planned (an unknown node, a changed workflow, an edit of a result that is not reused). */
export class RerunRefused extends Schema.TaggedError<RerunRefused>()("RerunRefused", {
  message: Schema.String,
  details: Schema.Array(Problem)
}) {}

/** Nodes whose steps (by `usable`, or skipped) and all predecessors' are stable, in topological order. */
const stable = (graph: Graph, steps: ReadonlyMap<string, Step>, usable: (step: Step) => boolean): ReadonlySet<number> => {
  const out = new Set<number>()
  for (const index of graph.order) {
    const node = graph.nodes[index]
    const step = steps.get(node.id)
    if (step === undefined || !(usable(step) || step.status === "skipped")) continue
    if (node.incoming.every((link) => out.has(link.source))) out.add(index)
  }
  return out
}

/** The nodes reachable from `from` along edges, `from` included. */
export const downstream = (graph: Graph, from: number): ReadonlySet<number> => {
  const seen = new Set<number>([from])
  const stack = [from]
  while (stack.length > 0) {
    for (const link of graph.nodes[stack.pop()!].outgoing) {
      if (!seen.has(link.target)) {
        seen.add(link.target)
        stack.push(link.target)
      }
    }
  }
  return seen
}

/** The nodes `to` is reachable from, `to` excluded. */
export const upstream = (graph: Graph, to: number): ReadonlySet<number> => {
  const seen = new Set<number>()
  const stack = [to]
  while (stack.length > 0) {
    for (const link of graph.nodes[stack.pop()!].incoming) {
      if (!seen.has(link.source)) {
        seen.add(link.source)
        stack.push(link.source)
      }
    }
  }
  return seen
}

const byNode = (steps: ReadonlyArray<Step>) => new Map(steps.map((s) => [s.nodeId, s]))
const completed = (step: Step) => step.status === "completed"

/**
 * A retry: every successful result that nothing failed or unfinished upstream of it could change,
 * over the graph the retry runs (the original's, or the workflow's latest).
 */
export const retryPlan = (graph: Graph, steps: ReadonlyArray<Step>): ReadonlyArray<string> => {
  const records = byNode(steps)
  const keep = stable(graph, records, completed)
  return graph.order.filter((i) => keep.has(i) && records.get(graph.nodes[i].id)?.status === "completed").map((i) => graph.nodes[i].id)
}

/** Why the latest document cannot take the original's successful results: nodes gone or of another type. */
export const latestProblems = (steps: ReadonlyArray<Step>, latest: Graph): ReadonlyArray<typeof Problem.Type> =>
  steps.filter(completed).flatMap((step) => {
    const node = latest.byId.get(step.nodeId)
    if (node === undefined) {
      return [{ path: `nodes.${step.nodeId}`, nodeId: step.nodeId, message: `completed node "${step.nodeId}" no longer exists in the workflow` }]
    }
    return node.type.type === step.nodeType ? [] : [{
      path: `nodes.${step.nodeId}`,
      nodeId: step.nodeId,
      message: `completed node "${step.nodeId}" changed type from ${step.nodeType} to ${node.type.type}`
    }]
  })

/**
 * A re-run from `fromNodeId`: every settled result outside that node and what is downstream of it.
 * Refused when the node is unknown or something upstream of it has no settled result (it would run again).
 */
export const rerunPlan = (
  graph: Graph,
  steps: ReadonlyArray<Step>,
  fromNodeId: string
): Either.Either<ReadonlyArray<string>, RerunRefused> => {
  const from = graph.byId.get(fromNodeId)
  if (from === undefined) {
    return Either.left(new RerunRefused({
      message: `node "${fromNodeId}" is not in the execution's workflow`,
      details: [{ path: "fromNodeId", message: `unknown node "${fromNodeId}"` }]
    }))
  }
  const records = byNode(steps)
  const keep = stable(graph, records, isSettled)
  const missing = Array.from(upstream(graph, from.index)).filter((i) => !keep.has(i)).map((i) => graph.nodes[i].id)
  if (missing.length > 0) {
    return Either.left(new RerunRefused({
      message: `cannot re-run from "${fromNodeId}": ${missing.map((id) => `"${id}"`).join(", ")} upstream of it ha${missing.length === 1 ? "s" : "ve"} no result to reuse`,
      details: missing.map((id) => ({ path: "fromNodeId", nodeId: id, message: `upstream node "${id}" has no committed result` }))
    }))
  }
  const runs = downstream(graph, from.index)
  return Either.right(
    graph.order
      .filter((i) => keep.has(i) && !runs.has(i) && records.get(graph.nodes[i].id)?.status !== "skipped")
      .map((i) => graph.nodes[i].id)
  )
}

/** Checks edited results: each must be a node the re-run reuses. */
export const editProblems = (
  reuse: ReadonlyArray<string>,
  outputs: Readonly<Record<string, unknown>>,
  fromNodeId: string
): ReadonlyArray<typeof Problem.Type> => {
  const reused = new Set(reuse)
  return Object.keys(outputs).filter((id) => !reused.has(id)).map((id) => ({
    path: `nodeOutputs.${id}`,
    nodeId: id,
    message: `node "${id}" has no result upstream of "${fromNodeId}" to replace`
  }))
}
