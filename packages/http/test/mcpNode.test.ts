/**
 * The `mcp` node through the real server, against a local MCP server built with the SDK
 * (127.0.0.1 allowed by the egress allow-list): the `examples/workflows/mcp-node.json` round trip
 * with templated arguments; a tool error (`isError`) failing the node with the tool's text; tools
 * not installed, and other organizations' servers, refused before any connection; and a server
 * that redirects to a blocked address (127.0.0.2, not allowed) refused with no connection made there.
 */
import { afterAll, assert, beforeAll, describe, it } from "@effect/vitest"
import { readFileSync } from "node:fs"
import { createServer, type Server } from "node:http"
import type { AddressInfo } from "node:net"
import { Readable } from "node:stream"
import { fileURLToPath } from "node:url"
import { type Account, type Answer, databases, signup, skip, start, type TestServer } from "./harness.js"
import { type LocalServer, startMcpServer } from "./mcpServer.js"

const api = "/api/v1"

/** The MCP node example: `add` of `input.serverId` with templated arguments. */
const example: Record<string, unknown> = JSON.parse(
  readFileSync(fileURLToPath(new URL("../../../examples/workflows/mcp-node.json", import.meta.url)), "utf8")
)

/** trigger → mcp (`params`) → output of its result. */
const calling = (params: Record<string, unknown>) => ({
  name: `mcp ${Math.random().toString(36).slice(2)}`,
  nodes: [
    { id: "start", type: "trigger" },
    { id: "call", type: "mcp", params },
    { id: "done", type: "output", params: { value: "{{ nodes.call }}" } }
  ],
  edges: [{ source: "start", target: "call" }, { source: "call", target: "done" }]
})

/** A loopback front for an MCP server: forwards every request to it, or (once `redirectTo` is set) answers 307 to that URL. */
const front = async (target: string) => {
  const state = { redirectTo: undefined as string | undefined, requests: 0 }
  const server: Server = createServer((request, response) => {
    state.requests++
    if (state.redirectTo !== undefined) return void response.writeHead(307, { location: state.redirectTo }).end()
    const chunks: Array<Buffer> = []
    request.on("data", (chunk: Buffer) => chunks.push(chunk))
    request.on("end", async () => {
      try {
        const headers: Record<string, string> = {}
        for (const [name, value] of Object.entries(request.headers)) {
          if (typeof value === "string" && !["host", "connection", "content-length"].includes(name)) headers[name] = value
        }
        const answer = await fetch(target, {
          method: request.method ?? "GET",
          headers,
          ...(chunks.length > 0 ? { body: Buffer.concat(chunks) } : {})
        })
        response.writeHead(answer.status, Object.fromEntries(answer.headers))
        if (answer.body === null) return void response.end()
        Readable.fromWeb(answer.body as never).pipe(response)
      } catch (error) {
        response.writeHead(502).end(String(error))
      }
    })
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/mcp`,
    state,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}

describe.each(databases)("the mcp node (%s)", (db) => {
  describe.skipIf(skip(db))("", () => {
    let server: TestServer
    let user: Account
    let rival: Account
    let mcp: LocalServer
    let blocked: LocalServer
    let proxy: Awaited<ReturnType<typeof front>>
    let serverId: string
    let rivalServerId: string
    let proxyServerId: string
    beforeAll(async () => {
      mcp = await startMcpServer()
      blocked = await startMcpServer("127.0.0.2")
      proxy = await front(mcp.url)
      server = await start(db, { egressAllow: ["127.0.0.1"] })
      user = await signup(server, "mcpnode")
      rival = await signup(server, "mcpnode-rival")
      const register = async (account: Account, name: string, url: string, tools: ReadonlyArray<string>) => {
        const registered = await server.request("POST", `${api}/marketplace/servers`, { token: account.token, body: { name, url } })
        assert.strictEqual(registered.status, 201, registered.text)
        for (const tool of tools) {
          const installed = await server.request("POST", `${api}/marketplace/tools/${registered.body.id}:${tool}/install`, { token: account.token })
          assert.strictEqual(installed.status, 201, installed.text)
        }
        return registered.body.id as string
      }
      serverId = await register(user, "Local tools", mcp.url, ["add"])
      rivalServerId = await register(rival, "Rival tools", mcp.url, ["add", "echo"])
      proxyServerId = await register(user, "Fronted tools", proxy.url, ["echo"])
    })
    afterAll(async () => {
      await server?.close()
      await Promise.all([mcp?.close(), blocked?.close(), proxy?.close()])
    })
    const send = (method: string, path: string, body?: unknown, token = user.token): Promise<Answer> =>
      server.request(method, `${api}${path}`, { token, ...(body !== undefined ? { body } : {}) })
    /** Creates the workflow and runs it synchronously with `input`. */
    const run = async (document: unknown, input: unknown = {}, token = user.token): Promise<Answer> => {
      const created = await send("POST", "/workflows", document, token)
      assert.strictEqual(created.status, 201, created.text)
      const answer = await send("POST", "/executions", { workflowId: created.body.id, input, mode: "sync" }, token)
      assert.strictEqual(answer.status, 200, answer.text)
      return answer
    }

    it("example: calls an installed tool with templated arguments; the output is { content } (no structuredContent)", async () => {
      const answer = await run(example, { serverId, a: 2, b: 40 })
      assert.strictEqual(answer.body.status, "completed", answer.text)
      assert.strictEqual(answer.body.output.sum, 42)
      assert.deepStrictEqual(answer.body.output.raw, { content: [{ type: "text", text: "42" }] })
    })

    it("a tool error (isError) fails the node with the tool's text", async () => {
      const before = mcp.requests()
      const answer = await run(calling({ serverId, tool: "add", arguments: { a: "{{ input.word }}", b: 1 } }), { word: "two" })
      assert.strictEqual(answer.body.status, "failed", answer.text)
      assert.isAbove(mcp.requests(), before, "the call was made")
      assert.strictEqual(answer.body.error.nodeId, "call")
      assert.match(answer.body.error.message, /tool add of mcps_\w+ failed: .*Invalid arguments for tool add/s)
    })

    it("a tool that is not installed for the organization is refused before any connection", async () => {
      const before = mcp.requests()
      const answer = await run(calling({ serverId, tool: "echo", arguments: { text: "hi" } }))
      assert.strictEqual(answer.body.status, "failed", answer.text)
      assert.include(answer.body.error.message, `tool echo of MCP server ${serverId} is not installed for this organization`)
      assert.strictEqual(mcp.requests(), before, "no request reached the server")
    })

    it("another organization's server (even with the tool installed there) is refused before any connection", async () => {
      const before = mcp.requests()
      const answer = await run(calling({ serverId: rivalServerId, tool: "add", arguments: { a: 1, b: 2 } }))
      assert.strictEqual(answer.body.status, "failed", answer.text)
      assert.include(answer.body.error.message, "is not installed for this organization")
      assert.strictEqual(mcp.requests(), before, "no request reached the server")
      const unknown = await run(calling({ serverId: "mcps_unknown", tool: "add" }))
      assert.strictEqual(unknown.body.status, "failed", unknown.text)
      assert.include(unknown.body.error.message, "is not installed for this organization")
      // The rival itself may call it.
      const own = await run(calling({ serverId: rivalServerId, tool: "add", arguments: { a: 1, b: 2 } }), {}, rival.token)
      assert.strictEqual(own.body.status, "completed", own.text)
      assert.deepStrictEqual(own.body.output, { content: [{ type: "text", text: "3" }] })
    })

    it("a server redirecting to a blocked address (127.0.0.2, not allowed) is refused with no connection made there", async () => {
      const ok = await run(calling({ serverId: proxyServerId, tool: "echo", arguments: { text: "through the front" } }))
      assert.strictEqual(ok.body.status, "completed", ok.text)
      assert.deepStrictEqual(ok.body.output, { content: [{ type: "text", text: "through the front" }] })
      proxy.state.redirectTo = blocked.url
      try {
        const before = proxy.state.requests
        const answer = await run(calling({ serverId: proxyServerId, tool: "echo", arguments: { text: "hi" } }))
        assert.strictEqual(answer.body.status, "failed", answer.text)
        assert.isAbove(proxy.state.requests, before, "the allowed front was asked")
        assert.strictEqual(answer.body.error.nodeId, "call")
        assert.match(answer.body.error.message, /Refused/)
        assert.include(answer.body.error.message, "127.0.0.2")
        assert.strictEqual(blocked.requests(), 0, "the blocked address was never connected to")
      } finally {
        proxy.state.redirectTo = undefined
      }
    })
  })
})
