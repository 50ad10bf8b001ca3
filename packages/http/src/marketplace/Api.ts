/**
 * The marketplace group (`/api/v1/marketplace`): MCP servers — the curated catalog and the ones
 * the organization registers by URL — their tools, listed live over Streamable HTTP (cached
 * briefly), and installing a tool for the organization.
 *
 * @since 0.1.0
 */
import { HttpApiEndpoint, HttpApiGroup, OpenApi } from "@effect/platform"
import { Schema } from "effect"
import { Authentication } from "../auth/Authentication.js"
import { BadRequest, Forbidden, NotFound } from "../Errors.js"
import { IdPath } from "../PathIds.js"
import { JsonValue, Name, strict, UnixSeconds } from "../Schemas.js"
import { WebhookUrl } from "../webhooks/Api.js"

/** A server as a tool names it. */
export const ToolServer = Schema.Struct({
  id: Schema.String.annotations({ description: "`catalog_…` (the curated catalog) or `mcps_…` (registered by the organization)" }),
  name: Schema.String,
  url: Schema.String
}).annotations({ identifier: "MarketplaceToolServer" })

/** A tool of a server available to the organization. */
export const MarketplaceTool = Schema.Struct({
  id: Schema.String.annotations({ description: "`<serverId>:<toolName>`" }),
  server: ToolServer,
  name: Schema.String,
  description: Schema.optional(Schema.String),
  inputSchema: JsonValue.annotations({ description: "The JSON Schema of the tool's arguments, as the server lists it" }),
  installed: Schema.Boolean
}).annotations({ identifier: "MarketplaceTool" })

/** A server with its tools as last listed (or why they could not be). */
export const MarketplaceServer = Schema.Struct({
  id: Schema.String,
  name: Schema.String,
  url: Schema.String,
  source: Schema.Literal("catalog", "registered"),
  description: Schema.optional(Schema.String),
  homepage: Schema.optional(Schema.String),
  createdAt: Schema.optional(UnixSeconds.annotations({ description: "When it was registered (registered servers)" })),
  status: Schema.Literal("ok", "unreachable"),
  error: Schema.optional(Schema.String.annotations({ description: "Why its tools could not be listed" })),
  tools: Schema.Array(Schema.Struct({
    id: Schema.String,
    name: Schema.String,
    description: Schema.optional(Schema.String),
    inputSchema: JsonValue
  }))
}).annotations({ identifier: "MarketplaceServer" })

/** The body of `POST /api/v1/marketplace/servers`. */
export const RegisterServer = strict(Schema.Struct({
  name: Name,
  url: WebhookUrl.annotations({ description: "The server's Streamable HTTP endpoint, e.g. `https://example.com/mcp`" })
}).annotations({ message: () => "must be a JSON object with name and url" }))

/** An installed tool. */
export const InstalledTool = Schema.Struct({
  toolId: Schema.String,
  server: ToolServer,
  name: Schema.String,
  installedAt: UnixSeconds
}).annotations({ identifier: "InstalledTool" })

/** The marketplace endpoints (members list, admins and owners register servers and install tools). */
export class MarketplaceApi extends HttpApiGroup.make("marketplace")
  .add(
    HttpApiEndpoint.get("tools", "/api/v1/marketplace/tools")
      .annotateContext(OpenApi.annotations({ identifier: "listTools", summary: "List MCP tools" }))
      .addSuccess(Schema.Array(MarketplaceTool))
      .annotate(
        OpenApi.Description,
        "The tools of every catalog server and every server the organization registered, with whether each is " +
          "installed. Listings are fetched with the MCP client and cached per server for a minute; an unreachable " +
          "server contributes no tools (see `GET /api/v1/marketplace/servers` for why). Not paged."
      )
  )
  .add(
    HttpApiEndpoint.get("servers", "/api/v1/marketplace/servers")
      .annotateContext(OpenApi.annotations({ identifier: "listMcpServers", summary: "List MCP servers" }))
      .addSuccess(Schema.Array(MarketplaceServer))
      .annotate(
        OpenApi.Description,
        "The curated catalog, then the organization's registered servers, each with its tools or " +
          "`status: \"unreachable\"` and the `error`. Not paged."
      )
  )
  .add(
    HttpApiEndpoint.post("register", "/api/v1/marketplace/servers")
      .annotateContext(OpenApi.annotations({ identifier: "registerMcpServer", summary: "Register an MCP server" }))
      .setPayload(RegisterServer)
      .addSuccess(MarketplaceServer, { status: 201 })
      .addError(BadRequest.schema)
      .annotate(
        OpenApi.Description,
        "Registers an MCP server (Streamable HTTP) for the organization, after connecting to it once and listing " +
          "its tools through the egress guard: 400 when it is not an MCP server, does not answer, or is refused, " +
          "and when the organization already registered that URL."
      )
  )
  .add(
    HttpApiEndpoint.post("install", "/api/v1/marketplace/tools/:id/install")
      .annotateContext(OpenApi.annotations({ identifier: "installTool", summary: "Install a tool" }))
      .setPath(Schema.Struct({ id: Schema.String }))
      .addSuccess(InstalledTool, { status: 201 })
      .addError(BadRequest.schema)
      .addError(NotFound.schema)
      .annotate(
        OpenApi.Description,
        "Installs the tool for the organization (201). Idempotent: installing it again answers the existing " +
          "install with 200. 404 for a tool no server available to the organization lists; 400 when its server " +
          "cannot be reached to check it."
      )
  )
  .add(
    HttpApiEndpoint.del("uninstall", "/api/v1/marketplace/tools/:id/install")
      .annotateContext(OpenApi.annotations({ identifier: "uninstallTool", summary: "Uninstall a tool" }))
      .setPath(Schema.Struct({ id: Schema.String }))
      .addSuccess(Schema.Void, { status: 204 })
      .addError(NotFound.schema)
      .annotate(
        OpenApi.Description,
        "Uninstalls the tool for the organization: `mcp` nodes and agents calling it fail from their next call. 404 when it is not installed."
      )
  )
  .add(
    HttpApiEndpoint.del("unregister", "/api/v1/marketplace/servers/:id")
      .annotateContext(OpenApi.annotations({ identifier: "unregisterMcpServer", summary: "Remove an MCP server" }))
      .setPath(IdPath("mcps", "marketplace server"))
      .addSuccess(Schema.Void, { status: 204 })
      .addError(NotFound.schema)
      .annotate(
        OpenApi.Description,
        "Removes a server the organization registered, and uninstalls its tools. Catalog servers cannot be removed (404)."
      )
  )
  .addError(Forbidden.schema)
  .middleware(Authentication)
  .annotate(OpenApi.Title, "Marketplace")
  .annotate(OpenApi.Description, "MCP servers and their tools, installed for the `mcp` node and agents.")
{}
