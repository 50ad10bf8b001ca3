/**
 * The `llm` node: one model call — OpenAI-compatible (Chat Completions) or Anthropic (Messages)
 * — through the egress guard, with the API key from a stored credential. With `stream`, text
 * deltas reach live log watchers as `step.delta` events; with `output.schema`, the reply must be
 * JSON valid against that JSON Schema (else the node fails with the validation errors). Its output
 * is `{ text, json?, model, provider, finishReason, usage: { inputTokens, outputTokens,
 * totalTokens, costUsd } }`.
 *
 * @since 0.1.0
 */
import { Effect, Schema } from "effect"
import * as NodeType from "@sire/core/NodeType"
import * as CredentialVault from "./CredentialVault.js"
import * as EgressGuard from "./EgressGuard.js"
import * as JsonOutput from "./internal/models/JsonOutput.js"
import type { FinishReason } from "./internal/models/Model.js"
import * as ModelClient from "./internal/models/ModelClient.js"
import * as ModelParams from "./internal/models/Params.js"
import * as Usage from "./ModelUsage.js"

/** The `llm` node's params, after templates are resolved. */
export const Params = Schema.Struct({
  ...ModelParams.fields,
  output: Schema.optional(Schema.Struct({ schema: Schema.Record({ key: Schema.String, value: Schema.Unknown }) }))
})

/** The `llm` node's decoded params. */
export type Params = typeof Params.Type

/** The `llm` node's output. */
export interface Output {
  readonly text: string
  readonly json?: unknown
  readonly model: string
  readonly provider: ModelParams.Provider
  readonly finishReason: FinishReason
  readonly usage: Usage.Usage
}

/** The `llm` node type over the egress guard and the credential vault in context. */
export const make = Effect.gen(function*() {
  const egress = yield* EgressGuard.EgressGuard
  const credentials = yield* CredentialVault.CredentialVault
  return NodeType.make({
    type: "llm",
    description: "Calls a language model (OpenAI-compatible or Anthropic) and outputs { text, json?, model, provider, finishReason, usage }.",
    params: Params,
    run: (ctx) =>
      Effect.gen(function*() {
        const params = ctx.params
        const asked = ModelParams.conversation(params)
        if (typeof asked === "string") return yield* NodeType.fail(asked, false)
        const check = params.output === undefined ? undefined : yield* JsonOutput.checker(params.output.schema)
        if (typeof check === "string") return yield* NodeType.fail(check, false)
        const model = yield* ModelClient.connect(egress, credentials, { organizationId: ctx.execution.organizationId, emit: ctx.emit }, params)
        const system = params.output === undefined
          ? asked.system
          : [asked.system, JsonOutput.instruction(params.output.schema)].filter((text) => text !== undefined).join("\n\n")
        const reply = yield* model.generate({
          system,
          messages: asked.messages,
          temperature: params.temperature,
          maxTokens: params.maxTokens,
          jsonSchema: params.output?.schema
        })
        const usage = Usage.of(params.provider, params.model, reply.tokens, params.pricing)
        yield* ctx.log(`${params.provider} ${params.model}: ${reply.finishReason}, ${usage.inputTokens} in / ${usage.outputTokens} out`)
        const checked = check === undefined ? undefined : check(reply.text)
        if (typeof checked === "string") return yield* NodeType.fail(checked)
        const output: Output = {
          text: reply.text,
          ...(checked !== undefined ? { json: checked.json } : {}),
          model: params.model,
          provider: params.provider,
          finishReason: reply.finishReason,
          usage
        }
        return output
      })
  })
})
