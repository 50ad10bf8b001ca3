/**
 * Handlers of the MCP group: each message is answered by a fresh MCP server (`McpServer`) over
 * the SDK's stateless Streamable HTTP transport, its tools calling this server's REST API with the
 * caller's own `Authorization` (`Answer`, loaded with the SDK on the first MCP message).
 *
 * @since 0.1.0
 */
import { HttpApiBuilder, HttpServerRequest, HttpServerResponse } from "@effect/platform"
import { Effect } from "effect"
import { SireApi } from "../Api.js"
import { authorize } from "../auth/Principal.js"
import { internal } from "../Errors.js"
import { baseOf } from "./Loopback.js"

/** `Answer.answer`, its module (and the MCP SDK) loaded on the first MCP message. */
const answer = (base: string, authorization: string, request: Request, body: unknown): Promise<Response> =>
  import("./Answer.js").then((module) => module.answer(base, authorization, request, body))

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
