/**
 * The MCP server's built-in tools: workflows (list, get, create, update, validate), executions
 * (run, get with steps, search, cancel, resume). Each is one or two calls of the REST API
 * (`Rest`), so that roles, organization scoping, rate limits and quotas are the API's own.
 *
 * @since 0.1.0
 */
import type { CallToolResult, Tool } from "@modelcontextprotocol/sdk/types.js"
import { JSONSchema } from "effect"
import * as Workflow from "@sire/core/Workflow"
import * as Results from "./Results.js"
import { query, type Rest, segment } from "./Rest.js"

/** A built-in tool: what `tools/list` shows, and how a call runs over the REST API. */
export interface BuiltinTool {
  readonly definition: Tool
  readonly run: (args: Record<string, unknown>, rest: Rest) => Promise<CallToolResult>
}

const { $defs, $schema: _, ...documentSchema } = JSONSchema.make(Workflow.Document) as unknown as Record<string, unknown> & { $defs?: unknown }

/** How to write a workflow document, for the descriptions of the tools that take one. */
const documentGuide = [
  "A workflow document: `name`, optional `description`, optional `inputs.fields` ({ <field>: { type: string|number|integer|boolean|object|array|any, required?, description?, default? } }),",
  "`nodes` ({ id, type, params }) and `edges` ({ source, target, sourceHandle? }).",
  "Node types: trigger (entry; params.kind api|manual|webhook|schedule|chat|mcp; kind mcp makes the workflow a tool of this MCP server), transform (value),",
  "condition (expression; handles true/false), switch (value, cases [{ name, equals }]; handles per case and default), merge, output (value), fail (message),",
  "delay (ms), workflow (workflowId, input), forEach (items, workflowId), http (method, url, headers, body), code (source: an async function body),",
  "llm, agent, mcp, waitForEvent (parks until resumed).",
  "Strings may hold `{{ expr }}` JSONata templates over { input, nodes: { <nodeId>: output }, vars }; a string that is exactly one template yields the raw value.",
  "Example: {\"name\":\"Greet\",\"inputs\":{\"fields\":{\"name\":{\"type\":\"string\",\"required\":true}}},\"nodes\":[{\"id\":\"start\",\"type\":\"trigger\"},",
  "{\"id\":\"done\",\"type\":\"output\",\"params\":{\"value\":\"Hello {{ input.name }}\"}}],\"edges\":[{\"source\":\"start\",\"target\":\"done\"}]}"
].join(" ")

/** An input schema over `properties`, with the document's definitions when one of them is a document. */
const schema = (properties: Record<string, object>, required: ReadonlyArray<string> = []): Tool["inputSchema"] => ({
  type: "object",
  properties,
  ...(required.length > 0 ? { required: [...required] } : {}),
  ...(Object.values(properties).includes(document) && $defs !== undefined ? { $defs } : {})
})

const idOf = (description: string) => ({ type: "string", description })
const workflowId = idOf("The workflow's id (wf_…)")
const executionId = idOf("The execution's id (exec_…)")
const limit = { type: "integer", minimum: 1, maximum: 100, description: "At most this many (default 20)" }
const cursor = { type: "string", description: "The nextCursor of the previous page" }
const document = { ...documentSchema, description: documentGuide }

/** A workflow as a list shows it: what a model needs to pick one, without its graph. */
const summary = (workflow: any) => ({
  id: workflow.id,
  name: workflow.name,
  ...(workflow.description !== undefined ? { description: workflow.description } : {}),
  revision: workflow.revision,
  latestVersion: workflow.latestVersion,
  triggers: workflow.triggers,
  updatedAt: workflow.updatedAt
})

const final = new Set(["completed", "failed", "cancelled"])

/** An execution as a run answers: its output when it ended, else how to follow it. */
export const runResult = (execution: any): Record<string, unknown> => ({
  executionId: execution.id,
  status: execution.status,
  ...(execution.output !== undefined ? { output: execution.output } : {}),
  ...(execution.error !== undefined ? { error: execution.error } : {}),
  ...(final.has(execution.status) ? {} : {
    next: `The execution is ${execution.status}: call get_execution with id ${execution.id} to follow it` +
      (execution.status === "waiting" ? " (or resume_execution if it waits for an event)" : "")
  })
})

/** Runs a workflow through `POST /executions` (recorded with trigger `mcp`), waiting for the end when `wait` (bounded by the server's sync wait). */
export const run = async (rest: Rest, body: Record<string, unknown>, wait: boolean): Promise<CallToolResult> => {
  const answer = await rest.call("POST", "/api/v1/executions", { ...body, mode: wait ? "sync" : "async", trigger: "mcp" })
  if (answer.status >= 200 && answer.status < 300) {
    const result = runResult(answer.body)
    return answer.body !== null && (answer.body as any).status === "failed"
      ? Results.failure(`the execution failed: ${(answer.body as any).error?.message ?? "unknown error"}`, result)
      : Results.success(result)
  }
  return Results.refusal(answer)
}

const readOnly = { readOnlyHint: true, openWorldHint: false }
const writes = { readOnlyHint: false, destructiveHint: false, openWorldHint: false }

/** Every built-in tool, by name. */
export const builtins: ReadonlyArray<BuiltinTool> = [
  {
    definition: {
      name: "list_workflows",
      title: "List workflows",
      description: "Lists the organization's workflows, newest first (id, name, description, triggers). Use get_workflow for a whole document.",
      inputSchema: schema({ name: { type: "string", description: "Only workflows whose name contains this (case-insensitive)" }, limit, cursor }),
      annotations: readOnly
    },
    run: async (args, rest) => {
      const answer = await rest.call("GET", `/api/v1/workflows${query({
        name: Results.optionalText(args, "name"),
        limit: Results.optionalInteger(args, "limit") ?? 20,
        cursor: Results.optionalText(args, "cursor")
      })}`)
      return Results.fromAnswer(answer, (body, { nextCursor }) => ({
        workflows: (body as ReadonlyArray<unknown>).map(summary),
        ...(nextCursor !== undefined ? { nextCursor } : {})
      }))
    }
  },
  {
    definition: {
      name: "get_workflow",
      title: "Get a workflow",
      description: "The workflow's whole document (nodes, edges, inputs), revision and triggers.",
      inputSchema: schema({ id: workflowId }, ["id"]),
      annotations: readOnly
    },
    run: async (args, rest) => Results.fromAnswer(await rest.call("GET", `/api/v1/workflows/${segment(Results.text(args, "id"))}`))
  },
  {
    definition: {
      name: "validate_workflow",
      title: "Validate a workflow document",
      description: "Checks a workflow document without saving it: { valid, problems: [{ path, message, nodeId? }] }. Fix every problem, then create_workflow or update_workflow.",
      inputSchema: schema({ workflow: document }, ["workflow"]),
      annotations: readOnly
    },
    run: async (args, rest) => Results.fromAnswer(await rest.call("POST", "/api/v1/workflows/validate", Results.object(args, "workflow")))
  },
  {
    definition: {
      name: "create_workflow",
      title: "Create a workflow",
      description: "Validates and saves a new workflow document; answers the stored workflow with its id. An invalid document is refused with every problem listed (details: [{ path, message }]).",
      inputSchema: schema({ workflow: document }, ["workflow"]),
      annotations: writes
    },
    run: async (args, rest) => Results.fromAnswer(await rest.call("POST", "/api/v1/workflows", Results.object(args, "workflow")))
  },
  {
    definition: {
      name: "update_workflow",
      title: "Update a workflow",
      description: "Replaces a workflow's document (the whole document: get_workflow first and change what you need; leave out id, revision, triggers and times). Invalid documents are refused with every problem listed.",
      inputSchema: schema({ id: workflowId, workflow: document }, ["id", "workflow"]),
      annotations: { ...writes, idempotentHint: true }
    },
    run: async (args, rest) =>
      Results.fromAnswer(await rest.call("PUT", `/api/v1/workflows/${segment(Results.text(args, "id"))}`, Results.object(args, "workflow")))
  },
  {
    definition: {
      name: "run_workflow",
      title: "Run a workflow",
      description: "Starts an execution of a workflow with an input. With wait (the default) it waits for the end, up to the server's sync wait (30 s by default), and answers the output; an execution still running or waiting answers its executionId to poll with get_execution.",
      inputSchema: schema({
        workflowId,
        input: { description: "The execution's input (checked against the workflow's inputs.fields)" },
        version: { type: "integer", minimum: 1, description: "Run this frozen version instead of the current document" },
        wait: { type: "boolean", description: "Wait for the end (default true); false answers at once with the executionId" },
        idempotencyKey: { type: "string", description: "Starting twice with the same key starts one execution" }
      }, ["workflowId"]),
      annotations: { readOnlyHint: false, destructiveHint: false, openWorldHint: true }
    },
    run: async (args, rest) => {
      const version = Results.optionalInteger(args, "version")
      const key = Results.optionalText(args, "idempotencyKey")
      return run(rest, {
        workflowId: Results.text(args, "workflowId"),
        ...(args.input !== undefined ? { input: args.input } : {}),
        ...(version !== undefined ? { version } : {}),
        ...(key !== undefined ? { idempotencyKey: key } : {})
      }, args.wait !== false)
    }
  },
  {
    definition: {
      name: "get_execution",
      title: "Get an execution",
      description: "An execution's status, input, output or error, and its steps (per node: status, input, output or error, attempts, times).",
      inputSchema: schema({ id: executionId }, ["id"]),
      annotations: readOnly
    },
    run: async (args, rest) => Results.fromAnswer(await rest.call("GET", `/api/v1/executions/${segment(Results.text(args, "id"))}`))
  },
  {
    definition: {
      name: "search_executions",
      title: "Search executions",
      description: "Executions, newest first, filtered by workflow, status, trigger, creation time (unix seconds) and duration.",
      inputSchema: schema({
        workflowId,
        status: { type: "string", enum: ["queued", "running", "waiting", "completed", "failed", "cancelled"] },
        trigger: { type: "string", description: "How executions started: api, manual, mcp, webhook, schedule, chat or workflow" },
        from: { type: "integer", description: "Created at or after (unix seconds)" },
        to: { type: "integer", description: "Created before (unix seconds)" },
        minDurationMs: { type: "integer", minimum: 0 },
        maxDurationMs: { type: "integer", minimum: 0 },
        limit,
        cursor
      }),
      annotations: readOnly
    },
    run: async (args, rest) => {
      const answer = await rest.call("GET", `/api/v1/executions/search${query({
        workflowId: Results.optionalText(args, "workflowId"),
        status: Results.optionalText(args, "status"),
        trigger: Results.optionalText(args, "trigger"),
        from: Results.optionalInteger(args, "from"),
        to: Results.optionalInteger(args, "to"),
        minDurationMs: Results.optionalInteger(args, "minDurationMs"),
        maxDurationMs: Results.optionalInteger(args, "maxDurationMs"),
        limit: Results.optionalInteger(args, "limit") ?? 20,
        cursor: Results.optionalText(args, "cursor")
      })}`)
      return Results.fromAnswer(answer, (body, { nextCursor }) => ({
        executions: body,
        ...(nextCursor !== undefined ? { nextCursor } : {})
      }))
    }
  },
  {
    definition: {
      name: "cancel_execution",
      title: "Cancel an execution",
      description: "Cancels a queued, running or waiting execution (running nodes are interrupted) and answers it once final.",
      inputSchema: schema({ id: executionId }, ["id"]),
      annotations: { readOnlyHint: false, destructiveHint: true, idempotentHint: true, openWorldHint: false }
    },
    run: async (args, rest) =>
      Results.fromAnswer(await rest.call("POST", `/api/v1/executions/${segment(Results.text(args, "id"))}/cancel`))
  },
  {
    definition: {
      name: "resume_execution",
      title: "Resume a waiting execution",
      description: "Delivers a payload to the waitForEvent node an execution waits on, and wakes it. Name the node (nodeId) or its event when several may wait.",
      inputSchema: schema({
        id: executionId,
        payload: { description: "What the waitForEvent node outputs" },
        nodeId: { type: "string", description: "The waitForEvent node to resume" },
        event: { type: "string", description: "Resume the waitForEvent node whose params.event is this" }
      }, ["id"]),
      annotations: writes
    },
    run: async (args, rest) => {
      const nodeId = Results.optionalText(args, "nodeId")
      const event = Results.optionalText(args, "event")
      return Results.fromAnswer(await rest.call("POST", `/api/v1/executions/${segment(Results.text(args, "id"))}/resume`, {
        ...(args.payload !== undefined ? { payload: args.payload } : {}),
        ...(nodeId !== undefined ? { nodeId } : {}),
        ...(event !== undefined ? { event } : {})
      }))
    }
  }
]

/** The built-in tool named `name`, if any. */
export const builtin = (name: string): BuiltinTool | undefined => builtins.find((tool) => tool.definition.name === name)
