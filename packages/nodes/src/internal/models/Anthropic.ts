/**
 * The Anthropic Messages wire format (`POST <baseUrl>/v1/messages`, `x-api-key`,
 * `anthropic-version`): the request body (system apart, tool results as `tool_result` blocks in a
 * user turn), the JSON reply (`text` and `tool_use` blocks), and the streamed reply
 * (`message_start`, `content_block_*`, `message_delta` with the output usage, `message_stop`).
 *
 * @since 0.1.0
 */
import type { FinishReason, Reply, Request, ToolCall } from "./Model.js"
import { parseArguments } from "./Model.js"
import type { SseEvent } from "./Sse.js"

/** The provider's public endpoint (the SDK's `baseURL`: without `/v1`). */
export const defaultBaseUrl = "https://api.anthropic.com"

/** The path appended to the base URL. */
export const path = "/v1/messages"

/** The API version sent in `anthropic-version`. */
export const version = "2023-06-01"

/** `max_tokens` is required by the API: this is sent when the node sets none. */
export const defaultMaxTokens = 4096

/** The headers carrying the API key (and the API version, always sent). */
export const authHeaders = (apiKey: string): Record<string, string> => ({ "x-api-key": apiKey })

const finishReason = (reason: unknown): FinishReason => {
  switch (reason) {
    case "end_turn":
    case "stop_sequence":
      return "stop"
    case "max_tokens":
      return "length"
    case "tool_use":
      return "tool-calls"
    case "refusal":
      return "content-filter"
    default:
      return "other"
  }
}

/** The request body. */
export const encode = (request: Request, options: { readonly stream: boolean }): unknown => {
  const messages: Array<{ role: "user" | "assistant"; content: Array<unknown> }> = []
  const push = (role: "user" | "assistant", block: unknown) => {
    const last = messages[messages.length - 1]
    if (last !== undefined && last.role === role) last.content.push(block)
    else messages.push({ role, content: [block] })
  }
  for (const message of request.messages) {
    switch (message.role) {
      case "user":
        push("user", { type: "text", text: message.content })
        break
      case "assistant":
        if (message.content !== "") push("assistant", { type: "text", text: message.content })
        for (const call of message.toolCalls ?? []) {
          push("assistant", { type: "tool_use", id: call.id, name: call.name, input: call.arguments ?? {} })
        }
        break
      case "tool":
        push("user", { type: "tool_result", tool_use_id: message.toolCallId, content: message.content, ...(message.isError ? { is_error: true } : {}) })
        break
    }
  }
  return {
    model: request.model,
    max_tokens: request.maxTokens ?? defaultMaxTokens,
    ...(request.system !== undefined && request.system !== "" ? { system: request.system } : {}),
    messages,
    ...(request.temperature !== undefined ? { temperature: request.temperature } : {}),
    ...(request.tools?.length
      ? { tools: request.tools.map((tool) => ({ name: tool.name, description: tool.description, input_schema: tool.inputSchema })) }
      : {}),
    ...(options.stream ? { stream: true } : {})
  }
}

/** The reply of a JSON (non-streamed) answer, or why it is not one. */
export const decode = (body: any): Reply | string => {
  if (!Array.isArray(body?.content)) return "the answer has no content blocks"
  const text: Array<string> = []
  const toolCalls: Array<ToolCall> = []
  for (const block of body.content) {
    if (block?.type === "text") text.push(String(block.text))
    if (block?.type === "tool_use") toolCalls.push({ id: String(block.id), name: String(block.name), arguments: block.input ?? {} })
  }
  return {
    text: text.join(""),
    toolCalls,
    finishReason: finishReason(body.stop_reason),
    tokens: { inputTokens: Number(body.usage?.input_tokens ?? 0) || 0, outputTokens: Number(body.usage?.output_tokens ?? 0) || 0 }
  }
}

type Block = { readonly type: "text"; readonly text: string } | { readonly type: "tool_use"; readonly id: string; readonly name: string; readonly json: string }

/** What a streamed answer has said so far. */
export interface Streamed {
  readonly blocks: ReadonlyArray<Block | undefined>
  readonly finishReason: FinishReason
  readonly tokens: { readonly inputTokens: number; readonly outputTokens: number }
  readonly done: boolean
}

/** Nothing streamed yet. */
export const initial: Streamed = { blocks: [], finishReason: "other", tokens: { inputTokens: 0, outputTokens: 0 }, done: false }

/** Folds one event into the state; `delta` is new text for watchers; a string is an error the server sent. */
export const step = (state: Streamed, event: SseEvent): { readonly state: Streamed; readonly delta?: string } | string => {
  let data: any
  try {
    data = JSON.parse(event.data)
  } catch {
    return `an unparsable stream event: ${event.data.slice(0, 200)}`
  }
  const type = data?.type ?? event.event
  const blocks = [...state.blocks]
  switch (type) {
    case "message_start": {
      const usage = data.message?.usage
      return {
        state: {
          ...state,
          tokens: { inputTokens: Number(usage?.input_tokens ?? 0) || 0, outputTokens: Number(usage?.output_tokens ?? 0) || 0 }
        }
      }
    }
    case "content_block_start": {
      const block = data.content_block
      blocks[data.index] = block?.type === "tool_use"
        ? { type: "tool_use", id: String(block.id), name: String(block.name), json: "" }
        : { type: "text", text: typeof block?.text === "string" ? block.text : "" }
      return { state: { ...state, blocks } }
    }
    case "content_block_delta": {
      const block = blocks[data.index]
      const delta = data.delta
      if (delta?.type === "text_delta" && typeof delta.text === "string") {
        blocks[data.index] = { type: "text", text: (block?.type === "text" ? block.text : "") + delta.text }
        return { state: { ...state, blocks }, delta: delta.text }
      }
      if (delta?.type === "input_json_delta" && block?.type === "tool_use") {
        blocks[data.index] = { ...block, json: block.json + String(delta.partial_json ?? "") }
      }
      return { state: { ...state, blocks } }
    }
    case "message_delta":
      return {
        state: {
          ...state,
          ...(data.delta?.stop_reason ? { finishReason: finishReason(data.delta.stop_reason) } : {}),
          tokens: {
            inputTokens: Number(data.usage?.input_tokens ?? state.tokens.inputTokens) || 0,
            outputTokens: Number(data.usage?.output_tokens ?? state.tokens.outputTokens) || 0
          }
        }
      }
    case "message_stop":
      return { state: { ...state, done: true } }
    case "error":
      return `the server sent an error: ${JSON.stringify(data.error ?? data).slice(0, 500)}`
    default:
      return { state }
  }
}

/** The reply a finished stream makes. */
export const finish = (state: Streamed): Reply => {
  const text: Array<string> = []
  const toolCalls: Array<ToolCall> = []
  for (const block of state.blocks) {
    if (block?.type === "text") text.push(block.text)
    if (block?.type === "tool_use") toolCalls.push({ id: block.id, name: block.name, arguments: parseArguments(block.json) })
  }
  return { text: text.join(""), toolCalls, finishReason: state.finishReason, tokens: state.tokens }
}
