/**
 * The server's node types for a process that runs documents without serving (`sire run`,
 * `sire validate`): the same integration nodes as `sire serve` (`@sire/nodes`), configured from
 * the same environment (`SIRE_EGRESS_ALLOW`, `SIRE_SANDBOX_WORKERS`, `SIRE_CODE_TIMEOUT_MAX_MS`),
 * over the nodes' default services: a local run has no organization's credentials or installed MCP
 * tools, and its `waitForEvent` payloads live as long as the process.
 *
 * @since 0.1.0
 */
import { Effect, Layer, type Scope } from "effect"
import type { ConfigError } from "effect/ConfigError"
import type { NodeType } from "@sire/core/NodeType"
import type * as EgressGuard from "@sire/nodes/EgressGuard"
import * as Nodes from "@sire/nodes/Nodes"
import * as ServerConfig from "../ServerConfig.js"

/** The server's integration node types, built over in-memory stores for the life of the scope. */
export const make: Effect.Effect<ReadonlyArray<NodeType>, ConfigError | EgressGuard.EgressError, Scope.Scope> = Effect.gen(function*() {
  const settings = yield* ServerConfig.nodeSettings
  const services = yield* Layer.build(Nodes.services({ egressAllow: settings.egressAllow, sandbox: { size: settings.sandboxWorkers } }))
  return yield* Effect.provide(Nodes.make({ codeTimeoutMaxMs: settings.codeTimeoutMaxMs }), services)
})
