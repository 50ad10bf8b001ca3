/**
 * JSON values: what documents, inputs, outputs and checkpoints are made of.
 *
 * @since 0.1.0
 */
import { Schema } from "effect"

/** Any JSON value. */
export type Json = null | boolean | number | string | ReadonlyArray<Json> | { readonly [key: string]: Json }

/** An object key; `__proto__` is dropped on decode so no document can reach an object's prototype. */
export const Key = Schema.String.pipe(Schema.filter((key) => key !== "__proto__"))

/** A finite number (JSON cannot carry NaN or Infinity). */
export const Finite = Schema.Number.pipe(Schema.finite())

/** A time in unix milliseconds. */
export const Millis = Schema.Int

/** Schema of any JSON value (finite numbers only, no `__proto__` keys), recursive. */
export const Json: Schema.Schema<Json> = Schema.Union(
  Schema.Null,
  Schema.Boolean,
  Finite,
  Schema.String,
  Schema.Array(Schema.suspend(() => Json)),
  Schema.Record({ key: Key, value: Schema.suspend(() => Json) })
).annotations({ identifier: "Json", description: "Any JSON value" })

/** A JSON object. */
export const JsonObject = Schema.Record({ key: Key, value: Json })
/** A JSON object. */
export type JsonObject = typeof JsonObject.Type

/** Structural equality of two JSON-like values (used by `switch` and by tests). */
export const equals = (a: unknown, b: unknown): boolean => {
  if (a === b) return true
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false
    return a.every((x, i) => equals(x, b[i]))
  }
  if (Array.isArray(b)) return false
  const ka = Object.keys(a)
  const kb = Object.keys(b)
  if (ka.length !== kb.length) return false
  const ra = a as Readonly<Record<string, unknown>>
  const rb = b as Readonly<Record<string, unknown>>
  return ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && equals(ra[k], rb[k]))
}
