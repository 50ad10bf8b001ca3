/**
 * The integration node types the bundled server adds to the built-in ones — `http`, `code`,
 * `waitForEvent`, `llm`, `agent`, `mcp` — over the services they need, so that `sire serve` and
 * `sire run` run a document with the same nodes.
 *
 * @since 0.1.0
 */
import { Effect } from "effect"
import * as AgentNode from "./AgentNode.js"
import * as CodeNode from "./CodeNode.js"
import * as HttpNode from "./HttpNode.js"
import * as LlmNode from "./LlmNode.js"
import * as McpNode from "./McpNode.js"
import * as WaitForEventNode from "./WaitForEventNode.js"

/** Settings of the node types. */
export interface Options {
  /** The largest `timeoutMs` a `code` node may ask for. */
  readonly codeTimeoutMaxMs: number
}

/** The server's integration node types, over the egress guard, the credential store, the sandbox, the signal store and the marketplace in context. */
export const make = (options: Options) =>
  Effect.all([
    HttpNode.make,
    CodeNode.makeWith({ maxTimeoutMs: options.codeTimeoutMaxMs }),
    WaitForEventNode.make,
    LlmNode.make,
    AgentNode.make,
    McpNode.make
  ])
