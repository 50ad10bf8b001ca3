/**
 * The `agent` node's tools: their params (`workflow`: another workflow of the organization, run
 * as a sub-workflow; `http`: a request through the `http` node's `send`, the model's arguments as
 * the JSON body or, for GET-like methods, the query; `mcp`: a tool the organization installed,
 * called with the `mcp` node's `callTool`, described to the model by the server's own listing),
 * the specs offered to the model, and how a call runs. A failing tool answers the model with
 * `{ error }` instead of failing the node.
 *
 * @since 0.1.0
 */
import { Context, Effect, Schema } from "effect"
import type { NodeContext } from "@sire/core/NodeType"
import type * as CredentialVault from "../../CredentialVault.js"
import * as EgressGuard from "../../EgressGuard.js"
import * as McpClient from "../../McpClient.js"
import * as McpServers from "../../McpServers.js"
import * as HttpNode from "../../HttpNode.js"
import * as McpNode from "../../McpNode.js"
import type { ToolCall, ToolSpec } from "./Model.js"

/** A tool name as the providers accept it. */
export const ToolName = Schema.String.pipe(Schema.pattern(/^[a-zA-Z0-9_-]{1,64}$/))

const InputSchema = Schema.Record({ key: Schema.String, value: Schema.Unknown })

/** A tool that runs another workflow of the same organization; its output is the result. */
export const WorkflowTool = Schema.Struct({
  type: Schema.Literal("workflow"),
  workflowId: Schema.String,
  version: Schema.optional(Schema.Int.pipe(Schema.positive())),
  name: ToolName,
  description: Schema.String,
  inputSchema: Schema.optional(InputSchema)
})

/** A tool that sends an HTTP request; `{ status, body }` is the result. */
export const HttpTool = Schema.Struct({
  type: Schema.Literal("http"),
  name: ToolName,
  description: Schema.String,
  method: Schema.optionalWith(Schema.Literal(...HttpNode.methods), { default: () => "POST" as const }),
  url: Schema.String,
  headers: Schema.optional(Schema.Record({ key: Schema.String, value: Schema.String })),
  credentialId: Schema.optional(Schema.String),
  inputSchema: Schema.optional(InputSchema),
  timeoutMs: Schema.optional(Schema.Int.pipe(Schema.between(1, HttpNode.maxTimeoutMs)))
})

/** A tool of an MCP server installed for the organization; `name`, `description` and `inputSchema` default to the server's. */
export const McpTool = Schema.Struct({
  type: Schema.Literal("mcp"),
  serverId: Schema.String.pipe(Schema.minLength(1)),
  tool: Schema.String.pipe(Schema.minLength(1)),
  name: Schema.optional(ToolName),
  description: Schema.optional(Schema.String),
  inputSchema: Schema.optional(InputSchema),
  timeoutMs: Schema.optional(Schema.Int.pipe(Schema.between(1, McpNode.maxTimeoutMs)))
})

/** A tool as written in the `agent` node's params. */
export const Tool = Schema.Union(WorkflowTool, HttpTool, McpTool)

/** A decoded tool. */
export type Tool = typeof Tool.Type

/** What a tool call answered. */
export interface ToolResult {
  readonly id: string
  readonly name: string
  readonly result: unknown
  readonly isError: boolean
}

/** A tool ready for the loop: its spec, and how one of its calls runs (`step` numbers the model call). */
export interface Runner {
  readonly spec: ToolSpec
  readonly run: (call: ToolCall, step: number) => Effect.Effect<ToolResult>
}

const anyObject = { type: "object", additionalProperties: true } as const
const bodyless: ReadonlySet<string> = new Set(["GET", "HEAD", "DELETE", "OPTIONS"])

/** The name the model calls a tool by. */
export const nameOf = (tool: Tool): string =>
  tool.type === "mcp" ? tool.name ?? tool.tool.replace(/[^a-zA-Z0-9_-]/g, "_").slice(0, 64) : tool.name

/** The services the tools run on. */
export type Services = McpServers.McpServers | EgressGuard.EgressGuard

/** An installed MCP tool's description and input schema, from its server's listing (undefined when it cannot be listed). */
const describeMcp = (services: Context.Context<Services>, organizationId: string, serverId: string, tool: string) =>
  Effect.gen(function*() {
    const servers = yield* McpServers.McpServers
    const guard = yield* EgressGuard.EgressGuard
    const url = yield* servers.url(organizationId, serverId).pipe(Effect.orElseSucceed(() => undefined))
    if (url === undefined) return undefined
    const listing = yield* McpClient.listTools(guard, url, 5_000)
    return listing._tag === "Listed" ? listing.tools.find((entry) => entry.name === tool) : undefined
  }).pipe(Effect.provide(services))

const asQuery = (args: unknown): Record<string, string> =>
  typeof args === "object" && args !== null && !Array.isArray(args)
    ? Object.fromEntries(Object.entries(args).map(([k, v]) => [k, typeof v === "string" ? v : JSON.stringify(v)]))
    : {}

/** Builds the runner of each tool for a node run (listing the MCP servers whose tools need describing). */
export const runners = (
  services: Context.Context<Services>,
  credentials: CredentialVault.CredentialVault["Type"],
  ctx: NodeContext<unknown>,
  tools: ReadonlyArray<Tool>
): Effect.Effect<ReadonlyArray<Runner>> =>
  Effect.forEach(tools, (tool): Effect.Effect<Runner> => {
    const answer = (call: ToolCall, result: unknown, isError: boolean): ToolResult => ({ id: call.id, name: call.name, result, isError })
    const failed = (call: ToolCall) => (error: { readonly message: string }) => Effect.succeed(answer(call, { error: error.message }, true))
    switch (tool.type) {
      case "workflow":
        return Effect.succeed({
          spec: { name: tool.name, description: tool.description, inputSchema: tool.inputSchema ?? anyObject },
          run: (call, step) =>
            ctx.runWorkflow({
              workflowId: tool.workflowId,
              ...(tool.version !== undefined ? { version: tool.version } : {}),
              input: call.arguments ?? {},
              key: `agent/${step}/${call.id}`
            }).pipe(
              Effect.map((outcome) =>
                outcome._tag === "Completed"
                  ? answer(call, outcome.output, false)
                  : outcome._tag === "Failed"
                  ? answer(call, { error: outcome.message }, true)
                  : answer(call, { error: `workflow ${tool.workflowId} is waiting (execution ${outcome.executionId}); agents need tools that finish` }, true)
              ),
              Effect.catchAll(failed(call))
            )
        })
      case "http":
        return Effect.succeed({
          spec: { name: tool.name, description: tool.description, inputSchema: tool.inputSchema ?? anyObject },
          run: (call, step) =>
            HttpNode.send(Context.get(services, EgressGuard.EgressGuard), credentials, {
              organizationId: ctx.execution.organizationId,
              idempotencyKey: `${ctx.execution.id}:${ctx.node.id}:${step}:${call.id}`
            }, {
              method: tool.method,
              url: tool.url,
              ...(tool.headers !== undefined ? { headers: tool.headers } : {}),
              ...(tool.credentialId !== undefined ? { credentialId: tool.credentialId } : {}),
              ...(tool.timeoutMs !== undefined ? { timeoutMs: tool.timeoutMs } : {}),
              ...(bodyless.has(tool.method) ? { query: asQuery(call.arguments) } : { body: call.arguments ?? {} })
            }).pipe(
              Effect.map((response) => answer(call, { status: response.status, body: response.body }, response.status >= 400)),
              Effect.catchAll(failed(call))
            )
        })
      case "mcp": {
        const described = tool.description !== undefined && tool.inputSchema !== undefined
          ? Effect.succeed(undefined)
          : describeMcp(services, ctx.execution.organizationId, tool.serverId, tool.tool)
        return Effect.map(described, (listed): Runner => ({
          spec: {
            name: nameOf(tool),
            description: tool.description ?? listed?.description ?? `Tool ${tool.tool} of MCP server ${tool.serverId}`,
            inputSchema: tool.inputSchema ?? (listed?.inputSchema as Record<string, unknown> | undefined) ?? anyObject
          },
          run: (call) =>
            McpNode.callTool(
              ctx.execution.organizationId,
              tool.serverId,
              tool.tool,
              typeof call.arguments === "object" && call.arguments !== null && !Array.isArray(call.arguments) ? call.arguments as Record<string, unknown> : {},
              tool.timeoutMs !== undefined ? { timeoutMs: tool.timeoutMs } : {}
            ).pipe(
              Effect.provide(services),
              Effect.map((result) => answer(call, result.isError ? { error: result.text || "the tool failed" } : result.output, result.isError)),
              Effect.catchAll(failed(call))
            )
        }))
      }
    }
  }, { concurrency: 4 })
