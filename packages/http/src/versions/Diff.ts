/**
 * The structural difference between two workflow documents: the document's own fields that
 * changed, and its nodes (by id) and edges (by id, else by source, handle and target) added,
 * removed and changed, each change naming the fields that differ with their values before and
 * after (a field absent on one side has no value there). Values are compared as JSON: the order of
 * object keys does not matter, the order of array items does.
 *
 * @since 0.1.0
 */
import { defaultHandle, type Document, type Edge, type Node } from "@sire/core/Workflow"

/** One field that differs: its value before and after (absent where the field is not set). */
export interface FieldChange {
  readonly field: string
  readonly before?: unknown
  readonly after?: unknown
}

/** A node present on both sides whose fields differ. */
export interface NodeChange {
  readonly id: string
  readonly fields: ReadonlyArray<FieldChange>
}

/** An edge present on both sides (same `id`) whose fields differ; `edge` is the edge after. */
export interface EdgeChange {
  readonly edge: Edge
  readonly fields: ReadonlyArray<FieldChange>
}

/** What changed from one document to another. */
export interface Diff {
  /** The document's fields besides nodes and edges (name, description, inputs, variables, settings). */
  readonly document: ReadonlyArray<FieldChange>
  readonly nodes: { readonly added: ReadonlyArray<Node>; readonly removed: ReadonlyArray<Node>; readonly changed: ReadonlyArray<NodeChange> }
  readonly edges: { readonly added: ReadonlyArray<Edge>; readonly removed: ReadonlyArray<Edge>; readonly changed: ReadonlyArray<EdgeChange> }
}

/** Whether two JSON values are equal, whatever the order of their objects' keys. */
export const equal = (a: unknown, b: unknown): boolean => {
  if (a === b) return true
  if (a === null || b === null || typeof a !== "object" || typeof b !== "object") return false
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, i) => equal(item, b[i]))
  }
  const left = Object.entries(a as Record<string, unknown>).filter(([, value]) => value !== undefined)
  const right = b as Record<string, unknown>
  return left.length === Object.values(right).filter((value) => value !== undefined).length &&
    left.every(([key, value]) => Object.prototype.hasOwnProperty.call(right, key) && equal(value, right[key]))
}

/** The fields that differ between two records, in `order` first, then the others by name. */
const changes = (before: object, after: object, order: ReadonlyArray<string>): ReadonlyArray<FieldChange> => {
  const was = before as Record<string, unknown>
  const is = after as Record<string, unknown>
  const keys = new Set([...Object.keys(was), ...Object.keys(is)])
  const fields = [...order.filter((key) => keys.has(key)), ...[...keys].filter((key) => !order.includes(key)).sort()]
  return fields.filter((field) => !equal(was[field], is[field])).map((field) => ({
    field,
    ...(was[field] !== undefined ? { before: was[field] } : {}),
    ...(is[field] !== undefined ? { after: is[field] } : {})
  }))
}

const documentOrder = ["name", "description", "inputs", "variables", "settings"]
const nodeOrder = ["type", "name", "params", "retry", "timeoutMs", "onError", "position"]
const edgeOrder = ["source", "sourceHandle", "target"]

/** How an edge is matched across versions: its id, else its source, handle and target. */
const edgeKey = (edge: Edge): string =>
  edge.id !== undefined ? `id:${edge.id}` : `${edge.source}\n${edge.sourceHandle ?? defaultHandle}\n${edge.target}`

/** Items added, removed and changed from `before` to `after`, matched by `key`. */
const compare = <A extends object>(
  before: ReadonlyArray<A>,
  after: ReadonlyArray<A>,
  key: (item: A) => string,
  order: ReadonlyArray<string>
) => {
  const was = new Map(before.map((item) => [key(item), item]))
  const is = new Map(after.map((item) => [key(item), item]))
  return {
    added: after.filter((item) => !was.has(key(item))),
    removed: before.filter((item) => !is.has(key(item))),
    changed: after.flatMap((item) => {
      const earlier = was.get(key(item))
      const fields = earlier === undefined ? [] : changes(earlier, item, order)
      return fields.length === 0 ? [] : [{ item, fields }]
    })
  }
}

/** What changed from `before` to `after`. */
export const diff = (before: Document, after: Document): Diff => {
  const { edges: _be, nodes: _bn, ...beforeFields } = before
  const { edges: _ae, nodes: _an, ...afterFields } = after
  const nodes = compare(before.nodes, after.nodes, (node) => node.id, ["id", ...nodeOrder])
  const edges = compare(before.edges, after.edges, edgeKey, ["id", ...edgeOrder])
  return {
    document: changes(beforeFields, afterFields, documentOrder),
    nodes: { added: nodes.added, removed: nodes.removed, changed: nodes.changed.map(({ fields, item }) => ({ id: item.id, fields })) },
    edges: { added: edges.added, removed: edges.removed, changed: edges.changed.map(({ fields, item }) => ({ edge: item, fields })) }
  }
}

/** Whether two documents are the same workflow (no difference at all). */
export const same = (a: Document, b: Document): boolean => equal(a, b)
