/**
 * All the integration node types at once — `http`, `code`, `waitForEvent`, `llm`, `agent`, `mcp` —
 * over the services they need, for a host that wants them all: `layer` registers them in the
 * host's Sire runtime with default services (the egress guard, a sandbox pool, credentials,
 * signals and MCP servers in memory); `make` builds the node types over services the host
 * provides itself (the server does, over its database). Each node type also stands alone
 * (`HttpNode.make`, `CodeNode.make`, …). Hosts without Effect `open` them with Promises.
 *
 * @example
 *   import * as Sire from "@sire/core/Sire"
 *   import * as Nodes from "@sire/nodes/Nodes"
 *
 *   const SireLive = Nodes.layer((nodes) => Sire.layerMemory({ nodes }), { egressAllow: [] })
 *
 * @example
 *   import { SireClient } from "@sire/core"
 *   import { Nodes } from "@sire/nodes"
 *
 *   const integrations = await Nodes.open()
 *   const sire = await SireClient.make({ nodes: integrations.nodes })
 *   // … then `await sire.close()` and `await integrations.close()`
 *
 * @since 0.1.0
 */
import { Cause, Effect, Exit, Layer, Scope } from "effect"
import type { NodeType } from "@sire/core/NodeType"
import * as AgentNode from "./AgentNode.js"
import * as CodeNode from "./CodeNode.js"
import * as CredentialVault from "./CredentialVault.js"
import * as EgressGuard from "./EgressGuard.js"
import * as HttpNode from "./HttpNode.js"
import * as LlmNode from "./LlmNode.js"
import * as McpNode from "./McpNode.js"
import * as McpServers from "./McpServers.js"
import type { Sandbox } from "./Sandbox.js"
import * as SandboxPool from "./SandboxPool.js"
import * as Signals from "./Signals.js"
import * as WaitForEventNode from "./WaitForEventNode.js"

/** Settings of the node types. */
export interface Options {
  /** The largest `timeoutMs` a `code` node may ask for (`CodeNode.maxTimeoutMs` by default). */
  readonly codeTimeoutMaxMs?: number
}

/** The services the node types run over. */
export type Services =
  | EgressGuard.EgressGuard
  | CredentialVault.CredentialVault
  | Sandbox
  | Signals.Signals
  | McpServers.McpServers

/** The integration node types, over the services in context. */
export const make = (options: Options = {}): Effect.Effect<ReadonlyArray<NodeType>, never, Services> =>
  Effect.all([
    HttpNode.make,
    CodeNode.makeWith(options.codeTimeoutMaxMs !== undefined ? { maxTimeoutMs: options.codeTimeoutMaxMs } : {}),
    WaitForEventNode.make,
    LlmNode.make,
    AgentNode.make,
    McpNode.make
  ])

/** Settings of the default services. */
export interface ServiceOptions {
  /** Hosts, addresses and CIDRs outbound requests may reach although private (`SIRE_EGRESS_ALLOW`); none by default. */
  readonly egressAllow?: ReadonlyArray<string>
  /** The `code` node's sandbox pool (two warm workers by default; started with the first `code` node). */
  readonly sandbox?: SandboxPool.Options
  /** Credentials nodes may open (`credentialId`); none by default. */
  readonly credentials?: ReadonlyArray<CredentialVault.MemoryCredential>
  /** MCP servers and the tools the `mcp` and `agent` nodes may call; none by default. */
  readonly mcpServers?: ReadonlyArray<McpServers.MemoryServer>
}

/** The default services: the egress guard, a sandbox pool, and credentials, signals and MCP servers held in memory. */
export const services = (options: ServiceOptions = {}): Layer.Layer<Services, EgressGuard.EgressError> =>
  Layer.mergeAll(
    EgressGuard.layer({ allow: options.egressAllow ?? [] }),
    CredentialVault.layerMemory(options.credentials),
    SandboxPool.layer(options.sandbox),
    Signals.layerMemory,
    McpServers.layerMemory(options.mcpServers)
  )

/**
 * A host's Sire runtime with every integration node type registered: `sire` builds the runtime
 * from the node types (e.g. `(nodes) => Sire.layerMemory({ nodes })`), over the default services,
 * which the layer also provides (to deliver a `waitForEvent` payload through `Signals`, say).
 */
export const layer = <A, E, R>(
  sire: (nodes: ReadonlyArray<NodeType>) => Layer.Layer<A, E, R>,
  options: Options & ServiceOptions = {}
): Layer.Layer<A | Services, E | EgressGuard.EgressError, Exclude<R, Services>> =>
  Layer.provideMerge(Layer.unwrapEffect(Effect.map(make(options), sire)), services(options))

/** The node types opened with Promises, and how to release their services (the sandbox's workers, the guard's connections). */
export interface Opened {
  readonly nodes: ReadonlyArray<NodeType>
  readonly close: () => Promise<void>
}

/** Opens every integration node type over the default services, for a host without Effect (`SireClient.make({ nodes })`). */
export const open = async (options: Options & ServiceOptions = {}): Promise<Opened> => {
  const scope = Effect.runSync(Scope.make())
  const exit = await Effect.runPromiseExit(
    Effect.flatMap(Layer.buildWithScope(services(options), scope), (context) => Effect.provide(make(options), context))
  )
  if (Exit.isFailure(exit)) {
    await Effect.runPromise(Scope.close(scope, exit))
    throw Cause.squash(exit.cause)
  }
  return { nodes: exit.value, close: () => Effect.runPromise(Scope.close(scope, Exit.void)) }
}
