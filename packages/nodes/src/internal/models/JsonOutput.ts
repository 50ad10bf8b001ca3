/**
 * JSON output mode: the instruction added to the system prompt, and the check of the reply — it
 * must parse as JSON (a surrounding Markdown code fence is tolerated) and validate against the
 * node's JSON Schema with ajv (loaded with the first node that asks, see `JsonSchemaCheck`);
 * otherwise the errors say why.
 *
 * @since 0.1.0
 */
import { Effect } from "effect"
import type { Check } from "./JsonSchemaCheck.js"

/** The sentence appended to the system prompt in JSON output mode. */
export const instruction = (schema: unknown): string =>
  `Answer with one JSON value only — no prose, no code fence — valid against this JSON Schema: ${JSON.stringify(schema)}`

/** A checker for replies against `schema`, or why the schema itself is not valid. */
export const checker = (schema: Readonly<Record<string, unknown>>): Effect.Effect<Check | string> =>
  Effect.map(Effect.promise(() => import("./JsonSchemaCheck.js")), (check) => check.compile(schema))
