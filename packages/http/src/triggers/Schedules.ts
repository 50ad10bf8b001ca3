/**
 * Schedule triggers: a `trigger` node with `{ kind: "schedule", cron, timezone?, missed? }`. The
 * cron (five fields, or six with seconds first) is read by `croner` in the IANA `timezone` (UTC
 * by default); `missed` says what happens to slots that passed while no server ran: `skip`
 * (default: resume at the next future slot) or `runOnce` (one run for them all).
 *
 * @since 0.1.0
 */
import { Cron } from "croner"
import type { Workflow } from "@sire/core/Workflow"
import type { Detail } from "../Errors.js"

/** What to do with slots that passed while no server ran. */
export type Missed = "skip" | "runOnce"

/** A schedule as a trigger node declares it. */
export interface Spec {
  readonly nodeId: string
  readonly cron: string
  readonly timezone: string
  readonly missed: Missed
}

/** The timezone of a schedule that names none. */
export const defaultTimezone = "UTC"

/** Whether `timezone` is an IANA name this runtime knows. */
export const isTimezone = (timezone: string): boolean => {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: timezone })
    return true
  } catch {
    return false
  }
}

/** Why `cron` is not a cron expression croner reads, or `undefined` when it is. */
export const cronProblem = (cron: string): string | undefined => {
  try {
    new Cron(cron, { paused: true })
    return undefined
  } catch (error) {
    return String((error as Error)?.message ?? error).replace(/^CronPattern:\s*/, "")
  }
}

/** The first slot of `spec` strictly after `afterMs` (unix milliseconds), or `null` when there is none. */
export const next = (spec: Pick<Spec, "cron" | "timezone">, afterMs: number): number | null => {
  const slot = new Cron(spec.cron, { paused: true, timezone: spec.timezone }).nextRun(new Date(afterMs))
  return slot === null ? null : slot.getTime()
}

const paramsOf = (node: unknown): Record<string, unknown> | undefined => {
  if (node === null || typeof node !== "object") return undefined
  const record = node as Record<string, unknown>
  if (record.type !== "trigger") return undefined
  return record.params !== null && typeof record.params === "object" ? record.params as Record<string, unknown> : {}
}

/** The schedules a (validated) workflow declares, one per schedule trigger node. */
export const specsOf = (workflow: Workflow): ReadonlyArray<Spec> =>
  workflow.document.nodes.flatMap((node) => {
    const params = paramsOf(node)
    if (params?.kind !== "schedule" || typeof params.cron !== "string") return []
    return [{
      nodeId: node.id,
      cron: params.cron,
      timezone: typeof params.timezone === "string" ? params.timezone : defaultTimezone,
      missed: params.missed === "runOnce" ? "runOnce" as const : "skip" as const
    }]
  })

/** The problems of a workflow body's schedule triggers (missing or unreadable cron, unknown timezone), as 400 details. */
export const problems = (body: unknown): ReadonlyArray<Detail> => {
  const nodes = body !== null && typeof body === "object" ? (body as Record<string, unknown>).nodes : undefined
  if (!Array.isArray(nodes)) return []
  return nodes.flatMap((node: unknown, index): ReadonlyArray<Detail> => {
    const params = paramsOf(node)
    if (params?.kind !== "schedule") return []
    const nodeId = String((node as Record<string, unknown>).id)
    const at = (field: string, message: string): Detail => ({ path: `nodes.${index}.params.${field}`, message, nodeId })
    const out: Array<Detail> = []
    if (typeof params.cron !== "string") out.push(at("cron", "a schedule trigger needs a cron expression"))
    else {
      const problem = cronProblem(params.cron)
      if (problem !== undefined) out.push(at("cron", `invalid cron expression: ${problem}`))
    }
    if (params.timezone !== undefined && (typeof params.timezone !== "string" || !isTimezone(params.timezone))) {
      out.push(at("timezone", "unknown timezone (expected an IANA name such as Europe/Paris)"))
    }
    return out
  })
}
