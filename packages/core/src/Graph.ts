/**
 * A validated workflow document compiled for running: nodes indexed, edges resolved, params
 * pre-compiled (templates parsed once, static params decoded once), topological order.
 *
 * @since 0.1.0
 */
import type * as Expression from "./Expression.js"
import type { NodeType } from "./NodeType.js"
import type { Document, Node } from "./Workflow.js"

/** An edge between compiled nodes. */
export interface Link {
  readonly source: number
  readonly target: number
  readonly handle: string
}

/** A node ready to run. */
export interface CompiledNode {
  readonly index: number
  readonly id: string
  readonly node: Node
  readonly type: NodeType
  readonly params: Expression.Compiled
  /** Params the type takes literally (never template-resolved), merged over the resolved ones. */
  readonly literalParams: Readonly<Record<string, unknown>>
  /** Decoded params when they hold no template, decoded once at compile time. */
  readonly staticParams: { readonly value: unknown } | undefined
  readonly incoming: ReadonlyArray<Link>
  readonly outgoing: ReadonlyArray<Link>
}

/** A compiled workflow. */
export interface Graph {
  readonly document: Document
  readonly nodes: ReadonlyArray<CompiledNode>
  readonly byId: ReadonlyMap<string, CompiledNode>
  /** Node indices in a topological order. */
  readonly order: ReadonlyArray<number>
  /** Indices of `output` nodes. */
  readonly outputs: ReadonlyArray<number>
}

/** Kahn's algorithm over `count` nodes: a topological order, and the nodes left in or behind a cycle. */
export const topologicalOrder = (
  count: number,
  links: ReadonlyArray<{ readonly source: number; readonly target: number }>
): { readonly order: ReadonlyArray<number>; readonly cyclic: ReadonlyArray<number> } => {
  const indegree = new Array<number>(count).fill(0)
  const next: Array<Array<number>> = Array.from({ length: count }, () => [])
  for (const { source, target } of links) {
    indegree[target]++
    next[source].push(target)
  }
  const order: Array<number> = []
  for (let i = 0; i < count; i++) if (indegree[i] === 0) order.push(i)
  for (let head = 0; head < order.length; head++) {
    for (const target of next[order[head]]) if (--indegree[target] === 0) order.push(target)
  }
  const cyclic: Array<number> = []
  for (let i = 0; i < count; i++) if (indegree[i] > 0) cyclic.push(i)
  return { order, cyclic }
}
