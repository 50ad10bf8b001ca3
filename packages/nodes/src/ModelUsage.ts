/**
 * Token usage as the model nodes report it on their output (`usage`), with its cost in USD from
 * `Pricing` (null when the model has no known price), and how usages add up (an agent's loop,
 * an execution's steps).
 *
 * @since 0.1.0
 */
import type { Tokens } from "./internal/models/Model.js"
import * as Pricing from "./internal/models/Pricing.js"

/** Tokens in and out, their total, and what they cost (null: unknown price). */
export interface Usage {
  readonly inputTokens: number
  readonly outputTokens: number
  readonly totalTokens: number
  readonly costUsd: number | null
}

/** No usage. */
export const zero: Usage = { inputTokens: 0, outputTokens: 0, totalTokens: 0, costUsd: 0 }

/** The usage of one call's tokens at the model's price. */
export const of = (provider: "openai" | "anthropic", model: string, tokens: Tokens, pricing?: Pricing.Price): Usage => ({
  inputTokens: tokens.inputTokens,
  outputTokens: tokens.outputTokens,
  totalTokens: tokens.inputTokens + tokens.outputTokens,
  costUsd: Pricing.cost(Pricing.lookup(provider, model, pricing), tokens.inputTokens, tokens.outputTokens)
})

/** The sum of two usages; the cost is null when either is unknown. */
export const add = (a: Usage, b: Usage): Usage => ({
  inputTokens: a.inputTokens + b.inputTokens,
  outputTokens: a.outputTokens + b.outputTokens,
  totalTokens: a.totalTokens + b.totalTokens,
  costUsd: a.costUsd === null || b.costUsd === null ? null : Math.round((a.costUsd + b.costUsd) * 1e9) / 1e9
})

/** Reads a `usage` object from a step's output, if it holds one. */
export const read = (value: unknown): Usage | undefined => {
  if (typeof value !== "object" || value === null) return undefined
  const { costUsd, inputTokens, outputTokens, totalTokens } = value as Record<string, unknown>
  if (typeof inputTokens !== "number" || typeof outputTokens !== "number") return undefined
  return {
    inputTokens,
    outputTokens,
    totalTokens: typeof totalTokens === "number" ? totalTokens : inputTokens + outputTokens,
    costUsd: typeof costUsd === "number" ? costUsd : null
  }
}

/** An execution's model usage: the sum, and the sum per `<provider>/<model>`. */
export interface Totals extends Usage {
  readonly byModel: Readonly<Record<string, Usage>>
}

/** No usage, by no model. */
export const noTotals: Totals = { ...zero, byModel: {} }

/** The sum of two totals, model by model. */
export const addTotals = (a: Totals, b: Totals): Totals => {
  const byModel: Record<string, Usage> = { ...a.byModel }
  for (const [key, usage] of Object.entries(b.byModel)) byModel[key] = add(byModel[key] ?? zero, usage)
  const { byModel: _a, ...left } = a
  const { byModel: _b, ...right } = b
  return { ...add(left, right), byModel }
}

/** The node types whose outputs' `usage` counts toward an execution's (an `output` node passing one on does not). */
export const modelNodeTypes: ReadonlySet<string> = new Set(["llm", "agent"])

/** Sums the `usage` of the model nodes' step outputs, or undefined when none has one. */
export const total = (steps: ReadonlyArray<{ readonly nodeType: string; readonly output?: unknown }>): Totals | undefined => {
  let sum: Usage | undefined
  const byModel: Record<string, Usage> = {}
  for (const { nodeType, output } of steps) {
    if (!modelNodeTypes.has(nodeType) || typeof output !== "object" || output === null) continue
    const usage = read((output as { readonly usage?: unknown }).usage)
    if (usage === undefined) continue
    const { model, provider } = output as { readonly provider?: unknown; readonly model?: unknown }
    const key = `${typeof provider === "string" ? provider : "unknown"}/${typeof model === "string" ? model : "unknown"}`
    byModel[key] = add(byModel[key] ?? zero, usage)
    sum = add(sum ?? zero, usage)
  }
  return sum === undefined ? undefined : { ...sum, byModel }
}
