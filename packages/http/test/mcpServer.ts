/**
 * A local MCP server for tests, built with the official SDK: an `McpServer` with two tools
 * (`add`, `echo`) behind a stateless `StreamableHTTPServerTransport` on `node:http`, at `/mcp`.
 */
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js"
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js"
import { createServer, type IncomingMessage, type ServerResponse } from "node:http"
import type { AddressInfo } from "node:net"
import { z } from "zod"

/** A running local HTTP server. */
export interface LocalServer {
  /** Its `/mcp` URL. */
  readonly url: string
  /** Requests it received so far. */
  readonly requests: () => number
  readonly close: () => Promise<void>
}

/** A fresh MCP server with the two tools. */
const mcpServer = () => {
  const server = new McpServer({ name: "sire-test-tools", version: "1.0.0" })
  server.registerTool("add", {
    description: "Adds two numbers",
    inputSchema: { a: z.number().describe("The first addend"), b: z.number().describe("The second addend") }
  }, async ({ a, b }) => ({ content: [{ type: "text", text: String(a + b) }] }))
  server.registerTool("echo", {
    description: "Echoes the text back",
    inputSchema: { text: z.string() }
  }, async ({ text }) => ({ content: [{ type: "text", text }] }))
  return server
}

/** Listens with `handle` on `host`, any free port. */
const listen = async (host: string, handle: (request: IncomingMessage, response: ServerResponse) => void): Promise<LocalServer> => {
  let count = 0
  const server = createServer((request, response) => {
    count++
    handle(request, response)
  })
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject)
    server.listen(0, host, () => resolve())
  })
  const { port } = server.address() as AddressInfo
  return {
    url: `http://${host}:${port}/mcp`,
    requests: () => count,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}

/** Starts the MCP server (stateless: a fresh server and transport per request, GET answered 405). */
export const startMcpServer = (host = "127.0.0.1"): Promise<LocalServer> =>
  listen(host, (request, response) => {
    if (request.method !== "POST") {
      response.writeHead(405, { allow: "POST", "content-type": "application/json" }).end(
        JSON.stringify({ jsonrpc: "2.0", error: { code: -32000, message: "Method not allowed." }, id: null })
      )
      return
    }
    const server = mcpServer()
    const transport = new StreamableHTTPServerTransport({}) // no session id generator: stateless
    response.on("close", () => {
      void transport.close()
      void server.close()
    })
    server.connect(transport).then(() => transport.handleRequest(request, response)).catch((error) => {
      if (!response.headersSent) response.writeHead(500).end(String(error))
    })
  })

/** Starts a plain HTTP server that is not an MCP server: every request gets an HTML page. */
export const startPlainServer = (host = "127.0.0.1"): Promise<LocalServer> =>
  listen(host, (_request, response) => {
    response.writeHead(200, { "content-type": "text/html" }).end("<!doctype html><title>hello</title><p>not MCP</p>")
  })
