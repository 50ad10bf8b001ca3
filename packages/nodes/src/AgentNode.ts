/**
 * The `agent` node: a model in a loop — model → tool calls → tool results → model — until it
 * answers without calling a tool, or fails after `maxSteps` model calls (default 8, at most 32).
 * Tools are other workflows of the organization, HTTP endpoints and installed MCP tools (see
 * `models/Tools`); each call is appended to the step's log. Its output is `{ text, steps: [{ toolCalls, toolResults }], model,
 * provider, finishReason, usage }`, the usage summed over the loop.
 *
 * @since 0.1.0
 */
import { Context, Effect, Schema } from "effect"
import * as NodeType from "@sire/core/NodeType"
import * as CredentialVault from "./CredentialVault.js"
import * as EgressGuard from "./EgressGuard.js"
import type { FinishReason, Message, ToolCall } from "./internal/models/Model.js"
import * as ModelClient from "./internal/models/ModelClient.js"
import * as ModelParams from "./internal/models/Params.js"
import * as Tools from "./internal/models/Tools.js"
import * as Usage from "./ModelUsage.js"

/** The most model calls an agent may make. */
export const maxSteps = 32

/** The longest tool result sent back to the model, in characters (longer ones are cut). */
export const maxResultChars = 32_000

/** The `agent` node's params, after templates are resolved. */
export const Params = Schema.Struct({
  ...ModelParams.fields,
  tools: Schema.optionalWith(Schema.Array(Tools.Tool), { default: () => [] }),
  maxSteps: Schema.optionalWith(Schema.Int.pipe(Schema.between(1, maxSteps)), { default: () => 8 })
})

/** The `agent` node's decoded params. */
export type Params = typeof Params.Type

/** One round of the loop: what the model asked for and what the tools answered. */
export interface Step {
  readonly toolCalls: ReadonlyArray<ToolCall>
  readonly toolResults: ReadonlyArray<Tools.ToolResult>
}

/** The `agent` node's output. */
export interface Output {
  readonly text: string
  readonly steps: ReadonlyArray<Step>
  readonly model: string
  readonly provider: ModelParams.Provider
  readonly finishReason: FinishReason
  readonly usage: Usage.Usage
}

const shorten = (text: string, max: number) => (text.length > max ? `${text.slice(0, max)}…` : text)

/** The `agent` node type over the egress guard and the credential vault in context. */
export const make = Effect.gen(function*() {
  const services = yield* Effect.context<Tools.Services>()
  const egress = Context.get(services, EgressGuard.EgressGuard)
  const credentials = yield* CredentialVault.CredentialVault
  return NodeType.make({
    type: "agent",
    description: "Runs a model with tools (workflows, HTTP endpoints, MCP tools) in a loop until it answers; outputs { text, steps, model, provider, usage }.",
    params: Params,
    run: (ctx) =>
      Effect.gen(function*() {
        const params = ctx.params
        const asked = ModelParams.conversation(params)
        if (typeof asked === "string") return yield* NodeType.fail(asked, false)
        const names = params.tools.map(Tools.nameOf)
        const duplicate = names.find((name, index) => names.indexOf(name) !== index)
        if (duplicate !== undefined) return yield* NodeType.fail(`two tools are named ${duplicate}`, false)
        const model = yield* ModelClient.connect(egress, credentials, { organizationId: ctx.execution.organizationId, emit: ctx.emit }, params)
        const runners = new Map((yield* Tools.runners(services, credentials, ctx, params.tools)).map((runner) => [runner.spec.name, runner]))
        const specs = [...runners.values()].map((runner) => runner.spec)

        const messages: Array<Message> = [...asked.messages]
        const steps: Array<Step> = []
        let usage = Usage.zero
        for (let step = 1; step <= params.maxSteps; step++) {
          const reply = yield* model.generate({
            system: asked.system,
            messages,
            temperature: params.temperature,
            maxTokens: params.maxTokens,
            tools: specs
          })
          usage = Usage.add(usage, Usage.of(params.provider, params.model, reply.tokens, params.pricing))
          if (reply.toolCalls.length === 0) {
            const output: Output = { text: reply.text, steps, model: params.model, provider: params.provider, finishReason: reply.finishReason, usage }
            return output
          }
          messages.push({ role: "assistant", content: reply.text, toolCalls: reply.toolCalls })
          const results: Array<Tools.ToolResult> = []
          for (const call of reply.toolCalls) {
            const runner = runners.get(call.name)
            const result = runner === undefined
              ? { id: call.id, name: call.name, result: { error: `no tool is named ${call.name}` }, isError: true }
              : yield* runner.run(call, step)
            const content = shorten(JSON.stringify(result.result ?? null), maxResultChars)
            yield* ctx.log(`step ${step}: ${call.name}(${shorten(JSON.stringify(call.arguments ?? {}), 500)}) → ${result.isError ? "error " : ""}${shorten(content, 500)}`)
            messages.push({ role: "tool", toolCallId: call.id, name: call.name, content, isError: result.isError })
            results.push(result)
          }
          steps.push({ toolCalls: reply.toolCalls, toolResults: results })
        }
        return yield* NodeType.fail(
          `the agent reached maxSteps (${params.maxSteps} model calls) without a final answer; the last call still asked for tools`,
          false
        )
      })
  })
})
