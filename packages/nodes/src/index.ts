/**
 * `@sire/nodes`: the integration node types for any host of `@sire/core`, and the ports they run
 * over. `Nodes.layer` registers them all; each module also stands alone.
 *
 * @since 0.1.0
 */

/** Every node type at once, with default services. */
export * as Nodes from "./Nodes.js"
/** The `http` node. */
export * as HttpNode from "./HttpNode.js"
/** The `code` node. */
export * as CodeNode from "./CodeNode.js"
/** The `waitForEvent` node. */
export * as WaitForEventNode from "./WaitForEventNode.js"
/** The `llm` node. */
export * as LlmNode from "./LlmNode.js"
/** The `agent` node. */
export * as AgentNode from "./AgentNode.js"
/** The `mcp` node. */
export * as McpNode from "./McpNode.js"
/** Outbound requests through the address policy. */
export * as EgressGuard from "./EgressGuard.js"
/** Which addresses outbound requests may reach. */
export * as AddressPolicy from "./AddressPolicy.js"
/** The port of stored credentials. */
export * as CredentialVault from "./CredentialVault.js"
/** The port of payloads delivered to waiting nodes. */
export * as Signals from "./Signals.js"
/** The port of MCP servers and installed tools. */
export * as McpServers from "./McpServers.js"
/** The MCP client over the egress guard. */
export * as McpClient from "./McpClient.js"
/** The sandbox port. */
export * as Sandbox from "./Sandbox.js"
/** The sandbox as a pool of QuickJS workers. */
export * as SandboxPool from "./SandboxPool.js"
/** Model token usage and cost. */
export * as ModelUsage from "./ModelUsage.js"
