/**
 * Handlers of the MCP group: each message is answered by a fresh MCP server (`McpServer`) over
 * the SDK's stateless Streamable HTTP transport, its tools calling this server's REST API with the
 * caller's own `Authorization`.
 *
 * @since 0.1.0
 */
import { HttpApiBuilder, HttpServerRequest, HttpServerResponse } from "@effect/platform"
import { WebStandardStreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/webStandardStreamableHttp.js"
import { Effect } from "effect"
import { SireApi } from "../Api.js"
import { authorize } from "../auth/Principal.js"
import { internal } from "../Errors.js"
import { baseOf } from "./Loopback.js"
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
const answer = async (base: string, authorization: string, request: Request, body: unknown): Promise<Response> => {
  const server = McpServer.make(Rest.make(base, authorization, { userAgent: "sire-mcp" }))
  const transport = new WebStandardStreamableHTTPServerTransport({ enableJsonResponse: true })
  await server.connect(transport)
  try {
    return await asApiError(await transport.handleRequest(request, { parsedBody: body }))
  } finally {
    await server.close()
  }
}

/** The MCP group's handlers. */
export const McpLive = HttpApiBuilder.group(SireApi, "mcp", (handlers) =>
  handlers.handle("message", ({ payload }) =>
    Effect.gen(function*() {
      yield* authorize("workflows.read")
      const request = yield* HttpServerRequest.HttpServerRequest
      const base = baseOf(request)
      if (base === undefined) return yield* internal(new Error("the MCP endpoint needs the Node HTTP server"))
      const url = new URL(request.url, base)
      // Always answered as JSON, so a client that accepts only JSON (curl) is served too.
      const { "content-length": _length, "transfer-encoding": _encoding, ...forwarded } = request.headers
      const headers = { ...forwarded, accept: "application/json, text/event-stream" }
      const web = new Request(url, { method: "POST", headers, body: JSON.stringify(payload) })
      const response = yield* Effect.promise(() => answer(base, request.headers.authorization ?? "", web, payload))
      return HttpServerResponse.fromWeb(response)
    })))
