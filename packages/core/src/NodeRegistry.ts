/**
 * The node registry: every node type an engine can run, built-in and host-registered.
 *
 * @since 0.1.0
 */
import { Context, Effect, Layer, Option, Schema } from "effect"
import * as BuiltinNodes from "./BuiltinNodes.js"
import type { NodeType } from "./NodeType.js"

/** A node type name registered twice. */
export class DuplicateNodeType extends Schema.TaggedError<DuplicateNodeType>()("DuplicateNodeType", {
  type: Schema.String
}) {
  override get message() {
    return `node type "${this.type}" is already registered`
  }
}

/** Looks up node types by name; hosts add their own. */
export class NodeRegistry extends Context.Tag("@sire/core/NodeRegistry")<NodeRegistry, {
  /** The type registered under a name. */
  readonly get: (type: string) => Option.Option<NodeType>
  /** Adds a node type; names are unique. */
  readonly register: (nodeType: NodeType) => Effect.Effect<void, DuplicateNodeType>
  /** Every registered type. */
  readonly all: Effect.Effect<ReadonlyArray<NodeType>>
}>() {}

/** A registry holding the built-in types plus `extra`. */
export const make = (extra: ReadonlyArray<NodeType> = []) =>
  Effect.gen(function*() {
    const types = new Map<string, NodeType>()
    const registry = NodeRegistry.of({
      get: (type) => Option.fromNullable(types.get(type)),
      register: (nodeType) =>
        types.has(nodeType.type)
          ? Effect.fail(new DuplicateNodeType({ type: nodeType.type }))
          : Effect.sync(() => void types.set(nodeType.type, nodeType)),
      all: Effect.sync(() => Array.from(types.values()))
    })
    for (const nodeType of [...BuiltinNodes.all, ...extra]) yield* registry.register(nodeType)
    return registry
  })

/** The built-in node types only. */
export const layer: Layer.Layer<NodeRegistry> = Layer.effect(NodeRegistry, Effect.orDie(make()))

/** The built-in node types plus the host's own; fails on a duplicate name. */
export const layerWith = (extra: ReadonlyArray<NodeType>): Layer.Layer<NodeRegistry, DuplicateNodeType> =>
  Layer.effect(NodeRegistry, make(extra))
