/**
 * JSON output mode: the instruction added to the system prompt, and the check of the reply — it
 * must parse as JSON (a surrounding Markdown code fence is tolerated) and validate against the
 * node's JSON Schema with ajv; otherwise the errors say why.
 *
 * @since 0.1.0
 */
import { Ajv } from "ajv"

/** The sentence appended to the system prompt in JSON output mode. */
export const instruction = (schema: unknown): string =>
  `Answer with one JSON value only — no prose, no code fence — valid against this JSON Schema: ${JSON.stringify(schema)}`

/** A checker for replies against `schema`, or why the schema itself is not valid. */
export const checker = (schema: Readonly<Record<string, unknown>>): ((text: string) => { readonly json: unknown } | string) | string => {
  const ajv = new Ajv({ strict: false, allErrors: true }) // one per schema: ajv caches compiled schemas by object and by $id
  let validate: ReturnType<typeof ajv.compile>
  try {
    validate = ajv.compile(schema)
  } catch (error) {
    return `output.schema is not a valid JSON Schema: ${error instanceof Error ? error.message : String(error)}`
  }
  return (text) => {
    const fenced = /^\s*```(?:json)?\s*\n([\s\S]*?)\n?```\s*$/i.exec(text)
    let json: unknown
    try {
      json = JSON.parse(fenced ? fenced[1]! : text)
    } catch {
      return `the model's reply is not JSON: ${JSON.stringify(text.slice(0, 200))}`
    }
    if (validate(json)) return { json }
    return `the model's reply does not match output.schema: ${ajv.errorsText(validate.errors, { dataVar: "reply", separator: "; " })}`
  }
}
