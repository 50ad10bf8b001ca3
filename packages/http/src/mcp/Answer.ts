/**
 * One MCP message answered by a fresh MCP server (`McpServer`) over the SDK's stateless Streamable
 * HTTP transport. `Http` imports this module on the first MCP request, so that the SDK (and the
 * `zod` it brings) is not loaded at start-up by a server that is never asked over MCP.
 *
 * @since 0.1.0
 */
import { WebStandardStreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/webStandardStreamableHttp.js"
import * as McpServer from "./McpServer.js"
import * as Rest from "./Rest.js"

/** The transport's refusal (a JSON-RPC error: bad message, unsupported protocol version…) as the API's `{ error }`. */
const asApiError = async (response: Response): Promise<Response> => {
  if (response.status < 400) return response
  const body = await response.json().catch(() => undefined) as { error?: { message?: unknown } } | undefined
  const message = typeof body?.error?.message === "string" ? body.error.message : `invalid MCP request (${response.status})`
  return Response.json({ error: message }, { status: response.status })
}

/** Answers one MCP message with a server whose tools call the REST API at `base` as `authorization`. */
export const answer = async (base: string, authorization: string, request: Request, body: unknown): Promise<Response> => {
  const server = McpServer.make(Rest.make(base, authorization, { userAgent: "sire-mcp" }))
  const transport = new WebStandardStreamableHTTPServerTransport({ enableJsonResponse: true })
  await server.connect(transport)
  try {
    return await asApiError(await transport.handleRequest(request, { parsedBody: body }))
  } finally {
    await server.close()
  }
}
