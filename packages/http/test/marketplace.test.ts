/**
 * The marketplace of MCP tools through the real server: a local MCP server built with the SDK is
 * registered, its tools listed (names, descriptions, input schemas) and installed; the curated
 * catalog is listed even though its servers are unreachable offline; registrations of non-MCP or
 * guard-refused URLs fail with 400; another organization sees nothing of it; members only read.
 */
import { afterAll, assert, beforeAll, describe, it } from "@effect/vitest"
import { catalog } from "../src/marketplace/Catalog.js"
import { type Account, databases, signup, skip, start, type TestServer } from "./harness.js"
import { type LocalServer, startMcpServer, startPlainServer } from "./mcpServer.js"

const api = "/api/v1/marketplace"

describe.each(databases)("marketplace on %s", (db) => {
  describe.skipIf(skip(db))("", () => {
    let server: TestServer
    let mcp: LocalServer
    let plain: LocalServer
    let otherLoopback: LocalServer
    let owner: Account
    let other: Account
    let memberKey: string
    let serverId: string

    beforeAll(async () => {
      mcp = await startMcpServer()
      plain = await startPlainServer()
      otherLoopback = await startMcpServer("127.0.0.2")
      server = await start(db, { egressAllow: ["127.0.0.1"] })
      owner = await signup(server, "market-owner")
      other = await signup(server, "market-other")
      const key = await server.request("POST", "/api/v1/apikeys", { token: owner.token, body: { name: "member key", role: "member" } })
      assert.strictEqual(key.status, 201, key.text)
      memberKey = key.body.key
    })
    afterAll(async () => {
      await server?.close()
      await Promise.all([mcp?.close(), plain?.close(), otherLoopback?.close()])
    })

    it("registers a local MCP server after listing its tools", async () => {
      const answer = await server.request("POST", `${api}/servers`, { token: owner.token, body: { name: "Local tools", url: mcp.url } })
      assert.strictEqual(answer.status, 201, answer.text)
      assert.match(answer.body.id, /^mcps_/)
      assert.strictEqual(answer.body.source, "registered")
      assert.strictEqual(answer.body.status, "ok")
      assert.strictEqual(answer.body.url, mcp.url)
      assert.deepStrictEqual(answer.body.tools.map((tool: { name: string }) => tool.name).sort(), ["add", "echo"])
      serverId = answer.body.id
    })

    it("lists the server's tools with names, descriptions and input schemas, not installed", async () => {
      const answer = await server.request("GET", `${api}/tools`, { token: owner.token })
      assert.strictEqual(answer.status, 200, answer.text)
      const mine = answer.body.filter((tool: { server: { id: string } }) => tool.server.id === serverId)
      assert.strictEqual(mine.length, 2)
      const add = mine.find((tool: { name: string }) => tool.name === "add")
      assert.strictEqual(add.id, `${serverId}:add`)
      assert.strictEqual(add.description, "Adds two numbers")
      assert.deepStrictEqual(add.server, { id: serverId, name: "Local tools", url: mcp.url })
      assert.strictEqual(add.inputSchema.type, "object")
      assert.deepStrictEqual(Object.keys(add.inputSchema.properties).sort(), ["a", "b"])
      assert.strictEqual(add.inputSchema.properties.a.type, "number")
      assert.deepStrictEqual([...add.inputSchema.required].sort(), ["a", "b"])
      const echo = mine.find((tool: { name: string }) => tool.name === "echo")
      assert.strictEqual(echo.description, "Echoes the text back")
      assert.strictEqual(echo.inputSchema.properties.text.type, "string")
      assert.isFalse(add.installed)
      assert.isFalse(echo.installed)
    })

    it("installs a tool (201), idempotently (200, the same install), and lists it as installed", async () => {
      const first = await server.request("POST", `${api}/tools/${serverId}:add/install`, { token: owner.token })
      assert.strictEqual(first.status, 201, first.text)
      assert.deepStrictEqual(Object.keys(first.body).sort(), ["installedAt", "name", "server", "toolId"])
      assert.strictEqual(first.body.toolId, `${serverId}:add`)
      assert.strictEqual(first.body.name, "add")
      assert.deepStrictEqual(first.body.server, { id: serverId, name: "Local tools", url: mcp.url })
      assert.isNumber(first.body.installedAt)
      const again = await server.request("POST", `${api}/tools/${encodeURIComponent(`${serverId}:add`)}/install`, { token: owner.token })
      assert.strictEqual(again.status, 200, again.text)
      assert.deepStrictEqual(again.body, first.body)
      const listed = await server.request("GET", `${api}/tools`, { token: owner.token })
      const installed = Object.fromEntries(
        listed.body.filter((tool: { server: { id: string } }) => tool.server.id === serverId)
          .map((tool: { name: string; installed: boolean }) => [tool.name, tool.installed])
      )
      assert.deepStrictEqual(installed, { add: true, echo: false })
    })

    it("404s an unknown tool of a known server, and an unknown server", async () => {
      for (const id of [`${serverId}:nope`, "mcps_0000000000000000:add", "catalog_nope:x", "no-separator"]) {
        const answer = await server.request("POST", `${api}/tools/${encodeURIComponent(id)}/install`, { token: owner.token })
        assert.strictEqual(answer.status, 404, `${id}: ${answer.text}`)
        assert.deepStrictEqual(answer.body, { error: `marketplace tool ${id} not found` })
      }
    })

    it("another organization neither sees the registered server nor can install its tools (404)", async () => {
      const tools = await server.request("GET", `${api}/tools`, { token: other.token })
      assert.strictEqual(tools.status, 200, tools.text)
      assert.isFalse(tools.body.some((tool: { server: { id: string } }) => tool.server.id === serverId))
      const servers = await server.request("GET", `${api}/servers`, { token: other.token })
      assert.isFalse(servers.body.some((entry: { id: string }) => entry.id === serverId))
      const install = await server.request("POST", `${api}/tools/${serverId}:echo/install`, { token: other.token })
      assert.strictEqual(install.status, 404, install.text)
      assert.deepStrictEqual(install.body, { error: `marketplace tool ${serverId}:echo not found` })
      const mine = await server.request("GET", `${api}/tools`, { token: owner.token })
      const echo = mine.body.find((tool: { id: string }) => tool.id === `${serverId}:echo`)
      assert.isFalse(echo.installed, "nothing was installed for the owner's organization")
    })

    it("refuses to register a URL that is not an MCP server (400)", async () => {
      const answer = await server.request("POST", `${api}/servers`, { token: owner.token, body: { name: "Plain", url: plain.url } })
      assert.strictEqual(answer.status, 400, answer.text)
      assert.match(answer.body.error, /could not list the tools of/)
      assert.isAbove(plain.requests(), 0, "it was asked")
    })

    it("refuses to register URLs the egress guard refuses (400), without connecting", async () => {
      const metadata = await server.request("POST", `${api}/servers`, {
        token: owner.token,
        body: { name: "Metadata", url: "http://169.254.169.254/mcp" }
      })
      assert.strictEqual(metadata.status, 400, metadata.text)
      assert.match(metadata.body.error, /refused by the egress guard/)
      const loopback = await server.request("POST", `${api}/servers`, { token: owner.token, body: { name: "Other loopback", url: otherLoopback.url } })
      assert.strictEqual(loopback.status, 400, loopback.text)
      assert.match(loopback.body.error, /refused by the egress guard.*127\.0\.0\.2/)
      assert.strictEqual(otherLoopback.requests(), 0, "no request reached the refused server")
      const servers = await server.request("GET", `${api}/servers`, { token: owner.token })
      assert.deepStrictEqual(servers.body.filter((entry: { source: string }) => entry.source === "registered").map((entry: { id: string }) => entry.id), [serverId])
    })

    it("rejects a registration without a valid http(s) URL (400)", async () => {
      const answer = await server.request("POST", `${api}/servers`, { token: owner.token, body: { name: "Files", url: "file:///etc/passwd" } })
      assert.strictEqual(answer.status, 400, answer.text)
    })

    it("lists the curated catalog, unreachable offline, without failing and in bounded time", async () => {
      const started = Date.now()
      const answer = await server.request("GET", `${api}/servers`, { token: other.token })
      assert.strictEqual(answer.status, 200, answer.text)
      assert.isBelow(Date.now() - started, 15_000)
      const listed = answer.body.filter((entry: { source: string }) => entry.source === "catalog")
      assert.deepStrictEqual(listed.map((entry: { id: string }) => entry.id), catalog.map((entry) => entry.id))
      for (const entry of listed) {
        assert.isString(entry.name)
        assert.isString(entry.description)
        assert.match(entry.url, /^https:\/\//)
        assert.match(entry.homepage, /^https:\/\//)
        assert.include(["ok", "unreachable"], entry.status)
        if (entry.status === "unreachable") {
          assert.deepStrictEqual(entry.tools, [])
          assert.isString(entry.error)
        }
      }
      const tools = await server.request("GET", `${api}/tools`, { token: other.token })
      assert.strictEqual(tools.status, 200, tools.text)
    }, 30_000)

    it("members list, but cannot register servers or install tools (403)", async () => {
      const tools = await server.request("GET", `${api}/tools`, { token: memberKey })
      assert.strictEqual(tools.status, 200, tools.text)
      assert.isTrue(tools.body.some((tool: { id: string }) => tool.id === `${serverId}:echo`))
      const servers = await server.request("GET", `${api}/servers`, { token: memberKey })
      assert.strictEqual(servers.status, 200, servers.text)
      const register = await server.request("POST", `${api}/servers`, { token: memberKey, body: { name: "Again", url: mcp.url } })
      assert.strictEqual(register.status, 403, register.text)
      const install = await server.request("POST", `${api}/tools/${serverId}:echo/install`, { token: memberKey })
      assert.strictEqual(install.status, 403, install.text)
      const uninstall = await server.request("DELETE", `${api}/tools/${serverId}:add/install`, { token: memberKey })
      assert.strictEqual(uninstall.status, 403, uninstall.text)
      const unregister = await server.request("DELETE", `${api}/servers/${serverId}`, { token: memberKey })
      assert.strictEqual(unregister.status, 403, unregister.text)
    })

    it("refuses to register the same URL twice for one organization (400 naming the first), though another organization may", async () => {
      const again = await server.request("POST", `${api}/servers`, { token: owner.token, body: { name: "Again", url: mcp.url } })
      assert.strictEqual(again.status, 400, again.text)
      assert.include(again.body.error, serverId)
      const theirs = await server.request("POST", `${api}/servers`, { token: other.token, body: { name: "Theirs", url: mcp.url } })
      assert.strictEqual(theirs.status, 201, theirs.text)
      assert.notStrictEqual(theirs.body.id, serverId)
    })

    it("uninstalls a tool (204, then 404) and unregisters a server with its installs (204, then 404); another organization's are 404 and stay", async () => {
      const theirs = (await server.request("GET", `${api}/servers`, { token: other.token })).body.find((entry: { source: string }) => entry.source === "registered")
      assert.strictEqual((await server.request("POST", `${api}/tools/${theirs.id}:echo/install`, { token: other.token })).status, 201)
      assert.strictEqual((await server.request("DELETE", `${api}/tools/${theirs.id}:echo/install`, { token: owner.token })).status, 404)
      assert.strictEqual((await server.request("DELETE", `${api}/servers/${theirs.id}`, { token: owner.token })).status, 404)
      const stays = await server.request("GET", `${api}/tools`, { token: other.token })
      assert.isTrue(stays.body.find((tool: { id: string }) => tool.id === `${theirs.id}:echo`).installed, "their install stands")

      const uninstalled = await server.request("DELETE", `${api}/tools/${serverId}:add/install`, { token: owner.token })
      assert.strictEqual(uninstalled.status, 204, uninstalled.text)
      assert.strictEqual(uninstalled.text, "")
      assert.deepStrictEqual((await server.request("DELETE", `${api}/tools/${serverId}:add/install`, { token: owner.token })).body, {
        error: `marketplace tool ${serverId}:add is not installed`
      })
      const listed = await server.request("GET", `${api}/tools`, { token: owner.token })
      assert.isFalse(listed.body.find((tool: { id: string }) => tool.id === `${serverId}:add`).installed)

      assert.strictEqual((await server.request("POST", `${api}/tools/${serverId}:echo/install`, { token: owner.token })).status, 201)
      const unregistered = await server.request("DELETE", `${api}/servers/${serverId}`, { token: owner.token })
      assert.strictEqual(unregistered.status, 204, unregistered.text)
      assert.strictEqual((await server.request("DELETE", `${api}/servers/${serverId}`, { token: owner.token })).status, 404)
      const servers = await server.request("GET", `${api}/servers`, { token: owner.token })
      assert.isFalse(servers.body.some((entry: { id: string }) => entry.id === serverId))
      const tools = await server.request("GET", `${api}/tools`, { token: owner.token })
      assert.isFalse(tools.body.some((tool: { server: { id: string } }) => tool.server.id === serverId))
      assert.strictEqual((await server.request("DELETE", `${api}/tools/${serverId}:echo/install`, { token: owner.token })).status, 404, "its installs went with it")
      const catalogServer = catalog[0]!
      assert.strictEqual((await server.request("DELETE", `${api}/servers/${catalogServer.id}`, { token: owner.token })).status, 404, "catalog servers stay")
    })
  })
})
