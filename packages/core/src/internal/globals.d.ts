/**
 * Web-standard globals `@sire/core` uses, present in Node ≥ 20, Deno, Bun and browsers but not in
 * TypeScript's ES2022 library. Declared here so the package needs neither DOM nor Node typings.
 */
declare function structuredClone<T>(value: T): T

declare var crypto: {
  getRandomValues<T extends ArrayBufferView | null>(array: T): T
}

declare var performance: {
  now(): number
}

declare function setTimeout(callback: () => void, ms?: number): unknown

/** Node, Bun and Deno only; `Expression` falls back to `setTimeout` where it is missing. */
declare var setImmediate: ((callback: () => void) => unknown) | undefined
