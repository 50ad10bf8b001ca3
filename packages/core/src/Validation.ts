/**
 * Validates workflow documents, reporting every problem at once, and compiles valid ones.
 *
 * @since 0.1.0
 */
import { Effect, Either, ParseResult, Schema } from "effect"
import * as Expression from "./Expression.js"
import type { CompiledNode, Graph, Link } from "./Graph.js"
import { topologicalOrder } from "./Graph.js"
import { NodeRegistry } from "./NodeRegistry.js"
import type { NodeType } from "./NodeType.js"
import { defaultHandle, Document, documentLimits } from "./Workflow.js"

/** One problem of a document: where (`nodes[2].params.url`) and what. */
export const Problem = Schema.Struct({
  path: Schema.String,
  message: Schema.String,
  nodeId: Schema.optionalWith(Schema.String, { exact: true })
})
/** One problem of a document. */
export type Problem = typeof Problem.Type

/** A document that failed validation, with every problem found. */
export class InvalidWorkflow extends Schema.TaggedError<InvalidWorkflow>()("InvalidWorkflow", {
  message: Schema.String,
  details: Schema.Array(Problem)
}) {}

const formatPath = (path: ReadonlyArray<PropertyKey>): string =>
  path.reduce<string>(
    (acc, key) => (typeof key === "number" ? `${acc}[${key}]` : acc === "" ? String(key) : `${acc}.${String(key)}`),
    ""
  )

const at = (value: unknown, path: ReadonlyArray<PropertyKey>): unknown =>
  path.reduce<unknown>(
    (v, key) => (v !== null && typeof v === "object" ? (v as Record<PropertyKey, unknown>)[key] : undefined),
    value
  )

const schemaProblems = (error: ParseResult.ParseError, prefix: string, nodeId?: string): Array<Problem> =>
  ParseResult.ArrayFormatter.formatErrorSync(error).map((issue) => ({
    path: [prefix, formatPath(issue.path)].filter((s) => s !== "").join("."),
    message: issue.message,
    ...(nodeId !== undefined ? { nodeId } : {})
  }))

/** The formatter's second message for an optional field ("Expected undefined, actual …"), noise beside the real one. */
const isOptionalNoise = (message: string) => message.startsWith("Expected undefined")

/** Problems of params against a node type's schema, ignoring fields whose value is a template (checked at run time). */
const paramProblems = (type: NodeType, params: Readonly<Record<string, unknown>>, prefix: string, nodeId: string) => {
  const decoded = Schema.decodeUnknownEither(type.params, { errors: "all" })(params)
  if (Either.isRight(decoded)) return []
  const issues = ParseResult.ArrayFormatter.formatErrorSync(decoded.left)
  const key = (path: ReadonlyArray<PropertyKey>) => path.map(String).join("\u0000")
  const explained = new Set(issues.filter((i) => !isOptionalNoise(i.message)).map((i) => key(i.path)))
  return issues
    .filter((issue) => !(isOptionalNoise(issue.message) && explained.has(key(issue.path))))
    .filter((issue) => {
      const value = at(params, issue.path)
      const literal = type.literalParams.includes(String(issue.path[0]))
      return literal || !(typeof value === "string" && Expression.hasTemplate(value))
    })
    .map((issue) => ({ path: [prefix, formatPath(issue.path)].filter((s) => s !== "").join("."), message: issue.message, nodeId }))
}

/** A node's params without the keys its type takes literally (those are never templates). */
const templated = (type: NodeType | undefined, params: Readonly<Record<string, unknown>>): Readonly<Record<string, unknown>> => {
  if (type === undefined || type.literalParams.length === 0) return params
  const rest: Record<string, unknown> = { ...params }
  for (const key of type.literalParams) delete rest[key]
  return rest
}

/** The params a node's type takes literally, as written. */
const literals = (type: NodeType, params: Readonly<Record<string, unknown>>): Readonly<Record<string, unknown>> =>
  Object.fromEntries(type.literalParams.filter((key) => key in params).map((key) => [key, params[key]]))

const graphCaches = new WeakMap<NodeRegistry["Type"], WeakMap<Document, Graph>>()

interface NodeView {
  readonly id: string
  readonly type: string
  readonly params?: Readonly<Record<string, unknown>>
  readonly onError?: string
}

interface EdgeView {
  readonly source: string
  readonly target: string
  readonly sourceHandle?: string
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value)

/** The nodes and edges of a document that failed its shape check, as far as they can be read (indices kept). */
const lenientView = (input: unknown) => {
  if (!isObject(input) || !Array.isArray(input.nodes)) return undefined
  const nodes = input.nodes.map((n): NodeView | undefined =>
    isObject(n) && typeof n.id === "string" && typeof n.type === "string"
      ? {
        id: n.id,
        type: n.type,
        params: isObject(n.params) ? n.params : {},
        ...(typeof n.onError === "string" ? { onError: n.onError } : {})
      }
      : undefined
  )
  const edges = (Array.isArray(input.edges) ? input.edges : []).map((e): EdgeView | undefined =>
    isObject(e) && typeof e.source === "string" && typeof e.target === "string"
      ? { source: e.source, target: e.target, ...(typeof e.sourceHandle === "string" ? { sourceHandle: e.sourceHandle } : {}) }
      : undefined
  )
  return { nodes, edges }
}

/** Graph-level checks: ids, types, params, expressions, edges, handles, cycles. */
const checkGraph = (
  nodes: ReadonlyArray<NodeView | undefined>,
  edges: ReadonlyArray<EdgeView | undefined>,
  registry: NodeRegistry["Type"]
) => {
  const problems: Array<Problem> = []
  const byId = new Map<string, number>()
  const types: Array<NodeType | undefined> = []
  const compiled: Array<Expression.Compiled | undefined> = []
  nodes.forEach((node, i) => {
    const where = `nodes[${i}]`
    if (node === undefined) {
      types.push(undefined)
      compiled.push(undefined)
      return
    }
    if (byId.has(node.id)) problems.push({ path: `${where}.id`, message: `duplicate node id "${node.id}"`, nodeId: node.id })
    else byId.set(node.id, i)
    const type = registry.get(node.type)
    types.push(type._tag === "Some" ? type.value : undefined)
    if (type._tag === "None") {
      problems.push({ path: `${where}.type`, message: `unknown node type "${node.type}"`, nodeId: node.id })
    } else {
      problems.push(...paramProblems(type.value, node.params ?? {}, `${where}.params`, node.id))
    }
    const expressions = Expression.compile(templated(type._tag === "Some" ? type.value : undefined, node.params ?? {}))
    if (Either.isLeft(expressions)) {
      for (const e of expressions.left) {
        problems.push({
          path: [`${where}.params`, e.path].filter((s) => s !== "").join("."),
          message: `unparsable expression "${e.expression}": ${e.message}`,
          nodeId: node.id
        })
      }
      compiled.push(undefined)
    } else compiled.push(expressions.right)
  })
  const links: Array<Link> = []
  edges.forEach((edge, i) => {
    if (edge === undefined) return
    const where = `edges[${i}]`
    const source = byId.get(edge.source)
    const target = byId.get(edge.target)
    if (source === undefined) problems.push({ path: `${where}.source`, message: `edge from unknown node "${edge.source}"` })
    if (target === undefined) problems.push({ path: `${where}.target`, message: `edge to unknown node "${edge.target}"` })
    if (source === undefined || target === undefined) return
    const handle = edge.sourceHandle ?? defaultHandle
    const node = nodes[source]!
    const type = types[source]
    if (type) {
      const handles = Array.from(new Set([...type.handles(node.params ?? {}), ...(node.onError === "route" ? ["error"] : [])]))
      if (!handles.includes(handle)) {
        const hint = handle === "error" ? `; set onError: "route" on "${node.id}" to route its failures` : ""
        problems.push({
          path: `${where}.sourceHandle`,
          message: `node "${node.id}" (${node.type}) has no handle "${handle}"; it has ${handles.map((h) => `"${h}"`).join(", ")}${hint}`,
          nodeId: node.id
        })
      }
    }
    links.push({ source, target, handle })
  })
  const { cyclic, order } = topologicalOrder(nodes.length, links)
  if (cyclic.length > 0) {
    const ids = cyclic.map((i) => nodes[i]!.id)
    problems.push({ path: "edges", message: `cycle among nodes ${ids.map((id) => `"${id}"`).join(", ")}`, nodeId: ids[0] })
  }
  return { problems, types, compiled, links, order }
}

/** Validates a document against the registry: the compiled graph, or every problem found. */
export const compile = (input: unknown): Effect.Effect<Graph, InvalidWorkflow, NodeRegistry> =>
  Effect.flatMap(NodeRegistry, (registry) => compileWith(registry, input))

/** `compile` against a given registry (no environment needed). */
export const compileWith = (registry: NodeRegistry["Type"], input: unknown): Effect.Effect<Graph, InvalidWorkflow> => {
  let graphCache = graphCaches.get(registry)
  if (graphCache === undefined) graphCaches.set(registry, graphCache = new WeakMap())
  const cached = input !== null && typeof input === "object" ? graphCache.get(input as Document) : undefined
  return cached !== undefined ? Effect.succeed(cached) : compileFresh(registry, graphCache, input)
}

const compileFresh = (registry: NodeRegistry["Type"], graphCache: WeakMap<Document, Graph>, input: unknown): Effect.Effect<Graph, InvalidWorkflow> =>
  Effect.gen(function*() {
    const parsed = Schema.decodeUnknownEither(Document, { errors: "all" })(input)
    if (Either.isLeft(parsed)) {
      const view = lenientView(input)
      // a document over the size limits is refused for its size alone, without walking its graph
      const graph = view && view.nodes.length <= documentLimits.maxNodes && view.edges.length <= documentLimits.maxEdges
        ? checkGraph(view.nodes, view.edges, registry).problems
        : []
      return yield* invalid([...schemaProblems(parsed.left, ""), ...graph])
    }
    const document = parsed.right
    const { compiled, links, order, problems, types } = checkGraph(document.nodes, document.edges, registry)
    if (problems.length > 0) return yield* invalid(problems)
    const graph = build(document, types as Array<NodeType>, compiled as Array<Expression.Compiled>, links, order)
    graphCache.set(input as Document, graph)
    if (input !== document) graphCache.set(document, graph)
    return graph
  })

const invalid = (details: ReadonlyArray<Problem>) =>
  Effect.fail(
    new InvalidWorkflow({
      message: details.length === 1 ? `invalid workflow: ${details[0].message}` : `invalid workflow: ${details.length} problems`,
      details
    })
  )

const build = (
  document: Document,
  types: ReadonlyArray<NodeType>,
  compiled: ReadonlyArray<Expression.Compiled>,
  links: ReadonlyArray<Link>,
  order: ReadonlyArray<number>
): Graph => {
  const incoming: Array<Array<Link>> = document.nodes.map(() => [])
  const outgoing: Array<Array<Link>> = document.nodes.map(() => [])
  for (const link of links) {
    incoming[link.target].push(link)
    outgoing[link.source].push(link)
  }
  const nodes: Array<CompiledNode> = document.nodes.map((node, index) => {
    const params = compiled[index]
    const decoded = params.isStatic ? Schema.decodeUnknownEither(types[index].params)(node.params ?? {}) : undefined
    return {
      index,
      id: node.id,
      node,
      type: types[index],
      params,
      literalParams: literals(types[index], node.params ?? {}),
      staticParams: decoded && Either.isRight(decoded) ? { value: decoded.right } : undefined,
      incoming: incoming[index],
      outgoing: outgoing[index]
    }
  })
  return {
    document,
    nodes,
    byId: new Map(nodes.map((n) => [n.id, n])),
    order,
    outputs: nodes.filter((n) => n.type.type === "output").map((n) => n.index)
  }
}

/** Validates a document: every problem at once, or the decoded document. */
export const validate = (input: unknown): Effect.Effect<Document, InvalidWorkflow, NodeRegistry> =>
  Effect.map(compile(input), (graph) => graph.document)
