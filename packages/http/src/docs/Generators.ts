/**
 * The OpenAPI document shaped for client generators (`openapi-typescript`, OpenAPI Generator),
 * saying to a validator what it said before:
 * - Effect writes `Schema.Record` as `patternProperties: { "": X }` (with an empty `properties` and
 *   `propertyNames: { type: "string" }`), which generators turn into a map that accepts no value;
 *   `additionalProperties: X` is the same constraint in the form they read.
 * - A component that is any JSON value, spelled as the recursive union of every JSON type, is a
 *   type that TypeScript cannot name (`'Json' is referenced directly or indirectly in its own type
 *   annotation`); in a JSON document every value is a JSON value, so `{}` says the same.
 *
 * @since 0.1.0
 */

const jsonTypes = ["array", "boolean", "null", "number", "object", "string"].join()

/** Whether a schema is the union of every JSON type (the recursive `Json` schema). */
const isAnyJson = (schema: unknown): boolean => {
  const members = (schema as { anyOf?: unknown } | null)?.anyOf
  return Array.isArray(members) &&
    members.map((member) => (member as { type?: unknown } | null)?.type).sort().join() === jsonTypes
}

/** A schema whose only property pattern is `""` (any name) with `additionalProperties` instead. */
const recordAsMap = (record: Record<string, unknown>): Record<string, unknown> => {
  const patterns = record.patternProperties as Record<string, unknown> | undefined
  if (patterns === null || typeof patterns !== "object" || Object.keys(patterns).join("|") !== "" || !("" in patterns)) return record
  if (record.additionalProperties !== undefined) return record
  const { patternProperties: _patterns, propertyNames, properties, required, ...rest } = record
  const plainNames = propertyNames === undefined || JSON.stringify(propertyNames) === JSON.stringify({ type: "string" })
  return {
    ...rest,
    ...(plainNames ? {} : { propertyNames }),
    ...(properties !== undefined && Object.keys(properties as object).length > 0 ? { properties } : {}),
    ...(Array.isArray(required) && required.length > 0 ? { required } : {}),
    additionalProperties: patterns[""]
  }
}

/** Every record rewritten as `additionalProperties`, recursively. */
const recordsAsMaps = (node: unknown): unknown => {
  if (Array.isArray(node)) return node.map(recordsAsMaps)
  if (node === null || typeof node !== "object") return node
  return recordAsMap(Object.fromEntries(Object.entries(node).map(([key, value]) => [key, recordsAsMaps(value)])))
}

/** The document with records as `additionalProperties` and any-JSON components as `{}` (keeping their description). */
export const forGenerators = (spec: Record<string, unknown>): Record<string, unknown> => {
  const rewritten = recordsAsMaps(spec) as Record<string, unknown> & { components?: { schemas?: Record<string, unknown> } }
  const schemas = rewritten.components?.schemas
  if (schemas === undefined) return rewritten
  const plain = Object.fromEntries(Object.entries(schemas).map(([name, schema]) => {
    if (!isAnyJson(schema)) return [name, schema]
    const description = (schema as { description?: unknown }).description
    return [name, typeof description === "string" ? { description } : {}]
  }))
  return { ...rewritten, components: { ...rewritten.components, schemas: plain } }
}
