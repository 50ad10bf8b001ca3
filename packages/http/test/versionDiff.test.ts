/**
 * The structural diff of workflow versions (`versions/Diff.ts`) and the versions group's wire
 * schemas, as properties over generated documents: a document compared with itself (its keys in
 * any order) has no difference, comparing the other way swaps added and removed, a changed node is
 * one whose JSON differs, and the wire schemas round-trip.
 */
import { assert, describe, it } from "@effect/vitest"
import { Arbitrary, Schema } from "effect"
import * as fc from "fast-check"
import * as Workflow from "@sire/core/Workflow"
import { PublishRequest, VersionDetail, VersionDiff, VersionEntry } from "../src/versions/Api.js"
import { diff, equal } from "../src/versions/Diff.js"

/** Documents whose node ids, and edge ids or endpoints, are unique (as validation makes them). */
const documents = Arbitrary.make(Workflow.Document).map((document): Workflow.Document => {
  const ids = new Set<string>()
  const keys = new Set<string>()
  return {
    ...document,
    nodes: document.nodes.filter((node) => !ids.has(node.id) && ids.add(node.id) !== undefined),
    edges: document.edges.filter((edge) => {
      const key = edge.id ?? `${edge.source}\n${edge.sourceHandle ?? "out"}\n${edge.target}`
      return !keys.has(key) && keys.add(key) !== undefined
    })
  }
})

/** Two documents of which the second is partly the first: some nodes kept, some with other fields under the same id, some gone. */
const related = fc.tuple(documents, documents).map(([a, other]): readonly [Workflow.Document, Workflow.Document] => [a, {
  ...other,
  nodes: a.nodes
    .map((node, i) =>
      i % 4 === 0 && other.nodes[i] !== undefined
        ? { ...other.nodes[i]!, id: node.id }
        : i % 4 === 1
        ? { ...node, params: { ...node.params, changed: i } }
        : node
    )
    .filter((_, i) => i % 3 !== 2)
}])

/** The same JSON with every object's keys in reverse order. */
const reversed = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(reversed)
  if (value === null || typeof value !== "object") return value
  return Object.fromEntries(Object.entries(value).reverse().map(([key, item]) => [key, reversed(item)]))
}

const empty = { added: [], removed: [], changed: [] }

const roundTrips = <A, I>(schema: Schema.Schema<A, I>) => {
  const encode = Schema.encodeSync(schema)
  const decode = Schema.decodeUnknownSync(schema)
  fc.assert(fc.property(Arbitrary.make(schema), (value) => {
    assert.deepStrictEqual(decode(encode(value)), value)
  }), { numRuns: 50 })
}

describe("version diffs", () => {
  it("property: a document compared with itself, its keys in any order, has no difference", () => {
    fc.assert(fc.property(documents, (document) => {
      const same = diff(document, reversed(document) as Workflow.Document)
      assert.deepStrictEqual(same, { document: [], nodes: empty, edges: empty })
    }), { numRuns: 100 })
  })

  it("property: comparing the other way swaps added and removed, and changes the same nodes, edges and fields", () => {
    fc.assert(fc.property(fc.oneof(related, fc.tuple(documents, documents)), ([a, b]) => {
      const forth = diff(a, b)
      const back = diff(b, a)
      assert.deepStrictEqual(forth.nodes.added, back.nodes.removed)
      assert.deepStrictEqual(forth.edges.added, back.edges.removed)
      assert.deepStrictEqual(forth.nodes.changed.map((c) => c.id).sort(), back.nodes.changed.map((c) => c.id).sort())
      assert.deepStrictEqual(forth.document.map((c) => c.field), back.document.map((c) => c.field))
      for (const change of forth.document) {
        const other = back.document.find((c) => c.field === change.field)!
        assert.isTrue(equal(change.before, other.after) && equal(change.after, other.before))
      }
    }), { numRuns: 100 })
  })

  it("property: a node is changed exactly when it is in both documents and its JSON differs, and each listed field differs", () => {
    fc.assert(fc.property(fc.oneof(related, fc.tuple(documents, documents)), ([a, b]) => {
      const changed = new Map(diff(a, b).nodes.changed.map((change) => [change.id, change.fields]))
      for (const node of b.nodes) {
        const earlier = a.nodes.find((n) => n.id === node.id)
        const differs = earlier !== undefined && !equal(earlier, node)
        assert.strictEqual(changed.has(node.id), differs, node.id)
        if (earlier !== undefined) {
          const keys = [...new Set([...Object.keys(earlier), ...Object.keys(node)])] as Array<keyof Workflow.Node>
          assert.sameMembers((changed.get(node.id) ?? []).map((field) => field.field), keys.filter((key) => !equal(earlier[key], node[key])))
        }
        for (const field of changed.get(node.id) ?? []) {
          const key = field.field as keyof Workflow.Node
          assert.isFalse(equal(earlier![key], node[key]))
          assert.isTrue(equal(field.before, earlier![key]) && equal(field.after, node[key]))
        }
      }
    }), { numRuns: 100 })
  })

  it("property: the versions group's wire schemas decode what they encode", () => {
    roundTrips(VersionEntry)
    roundTrips(VersionDetail)
    roundTrips(VersionDiff)
    roundTrips(PublishRequest)
  })
})
