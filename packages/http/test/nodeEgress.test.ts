/**
 * The egress bypass list through the nodes that reach out, on the real server: every way of
 * writing a refused address (loopback in its many notations, unspecified, metadata, private,
 * CGNAT, link-local, unique-local, multicast, broadcast) fails the `http` node as a URL, and the
 * `mcp` node when its allowed server redirects there — naming the blocked range, with no
 * connection ever reaching the trap listening on 127.0.0.1 (and ::1). Only 127.0.0.2 is allowed:
 * the MCP server and its front live there.
 */
import { afterAll, assert, beforeAll, describe, it } from "@effect/vitest"
import { createServer, type Server } from "node:http"
import type { AddressInfo } from "node:net"
import { type Account, type Answer, signup, start, type TestServer } from "./harness.js"
import { bypasses, sleep, type Trap, trap } from "../../nodes/test/loopback.js"
import { type LocalServer, startMcpServer } from "./mcpServer.js"

const api = "/api/v1"
const allowedHost = "127.0.0.2"

/** trigger → `type` node with `params`. */
const oneNode = (type: string, params: Record<string, unknown>) => ({
  name: `${type} egress ${Math.random().toString(36).slice(2)}`,
  nodes: [{ id: "start", type: "trigger" }, { id: "call", type, params }],
  edges: [{ source: "start", target: "call" }]
})

/** A server on the allowed address that forwards MCP requests to `target`, or answers 307 to `redirectTo` once set. */
const front = async (target: string) => {
  const state = { redirectTo: undefined as string | undefined }
  const server: Server = createServer((request, response) => {
    if (state.redirectTo !== undefined) return void response.writeHead(307, { location: state.redirectTo }).end()
    const chunks: Array<Buffer> = []
    request.on("data", (chunk: Buffer) => chunks.push(chunk))
    request.on("end", async () => {
      const headers: Record<string, string> = {}
      for (const [name, value] of Object.entries(request.headers)) {
        if (typeof value === "string" && !["host", "connection", "content-length"].includes(name)) headers[name] = value
      }
      try {
        const method = request.method ?? "POST"
        const body = method === "GET" || method === "HEAD" || chunks.length === 0 ? {} : { body: Buffer.concat(chunks) }
        const answer = await fetch(target, { method, headers, ...body })
        response.writeHead(answer.status, Object.fromEntries(answer.headers)).end(Buffer.from(await answer.arrayBuffer()))
      } catch (error) {
        response.writeHead(502).end(String(error))
      }
    })
  })
  await new Promise<void>((resolve) => server.listen(0, allowedHost, () => resolve()))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://${allowedHost}:${port}/mcp`,
    state,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections()
      server.close(() => resolve())
    })
  }
}

describe("the egress bypass list through the http and mcp nodes", () => {
  let server: TestServer
  let user: Account
  let blocked: Trap
  let blocked6: Trap | undefined
  let mcp: LocalServer
  let proxy: Awaited<ReturnType<typeof front>>
  let serverId: string

  beforeAll(async () => {
    blocked = await trap("127.0.0.1")
    blocked6 = await trap("::1").catch(() => undefined)
    mcp = await startMcpServer(allowedHost)
    proxy = await front(mcp.url)
    server = await start("pglite", { egressAllow: [allowedHost] })
    user = await signup(server, "bypass")
    const registered = await server.request("POST", `${api}/marketplace/servers`, { token: user.token, body: { name: "Fronted", url: proxy.url } })
    assert.strictEqual(registered.status, 201, registered.text)
    serverId = registered.body.id
    const installed = await server.request("POST", `${api}/marketplace/tools/${serverId}:echo/install`, { token: user.token })
    assert.strictEqual(installed.status, 201, installed.text)
  })
  afterAll(async () => {
    await server?.close()
    await Promise.all([blocked?.close(), blocked6?.close(), mcp?.close(), proxy?.close()])
  })

  /** Creates the workflow and runs it synchronously. */
  const run = async (document: unknown): Promise<Answer> => {
    const created = await server.request("POST", `${api}/workflows`, { token: user.token, body: document })
    assert.strictEqual(created.status, 201, created.text)
    const answer = await server.request("POST", `${api}/executions`, { token: user.token, body: { workflowId: created.body.id, mode: "sync" } })
    assert.strictEqual(answer.status, 200, answer.text)
    return answer
  }

  /** Asserts that nothing reached the traps (after letting any stray connection arrive). */
  const noConnection = async () => {
    await sleep(25)
    assert.strictEqual(blocked.connections(), 0, "a connection reached 127.0.0.1")
    assert.strictEqual(blocked6?.connections() ?? 0, 0, "a connection reached ::1")
  }

  it("the allowed MCP server answers through its front (the redirect tests below start from a working call)", async () => {
    const answer = await run(oneNode("mcp", { serverId, tool: "echo", arguments: { text: "fine" } }))
    assert.strictEqual(answer.body.status, "completed", answer.text)
    assert.deepStrictEqual(answer.body.output, { call: { content: [{ type: "text", text: "fine" }] } })
  })

  for (const [name, url, rule] of bypasses) {
    it(`${name}: the http node is refused, naming the rule, with no connection`, async () => {
      const answer = await run(oneNode("http", { url: url(blocked.port), timeoutMs: 2_000 }))
      assert.strictEqual(answer.body.status, "failed", answer.text)
      assert.strictEqual(answer.body.error.nodeId, "call")
      assert.match(answer.body.error.message, /refused/i)
      assert.include(answer.body.error.message, rule)
      await noConnection()
    })

    it(`${name}: the mcp node, redirected there by its allowed server, is refused with no connection`, async () => {
      proxy.state.redirectTo = url(blocked.port)
      try {
        const answer = await run(oneNode("mcp", { serverId, tool: "echo", arguments: { text: "hi" }, timeoutMs: 2_000 }))
        assert.strictEqual(answer.body.status, "failed", answer.text)
        assert.strictEqual(answer.body.error.nodeId, "call")
        assert.match(answer.body.error.message, /refused/i)
        await noConnection()
      } finally {
        proxy.state.redirectTo = undefined
      }
    })
  }
})
