/**
 * The MCP server's resources: workflow documents (`sire://workflows/{id}`, JSON) and execution
 * logs (`sire://executions/{id}/logs`, one line per step), read through the REST API.
 *
 * @since 0.1.0
 */
import type { ReadResourceResult, Resource, ResourceTemplate } from "@modelcontextprotocol/sdk/types.js"
import { query, type Rest, segment } from "./Rest.js"

/** The templates of the resources a client may read. */
export const templates: ReadonlyArray<ResourceTemplate> = [
  {
    uriTemplate: "sire://workflows/{id}",
    name: "workflow",
    title: "Workflow document",
    description: "A workflow's document as JSON (name, inputs, nodes, edges), with its revision and triggers",
    mimeType: "application/json"
  },
  {
    uriTemplate: "sire://executions/{id}/logs",
    name: "execution-logs",
    title: "Execution log",
    description: "An execution's log: its status, then one line per step (times, node, status, attempts, error), then its output or error",
    mimeType: "text/plain"
  }
]

/** A resource that cannot be read: an unknown URI, or the API's refusal (404 for another organization's id). */
export class ResourceUnavailable extends Error {
  constructor(message: string) {
    super(message)
    this.name = "ResourceUnavailable"
  }
}

/** The newest workflows (one page of 100) as resources. */
export const list = async (rest: Rest): Promise<ReadonlyArray<Resource>> => {
  const answer = await rest.call("GET", `/api/v1/workflows${query({ limit: 100 })}`)
  if (answer.status !== 200 || !Array.isArray(answer.body)) throw new ResourceUnavailable(refusalOf(answer.status, answer.body))
  return answer.body.map((workflow: any) => ({
    uri: `sire://workflows/${workflow.id}`,
    name: workflow.name,
    ...(workflow.description !== undefined ? { description: workflow.description } : {}),
    mimeType: "application/json"
  }))
}

const refusalOf = (status: number, body: unknown): string =>
  body !== null && typeof body === "object" && typeof (body as any).error === "string" ? (body as any).error : `the Sire API answered ${status}`

const iso = (seconds: unknown): string => typeof seconds === "number" ? new Date(seconds * 1000).toISOString() : "-"

/** An execution (with steps, as `GET /executions/:id` answers) as log lines. */
export const logLines = (execution: any): string => {
  const lines = [`execution ${execution.id} of workflow ${execution.workflowId}: ${execution.status} (trigger ${execution.trigger}, created ${iso(execution.createdAt)})`]
  for (const step of execution.steps ?? []) {
    const error = step.error?.message !== undefined ? ` error: ${step.error.message}` : ""
    lines.push(`${iso(step.startedAt)} ${step.nodeId} ${step.status} attempts=${step.attempts ?? 0}${step.endedAt !== undefined ? ` ended ${iso(step.endedAt)}` : ""}${error}`)
  }
  if (execution.output !== undefined) lines.push(`output: ${JSON.stringify(execution.output)}`)
  if (execution.error !== undefined) lines.push(`error: ${execution.error.message}${execution.error.nodeId !== undefined ? ` (node ${execution.error.nodeId})` : ""}`)
  return `${lines.join("\n")}\n`
}

const workflowUri = /^sire:\/\/workflows\/([^/?#]+)$/
const logsUri = /^sire:\/\/executions\/([^/?#]+)\/logs$/

/** Reads one resource by its URI. */
export const read = async (rest: Rest, uri: string): Promise<ReadResourceResult> => {
  const workflow = workflowUri.exec(uri)?.[1]
  const execution = logsUri.exec(uri)?.[1]
  if (workflow === undefined && execution === undefined) throw new ResourceUnavailable(`unknown resource ${uri}: expected sire://workflows/{id} or sire://executions/{id}/logs`)
  const path = workflow !== undefined ? `/api/v1/workflows/${segment(decodeURIComponent(workflow))}` : `/api/v1/executions/${segment(decodeURIComponent(execution!))}`
  const answer = await rest.call("GET", path)
  if (answer.status !== 200) throw new ResourceUnavailable(refusalOf(answer.status, answer.body))
  return {
    contents: [workflow !== undefined
      ? { uri, mimeType: "application/json", text: JSON.stringify(answer.body, null, 2) }
      : { uri, mimeType: "text/plain", text: logLines(answer.body) }]
  }
}
