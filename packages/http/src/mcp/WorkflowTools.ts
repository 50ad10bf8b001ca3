/**
 * Workflows as MCP tools: a workflow with a `trigger` node of `params.kind: "mcp"` is a tool of
 * its organization's MCP server, named from the workflow's name, described by its description,
 * taking its `inputs.fields` as the tool's input schema, and answering the execution's output.
 *
 * @since 0.1.0
 */
import type { CallToolResult, Tool } from "@modelcontextprotocol/sdk/types.js"
import { run } from "./Tools.js"
import { type Answer, query, type Rest } from "./Rest.js"

/** A workflow offered as a tool: its tool definition and the workflow it runs. */
export interface WorkflowTool {
  readonly definition: Tool
  readonly workflowId: string
}

/** The most workflows looked through for tools (pages of 100). */
export const maxWorkflows = 1_000

/** Whether a workflow (as the API shows it) is offered as a tool: it has a trigger of kind `mcp`. */
export const offered = (workflow: any): boolean =>
  Array.isArray(workflow?.triggers) && workflow.triggers.some((trigger: any) => trigger?.kind === "mcp")

/** A tool name from a workflow name: lower case letters, digits and underscores, at most 48 characters. */
export const slug = (name: string): string => {
  const words = name.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, "_").replace(/^_+|_+$/g, "")
  const cut = words.slice(0, 48).replace(/_+$/g, "")
  return cut === "" ? "workflow" : cut
}

const jsonTypes = new Set(["string", "number", "integer", "boolean", "object", "array"])

/** The JSON Schema of a workflow's input from its `inputs.fields`. */
export const inputSchema = (workflow: any): Tool["inputSchema"] => {
  const fields: Record<string, any> = workflow?.inputs?.fields ?? {}
  const properties = Object.fromEntries(Object.entries(fields).map(([key, field]) => [key, {
    ...(jsonTypes.has(field.type) ? { type: field.type } : {}),
    ...(typeof field.description === "string" ? { description: field.description } : {}),
    ...(field.default !== undefined ? { default: field.default } : {})
  }]))
  const required = Object.entries(fields).filter(([, field]) => field.required === true && field.default === undefined).map(([key]) => key)
  return { type: "object", properties, ...(required.length > 0 ? { required } : {}) }
}

/** `<slug>_<id without wf_>`: unique, since ids are, and at most 64 characters. */
const suffixed = (workflow: any): string => `${slug(workflow.name).slice(0, 39).replace(/_+$/g, "")}_${String(workflow.id).replace(/^wf_/, "").slice(0, 24)}`

/**
 * The tools of the offered workflows. A name that two workflows (or a built-in tool) would share,
 * or that another workflow's suffixed name takes, becomes `<slug>_<id>`, so that every tool name is unique.
 */
export const toolsOf = (workflows: ReadonlyArray<any>, reserved: ReadonlySet<string>): ReadonlyArray<WorkflowTool> => {
  const mine = workflows.filter(offered)
  const counts = new Map<string, number>()
  for (const workflow of mine) counts.set(slug(workflow.name), (counts.get(slug(workflow.name)) ?? 0) + 1)
  const plain = (workflow: any) => counts.get(slug(workflow.name)) === 1 && !reserved.has(slug(workflow.name))
  const taken = new Set(mine.filter((workflow) => !plain(workflow)).map(suffixed))
  return mine.map((workflow) => {
    const name = plain(workflow) && !taken.has(slug(workflow.name)) ? slug(workflow.name) : suffixed(workflow)
    return {
      workflowId: workflow.id,
      definition: {
        name,
        title: workflow.name,
        description: `${workflow.description ?? `Runs the Sire workflow "${workflow.name}".`} ` +
          `(Sire workflow ${workflow.id}; answers the execution's output, or its executionId to poll with get_execution when it does not end within the wait.)`,
        inputSchema: inputSchema(workflow),
        annotations: { title: workflow.name, readOnlyHint: false, destructiveHint: false, openWorldHint: true }
      }
    }
  })
}

/** The organization's workflows (at most `maxWorkflows`), or the API's refusal. */
export const listAll = async (rest: Rest): Promise<
  { readonly _tag: "Listed"; readonly workflows: ReadonlyArray<any> } | { readonly _tag: "Refused"; readonly answer: Answer }
> => {
  const workflows: Array<any> = []
  let cursor: string | undefined
  do {
    const answer = await rest.call("GET", `/api/v1/workflows${query({ limit: 100, cursor })}`)
    if (answer.status !== 200 || !Array.isArray(answer.body)) return { _tag: "Refused", answer }
    workflows.push(...answer.body)
    cursor = answer.nextCursor
  } while (cursor !== undefined && workflows.length < maxWorkflows)
  return { _tag: "Listed", workflows }
}

/** Runs the workflow of a tool with the call's arguments as input, waiting for the end (bounded by the server's sync wait). */
export const call = (tool: WorkflowTool, args: Record<string, unknown>, rest: Rest): Promise<CallToolResult> =>
  run(rest, { workflowId: tool.workflowId, input: args }, true)
