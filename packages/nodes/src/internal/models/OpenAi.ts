/**
 * The OpenAI Chat Completions wire format (`POST <baseUrl>/chat/completions`), which OpenAI and
 * the OpenAI-compatible servers (Ollama, vLLM, LM Studio, llama.cpp, gateways) all speak: the
 * request body, the JSON reply, and the streamed reply (`data:` chunks, usage in the last one
 * thanks to `stream_options.include_usage`, then `data: [DONE]`).
 *
 * @since 0.1.0
 */
import type { FinishReason, Reply, Request, ToolCall } from "./Model.js"
import { parseArguments } from "./Model.js"
import type { SseEvent } from "./Sse.js"

/** The provider's public endpoint (the SDK's `baseURL`: `/v1` included). */
export const defaultBaseUrl = "https://api.openai.com/v1"

/** The path appended to the base URL. */
export const path = "/chat/completions"

/** The headers carrying the API key. */
export const authHeaders = (apiKey: string): Record<string, string> => ({ authorization: `Bearer ${apiKey}` })

const finishReason = (reason: unknown): FinishReason => {
  switch (reason) {
    case "stop":
      return "stop"
    case "length":
      return "length"
    case "tool_calls":
    case "function_call":
      return "tool-calls"
    case "content_filter":
      return "content-filter"
    default:
      return "other"
  }
}

/** The request body; `newTokenLimit` sends `max_completion_tokens` (OpenAI's own API) instead of `max_tokens`. */
export const encode = (request: Request, options: { readonly stream: boolean; readonly newTokenLimit: boolean }): unknown => {
  const messages: Array<unknown> = []
  if (request.system !== undefined && request.system !== "") messages.push({ role: "system", content: request.system })
  for (const message of request.messages) {
    switch (message.role) {
      case "user":
        messages.push({ role: "user", content: message.content })
        break
      case "assistant":
        messages.push({
          role: "assistant",
          content: message.content === "" && message.toolCalls?.length ? null : message.content,
          ...(message.toolCalls?.length
            ? {
              tool_calls: message.toolCalls.map((call) => ({
                id: call.id,
                type: "function",
                function: { name: call.name, arguments: JSON.stringify(call.arguments ?? {}) }
              }))
            }
            : {})
        })
        break
      case "tool":
        messages.push({ role: "tool", tool_call_id: message.toolCallId, content: message.content })
        break
    }
  }
  return {
    model: request.model,
    messages,
    ...(request.temperature !== undefined ? { temperature: request.temperature } : {}),
    ...(request.maxTokens !== undefined ? { [options.newTokenLimit ? "max_completion_tokens" : "max_tokens"]: request.maxTokens } : {}),
    ...(request.tools?.length
      ? {
        tools: request.tools.map((tool) => ({
          type: "function",
          function: { name: tool.name, description: tool.description, parameters: tool.inputSchema }
        }))
      }
      : {}),
    ...(request.jsonSchema !== undefined
      ? { response_format: { type: "json_schema", json_schema: { name: "output", schema: request.jsonSchema, strict: false } } }
      : {}),
    ...(options.stream ? { stream: true, stream_options: { include_usage: true } } : {})
  }
}

const tokens = (usage: any) => ({
  inputTokens: Number(usage?.prompt_tokens ?? 0) || 0,
  outputTokens: Number(usage?.completion_tokens ?? 0) || 0
})

/** The reply of a JSON (non-streamed) answer, or why it is not one. */
export const decode = (body: any): Reply | string => {
  const choice = body?.choices?.[0]
  if (choice === undefined || typeof choice.message !== "object") return "the answer has no choices[0].message"
  const toolCalls: Array<ToolCall> = (choice.message.tool_calls ?? []).map((call: any) => ({
    id: String(call.id),
    name: String(call.function?.name),
    arguments: parseArguments(String(call.function?.arguments ?? ""))
  }))
  return {
    text: typeof choice.message.content === "string" ? choice.message.content : "",
    toolCalls,
    finishReason: finishReason(choice.finish_reason),
    tokens: tokens(body.usage)
  }
}

/** What a streamed answer has said so far. */
export interface Streamed {
  readonly text: string
  readonly calls: ReadonlyArray<{ readonly id: string; readonly name: string; readonly arguments: string }>
  readonly finishReason: FinishReason
  readonly tokens: { readonly inputTokens: number; readonly outputTokens: number }
  readonly done: boolean
}

/** Nothing streamed yet. */
export const initial: Streamed = { text: "", calls: [], finishReason: "other", tokens: { inputTokens: 0, outputTokens: 0 }, done: false }

/** Folds one event into the state; `delta` is new text for watchers; a string is an error the server sent. */
export const step = (state: Streamed, event: SseEvent): { readonly state: Streamed; readonly delta?: string } | string => {
  if (event.data.trim() === "[DONE]") return { state: { ...state, done: true } }
  let chunk: any
  try {
    chunk = JSON.parse(event.data)
  } catch {
    return `an unparsable stream chunk: ${event.data.slice(0, 200)}`
  }
  if (chunk?.error !== undefined) return `the server sent an error: ${JSON.stringify(chunk.error).slice(0, 500)}`
  let next: Streamed = chunk.usage ? { ...state, tokens: tokens(chunk.usage) } : state
  const choice = chunk.choices?.[0]
  if (choice === undefined) return { state: next }
  const content: string = typeof choice.delta?.content === "string" ? choice.delta.content : ""
  const calls = [...next.calls]
  for (const call of choice.delta?.tool_calls ?? []) {
    const index = typeof call.index === "number" ? call.index : calls.length
    const known = calls[index] ?? { id: "", name: "", arguments: "" }
    calls[index] = {
      id: call.id ?? known.id,
      name: known.name + (call.function?.name ?? ""),
      arguments: known.arguments + (call.function?.arguments ?? "")
    }
  }
  next = {
    ...next,
    text: next.text + content,
    calls,
    ...(choice.finish_reason ? { finishReason: finishReason(choice.finish_reason) } : {})
  }
  return content === "" ? { state: next } : { state: next, delta: content }
}

/** The reply a finished stream makes. */
export const finish = (state: Streamed): Reply => ({
  text: state.text,
  toolCalls: state.calls.map((call) => ({ id: call.id, name: call.name, arguments: parseArguments(call.arguments) })),
  finishReason: state.finishReason,
  tokens: state.tokens
})
