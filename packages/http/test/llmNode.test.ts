/**
 * The `llm` and `agent` nodes through the real server, against a fake model server speaking the
 * OpenAI and Anthropic wire formats (first proven with the official SDKs): the credential's key
 * sent as `Authorization: Bearer` / `x-api-key` and never shown in the execution, its steps or its
 * log; JSON output mode (valid, invalid); streamed text as `step.delta` events whose concatenation
 * is the final text; token usage and cost per step and summed on the execution; an agent loop
 * over a workflow tool and an http tool, and over installed MCP tools; `maxSteps`; a model host on a blocked address refused
 * with no connection made; the example documents run.
 */
import Anthropic from "@anthropic-ai/sdk"
import { afterAll, assert, beforeAll, describe, it } from "@effect/vitest"
import { readFileSync } from "node:fs"
import { createServer, type IncomingHttpHeaders } from "node:http"
import { fileURLToPath } from "node:url"
import OpenAI from "openai"
import { type FakeModels, fakeModels } from "./fakeModels.js"
import { type Account, type Answer, databases, signup, skip, start, type TestServer } from "./harness.js"
import { type LocalServer, startMcpServer } from "./mcpServer.js"

const api = "/api/v1"

const example = (name: string): any =>
  JSON.parse(readFileSync(fileURLToPath(new URL(`../../../examples/workflows/${name}`, import.meta.url)), "utf8"))

/** A loopback receiver for http tools: answers `{ order: <query or body> }`, records requests. */
const receiver = (): Promise<{ url: string; received: Array<{ method: string; url: string; headers: IncomingHttpHeaders; body: string }>; close: () => Promise<void> }> =>
  new Promise((resolve) => {
    const received: Array<{ method: string; url: string; headers: IncomingHttpHeaders; body: string }> = []
    const server = createServer((request, response) => {
      const parts: Array<Buffer> = []
      request.on("data", (part: Buffer) => parts.push(part))
      request.on("end", () => {
        const body = Buffer.concat(parts).toString("utf8")
        received.push({ method: request.method ?? "", url: request.url ?? "", headers: request.headers, body })
        const query = Object.fromEntries(new URL(request.url ?? "/", "http://x").searchParams)
        response.writeHead(200, { "content-type": "application/json" })
        response.end(JSON.stringify({ order: body === "" ? query : JSON.parse(body), state: "shipped" }))
      })
    })
    server.listen(0, "127.0.0.1", () => {
      const address = server.address()
      const port = typeof address === "object" && address !== null ? address.port : 0
      resolve({
        url: `http://127.0.0.1:${port}/orders`,
        received,
        close: () => new Promise((done) => (server.closeAllConnections(), server.close(() => done())))
      })
    })
  })

describe("the fake model server speaks the real wire formats (official SDKs)", () => {
  let fake: FakeModels
  beforeAll(async () => (fake = await fakeModels()))
  afterAll(async () => await fake?.close())

  it("openai: a JSON completion, a streamed one with usage, and tool calls, as the openai SDK reads them", { timeout: 20_000 }, async () => {
    const client = new OpenAI({ apiKey: "sk-sdk-test", baseURL: fake.openaiBaseUrl, maxRetries: 0 })
    fake.reset()
    fake.queue({ text: "Hello there", usage: { input: 12, output: 3 } }, { text: "Streamed hello", usage: { input: 7, output: 4 } }, {
      toolCalls: [{ id: "call_a", name: "lookup", arguments: { q: "x" } }]
    })
    const json = await client.chat.completions.create({ model: "gpt-4o", messages: [{ role: "user", content: "hi" }] })
    assert.strictEqual(json.choices[0]!.message.content, "Hello there")
    assert.strictEqual(json.choices[0]!.finish_reason, "stop")
    assert.deepStrictEqual([json.usage?.prompt_tokens, json.usage?.completion_tokens, json.usage?.total_tokens], [12, 3, 15])
    assert.strictEqual(fake.received[0]!.headers.authorization, "Bearer sk-sdk-test")

    const stream = await client.chat.completions.create({
      model: "gpt-4o",
      messages: [{ role: "user", content: "hi" }],
      stream: true,
      stream_options: { include_usage: true }
    })
    let text = ""
    let usage: unknown
    let finish: unknown
    for await (const chunk of stream) {
      text += chunk.choices[0]?.delta.content ?? ""
      finish = chunk.choices[0]?.finish_reason ?? finish
      if (chunk.usage) usage = chunk.usage
    }
    assert.strictEqual(text, "Streamed hello")
    assert.strictEqual(finish, "stop")
    assert.deepStrictEqual(usage, { prompt_tokens: 7, completion_tokens: 4, total_tokens: 11 })

    const tools = await client.chat.completions.create({
      model: "gpt-4o",
      messages: [{ role: "user", content: "look x up" }],
      tools: [{ type: "function", function: { name: "lookup", parameters: { type: "object" } } }]
    })
    const call = tools.choices[0]!.message.tool_calls![0]! as { id: string; function: { name: string; arguments: string } }
    assert.strictEqual(tools.choices[0]!.finish_reason, "tool_calls")
    assert.deepStrictEqual([call.id, call.function.name, JSON.parse(call.function.arguments)], ["call_a", "lookup", { q: "x" }])
  })

  it("anthropic: a JSON message with tool_use, and a streamed one with usage, as @anthropic-ai/sdk reads them", { timeout: 20_000 }, async () => {
    const client = new Anthropic({ apiKey: "sk-ant-sdk-test", baseURL: fake.url, maxRetries: 0 })
    fake.reset()
    fake.queue(
      { text: "Let me look.", toolCalls: [{ id: "toolu_1", name: "lookup", arguments: { q: "y" } }], usage: { input: 20, output: 8 } },
      { text: "Streamed answer", usage: { input: 9, output: 6 } }
    )
    const message = await client.messages.create({ model: "claude-3-5-haiku-latest", max_tokens: 100, messages: [{ role: "user", content: "hi" }] })
    // This SDK sends the key as `Authorization: Bearer`; the API also takes `x-api-key`, which the node sends.
    const sent = fake.received[0]!.headers
    assert.strictEqual(sent["x-api-key"] ?? sent.authorization?.replace(/^Bearer /, ""), "sk-ant-sdk-test")
    assert.isString(sent["anthropic-version"])
    assert.strictEqual(message.stop_reason, "tool_use")
    assert.deepStrictEqual(message.content.map((block) => block.type), ["text", "tool_use"])
    const use = message.content[1] as { id: string; name: string; input: unknown }
    assert.deepStrictEqual([use.id, use.name, use.input], ["toolu_1", "lookup", { q: "y" }])
    assert.deepStrictEqual([message.usage.input_tokens, message.usage.output_tokens], [20, 8])

    const stream = client.messages.stream({ model: "claude-3-5-haiku-latest", max_tokens: 100, messages: [{ role: "user", content: "hi" }] })
    let text = ""
    stream.on("text", (delta) => (text += delta))
    const final = await stream.finalMessage()
    assert.strictEqual(text, "Streamed answer")
    assert.strictEqual(final.stop_reason, "end_turn")
    assert.deepStrictEqual([final.usage.input_tokens, final.usage.output_tokens], [9, 6])
    assert.strictEqual((final.content[0] as { text: string }).text, "Streamed answer")
  })
})

describe.each(databases)("the llm and agent nodes (%s)", (db) => {
  describe.skipIf(skip(db))("", () => {
    let server: TestServer
    let user: Account
    let fake: FakeModels
    let orders: Awaited<ReturnType<typeof receiver>>
    let openaiKey: string
    let anthropicKey: string
    let openaiCredential: string
    let anthropicCredential: string
    beforeAll(async () => {
      server = await start(db, { egressAllow: ["127.0.0.1"] })
      user = await signup(server, "llmnode")
      fake = await fakeModels()
      orders = await receiver()
      openaiKey = `sk-openai-canary-${Math.random().toString(36).slice(2)}`
      anthropicKey = `sk-ant-canary-${Math.random().toString(36).slice(2)}`
      openaiCredential = await credential({ name: "openai", type: "bearer", value: openaiKey, allowedHosts: ["127.0.0.1"] })
      anthropicCredential = await credential({ name: "anthropic", type: "header", value: { name: "x-api-key", value: anthropicKey }, allowedHosts: ["127.0.0.1"] })
    })
    afterAll(async () => {
      await fake?.close()
      await orders?.close()
      await server?.close()
    })
    const send = (method: string, path: string, body?: unknown): Promise<Answer> =>
      server.request(method, `${api}${path}`, { token: user.token, ...(body !== undefined ? { body } : {}) })
    const credential = async (body: Record<string, unknown>): Promise<string> => {
      const answer = await send("POST", "/credentials", body)
      assert.strictEqual(answer.status, 201, answer.text)
      return answer.body.id
    }
    const create = async (document: unknown): Promise<string> => {
      const created = await send("POST", "/workflows", document)
      assert.strictEqual(created.status, 201, created.text)
      return created.body.id
    }
    /** Creates the workflow, runs it synchronously, and answers the execution with its steps. */
    const run = async (document: unknown, input: unknown = {}): Promise<Answer> => {
      const answer = await send("POST", "/executions", { workflowId: await create(document), input, mode: "sync" })
      assert.strictEqual(answer.status, 200, answer.text)
      const shown = await send("GET", `/executions/${answer.body.id}`)
      assert.strictEqual(shown.status, 200, shown.text)
      return shown
    }
    const log = async (executionId: string): Promise<string> => {
      const response = await fetch(`${server.base}${api}/executions/${executionId}/logs`, {
        headers: { authorization: `Bearer ${user.token}` },
        signal: AbortSignal.timeout(15_000)
      })
      return response.text()
    }
    const one = (node: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
      name: `model node ${Math.random().toString(36).slice(2)}`,
      nodes: [
        { id: "start", type: "trigger" },
        { id: "ask", ...node, ...extra },
        { id: "done", type: "output", params: { value: "{{ nodes.ask }}" } }
      ],
      edges: [{ source: "start", target: "ask" }, { source: "ask", target: "done" }]
    })
    const openai = (params: Record<string, unknown>) => ({
      type: "llm",
      params: { provider: "openai", model: "gpt-4o-mini", baseUrl: fake.openaiBaseUrl, credentialId: openaiCredential, ...params }
    })
    const anthropic = (params: Record<string, unknown>) => ({
      type: "llm",
      params: { provider: "anthropic", model: "claude-3-5-haiku-20241022", baseUrl: fake.url, credentialId: anthropicCredential, ...params }
    })
    const step = (execution: Answer, nodeId: string) => execution.body.steps.find((s: { nodeId: string }) => s.nodeId === nodeId)

    it("openai: a templated prompt round trip; the key goes as Authorization: Bearer and appears nowhere in the execution, its steps or its log", async () => {
      fake.reset()
      fake.queue({ text: "Bonjour, Ada!", usage: { input: 21, output: 4 } })
      const execution = await run(one(openai({
        system: "You translate to French.",
        prompt: "Greet {{ input.name }}",
        messages: [{ role: "user", content: "Earlier question" }, { role: "assistant", content: "Earlier answer" }],
        temperature: 0.2,
        maxTokens: 50
      })), { name: "Ada" })
      assert.strictEqual(execution.body.status, "completed", execution.text)
      const output = execution.body.output
      assert.strictEqual(output.text, "Bonjour, Ada!")
      assert.deepStrictEqual([output.provider, output.model, output.finishReason], ["openai", "gpt-4o-mini", "stop"])
      assert.deepStrictEqual(output.usage, { inputTokens: 21, outputTokens: 4, totalTokens: 25, costUsd: (21 * 0.15 + 4 * 0.6) / 1e6 })
      assert.strictEqual(fake.received.length, 1)
      const got = fake.received[0]!
      assert.strictEqual(got.path, "/v1/chat/completions")
      assert.strictEqual(got.headers.authorization, `Bearer ${openaiKey}`)
      assert.deepStrictEqual(got.body.messages, [
        { role: "system", content: "You translate to French." },
        { role: "user", content: "Earlier question" },
        { role: "assistant", content: "Earlier answer" },
        { role: "user", content: "Greet Ada" }
      ])
      assert.deepStrictEqual([got.body.model, got.body.temperature, got.body.max_tokens, got.body.stream], ["gpt-4o-mini", 0.2, 50, undefined])
      const everything = `${execution.text}\n${await log(execution.body.id)}`
      assert.include(everything, "ask")
      assert.notInclude(everything, openaiKey)
    })

    it("anthropic: x-api-key and anthropic-version sent, the system apart, the text and usage read", async () => {
      fake.reset()
      fake.queue({ text: "Hello from Claude", usage: { input: 1000, output: 200 } })
      const execution = await run(one(anthropic({ system: "Be brief.", prompt: "Say hello" })))
      assert.strictEqual(execution.body.status, "completed", execution.text)
      assert.strictEqual(execution.body.output.text, "Hello from Claude")
      assert.strictEqual(execution.body.output.provider, "anthropic")
      assert.deepStrictEqual(execution.body.output.usage, { inputTokens: 1000, outputTokens: 200, totalTokens: 1200, costUsd: 0.0016 })
      const got = fake.received[0]!
      assert.strictEqual(got.path, "/v1/messages")
      assert.strictEqual(got.headers["x-api-key"], anthropicKey)
      assert.strictEqual(got.headers["anthropic-version"], "2023-06-01")
      assert.strictEqual(got.body.system, "Be brief.")
      assert.strictEqual(got.body.max_tokens, 4096)
      assert.deepStrictEqual(got.body.messages, [{ role: "user", content: [{ type: "text", text: "Say hello" }] }])
      assert.notInclude(`${execution.text}\n${await log(execution.body.id)}`, anthropicKey)
    })

    it("JSON output mode: a valid reply is parsed into json; an invalid one fails the node with ajv's errors", async () => {
      const schema = { type: "object", required: ["city", "population"], properties: { city: { type: "string" }, population: { type: "integer" } } }
      fake.reset()
      fake.queue({ text: "```json\n{\"city\":\"Paris\",\"population\":2102650}\n```" }, { text: "{\"city\":\"Paris\",\"population\":\"many\"}" }, { text: "Paris, I think" })
      const valid = await run(one(openai({ prompt: "Largest city of France?", output: { schema } })))
      assert.strictEqual(valid.body.status, "completed", valid.text)
      assert.deepStrictEqual(valid.body.output.json, { city: "Paris", population: 2102650 })
      assert.deepStrictEqual(fake.received[0]!.body.response_format, { type: "json_schema", json_schema: { name: "output", schema, strict: false } })
      assert.include(fake.received[0]!.body.messages[0].content, "JSON Schema")

      const invalid = await run(one(anthropic({ prompt: "Largest city of France?", output: { schema } })))
      assert.strictEqual(invalid.body.status, "failed", invalid.text)
      assert.include(step(invalid, "ask").error, "does not match output.schema")
      assert.include(step(invalid, "ask").error, "reply/population must be integer")

      const prose = await run(one(openai({ prompt: "Largest city of France?", output: { schema } })))
      assert.strictEqual(prose.body.status, "failed", prose.text)
      assert.include(step(prose, "ask").error, "not JSON")
    })

    it("stream: the SSE log carries step.delta events whose concatenation is the final text (openai and anthropic)", { timeout: 30_000 }, async () => {
      for (const node of [openai({ prompt: "Tell a story", stream: true }), anthropic({ prompt: "Tell a story", stream: true })]) {
        fake.reset()
        let open!: () => void
        const gate = new Promise<void>((resolve) => (open = resolve))
        const story = "Once upon a time, a workflow engine streamed its tokens."
        fake.queue({ text: story, delayMs: 20, gate, usage: { input: 8, output: 13 } })
        const started = await send("POST", "/executions", { workflowId: await create(one(node)) })
        assert.strictEqual(started.status, 201, started.text)
        const response = await fetch(`${server.base}${api}/executions/${started.body.id}/logs`, {
          headers: { authorization: `Bearer ${user.token}` },
          signal: AbortSignal.timeout(20_000)
        })
        const reader = response.body!.getReader()
        const decoder = new TextDecoder()
        let text = ""
        for (;;) {
          const { done, value } = await reader.read()
          if (done) break
          text += decoder.decode(value, { stream: true })
          if (text.includes("event: step.started")) open()
        }
        open()
        const deltas = text.split("\n\n").filter((block) => block.startsWith("event: step.delta")).map((block) =>
          JSON.parse(block.split("\n").find((line) => line.startsWith("data: "))!.slice(6))
        )
        assert.isAbove(deltas.length, 5, text)
        assert.isTrue(deltas.every((delta) => delta.nodeId === "ask"))
        const execution = await send("GET", `/executions/${started.body.id}`)
        assert.strictEqual(execution.body.status, "completed", execution.text)
        assert.strictEqual(execution.body.output.text, story)
        assert.strictEqual(deltas.map((delta) => delta.text).join(""), story)
        assert.deepStrictEqual([execution.body.output.usage.inputTokens, execution.body.output.usage.outputTokens], [8, 13])
        assert.strictEqual(fake.received[0]!.body.stream, true)
      }
    })

    it("usage and cost on each step, summed on the execution by model; a pricing param overrides; an unknown model costs null", async () => {
      fake.reset()
      fake.queue({ text: "a", usage: { input: 1000, output: 500 } }, { text: "b", usage: { input: 2000, output: 100 } }, { text: "c", usage: { input: 10, output: 10 } })
      const execution = await run({
        name: `usage ${Math.random()}`,
        nodes: [
          { id: "start", type: "trigger" },
          { id: "first", ...openai({ model: "gpt-4o-2024-08-06", prompt: "one" }) },
          { id: "second", ...anthropic({ prompt: "two", pricing: { inputPerMillion: 1, outputPerMillion: 10 } }) },
          { id: "done", type: "output", params: { value: "{{ nodes.second.text }}" } }
        ],
        edges: [{ source: "start", target: "first" }, { source: "first", target: "second" }, { source: "second", target: "done" }]
      })
      assert.strictEqual(execution.body.status, "completed", execution.text)
      assert.deepStrictEqual(step(execution, "first").output.usage, { inputTokens: 1000, outputTokens: 500, totalTokens: 1500, costUsd: 0.0075 })
      assert.deepStrictEqual(step(execution, "second").output.usage, { inputTokens: 2000, outputTokens: 100, totalTokens: 2100, costUsd: 0.003 })
      assert.deepStrictEqual(execution.body.usage, {
        inputTokens: 3000,
        outputTokens: 600,
        totalTokens: 3600,
        costUsd: 0.0105,
        byModel: {
          "openai/gpt-4o-2024-08-06": { inputTokens: 1000, outputTokens: 500, totalTokens: 1500, costUsd: 0.0075 },
          "anthropic/claude-3-5-haiku-20241022": { inputTokens: 2000, outputTokens: 100, totalTokens: 2100, costUsd: 0.003 }
        }
      })
      const unknown = await run(one(openai({ model: "llama3.2:3b", prompt: "three" })))
      assert.strictEqual(unknown.body.output.usage.costUsd, null)
      assert.strictEqual(unknown.body.usage.costUsd, null)
      const none = await run({ name: `no usage ${Math.random()}`, nodes: [{ id: "start", type: "trigger" }], edges: [] })
      assert.notProperty(none.body, "usage")
    })

    it("agent: workflow tool then http tool then a final answer; tool results go back to the model; calls logged; usage summed", { timeout: 30_000 }, async () => {
      const lookup = await create({
        name: `customer lookup ${Math.random()}`,
        nodes: [
          { id: "start", type: "trigger" },
          { id: "done", type: "output", params: { value: { email: "{{ input.email }}", tier: "gold" } } }
        ],
        edges: [{ source: "start", target: "done" }]
      })
      fake.reset()
      orders.received.length = 0
      fake.queue(
        { toolCalls: [{ id: "call_1", name: "find_customer", arguments: { email: "ada@example.com" } }], usage: { input: 100, output: 10 } },
        { toolCalls: [{ id: "call_2", name: "ship_order", arguments: { orderId: "A-1", tier: "gold" } }], usage: { input: 200, output: 20 } },
        { text: "Ada is gold; order A-1 shipped.", usage: { input: 300, output: 30 } }
      )
      const execution = await run(one({
        type: "agent",
        params: {
          provider: "openai",
          model: "gpt-4o-mini",
          baseUrl: fake.openaiBaseUrl,
          credentialId: openaiCredential,
          system: "You help with orders.",
          prompt: "Ship the order of {{ input.email }}",
          tools: [
            {
              type: "workflow",
              workflowId: lookup,
              name: "find_customer",
              description: "Finds a customer by email",
              inputSchema: { type: "object", required: ["email"], properties: { email: { type: "string" } } }
            },
            { type: "http", name: "ship_order", description: "Ships an order", method: "POST", url: orders.url }
          ]
        }
      }), { email: "ada@example.com" })
      assert.strictEqual(execution.body.status, "completed", execution.text)
      const output = execution.body.output
      assert.strictEqual(output.text, "Ada is gold; order A-1 shipped.")
      assert.strictEqual(output.steps.length, 2)
      assert.deepStrictEqual(output.steps[0].toolCalls, [{ id: "call_1", name: "find_customer", arguments: { email: "ada@example.com" } }])
      assert.deepStrictEqual(output.steps[0].toolResults, [{ id: "call_1", name: "find_customer", result: { email: "ada@example.com", tier: "gold" }, isError: false }])
      assert.deepStrictEqual(output.steps[1].toolResults[0].result, { status: 200, body: { order: { orderId: "A-1", tier: "gold" }, state: "shipped" } })
      assert.deepStrictEqual(output.usage, { inputTokens: 600, outputTokens: 60, totalTokens: 660, costUsd: (600 * 0.15 + 60 * 0.6) / 1e6 })
      assert.strictEqual(orders.received.length, 1)
      assert.strictEqual(orders.received[0]!.method, "POST")
      assert.deepStrictEqual(JSON.parse(orders.received[0]!.body), { orderId: "A-1", tier: "gold" })
      assert.strictEqual(orders.received[0]!.headers.authorization, undefined, "the model's key never reaches a tool")
      assert.strictEqual(fake.received.length, 3)
      assert.deepStrictEqual(fake.received[0]!.body.tools.map((tool: any) => tool.function.name), ["find_customer", "ship_order"])
      const [asked, answered] = fake.received[1]!.body.messages.slice(-2)
      assert.deepStrictEqual(asked, {
        role: "assistant",
        content: null,
        tool_calls: [{ id: "call_1", type: "function", function: { name: "find_customer", arguments: JSON.stringify({ email: "ada@example.com" }) } }]
      })
      assert.deepStrictEqual([answered.role, answered.tool_call_id, JSON.parse(answered.content)], ["tool", "call_1", { email: "ada@example.com", tier: "gold" }])
      assert.deepStrictEqual(JSON.parse(fake.received[2]!.body.messages.at(-1).content), { status: 200, body: { order: { orderId: "A-1", tier: "gold" }, state: "shipped" } })
      const logs: Array<string> = step(execution, "ask").logs
      assert.isTrue(logs.some((line) => line.includes("find_customer(") && line.includes("gold")), logs.join("\n"))
      assert.isTrue(logs.some((line) => line.includes("ship_order(")), logs.join("\n"))
      assert.strictEqual(execution.body.usage.totalTokens, 660)
    })

    it("agent: an installed MCP tool is described by its server and called; an uninstalled one answers the model an error", { timeout: 30_000 }, async () => {
      const mcp: LocalServer = await startMcpServer()
      try {
        const registered = await send("POST", "/marketplace/servers", { name: "Local tools", url: mcp.url })
        assert.strictEqual(registered.status, 201, registered.text)
        const serverId = registered.body.id
        const installed = await send("POST", `/marketplace/tools/${serverId}:add/install`)
        assert.include([200, 201], installed.status, installed.text)
        fake.reset()
        fake.queue(
          { toolCalls: [{ id: "call_add", name: "add", arguments: { a: 2, b: 3 } }, { id: "call_echo", name: "echo", arguments: { text: "hi" } }] },
          { text: "2 + 3 = 5" }
        )
        const execution = await run(one({
          type: "agent",
          params: {
            provider: "openai",
            model: "gpt-4o-mini",
            baseUrl: fake.openaiBaseUrl,
            credentialId: openaiCredential,
            prompt: "What is 2 + 3?",
            tools: [{ type: "mcp", serverId, tool: "add" }, { type: "mcp", serverId, tool: "echo", description: "Echoes", inputSchema: { type: "object" } }]
          }
        }))
        assert.strictEqual(execution.body.status, "completed", execution.text)
        assert.strictEqual(execution.body.output.text, "2 + 3 = 5")
        const offered = fake.received[0]!.body.tools.map((tool: any) => tool.function)
        assert.strictEqual(offered[0].name, "add")
        assert.strictEqual(offered[0].description, "Adds two numbers")
        assert.deepStrictEqual(Object.keys(offered[0].parameters.properties).sort(), ["a", "b"])
        const [add, echo] = execution.body.output.steps[0].toolResults
        assert.deepStrictEqual(add, { id: "call_add", name: "add", result: { content: [{ type: "text", text: "5" }] }, isError: false })
        assert.isTrue(echo.isError)
        assert.include(echo.result.error, "not installed")
      } finally {
        await mcp.close()
      }
    })

    it("agent: maxSteps reached while the model still calls tools fails the node clearly (anthropic, streamed tool_use)", { timeout: 30_000 }, async () => {
      fake.reset()
      orders.received.length = 0
      const again = () => ({ toolCalls: [{ name: "check", arguments: { orderId: "A-2" } }] })
      fake.queue(again, again, again)
      const execution = await run(one({
        type: "agent",
        params: {
          provider: "anthropic",
          model: "claude-3-5-haiku-latest",
          baseUrl: fake.url,
          credentialId: anthropicCredential,
          stream: true,
          prompt: "Keep checking",
          maxSteps: 2,
          tools: [{ type: "http", name: "check", description: "Checks an order", method: "GET", url: orders.url }]
        }
      }))
      assert.strictEqual(execution.body.status, "failed", execution.text)
      assert.include(step(execution, "ask").error, "maxSteps (2 model calls)")
      assert.strictEqual(fake.received.length, 2)
      assert.strictEqual(orders.received.length, 2)
      assert.strictEqual(new URL(orders.received[0]!.url, "http://x").searchParams.get("orderId"), "A-2")
      const last = fake.received[1]!.body.messages
      assert.strictEqual(last[1].content[0].type, "tool_use")
      assert.strictEqual(last[2].content[0].type, "tool_result")
      assert.strictEqual(last[2].content[0].tool_use_id, last[1].content[0].id)
    })

    it("a model host on a blocked address (outside the egress allow-list, or metadata) is refused and never connected to", async () => {
      const blocked = await fakeModels("127.0.0.2")
      try {
        blocked.queue({ text: "should never be asked" })
        const refused = await run(one({ type: "llm", params: { provider: "openai", model: "gpt-4o", baseUrl: blocked.openaiBaseUrl, prompt: "hi" } }))
        assert.strictEqual(refused.body.status, "failed", refused.text)
        assert.include(step(refused, "ask").error, "refused")
        assert.include(step(refused, "ask").error, "loopback")
        const streamed = await run(one({ type: "llm", params: { provider: "anthropic", model: "x", baseUrl: blocked.url, prompt: "hi", stream: true } }))
        assert.strictEqual(streamed.body.status, "failed", streamed.text)
        assert.include(step(streamed, "ask").error, "refused")
        const metadata = await run(one({ type: "llm", params: { provider: "anthropic", model: "x", baseUrl: "http://169.254.169.254", prompt: "hi", stream: true } }))
        assert.strictEqual(metadata.body.status, "failed", metadata.text)
        assert.include(step(metadata, "ask").error, "refused 169.254.169.254")
        assert.strictEqual(blocked.connections(), 0)
        assert.strictEqual(blocked.received.length, 0)
      } finally {
        await blocked.close()
      }
    })

    it("a credential is not sent to a host outside its allowedHosts", async () => {
      const narrow = await credential({ name: "narrow", type: "bearer", value: "sk-narrow", allowedHosts: ["api.openai.com"] })
      fake.reset()
      const execution = await run(one(openai({ credentialId: narrow, prompt: "hi" })))
      assert.strictEqual(execution.body.status, "failed", execution.text)
      assert.include(step(execution, "ask").error, "may not be sent to 127.0.0.1")
      assert.strictEqual(fake.received.length, 0)
    })

    it("the example documents (examples/workflows/llm-node.json, agent-node.json) run", { timeout: 30_000 }, async () => {
      const llm = example("llm-node.json")
      Object.assign(llm.nodes[1].params, { baseUrl: fake.openaiBaseUrl, credentialId: openaiCredential })
      fake.reset()
      fake.queue({ text: JSON.stringify({ summary: "Parcel arrived damaged.", urgency: "high" }), usage: { input: 50, output: 12 } })
      const triage = await run(llm, { ticket: "My parcel arrived crushed and I need it for tomorrow!" })
      assert.strictEqual(triage.body.status, "completed", triage.text)
      assert.deepStrictEqual(triage.body.output.triage, { summary: "Parcel arrived damaged.", urgency: "high" })
      assert.isNumber(triage.body.output.costUsd)
      assert.include(fake.received[0]!.body.messages.at(-1).content, "arrived crushed")

      const agent = example("agent-node.json")
      Object.assign(agent.nodes[1].params, { baseUrl: fake.url, credentialId: anthropicCredential })
      agent.nodes[1].params.tools[0].url = orders.url
      fake.reset()
      orders.received.length = 0
      fake.queue(
        { toolCalls: [{ name: "lookup_order", arguments: { orderId: "A-1042" } }] },
        { text: "Order A-1042 has shipped." }
      )
      const answered = await run(agent, { question: "Where is my order A-1042?" })
      assert.strictEqual(answered.body.status, "completed", answered.text)
      assert.strictEqual(answered.body.output, "Order A-1042 has shipped.")
      assert.strictEqual(orders.received.length, 1)
      assert.strictEqual(new URL(orders.received[0]!.url, "http://x").searchParams.get("orderId"), "A-1042")
    })
  })
})
