/**
 * Where this server can reach itself: the local address and port a request came in on, so that
 * the MCP tools call the REST API through the same server, guard and all.
 *
 * @since 0.1.0
 */
import type { HttpServerRequest } from "@effect/platform"
import type { IncomingMessage } from "node:http"

/** The base URL (`http://127.0.0.1:8080`) of the socket a Node request came in on, if served by Node. */
export const baseOf = (request: HttpServerRequest.HttpServerRequest): string | undefined => {
  const source = (request as unknown as { readonly source?: unknown }).source
  if (source === null || typeof source !== "object" || !("socket" in source)) return undefined
  const socket = (source as IncomingMessage).socket
  const address = socket.localAddress?.replace(/^::ffff:/, "")
  if (address === undefined || socket.localPort === undefined) return undefined
  return `http://${address.includes(":") ? `[${address}]` : address}:${socket.localPort}`
}
