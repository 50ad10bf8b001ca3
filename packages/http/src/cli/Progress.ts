/**
 * What `sire run` shows of an execution's events: one entry per step event — a node started,
 * completed (with its duration, and the branch it took), retrying, waiting, failed, skipped,
 * cancelled, or logged a line — and a summary when the execution ends.
 *
 * @since 0.1.0
 */
import type { Event, Execution } from "@sire/core/Execution"
import type { Document } from "@sire/core/Workflow"

/** What happened to a node. */
export type Kind = "started" | "completed" | "retrying" | "waiting" | "failed" | "skipped" | "cancelled" | "log"

/** One thing to show about one node. */
export interface Entry {
  readonly kind: Kind
  readonly nodeId: string
  /** `check (condition)`. */
  readonly label: string
  /** What happened: `completed in 3 ms → true`. */
  readonly text: string
  /** When (unix ms, the engine's clock). */
  readonly at: number
  /** For `waiting`: when the node wakes, if on a timer. */
  readonly wakeAt?: number
}

/** `850 ms`, `1.2 s`, `2 min 5 s`. */
export const duration = (ms: number): string => {
  const whole = Math.max(0, Math.round(ms))
  if (whole < 1_000) return `${whole} ms`
  if (whole < 60_000) return `${(whole / 1_000).toFixed(1)} s`
  return `${Math.floor(whole / 60_000)} min ${Math.round((whole % 60_000) / 1_000)} s`
}

/** A wake-up time as the local wall-clock time, `11:45:00`. */
const clockTime = (at: number): string => new Date(at).toTimeString().slice(0, 8)

/** Whether the handles a step left through are worth showing (anything but the plain `out`). */
const branch = (handles: ReadonlyArray<string>): string =>
  handles.length === 0 || (handles.length === 1 && handles[0] === "out") ? "" : ` → ${handles.join(", ")}`

/**
 * A reader of one execution's events: turns each step event into an entry (undefined for
 * execution events), timing each node from its first attempt's start; a node that starts again
 * after it waited has `resumed`.
 */
export const make = (document: Document) => {
  const types = new Map(document.nodes.map((node) => [node.id, node.type]))
  const firstStart = new Map<string, number>()
  const parked = new Set<string>()
  const label = (nodeId: string) => `${nodeId} (${types.get(nodeId) ?? "node"})`
  const since = (nodeId: string, at: number) => {
    const start = firstStart.get(nodeId)
    return start === undefined ? "" : ` in ${duration(at - start)}`
  }
  return (event: Event): Entry | undefined => {
    const entry = (kind: Kind, nodeId: string, text: string, wakeAt?: number): Entry => ({
      kind,
      nodeId,
      label: label(nodeId),
      text,
      at: event.at,
      ...(wakeAt !== undefined ? { wakeAt } : {})
    })
    switch (event._tag) {
      case "step.started":
        if (!firstStart.has(event.nodeId)) firstStart.set(event.nodeId, event.at)
        if (parked.delete(event.nodeId)) return entry("started", event.nodeId, "resumed")
        return entry("started", event.nodeId, event.attempt > 1 ? `attempt ${event.attempt} started` : "started")
      case "step.completed":
        return entry("completed", event.nodeId, `completed${since(event.nodeId, event.at)}${branch(event.handles)}`)
      case "step.retrying":
        return entry("retrying", event.nodeId, `attempt ${event.attempt} failed: ${event.error}; retrying in ${duration(event.delayMs)}`)
      case "step.waiting":
        parked.add(event.nodeId)
        return event.wakeAt === undefined
          ? entry("waiting", event.nodeId, "waiting for an event")
          : entry("waiting", event.nodeId, `waiting until ${clockTime(event.wakeAt)} (${duration(event.wakeAt - event.at)})`, event.wakeAt)
      case "step.failed":
        return entry("failed", event.nodeId, `failed${since(event.nodeId, event.at)}${branch(event.handles)}: ${event.error}`)
      case "step.skipped":
        return entry("skipped", event.nodeId, "skipped")
      case "step.cancelled":
        return entry("cancelled", event.nodeId, "cancelled")
      case "step.log":
        return entry("log", event.nodeId, event.message)
      default:
        return undefined
    }
  }
}

/** The last line: how the execution ended and how long it took. */
export const summary = (execution: Execution): string => {
  const took = execution.startedAt !== undefined && execution.endedAt !== undefined
    ? ` in ${duration(execution.endedAt - execution.startedAt)}`
    : ""
  switch (execution.status) {
    case "completed":
      return `execution ${execution.id} completed${took}`
    case "failed": {
      const node = execution.error?.nodeId === undefined ? "" : ` at node ${execution.error.nodeId}`
      return `execution ${execution.id} failed${took}${node}: ${execution.error?.message ?? "unknown error"}`
    }
    default:
      return `execution ${execution.id} ${execution.status}${took}`
  }
}
