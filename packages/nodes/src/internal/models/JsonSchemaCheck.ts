/**
 * The check of a JSON-output reply against the node's JSON Schema, with ajv (≈ 250 KB with its URI
 * parser): a module of its own, which `JsonOutput` imports with the first `llm` node that asks for
 * JSON output.
 *
 * @since 0.1.0
 */
import { Ajv } from "ajv"

/** Checks a reply: its JSON, or why it is not what the schema asks. */
export type Check = (text: string) => { readonly json: unknown } | string

/** The checker for `schema` (its own ajv: ajv caches compiled schemas by object and by `$id`), or why the schema is not valid. */
export const compile = (schema: Readonly<Record<string, unknown>>): Check | string => {
  const ajv = new Ajv({ strict: false, allErrors: true })
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
