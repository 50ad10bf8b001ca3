/**
 * The port through which the `mcp` node and the `agent` node's MCP tools find a server: where a
 * server of the organization is, and whether the organization installed a tool of it. A tool not
 * installed is refused before any connection. The server answers from its marketplace (its
 * catalog and the servers an organization registered); a host embedding the nodes lists its own.
 *
 * @since 0.1.0
 */
import { Context, Data, Effect, Layer } from "effect"

/** The servers could not be looked up (retryable). */
export class McpServersError extends Data.TaggedError("McpServersError")<{ readonly cause: unknown }> {
  /** The message. */
  override get message() {
    return this.cause instanceof Error ? this.cause.message : String(this.cause)
  }
}

/** The MCP servers and installed tools of organizations. */
export class McpServers extends Context.Tag("@sire/nodes/McpServers")<McpServers, {
  /** The URL of server `serverId` for the organization, if it has one by that id. */
  readonly url: (organizationId: string, serverId: string) => Effect.Effect<string | undefined, McpServersError>
  /** Whether the organization installed tool `tool` of server `serverId`. */
  readonly installed: (organizationId: string, serverId: string, tool: string) => Effect.Effect<boolean, McpServersError>
}>() {}

/** A server a host hands the memory directory. */
export interface MemoryServer {
  readonly id: string
  /** Its Streamable HTTP endpoint. */
  readonly url: string
  /** The tools that may be called; when absent, every tool of the server may. */
  readonly tools?: ReadonlyArray<string>
}

/** Servers held in memory, the same for every organization (an embedding host; `sire run` has none). */
export const layerMemory = (servers: ReadonlyArray<MemoryServer> = []): Layer.Layer<McpServers> => {
  const byId = new Map(servers.map((server) => [server.id, server]))
  return Layer.succeed(McpServers, McpServers.of({
    url: (_organizationId, serverId) => Effect.succeed(byId.get(serverId)?.url),
    installed: (_organizationId, serverId, tool) => {
      const server = byId.get(serverId)
      return Effect.succeed(server !== undefined && (server.tools === undefined || server.tools.includes(tool)))
    }
  }))
}
