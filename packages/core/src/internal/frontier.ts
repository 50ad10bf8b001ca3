import type { Graph } from "../Graph.js"

/**
 * Which nodes of a graph are ready, which are skipped: a node runs once all its incoming edges
 * are resolved and at least one was taken; a node whose incoming edges were all skipped is skipped.
 */
export interface Frontier {
  /** Nodes ready to run, in discovery order. */
  readonly ready: Array<number>
  /** Nodes found skipped since the last `drainSkipped`. */
  readonly skipped: Array<number>
  /** Records that a node settled, leaving through `handles`; queues what became ready or skipped. */
  readonly settle: (index: number, handles: ReadonlyArray<string>) => void
  /** Whether an edge from `source` into `target` was taken. */
  readonly isTaken: (source: number, handle: string) => boolean
}

/** A frontier at the start of a run: entry nodes (no incoming edges) are ready. */
export const make = (graph: Graph): Frontier => {
  const count = graph.nodes.length
  const remaining = new Int32Array(count)
  const taken = new Int32Array(count)
  const emitted: Array<ReadonlyArray<string> | undefined> = new Array(count)
  const ready: Array<number> = []
  const skipped: Array<number> = []
  for (const node of graph.nodes) {
    remaining[node.index] = node.incoming.length
    if (node.incoming.length === 0) ready.push(node.index)
  }
  const settle = (index: number, handles: ReadonlyArray<string>) => {
    const stack: Array<[number, ReadonlyArray<string>]> = [[index, handles]]
    while (stack.length > 0) {
      const [current, out] = stack.pop()!
      emitted[current] = out
      for (const link of graph.nodes[current].outgoing) {
        const target = link.target
        if (out.includes(link.handle)) taken[target]++
        if (--remaining[target] === 0) {
          if (taken[target] > 0) ready.push(target)
          else {
            skipped.push(target)
            stack.push([target, []])
          }
        }
      }
    }
  }
  return {
    ready,
    skipped,
    settle,
    isTaken: (source, handle) => emitted[source]?.includes(handle) ?? false
  }
}
