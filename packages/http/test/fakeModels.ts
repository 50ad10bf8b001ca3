/**
 * A fake model server on loopback speaking the real wire formats: OpenAI Chat Completions
 * (`POST /v1/chat/completions`, JSON and SSE with `data: [DONE]` and usage in the last chunk,
 * tool calls) and Anthropic Messages (`POST /v1/messages`, JSON and SSE `message_start` …
 * `message_stop`, `tool_use` blocks). Replies come from a per-test queue; every request is
 * recorded (headers and parsed body) and connections are counted. `llmNode.test.ts` proves with
 * the official `openai` and `@anthropic-ai/sdk` clients that the formats are the real ones.
 */
import { createServer, type IncomingHttpHeaders, type ServerResponse } from "node:http"
import type { Socket } from "node:net"

/** A scripted tool call. */
export interface FakeToolCall {
  readonly id?: string
  readonly name: string
  readonly arguments: unknown
}

/** One scripted answer: text and/or tool calls, with usage; or an HTTP error. */
export type FakeReply =
  | {
    readonly text?: string
    readonly toolCalls?: ReadonlyArray<FakeToolCall>
    readonly usage?: { readonly input: number; readonly output: number }
    /** How a streamed text is cut (default: pieces of 4 characters). */
    readonly chunks?: ReadonlyArray<string>
    /** Pause before each streamed chunk. */
    readonly delayMs?: number
    /** Held until this settles before answering (e.g. until a test's log watcher is connected). */
    readonly gate?: Promise<unknown>
  }
  | { readonly status: number; readonly body: unknown }

/** A request the fake received. */
export interface FakeRequest {
  readonly path: string
  readonly headers: IncomingHttpHeaders
  readonly body: any
}

/** The running fake. */
export interface FakeModels {
  /** `http://127.0.0.1:<port>`: the Anthropic base URL. */
  readonly url: string
  /** `<url>/v1`: the OpenAI base URL. */
  readonly openaiBaseUrl: string
  readonly received: Array<FakeRequest>
  /** Queues answers (or functions of the request answering one), used first in, first out. */
  readonly queue: (...replies: ReadonlyArray<FakeReply | ((request: FakeRequest) => FakeReply)>) => void
  /** Forgets queued answers and received requests. */
  readonly reset: () => void
  readonly connections: () => number
  readonly close: () => Promise<void>
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

const pieces = (text: string, chunks: ReadonlyArray<string> | undefined) =>
  chunks ?? (text.match(/[\s\S]{1,4}/g) ?? [])

let sequence = 0
const nextId = (prefix: string) => `${prefix}_${(++sequence).toString().padStart(6, "0")}`

const openAiJson = (model: string, reply: Extract<FakeReply, { text?: string }>) => {
  const calls = (reply.toolCalls ?? []).map((call) => ({
    id: call.id ?? nextId("call"),
    type: "function",
    function: { name: call.name, arguments: JSON.stringify(call.arguments) }
  }))
  const usage = reply.usage ?? { input: 10, output: 5 }
  return {
    id: nextId("chatcmpl"),
    object: "chat.completion",
    created: Math.floor(Date.now() / 1000),
    model,
    choices: [{
      index: 0,
      message: { role: "assistant", content: reply.text ?? (calls.length ? null : ""), refusal: null, ...(calls.length ? { tool_calls: calls } : {}) },
      logprobs: null,
      finish_reason: calls.length ? "tool_calls" : "stop"
    }],
    usage: { prompt_tokens: usage.input, completion_tokens: usage.output, total_tokens: usage.input + usage.output },
    system_fingerprint: null
  }
}

const openAiStream = async (response: ServerResponse, model: string, reply: Extract<FakeReply, { text?: string }>, includeUsage: boolean) => {
  const id = nextId("chatcmpl")
  const created = Math.floor(Date.now() / 1000)
  const chunk = (choices: Array<unknown>, extra: Record<string, unknown> = {}) =>
    `data: ${JSON.stringify({ id, object: "chat.completion.chunk", created, model, system_fingerprint: null, choices, ...extra })}\n\n`
  response.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache" })
  response.write(chunk([{ index: 0, delta: { role: "assistant", content: "" }, logprobs: null, finish_reason: null }]))
  for (const piece of pieces(reply.text ?? "", reply.chunks)) {
    if (reply.delayMs) await sleep(reply.delayMs)
    response.write(chunk([{ index: 0, delta: { content: piece }, logprobs: null, finish_reason: null }]))
  }
  const calls = reply.toolCalls ?? []
  calls.forEach((call, index) => {
    const args = JSON.stringify(call.arguments)
    response.write(chunk([{
      index: 0,
      delta: { tool_calls: [{ index, id: call.id ?? nextId("call"), type: "function", function: { name: call.name, arguments: "" } }] },
      logprobs: null,
      finish_reason: null
    }]))
    for (const part of [args.slice(0, Math.ceil(args.length / 2)), args.slice(Math.ceil(args.length / 2))]) {
      response.write(chunk([{ index: 0, delta: { tool_calls: [{ index, function: { arguments: part } }] }, logprobs: null, finish_reason: null }]))
    }
  })
  response.write(chunk([{ index: 0, delta: {}, logprobs: null, finish_reason: calls.length ? "tool_calls" : "stop" }]))
  const usage = reply.usage ?? { input: 10, output: 5 }
  if (includeUsage) {
    response.write(chunk([], { usage: { prompt_tokens: usage.input, completion_tokens: usage.output, total_tokens: usage.input + usage.output } }))
  }
  response.end("data: [DONE]\n\n")
}

const anthropicJson = (model: string, reply: Extract<FakeReply, { text?: string }>) => {
  const usage = reply.usage ?? { input: 10, output: 5 }
  const calls = reply.toolCalls ?? []
  return {
    id: nextId("msg"),
    type: "message",
    role: "assistant",
    model,
    content: [
      ...(reply.text !== undefined && reply.text !== "" ? [{ type: "text", text: reply.text }] : []),
      ...calls.map((call) => ({ type: "tool_use", id: call.id ?? nextId("toolu"), name: call.name, input: call.arguments }))
    ],
    stop_reason: calls.length ? "tool_use" : "end_turn",
    stop_sequence: null,
    usage: { input_tokens: usage.input, output_tokens: usage.output }
  }
}

const anthropicStream = async (response: ServerResponse, model: string, reply: Extract<FakeReply, { text?: string }>) => {
  const send = (event: string, data: Record<string, unknown>) =>
    response.write(`event: ${event}\ndata: ${JSON.stringify({ type: event, ...data })}\n\n`)
  const usage = reply.usage ?? { input: 10, output: 5 }
  const calls = reply.toolCalls ?? []
  response.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache" })
  send("message_start", {
    message: {
      id: nextId("msg"), type: "message", role: "assistant", model, content: [], stop_reason: null, stop_sequence: null,
      usage: { input_tokens: usage.input, output_tokens: 1 }
    }
  })
  let index = 0
  if (reply.text !== undefined && reply.text !== "") {
    send("content_block_start", { index, content_block: { type: "text", text: "" } })
    send("ping", {})
    for (const piece of pieces(reply.text, reply.chunks)) {
      if (reply.delayMs) await sleep(reply.delayMs)
      send("content_block_delta", { index, delta: { type: "text_delta", text: piece } })
    }
    send("content_block_stop", { index })
    index++
  }
  for (const call of calls) {
    const args = JSON.stringify(call.arguments)
    send("content_block_start", { index, content_block: { type: "tool_use", id: call.id ?? nextId("toolu"), name: call.name, input: {} } })
    for (const part of [args.slice(0, Math.ceil(args.length / 2)), args.slice(Math.ceil(args.length / 2))]) {
      send("content_block_delta", { index, delta: { type: "input_json_delta", partial_json: part } })
    }
    send("content_block_stop", { index })
    index++
  }
  send("message_delta", { delta: { stop_reason: calls.length ? "tool_use" : "end_turn", stop_sequence: null }, usage: { output_tokens: usage.output } })
  send("message_stop", {})
  response.end()
}

/** Starts the fake on a free port of `host` (127.0.0.1 by default). */
export const fakeModels = (host = "127.0.0.1"): Promise<FakeModels> =>
  new Promise((resolve, reject) => {
    const received: Array<FakeRequest> = []
    const queued: Array<FakeReply | ((request: FakeRequest) => FakeReply)> = []
    const sockets = new Set<Socket>()
    let connections = 0
    const server = createServer((request, response) => {
      const parts: Array<Buffer> = []
      request.on("data", (part: Buffer) => parts.push(part))
      request.on("end", () => {
        const text = Buffer.concat(parts).toString("utf8")
        let body: any
        try {
          body = text === "" ? undefined : JSON.parse(text)
        } catch {
          body = text
        }
        const path = (request.url ?? "").split("?")[0]!
        const entry: FakeRequest = { path, headers: request.headers, body }
        received.push(entry)
        const json = (status: number, value: unknown) => {
          response.writeHead(status, { "content-type": "application/json" })
          response.end(JSON.stringify(value))
        }
        const provider = request.method === "POST" && path === "/v1/chat/completions"
          ? "openai"
          : request.method === "POST" && path === "/v1/messages"
          ? "anthropic"
          : undefined
        if (provider === undefined) return json(404, { error: { message: `no route ${request.method} ${path}` } })
        const next = queued.shift()
        if (next === undefined) return json(500, { error: { message: "the fake has no reply queued" } })
        const reply = typeof next === "function" ? next(entry) : next
        if ("status" in reply) return json(reply.status, reply.body)
        const model = String(body?.model ?? "unknown")
        const run = (reply.gate ?? Promise.resolve()).then(() => provider === "openai"
          ? body?.stream === true
            ? openAiStream(response, model, reply, body?.stream_options?.include_usage === true)
            : Promise.resolve(json(200, openAiJson(model, reply)))
          : body?.stream === true
          ? anthropicStream(response, model, reply)
          : Promise.resolve(json(200, anthropicJson(model, reply))))
        run.catch(() => response.destroy())
      })
    })
    server.on("connection", (socket: Socket) => {
      connections++
      sockets.add(socket)
      socket.on("close", () => sockets.delete(socket))
    })
    server.once("error", reject)
    server.listen(0, host, () => {
      const address = server.address()
      const port = typeof address === "object" && address !== null ? address.port : 0
      const url = `http://${host}:${port}`
      resolve({
        url,
        openaiBaseUrl: `${url}/v1`,
        received,
        queue: (...replies) => void queued.push(...replies),
        reset: () => {
          queued.length = 0
          received.length = 0
        },
        connections: () => connections,
        close: () =>
          new Promise((done) => {
            for (const socket of sockets) socket.destroy()
            server.close(() => done())
          })
      })
    })
  })
