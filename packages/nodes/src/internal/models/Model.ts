/**
 * The provider-neutral shape of a model call, shared by the `llm` and `agent` nodes: the
 * conversation (system, user, assistant turns with tool calls, tool results), the tools offered,
 * and the reply (text, tool calls, finish reason, token usage). Each wire format (`OpenAi`,
 * `Anthropic`) translates to and from it.
 *
 * @since 0.1.0
 */

/** A tool the model asked to call; `arguments` is the parsed JSON it sent. */
export interface ToolCall {
  readonly id: string
  readonly name: string
  readonly arguments: unknown
}

/** One turn of the conversation. */
export type Message =
  | { readonly role: "user"; readonly content: string }
  | { readonly role: "assistant"; readonly content: string; readonly toolCalls?: ReadonlyArray<ToolCall> }
  | { readonly role: "tool"; readonly toolCallId: string; readonly name: string; readonly content: string; readonly isError: boolean }

/** A tool offered to the model: a name, what it does, and a JSON Schema for its arguments. */
export interface ToolSpec {
  readonly name: string
  readonly description: string
  readonly inputSchema: Readonly<Record<string, unknown>>
}

/** One model call. */
export interface Request {
  readonly model: string
  readonly system?: string | undefined
  readonly messages: ReadonlyArray<Message>
  readonly temperature?: number | undefined
  readonly maxTokens?: number | undefined
  readonly tools?: ReadonlyArray<ToolSpec> | undefined
  /** JSON output mode: the reply must be a JSON value valid against this schema. */
  readonly jsonSchema?: Readonly<Record<string, unknown>> | undefined
}

/** Why the model stopped. */
export type FinishReason = "stop" | "length" | "tool-calls" | "content-filter" | "other"

/** Tokens read and written by one call. */
export interface Tokens {
  readonly inputTokens: number
  readonly outputTokens: number
}

/** The model's answer to one call. */
export interface Reply {
  readonly text: string
  readonly toolCalls: ReadonlyArray<ToolCall>
  readonly finishReason: FinishReason
  readonly tokens: Tokens
}

/** Parses a tool call's JSON arguments; an empty string is `{}`, unparsable text is kept as a string. */
export const parseArguments = (text: string): unknown => {
  if (text.trim() === "") return {}
  try {
    return JSON.parse(text)
  } catch {
    return text
  }
}
