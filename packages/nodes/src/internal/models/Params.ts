/**
 * The params every model node shares (`llm` and `agent`): which provider and model, where it is
 * served, the credential holding the API key, the prompt and history, sampling limits, streaming,
 * a time-out and price overrides.
 *
 * @since 0.1.0
 */
import { Schema } from "effect"
import type { Message } from "./Model.js"

/** The wire formats: `openai` is any OpenAI-compatible server (Chat Completions). */
export const providers = ["openai", "anthropic"] as const

/** A provider. */
export type Provider = typeof providers[number]

/** The longest `timeoutMs` a model call may ask for (10 minutes); 120 s by default. */
export const maxTimeoutMs = 600_000

/** One turn of chat history given in params. */
export const HistoryMessage = Schema.Struct({
  role: Schema.Literal("user", "assistant", "system"),
  content: Schema.String
})

/** The shared fields of the model nodes' params. */
export const fields = {
  provider: Schema.Literal(...providers),
  model: Schema.String.pipe(Schema.minLength(1)),
  baseUrl: Schema.optional(Schema.String),
  credentialId: Schema.optional(Schema.String),
  system: Schema.optional(Schema.String),
  prompt: Schema.optional(Schema.String),
  messages: Schema.optional(Schema.Array(HistoryMessage)),
  temperature: Schema.optional(Schema.Number.pipe(Schema.between(0, 2))),
  maxTokens: Schema.optional(Schema.Int.pipe(Schema.positive())),
  stream: Schema.optionalWith(Schema.Boolean, { default: () => false }),
  timeoutMs: Schema.optional(Schema.Int.pipe(Schema.between(1, maxTimeoutMs))),
  pricing: Schema.optional(Schema.Struct({
    inputPerMillion: Schema.Number.pipe(Schema.nonNegative()),
    outputPerMillion: Schema.Number.pipe(Schema.nonNegative())
  }))
}

/** The shared params, decoded. */
export const ModelParams = Schema.Struct(fields)

/** The shared params' type. */
export type ModelParams = typeof ModelParams.Type

/** The system prompt and the turns the params describe: history (its system turns joined to `system`), then `prompt`; or why there is nothing to ask. */
export const conversation = (params: ModelParams): { readonly system: string | undefined; readonly messages: Array<Message> } | string => {
  const system = [params.system ?? "", ...(params.messages ?? []).filter((m) => m.role === "system").map((m) => m.content)]
    .filter((text) => text !== "")
    .join("\n\n")
  const messages: Array<Message> = (params.messages ?? []).flatMap((m): Array<Message> =>
    m.role === "user" ? [{ role: "user", content: m.content }] : m.role === "assistant" ? [{ role: "assistant", content: m.content }] : []
  )
  if (params.prompt !== undefined && params.prompt !== "") messages.push({ role: "user", content: params.prompt })
  if (messages.length === 0) return "nothing to ask: give a prompt or messages"
  return { system: system === "" ? undefined : system, messages }
}
