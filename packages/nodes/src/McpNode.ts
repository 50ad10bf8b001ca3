/**
 * The `mcp` node: calls a tool of an MCP server installed for the executing organization (the
 * `McpServers` port: on the server, the marketplace's
 * `POST /api/v1/marketplace/tools/<serverId>:<tool>/install`), with the official
 * SDK client over Streamable HTTP, every request through the egress guard (blocked addresses are
 * never connected to; redirects are re-checked). Its output is the tool's `structuredContent` when
 * it has one, else `{ content }`; a result with `isError: true` fails the node with the tool's text.
 *
 * A tool that is not installed for the organization — including any tool of another
 * organization's server — is refused before any connection. `callTool` is the same call for other
 * nodes (the `agent` node's MCP tools).
 *
 * @since 0.1.0
 */
import { Effect, Schema } from "effect"
import * as NodeType from "@sire/core/NodeType"
import { EgressGuard } from "./EgressGuard.js"
import { withMcpSession } from "./McpClient.js"
import { McpServers } from "./McpServers.js"

/** The longest `timeoutMs` a call may ask for (5 minutes). */
export const maxTimeoutMs = 300_000

/** The time-out of a call when none is given (30 s). */
export const defaultTimeoutMs = 30_000

/** Why a tool could not be called: not installed (nothing was sent), or the server could not be reached or answered no result. */
export class McpCallError extends Schema.TaggedError<McpCallError>()("McpCallError", {
  reason: Schema.Literal("NotInstalled", "Unreachable"),
  message: Schema.String
}) {}

/** What a tool answered. */
export interface ToolResult {
  /** The tool reported a failure (`isError: true`). */
  readonly isError: boolean
  /** `structuredContent` when present, else `{ content }`. */
  readonly output: unknown
  /** The text parts of its content, joined by new lines. */
  readonly text: string
}

/** Options of a call. */
export interface CallOptions {
  readonly timeoutMs?: number
}

/** The messages along an error's cause chain, outermost first. */
const messages = (error: unknown): string => {
  const seen: Array<string> = []
  for (let cause = error, depth = 0; cause instanceof Error && depth < 8; cause = cause.cause, depth++) {
    if (cause.message && !seen.some((message) => message.includes(cause.message))) seen.push(cause.message)
  }
  return (seen.length > 0 ? seen.join(": ") : String(error)).slice(0, 500)
}

/**
 * Calls `tool` of the server `serverId` for the organization, if the organization installed it;
 * refused (`NotInstalled`) before any connection otherwise.
 */
export const callTool = (
  organizationId: string,
  serverId: string,
  tool: string,
  args: Readonly<Record<string, unknown>>,
  options: CallOptions = {}
): Effect.Effect<ToolResult, McpCallError, McpServers | EgressGuard> =>
  Effect.gen(function*() {
    const servers = yield* McpServers
    const guard = yield* EgressGuard
    const timeoutMs = options.timeoutMs ?? defaultTimeoutMs
    const notInstalled = new McpCallError({
      reason: "NotInstalled",
      message: `tool ${tool} of MCP server ${serverId} is not installed for this organization`
    })
    const lookup = Effect.mapError((error: { readonly message: string }) => new McpCallError({ reason: "Unreachable", message: `the installed tools could not be read: ${error.message}` }))
    if (!(yield* lookup(servers.installed(organizationId, serverId, tool)))) return yield* notInstalled
    const url = yield* lookup(servers.url(organizationId, serverId))
    if (url === undefined) return yield* notInstalled
    const result = yield* Effect.tryPromise({
      try: (signal) =>
        withMcpSession(
          { guard, url, timeoutMs, signal, clientName: "sire-mcp-node" },
          (client) => client.callTool({ name: tool, arguments: { ...args } }, undefined, { signal, timeout: timeoutMs })
        ),
      catch: (error) => new McpCallError({ reason: "Unreachable", message: `MCP server ${serverId} (${url}): ${messages(error)}` })
    }).pipe(
      Effect.timeoutFail({
        duration: timeoutMs + 1_000,
        onTimeout: () => new McpCallError({ reason: "Unreachable", message: `MCP server ${serverId} gave no answer within ${timeoutMs} ms` })
      })
    )
    const content = Array.isArray(result.content) ? result.content : []
    const text = content
      .filter((part): part is { type: "text"; text: string } => typeof part === "object" && part !== null && part.type === "text")
      .map((part) => part.text)
      .join("\n")
    return {
      isError: result.isError === true,
      output: result.structuredContent !== undefined ? result.structuredContent : { content },
      text
    }
  }).pipe(Effect.withSpan("McpNode.callTool", { attributes: { serverId, tool } }))

/** The `mcp` node's params, after templates are resolved. */
export const Params = Schema.Struct({
  serverId: Schema.String.pipe(Schema.minLength(1)),
  tool: Schema.String.pipe(Schema.minLength(1)),
  arguments: Schema.optionalWith(Schema.Record({ key: Schema.String, value: Schema.Unknown }), { default: () => ({}) }),
  timeoutMs: Schema.optional(Schema.Int.pipe(Schema.between(1, maxTimeoutMs)))
})

/** The `mcp` node's decoded params. */
export type Params = typeof Params.Type

/** The `mcp` node type over the MCP servers and the egress guard in context. */
export const make = Effect.gen(function*() {
  const services = yield* Effect.context<McpServers | EgressGuard>()
  return NodeType.make({
    type: "mcp",
    description: "Calls a tool of an MCP server installed for the organization; outputs its structuredContent, else { content }.",
    params: Params,
    run: (ctx) =>
      Effect.gen(function*() {
        const { serverId, tool } = ctx.params
        const result = yield* callTool(ctx.execution.organizationId, serverId, tool, ctx.params.arguments, {
          ...(ctx.params.timeoutMs !== undefined ? { timeoutMs: ctx.params.timeoutMs } : {})
        }).pipe(
          Effect.provide(services),
          Effect.mapError((error) => new NodeType.NodeError({ message: error.message, retryable: error.reason !== "NotInstalled" }))
        )
        if (result.isError) {
          return yield* NodeType.fail(`tool ${tool} of ${serverId} failed: ${result.text || "(no message)"}`)
        }
        return result.output
      })
  })
})
