/**
 * The MCP server through the official SDK's client, on PGlite and PostgreSQL: over Streamable HTTP
 * at `/mcp` of the real server, and over stdio with `sire mcp` spawned as a process (talking to
 * that server through `SIRE_URL` and `SIRE_API_KEY`). A model-shaped session lists the tools,
 * validates and creates a workflow, runs it and reads the execution and its log; a workflow with
 * a trigger of kind `mcp` is a tool of its own; another organization's ids are not found; a viewer
 * key reads but is refused every write; writes made through MCP count against the REST limits.
 */
import { afterAll, assert, beforeAll, describe, it } from "@effect/vitest"
import { Client } from "@modelcontextprotocol/sdk/client/index.js"
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js"
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js"
import { type Account, assertError, databases, eventually, signup, skip, start, type TestServer } from "./harness.js"
import { spawnSync } from "node:child_process"
import { bin, packageDir } from "./sireProcess.js"

type Json = any

const transports = ["http", "stdio"] as const
type Transport = typeof transports[number]

const greet = {
  name: "Greet a person",
  description: "Says hello",
  inputs: { fields: { name: { type: "string", required: true, description: "Who to greet" } } },
  nodes: [
    { id: "start", type: "trigger" },
    { id: "done", type: "output", params: { value: "Hello {{ input.name }}" } }
  ],
  edges: [{ source: "start", target: "done" }]
}

/** A workflow offered as an MCP tool: adds `a` and `b`. */
const adder = (name: string) => ({
  name,
  description: "Adds two numbers and says which is larger",
  inputs: {
    fields: {
      a: { type: "number", required: true, description: "The first addend" },
      b: { type: "number", required: true, description: "The second addend" },
      note: { type: "string" }
    }
  },
  nodes: [
    { id: "start", type: "trigger", params: { kind: "mcp" } },
    { id: "done", type: "output", params: { value: { sum: "{{ input.a + input.b }}", larger: "{{ input.a > input.b ? 'a' : 'b' }}" } } }
  ],
  edges: [{ source: "start", target: "done" }]
})

/** trigger → waitForEvent → output of its payload. */
const approval = {
  name: "Wait for approval",
  nodes: [
    { id: "start", type: "trigger" },
    { id: "wait", type: "waitForEvent", params: {} },
    { id: "done", type: "output", params: { value: "{{ nodes.wait }}" } }
  ],
  edges: [{ source: "start", target: "wait" }, { source: "wait", target: "done" }]
}

describe.each(databases)("MCP on %s", (database) => {
  describe.skipIf(skip(database))("through the real server", () => {
    let server: TestServer
    let owner: Account
    let ownerKey: string
    let viewerKey: string
    let stranger: Account
    let strangerKey: string
    const clients: Array<Client> = []

    const createKey = async (token: string, role?: string): Promise<string> => {
      const answer = await server.request("POST", "/api/v1/apikeys", { token, body: { name: `mcp ${role ?? "default"}`, ...(role ? { role } : {}) } })
      assert.strictEqual(answer.status, 201, answer.text)
      return answer.body.key
    }

    beforeAll(async () => {
      server = await start(database)
      owner = await signup(server, "mcp-owner")
      stranger = await signup(server, "mcp-stranger")
      ;[ownerKey, viewerKey, strangerKey] = await Promise.all([createKey(owner.token), createKey(owner.token, "viewer"), createKey(stranger.token)])
    })
    afterAll(async () => {
      await Promise.all(clients.map((client) => client.close().catch(() => undefined)))
      await server?.close()
    })

    /** An SDK client connected over `transport` with the API key `key`. */
    const connect = async (transport: Transport, key: string, on: TestServer = server): Promise<Client> => {
      const client = new Client({ name: "sire-mcp-test", version: "1.0.0" })
      clients.push(client)
      await client.connect(transport === "http"
        ? new StreamableHTTPClientTransport(new URL("/mcp", on.base), { requestInit: { headers: { authorization: `Bearer ${key}` } } })
        : new StdioClientTransport({
          command: process.execPath,
          args: [bin, "mcp"],
          cwd: packageDir,
          env: { ...process.env as Record<string, string>, SIRE_URL: on.base, SIRE_API_KEY: key },
          stderr: "pipe"
        }))
      return client
    }

    /** Calls a tool; the result with its structured content. */
    const call = async (client: Client, name: string, args: Record<string, unknown> = {}) =>
      await client.callTool({ name, arguments: args }) as { isError?: boolean; structuredContent?: Json; content: Array<{ type: string; text: string }> }

    const workflowsOf = async (token: string) => {
      const answer = await server.request("GET", "/api/v1/workflows?limit=100", { token })
      assert.strictEqual(answer.status, 200, answer.text)
      return answer.body as Array<Json>
    }

    describe.each(transports)("over %s", (transport) => {
      it("lists the tools with input schemas; a model-shaped session validates, creates and runs a workflow, then reads the execution and its log", async () => {
        const client = await connect(transport, ownerKey)
        assert.strictEqual(client.getServerVersion()?.name, "sire")
        const { tools } = await client.listTools()
        const names = tools.map((tool) => tool.name)
        for (const name of ["list_workflows", "get_workflow", "create_workflow", "update_workflow", "validate_workflow", "run_workflow", "get_execution", "search_executions", "cancel_execution", "resume_execution"]) {
          assert.include(names, name)
        }
        const create = tools.find((tool) => tool.name === "create_workflow")!
        assert.deepStrictEqual(create.inputSchema.required, ["workflow"])
        assert.include((create.inputSchema.properties as Json).workflow.required, "nodes")
        assert.isString(create.description)

        const checked = await call(client, "validate_workflow", { workflow: greet })
        assert.notOk(checked.isError, JSON.stringify(checked))
        assert.deepStrictEqual(checked.structuredContent, { valid: true, problems: [] })

        const created = await call(client, "create_workflow", { workflow: greet })
        assert.notOk(created.isError, JSON.stringify(created))
        const workflowId: string = created.structuredContent.id
        assert.match(workflowId, /^wf_/)
        assert.include((await workflowsOf(owner.token)).map((workflow) => workflow.id), workflowId, "stored in the key's organization")

        const listed = await call(client, "list_workflows", { name: "greet a" })
        assert.include(listed.structuredContent.workflows.map((workflow: Json) => workflow.id), workflowId)

        const ran = await call(client, "run_workflow", { workflowId, input: { name: "Ada" } })
        assert.notOk(ran.isError, JSON.stringify(ran))
        assert.strictEqual(ran.structuredContent.status, "completed")
        assert.strictEqual(ran.structuredContent.output, "Hello Ada")
        const executionId: string = ran.structuredContent.executionId
        assert.match(executionId, /^exec_/)

        const execution = await call(client, "get_execution", { id: executionId })
        assert.strictEqual(execution.structuredContent.id, executionId)
        assert.deepStrictEqual(execution.structuredContent.steps.map((step: Json) => [step.nodeId, step.status]), [["start", "completed"], ["done", "completed"]])

        const found = await call(client, "search_executions", { workflowId, status: "completed", trigger: "mcp" })
        assert.deepStrictEqual(found.structuredContent.executions.map((found: Json) => found.id), [executionId])

        const log = await client.readResource({ uri: `sire://executions/${executionId}/logs` })
        const text = (log.contents[0] as { text: string }).text
        assert.match(text, new RegExp(`execution ${executionId} of workflow ${workflowId}: completed`))
        assert.match(text, /\bdone completed attempts=1/)
        assert.include(text, "output: \"Hello Ada\"")
        const document = await client.readResource({ uri: `sire://workflows/${workflowId}` })
        assert.strictEqual(JSON.parse((document.contents[0] as { text: string }).text).name, greet.name)
        const { resourceTemplates } = await client.listResourceTemplates()
        assert.sameMembers(resourceTemplates.map((template) => template.uriTemplate), ["sire://workflows/{id}", "sire://executions/{id}/logs"])

        const missingInput = await call(client, "run_workflow", { workflowId, input: {} })
        assert.isTrue(missingInput.isError, "a missing required input is an error result")
        assert.strictEqual(missingInput.structuredContent.status, 400)
      })

      it("an invalid document: validate_workflow lists every problem as data, create_workflow is an error result with the same details, and nothing is stored", async () => {
        const client = await connect(transport, ownerKey)
        const broken = {
          name: "Broken",
          nodes: [{ id: "start", type: "trigger" }, { id: "x", type: "nosuchtype" }, { id: "x", type: "transform", params: { value: 1 } }],
          edges: [{ source: "start", target: "ghost" }]
        }
        const checked = await call(client, "validate_workflow", { workflow: broken })
        assert.notOk(checked.isError)
        assert.isFalse(checked.structuredContent.valid)
        const messages = checked.structuredContent.problems.map((problem: Json) => `${problem.path}: ${problem.message}`).join("\n")
        assert.isAtLeast(checked.structuredContent.problems.length, 3, messages)
        assert.match(messages, /nosuchtype/)
        assert.match(messages, /ghost/)

        const before = (await workflowsOf(owner.token)).length
        const created = await call(client, "create_workflow", { workflow: broken })
        assert.isTrue(created.isError)
        assert.strictEqual(created.structuredContent.status, 400)
        assert.deepStrictEqual(created.structuredContent.details, checked.structuredContent.problems)
        assert.strictEqual((await workflowsOf(owner.token)).length, before, "nothing stored")

        const noArgument = await call(client, "create_workflow", {})
        assert.isTrue(noArgument.isError)
        assert.match(noArgument.structuredContent.error, /workflow is required/)
      })

      it("a workflow with a trigger of kind mcp is a tool named after it, its input schema from inputs.fields, answering the execution's output", async () => {
        const client = await connect(transport, ownerKey)
        const name = `Add numbers ${transport}`
        const offered = await server.request("POST", "/api/v1/workflows", { token: owner.token, body: adder(name) })
        assert.strictEqual(offered.status, 201, offered.text)
        assert.deepStrictEqual(offered.body.triggers, [{ nodeId: "start", kind: "mcp" }])
        const plain = await server.request("POST", "/api/v1/workflows", { token: owner.token, body: { ...greet, name: `Not a tool ${transport}` } })
        assert.strictEqual(plain.status, 201, plain.text)

        const { tools } = await client.listTools()
        const tool = tools.find((candidate) => candidate.name === `add_numbers_${transport}`)
        assert.isDefined(tool, tools.map((candidate) => candidate.name).join(", "))
        assert.isUndefined(tools.find((candidate) => candidate.name === `not_a_tool_${transport}`), "only workflows with an mcp trigger")
        assert.match(tool!.description!, /Adds two numbers/)
        assert.deepStrictEqual(tool!.inputSchema, {
          type: "object",
          properties: {
            a: { type: "number", description: "The first addend" },
            b: { type: "number", description: "The second addend" },
            note: { type: "string" }
          },
          required: ["a", "b"]
        })

        const result = await call(client, tool!.name, { a: 2, b: 40 })
        assert.notOk(result.isError, JSON.stringify(result))
        assert.deepStrictEqual(result.structuredContent.output, { sum: 42, larger: "b" })
        const execution = await server.request("GET", `/api/v1/executions/${result.structuredContent.executionId}`, { token: owner.token })
        assert.strictEqual(execution.body.workflowId, offered.body.id)
        assert.deepStrictEqual(execution.body.input, { a: 2, b: 40 })
        assert.strictEqual(execution.body.trigger, "mcp", "recorded as started through MCP")

        const bad = await call(client, tool!.name, { a: "two" })
        assert.isTrue(bad.isError, "the workflow's input validation refuses the call")
        assert.strictEqual(bad.structuredContent.status, 400)
      })

      it("runs without waiting, resumes a waiting execution and cancels another", async () => {
        const client = await connect(transport, ownerKey)
        const created = await call(client, "create_workflow", { workflow: approval })
        const workflowId: string = created.structuredContent.id
        const started = await call(client, "run_workflow", { workflowId, wait: false })
        assert.notOk(started.isError, JSON.stringify(started))
        const executionId: string = started.structuredContent.executionId
        assert.match(started.structuredContent.next, /get_execution/)
        const status = async (id: string) => (await call(client, "get_execution", { id })).structuredContent.status
        await eventually(async () => (await status(executionId)) === "waiting", "the execution waits", 30_000)
        const resumed = await call(client, "resume_execution", { id: executionId, payload: { approved: true } })
        assert.notOk(resumed.isError, JSON.stringify(resumed))
        await eventually(async () => (await status(executionId)) === "completed", "the resumed execution completes", 30_000)
        assert.deepStrictEqual((await call(client, "get_execution", { id: executionId })).structuredContent.output, { approved: true })

        const other = (await call(client, "run_workflow", { workflowId, wait: false })).structuredContent.executionId
        await eventually(async () => (await status(other)) === "waiting", "the other execution waits", 30_000)
        const cancelled = await call(client, "cancel_execution", { id: other })
        assert.notOk(cancelled.isError, JSON.stringify(cancelled))
        assert.strictEqual(cancelled.structuredContent.status, "cancelled")
      })

      it("another organization's workflows and executions are not found, and its workflow tools are not listed", async () => {
        const mine = await connect(transport, ownerKey)
        const workflowId = (await call(mine, "create_workflow", { workflow: adder(`Private adder ${transport}`) })).structuredContent.id
        const executionId = (await call(mine, "run_workflow", { workflowId, input: { a: 1, b: 2 } })).structuredContent.executionId
        const theirs = await connect(transport, strangerKey)
        for (const [name, args] of [
          ["get_workflow", { id: workflowId }],
          ["update_workflow", { id: workflowId, workflow: greet }],
          ["run_workflow", { workflowId, input: { a: 1, b: 2 } }],
          ["get_execution", { id: executionId }],
          ["cancel_execution", { id: executionId }],
          ["resume_execution", { id: executionId, payload: 1 }]
        ] as const) {
          const result = await call(theirs, name, args)
          assert.isTrue(result.isError, `${name}: ${JSON.stringify(result)}`)
          assert.strictEqual(result.structuredContent.status, 404, `${name}: ${JSON.stringify(result)}`)
        }
        const listed = await call(theirs, "list_workflows")
        assert.notInclude(listed.structuredContent.workflows.map((workflow: Json) => workflow.id), workflowId)
        const searched = await call(theirs, "search_executions", { workflowId })
        assert.deepStrictEqual(searched.structuredContent.executions, [])
        const { tools } = await theirs.listTools()
        assert.notInclude(tools.map((tool) => tool.name), `private_adder_${transport}`)
        const called = await call(theirs, `private_adder_${transport}`, { a: 1, b: 2 })
        assert.isTrue(called.isError)
        assert.match(called.structuredContent.error, /unknown tool/)
        let refused: unknown
        await theirs.readResource({ uri: `sire://workflows/${workflowId}` }).catch((error) => { refused = error })
        assert.match(String(refused), /not found/)
        const unchanged = await server.request("GET", `/api/v1/workflows/${workflowId}`, { token: owner.token })
        assert.strictEqual(unchanged.body.name, `Private adder ${transport}`)
      })

      it("a viewer key reads but is refused every write (403), and nothing is written", async () => {
        const owned = await connect(transport, ownerKey)
        const workflowId = (await call(owned, "create_workflow", { workflow: adder(`Viewer target ${transport}`) })).structuredContent.id
        const executionId = (await call(owned, "run_workflow", { workflowId, input: { a: 1, b: 1 } })).structuredContent.executionId
        const viewer = await connect(transport, viewerKey)
        assert.strictEqual((await call(viewer, "get_workflow", { id: workflowId })).structuredContent.id, workflowId)
        assert.notOk((await call(viewer, "get_execution", { id: executionId })).isError)
        assert.notOk((await call(viewer, "validate_workflow", { workflow: greet })).isError)
        const before = (await workflowsOf(owner.token)).length
        const executionsBefore = (await server.request("GET", `/api/v1/executions/search?workflowId=${workflowId}`, { token: owner.token })).body.length
        for (const [name, args] of [
          ["create_workflow", { workflow: greet }],
          ["update_workflow", { id: workflowId, workflow: greet }],
          ["run_workflow", { workflowId, input: { a: 1, b: 1 } }],
          ["cancel_execution", { id: executionId }],
          ["resume_execution", { id: executionId, payload: 1 }],
          [`viewer_target_${transport}`, { a: 1, b: 1 }]
        ] as const) {
          const result = await call(viewer, name, args)
          assert.isTrue(result.isError, `${name}: ${JSON.stringify(result)}`)
          assert.strictEqual(result.structuredContent.status, 403, `${name}: ${JSON.stringify(result)}`)
          assert.match(result.structuredContent.error, /role/)
        }
        assert.strictEqual((await workflowsOf(owner.token)).length, before)
        const after = await server.request("GET", `/api/v1/workflows/${workflowId}`, { token: owner.token })
        assert.strictEqual(after.body.name, `Viewer target ${transport}`)
        const executionsAfter = (await server.request("GET", `/api/v1/executions/search?workflowId=${workflowId}`, { token: owner.token })).body.length
        assert.strictEqual(executionsAfter, executionsBefore)
      })
    })

    it("POST /mcp answers plain JSON-RPC as curl sends it; a message that is not JSON-RPC is 400 { error }", async () => {
      const initialize = {
        jsonrpc: "2.0",
        id: 7,
        method: "initialize",
        params: { protocolVersion: "2025-06-18", capabilities: {}, clientInfo: { name: "curl", version: "8" } }
      }
      const answer = await server.request("POST", "/mcp", { token: ownerKey, body: initialize })
      assert.strictEqual(answer.status, 200, answer.text)
      assert.strictEqual(answer.body.id, 7)
      assert.strictEqual(answer.body.result.serverInfo.name, "sire")
      assert.isObject(answer.body.result.capabilities.tools)
      const listed = await server.request("POST", "/mcp", { token: ownerKey, body: { jsonrpc: "2.0", id: 8, method: "tools/list" } })
      assert.strictEqual(listed.status, 200, listed.text)
      assert.include(listed.body.result.tools.map((tool: Json) => tool.name), "run_workflow")
      assertError(await server.request("POST", "/mcp", { token: ownerKey, body: { hello: "world" } }), 400)
    })

    it("sire mcp without SIRE_URL or SIRE_API_KEY says which is missing and exits 2; with a server it cannot reach, a tool call is an error result", async () => {
      const run = (env: Record<string, string>) =>
        spawnSync(process.execPath, [bin, "mcp"], {
          cwd: packageDir,
          encoding: "utf8",
          timeout: 30_000,
          input: "",
          env: { PATH: process.env.PATH ?? "", ...env }
        })
      const noUrl = run({ SIRE_API_KEY: ownerKey })
      assert.strictEqual(noUrl.status, 2, noUrl.stderr)
      assert.match(noUrl.stderr, /SIRE_URL is not set/)
      const noKey = run({ SIRE_URL: server.base })
      assert.strictEqual(noKey.status, 2, noKey.stderr)
      assert.match(noKey.stderr, /SIRE_API_KEY is not set/)
      const badUrl = run({ SIRE_URL: "ftp://example.com", SIRE_API_KEY: ownerKey })
      assert.strictEqual(badUrl.status, 2, badUrl.stderr)
      assert.match(badUrl.stderr, /not an http\(s\) URL/)

      const client = new Client({ name: "sire-mcp-test", version: "1.0.0" })
      clients.push(client)
      await client.connect(new StdioClientTransport({
        command: process.execPath,
        args: [bin, "mcp"],
        cwd: packageDir,
        env: { ...process.env as Record<string, string>, SIRE_URL: "http://127.0.0.1:1", SIRE_API_KEY: ownerKey },
        stderr: "pipe"
      }))
      const result = await call(client, "list_workflows")
      assert.isTrue(result.isError)
      assert.match(result.structuredContent.error, /could not reach the Sire API/)
    })

    it("POST /mcp without a valid key is 401 { error }, and GET is 405 (stateless: no event stream)", async () => {
      const headers = { accept: "application/json, text/event-stream" }
      const message = { jsonrpc: "2.0", id: 1, method: "tools/list", params: {} }
      assertError(await server.request("POST", "/mcp", { body: message, headers }), 401)
      assertError(await server.request("POST", "/mcp", { body: message, headers, token: `sk_${"0".repeat(64)}` }), 401)
      const get = await server.request("GET", "/mcp", { token: ownerKey })
      assert.strictEqual(get.status, 405, get.text)
      assert.strictEqual(get.headers.get("allow"), "POST")
    })

    it("writes through MCP count against the key's REST write limit: past it, an error result says so (429)", async () => {
      const limited = await start(database, { rateLimits: { write: { limit: 3, windowMs: 60_000 } } })
      try {
        const account = await signup(limited, "mcp-limited")
        const key = await limited.request("POST", "/api/v1/apikeys", { token: account.token, body: { name: "limited" } })
        assert.strictEqual(key.status, 201, key.text)
        const client = await connect("http", key.body.key, limited)
        const outcomes: Array<Json> = []
        for (let index = 0; index < 4; index++) outcomes.push(await call(client, "create_workflow", { workflow: { ...greet, name: `Limited ${index}` } }))
        assert.deepStrictEqual(outcomes.map((outcome) => outcome.isError === true), [false, false, false, true])
        assert.strictEqual(outcomes[3].structuredContent.status, 429)
        assert.strictEqual(outcomes[3].structuredContent.error, "rate limit exceeded")
        const { tools } = await client.listTools()
        assert.isAbove(tools.length, 0, "reads still answer")
      } finally {
        await limited.close()
      }
    })
  })
})
