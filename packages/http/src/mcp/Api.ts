/**
 * The MCP group (`POST /mcp`): the Model Context Protocol over Streamable HTTP (stateless, JSON
 * answers), authenticated like the REST API. Its tools and resources are documented by the
 * protocol itself (`tools/list`, `resources/templates/list`), not here.
 *
 * @since 0.1.0
 */
import { HttpApiEndpoint, HttpApiGroup, OpenApi } from "@effect/platform"
import { Schema } from "effect"
import { Authentication } from "../auth/Authentication.js"
import { Forbidden } from "../Errors.js"

/** The path MCP clients connect to. */
export const mcpPath = "/mcp"

/** A JSON-RPC 2.0 message (or a batch of them) of the Model Context Protocol. */
const JsonRpc = Schema.Unknown.annotations({
  jsonSchema: { type: ["object", "array"], description: "A JSON-RPC 2.0 message of the Model Context Protocol, or a batch" },
  description: "A JSON-RPC 2.0 message of the Model Context Protocol"
})

/** The MCP endpoint. */
export class McpApi extends HttpApiGroup.make("mcp")
  .add(
    HttpApiEndpoint.post("message", mcpPath)
      .annotateContext(OpenApi.annotations({ identifier: "mcpMessage", summary: "Send an MCP message" }))
      .setPayload(JsonRpc)
      .addSuccess(JsonRpc.annotations({ description: "The JSON-RPC answer of a request" }))
      .addSuccess(Schema.Void.annotations({ description: "A notification or a response, accepted" }), { status: 202 })
      .annotate(
        OpenApi.Description,
        [
          "The Model Context Protocol over Streamable HTTP, stateless: every message stands alone (no session) and answers",
          "JSON, so send `Accept: application/json, text/event-stream`. The tools call this API as the caller, with its",
          "role, organization and rate limits. An MCP message counts as a read; what its tools do counts as the REST",
          "calls they make."
        ].join("\n")
      )
  )
  .addError(Forbidden.schema)
  .middleware(Authentication)
  .annotate(OpenApi.Title, "MCP")
  .annotate(OpenApi.Description, "Sire as a Model Context Protocol server, for AI assistants: tools over workflows and executions, workflows as tools.")
{}
