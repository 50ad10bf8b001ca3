/**
 * Path parameters holding ids the server generates (`Id.make(prefix)`: `wf_…`, `exec_…`, `cred_…`):
 * each declares its prefix and what it names, and the request guard answers 404 for one that does
 * not have that shape before any handler (or statement) runs. Parameters that are not generated
 * ids (tokens, tool ids) stay plain strings, held to the text rules only.
 *
 * @since 0.1.0
 */
import { Schema } from "effect"
import type * as AST from "effect/SchemaAST"

/** What a generated id looks like (`<prefix>_` then 1–64 url-safe characters) and what it names in a 404. */
export interface IdShape {
  readonly pattern: RegExp
  readonly noun: string
}

const IdShapeId = Symbol.for("@sire/http/PathIds/IdShape")

/** Ids made with `prefix` (and hand-made ones such as `org_default`). */
const patternOf = (prefix: string): RegExp => new RegExp(`^${prefix}_[A-Za-z0-9_-]{1,64}$`)

/** A path parameter holding an id generated with `prefix`, named `noun` in its 404 (`workflow wf_x not found`). */
export const GeneratedId = (prefix: string, noun: string) => {
  const pattern = patternOf(prefix)
  const shape: IdShape = { pattern, noun }
  return Schema.String.pipe(Schema.pattern(pattern)).annotations({
    [IdShapeId]: shape,
    description: `A ${noun} id (\`${prefix}_…\`)`
  })
}

/** The path `{ id }` of a route under one resource. */
export const IdPath = (prefix: string, noun: string) => Schema.Struct({ id: GeneratedId(prefix, noun) })

/** The generated-id parameters of a path schema, by name. */
export const shapesOf = (path: { readonly ast: AST.AST }): Readonly<Record<string, IdShape>> => {
  if (path.ast._tag !== "TypeLiteral") return {}
  const shapes: Record<string, IdShape> = {}
  for (const property of path.ast.propertySignatures) {
    const shape = property.type.annotations[IdShapeId] as IdShape | undefined
    if (shape !== undefined && typeof property.name === "string") shapes[property.name] = shape
  }
  return shapes
}
