/**
 * What model calls cost: list prices in USD per million input and output tokens for common
 * OpenAI and Anthropic models (public list prices as of late 2025; a node's `pricing` param
 * overrides them, e.g. for negotiated rates or models not listed). A dated snapshot
 * (`gpt-4o-2024-08-06`, `claude-3-5-sonnet-20241022`) takes its family's price by longest prefix;
 * an unknown model costs `null`.
 *
 * @since 0.1.0
 */

/** USD per million tokens. */
export interface Price {
  readonly inputPerMillion: number
  readonly outputPerMillion: number
}

const price = (inputPerMillion: number, outputPerMillion: number): Price => ({ inputPerMillion, outputPerMillion })

/** The list prices, by model name (or family prefix) and provider. */
export const table: Readonly<Record<"openai" | "anthropic", Readonly<Record<string, Price>>>> = {
  openai: {
    "gpt-5": price(1.25, 10),
    "gpt-5-mini": price(0.25, 2),
    "gpt-5-nano": price(0.05, 0.4),
    "gpt-4.1": price(2, 8),
    "gpt-4.1-mini": price(0.4, 1.6),
    "gpt-4.1-nano": price(0.1, 0.4),
    "gpt-4o": price(2.5, 10),
    "gpt-4o-mini": price(0.15, 0.6),
    "gpt-4-turbo": price(10, 30),
    "gpt-4": price(30, 60),
    "gpt-3.5-turbo": price(0.5, 1.5),
    "o1": price(15, 60),
    "o1-mini": price(1.1, 4.4),
    "o3": price(2, 8),
    "o3-mini": price(1.1, 4.4),
    "o4-mini": price(1.1, 4.4)
  },
  anthropic: {
    "claude-opus-4-5": price(5, 25),
    "claude-opus-4-1": price(15, 75),
    "claude-opus-4": price(15, 75),
    "claude-sonnet-4-5": price(3, 15),
    "claude-sonnet-4": price(3, 15),
    "claude-haiku-4-5": price(1, 5),
    "claude-3-7-sonnet": price(3, 15),
    "claude-3-5-sonnet": price(3, 15),
    "claude-3-5-haiku": price(0.8, 4),
    "claude-3-opus": price(15, 75),
    "claude-3-sonnet": price(3, 15),
    "claude-3-haiku": price(0.25, 1.25)
  }
}

/** The price of a model: the override if given, else the table's longest matching name or prefix, else undefined. */
export const lookup = (provider: "openai" | "anthropic", model: string, override?: Price): Price | undefined => {
  if (override !== undefined) return override
  const prices = table[provider]
  const name = model.toLowerCase()
  let best: string | undefined
  for (const key of Object.keys(prices)) {
    if ((name === key || name.startsWith(`${key}-`) || name.startsWith(`${key}@`)) && (best === undefined || key.length > best.length)) best = key
  }
  return best === undefined ? undefined : prices[best]
}

/** The cost in USD of the tokens at a price (rounded to 1e-9), or null without a price. */
export const cost = (price: Price | undefined, inputTokens: number, outputTokens: number): number | null =>
  price === undefined
    ? null
    : Math.round(((inputTokens * price.inputPerMillion + outputTokens * price.outputPerMillion) / 1_000_000) * 1e9) / 1e9
