/**
 * The Sire MCP server over any transport: the built-in tools (`Tools`), the workflows offered as
 * tools (`WorkflowTools`) and the resources (`Resources`), every one of them calls of the REST API
 * as one client (`Rest`). `Http` serves it at `/mcp`, `Stdio` over a process's stdin and stdout.
 *
 * @since 0.1.0
 */
import { Server } from "@modelcontextprotocol/sdk/server/index.js"
import {
  CallToolRequestSchema,
  type CallToolResult,
  ErrorCode,
  ListResourcesRequestSchema,
  ListResourceTemplatesRequestSchema,
  ListToolsRequestSchema,
  McpError,
  ReadResourceRequestSchema
} from "@modelcontextprotocol/sdk/types.js"
import * as Resources from "./Resources.js"
import * as Results from "./Results.js"
import type { Rest } from "./Rest.js"
import * as Tools from "./Tools.js"
import * as WorkflowTools from "./WorkflowTools.js"

/** What the server says it is. */
export const info = { name: "sire", title: "Sire workflows", version: "0.1.0" }

/** How a model should use the server, sent at initialization. */
export const instructions = [
  "Sire runs workflows: JSON documents of nodes and edges.",
  "To build one: write a document, check it with validate_workflow, fix every problem it lists, then create_workflow.",
  "To run one: run_workflow (answers the output, or an executionId to follow with get_execution).",
  "Workflows with a trigger of params.kind \"mcp\" are also tools of their own, named after the workflow."
].join(" ")

const reserved: ReadonlySet<string> = new Set(Tools.builtins.map((tool) => tool.definition.name))

/** The offered workflows' tools, or the API's refusal as a protocol error. */
const workflowTools = async (rest: Rest): Promise<ReadonlyArray<WorkflowTools.WorkflowTool>> => {
  const listed = await WorkflowTools.listAll(rest)
  if (listed._tag === "Refused") {
    const body = listed.answer.body as { error?: unknown } | null
    throw new McpError(ErrorCode.InternalError, typeof body?.error === "string" ? body.error : `the Sire API answered ${listed.answer.status}`)
  }
  return WorkflowTools.toolsOf(listed.workflows, reserved)
}

/** Runs the tool called `name`: a built-in, else an offered workflow's. */
const callTool = async (rest: Rest, name: string, args: Record<string, unknown>): Promise<CallToolResult> => {
  const builtin = Tools.builtin(name)
  if (builtin !== undefined) return builtin.run(args, rest)
  const tool = (await workflowTools(rest)).find((candidate) => candidate.definition.name === name)
  if (tool === undefined) return Results.failure(`unknown tool ${name}: list the tools again, a workflow tool may have been renamed or removed`)
  return WorkflowTools.call(tool, args, rest)
}

/** A result for a call that could not reach the API or had bad arguments. */
const unexpected = (error: unknown): CallToolResult =>
  error instanceof Results.InvalidArguments
    ? Results.failure(`invalid arguments: ${error.message}`)
    : Results.failure(`could not reach the Sire API: ${error instanceof Error ? error.message : String(error)}`)

/** A new MCP server whose tools and resources call the REST API through `rest`. */
export const make = (rest: Rest): Server => {
  const server = new Server(info, { capabilities: { tools: {}, resources: {} }, instructions })
  server.setRequestHandler(ListToolsRequestSchema, async () => ({
    tools: [...Tools.builtins.map((tool) => tool.definition), ...(await workflowTools(rest)).map((tool) => tool.definition)]
  }))
  server.setRequestHandler(CallToolRequestSchema, async (request) =>
    callTool(rest, request.params.name, request.params.arguments ?? {}).catch(unexpected))
  server.setRequestHandler(ListResourceTemplatesRequestSchema, async () => ({ resourceTemplates: [...Resources.templates] }))
  server.setRequestHandler(ListResourcesRequestSchema, async () =>
    ({ resources: [...await Resources.list(rest).catch(notFound)] }))
  server.setRequestHandler(ReadResourceRequestSchema, async (request) =>
    Resources.read(rest, request.params.uri).catch(notFound))
  return server
}

/** A resource that cannot be read, as the protocol's "resource not found" (-32002). */
const notFound = (error: unknown): never => {
  if (error instanceof Resources.ResourceUnavailable) throw new McpError(-32002, error.message)
  throw error
}
