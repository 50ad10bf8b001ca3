/**
 * The contract of the `WorkflowStore` port: every adapter (memory, PGlite, PostgreSQL) must pass it.
 */
import { assert, describe, it } from "@effect/vitest"
import { Effect, Layer, Option } from "effect"
import * as fc from "fast-check"
import type { Workflow } from "@sire/core/Workflow"
import { type ListQuery, WorkflowStore } from "@sire/core/WorkflowStore"
import { document, orgA, orgB, wfId, workflow, pageAll } from "./fixtures.js"

/** Pages through a listing and returns every item in page order. */
const listAll = (query: Omit<ListQuery, "cursor">) =>
  Effect.flatMap(WorkflowStore, (s) =>
    pageAll(query.limit, (cursor) => s.list({ ...query, ...(cursor !== undefined ? { cursor } : {}) })))

/** Runs the workflow store contract against `layer` (a fresh store for every test). */
export const workflowStoreContract = (name: string, layer: Layer.Layer<WorkflowStore>) =>
  describe(name, () => {
    const test = <A, E>(title: string, body: () => Effect.Effect<A, E, WorkflowStore>) =>
      it.effect(title, () => Effect.provide(body(), layer))
    const run = <A, E>(effect: Effect.Effect<A, E, WorkflowStore>) => Effect.runPromise(Effect.provide(effect, layer))

    test("insert then get returns the workflow", () =>
      Effect.gen(function*() {
        const s = yield* WorkflowStore
        const w = workflow({ id: wfId("a"), document: { ...document("hello"), description: "d" } })
        yield* s.insert(w)
        assert.deepStrictEqual(yield* s.get(orgA, w.id), Option.some(w))
        assert.deepStrictEqual(yield* s.get(orgA, wfId("missing")), Option.none())
      }))

    test("inserting an id twice fails with a conflict", () =>
      Effect.gen(function*() {
        const s = yield* WorkflowStore
        const w = workflow({ id: wfId("a") })
        yield* s.insert(w)
        const error = yield* Effect.flip(s.insert({ ...w, document: document("other") }))
        assert.strictEqual(error.reason, "Conflict")
        assert.deepStrictEqual(yield* s.get(orgA, w.id), Option.some(w))
      }))

    test("update replaces the document, bumps the revision and sets updatedAt", () =>
      Effect.gen(function*() {
        const s = yield* WorkflowStore
        const w = workflow({ id: wfId("a"), createdAt: 100, updatedAt: 100 })
        yield* s.insert(w)
        const first = yield* s.update(orgA, w.id, document("renamed"), 200)
        assert.deepStrictEqual(first, Option.some({ ...w, document: document("renamed"), revision: 2, updatedAt: 200 }))
        const second = yield* s.update(orgA, w.id, document("again"), 300)
        assert.strictEqual(Option.getOrThrow(second).revision, 3)
        assert.deepStrictEqual(yield* s.get(orgA, w.id), second)
        assert.strictEqual(Option.getOrThrow(second).createdAt, 100)
        assert.deepStrictEqual(yield* s.update(orgA, wfId("missing"), document(), 400), Option.none())
      }))

    test("remove deletes a workflow and its versions, and reports whether it existed", () =>
      Effect.gen(function*() {
        const s = yield* WorkflowStore
        const w = workflow({ id: wfId("a") })
        yield* s.insert(w)
        yield* s.freeze(orgA, w.id, 2)
        assert.isTrue(yield* s.remove(orgA, w.id))
        assert.deepStrictEqual(yield* s.get(orgA, w.id), Option.none())
        assert.deepStrictEqual(yield* s.version(orgA, w.id, 1), Option.none())
        assert.deepStrictEqual(yield* s.versions(orgA, w.id), [])
        assert.isFalse(yield* s.remove(orgA, w.id))
        assert.deepStrictEqual((yield* s.list({ organizationId: orgA, limit: 10 })).items, [])
      }))

    test("another organization's workflow is invisible and untouchable", () =>
      Effect.gen(function*() {
        const s = yield* WorkflowStore
        const w = workflow({ id: wfId("a") })
        yield* s.insert(w)
        yield* s.freeze(orgA, w.id, 2)
        const frozen = yield* s.get(orgA, w.id)
        assert.deepStrictEqual(yield* s.get(orgB, w.id), Option.none())
        assert.deepStrictEqual(yield* s.update(orgB, w.id, document("hijack"), 3), Option.none())
        assert.deepStrictEqual(yield* s.freeze(orgB, w.id, 3), Option.none())
        assert.deepStrictEqual(yield* s.version(orgB, w.id, 1), Option.none())
        assert.deepStrictEqual(yield* s.versions(orgB, w.id), [])
        assert.isFalse(yield* s.remove(orgB, w.id))
        assert.deepStrictEqual((yield* s.list({ organizationId: orgB, limit: 10 })).items, [])
        assert.deepStrictEqual(yield* s.get(orgA, w.id), frozen, "unchanged")
        assert.strictEqual((yield* s.versions(orgA, w.id)).length, 1)
      }))

    test("freeze numbers versions 1, 2, 3 and records the latest on the workflow", () =>
      Effect.gen(function*() {
        const s = yield* WorkflowStore
        const w = workflow({ id: wfId("a") })
        yield* s.insert(w)
        for (const n of [1, 2, 3]) {
          const version = Option.getOrThrow(yield* s.freeze(orgA, w.id, 100 * n))
          assert.deepStrictEqual(version, {
            workflowId: w.id,
            organizationId: orgA,
            version: n,
            document: w.document,
            createdAt: 100 * n
          })
          assert.strictEqual(Option.getOrThrow(yield* s.get(orgA, w.id)).latestVersion, n)
        }
        assert.deepStrictEqual((yield* s.versions(orgA, w.id)).map((v) => v.version), [1, 2, 3])
        assert.strictEqual(Option.getOrThrow(yield* s.version(orgA, w.id, 2)).createdAt, 200)
        assert.deepStrictEqual(yield* s.version(orgA, w.id, 4), Option.none())
        assert.deepStrictEqual(yield* s.freeze(orgA, wfId("missing"), 1), Option.none())
      }))

    test("versions are immutable: updating the draft does not change them", () =>
      Effect.gen(function*() {
        const s = yield* WorkflowStore
        const w = workflow({ id: wfId("a"), document: document("v1") })
        yield* s.insert(w)
        const v1 = Option.getOrThrow(yield* s.freeze(orgA, w.id, 10))
        yield* s.update(orgA, w.id, document("v2"), 20)
        assert.deepStrictEqual(yield* s.version(orgA, w.id, 1), Option.some(v1))
        assert.strictEqual(Option.getOrThrow(yield* s.version(orgA, w.id, 1)).document.name, "v1")
        const v2 = Option.getOrThrow(yield* s.freeze(orgA, w.id, 30))
        assert.strictEqual(v2.version, 2)
        assert.strictEqual(v2.document.name, "v2")
        const updated = Option.getOrThrow(yield* s.get(orgA, w.id))
        assert.strictEqual(updated.document.name, "v2")
        assert.strictEqual(updated.latestVersion, 2)
        assert.deepStrictEqual((yield* s.versions(orgA, w.id)).map((v) => v.document.name), ["v1", "v2"])
      }))

    test("versions of different workflows are numbered independently", () =>
      Effect.gen(function*() {
        const s = yield* WorkflowStore
        yield* s.insert(workflow({ id: wfId("a") }))
        yield* s.insert(workflow({ id: wfId("b") }))
        yield* s.freeze(orgA, wfId("a"), 1)
        yield* s.freeze(orgA, wfId("a"), 2)
        assert.strictEqual(Option.getOrThrow(yield* s.freeze(orgA, wfId("b"), 3)).version, 1)
      }))

    test("list filters by a case-insensitive name substring, newest first, within the organization", () =>
      Effect.gen(function*() {
        const s = yield* WorkflowStore
        yield* s.insert(workflow({ id: wfId("1"), document: document("Send Invoice"), createdAt: 100 }))
        yield* s.insert(workflow({ id: wfId("2"), document: document("sync CRM"), createdAt: 200 }))
        yield* s.insert(workflow({ id: wfId("3"), document: document("INVOICE reminder"), createdAt: 300 }))
        yield* s.insert(workflow({ id: wfId("4"), organizationId: orgB, document: document("invoice B"), createdAt: 400 }))
        const names = (items: ReadonlyArray<Workflow>) => items.map((w) => w.id)
        assert.deepStrictEqual(names((yield* s.list({ organizationId: orgA, limit: 10 })).items), [wfId("3"), wfId("2"), wfId("1")])
        assert.deepStrictEqual(names((yield* s.list({ organizationId: orgA, name: "invoice", limit: 10 })).items), [wfId("3"), wfId("1")])
        assert.deepStrictEqual(names((yield* s.list({ organizationId: orgA, name: "Nc", limit: 10 })).items), [wfId("2")])
        assert.deepStrictEqual(names((yield* s.list({ organizationId: orgA, name: "nothing", limit: 10 })).items), [])
        assert.deepStrictEqual(names((yield* s.list({ organizationId: orgB, name: "INV", limit: 10 })).items), [wfId("4")])
      }))

    test("list pages with a cursor", () =>
      Effect.gen(function*() {
        const s = yield* WorkflowStore
        for (let i = 0; i < 5; i++) yield* s.insert(workflow({ id: wfId(i), createdAt: 100 * i }))
        const first = yield* s.list({ organizationId: orgA, limit: 2 })
        assert.deepStrictEqual(first.items.map((w) => w.id), [wfId(4), wfId(3)])
        const second = yield* s.list({ organizationId: orgA, limit: 2, cursor: first.nextCursor! })
        assert.deepStrictEqual(second.items.map((w) => w.id), [wfId(2), wfId(1)])
        const third = yield* s.list({ organizationId: orgA, limit: 2, cursor: second.nextCursor! })
        assert.deepStrictEqual(third.items.map((w) => w.id), [wfId(0)])
        assert.strictEqual(third.nextCursor, undefined)
        assert.strictEqual((yield* s.list({ organizationId: orgA, limit: 5 })).nextCursor, undefined)
      }))

    it("paging through a listing neither repeats nor skips (property)", () =>
      fc.assert(
        fc.asyncProperty(
          fc.uniqueArray(
            fc.record({
              id: fc.stringMatching(/^[A-Za-z0-9]{1,6}$/),
              org: fc.constantFrom(orgA, orgB),
              name: fc.constantFrom("Alpha", "alphabet", "Beta", "gamma ALPHA", "delta"),
              createdAt: fc.integer({ min: 0, max: 15 })
            }),
            { selector: (r) => r.id, maxLength: 40 }
          ),
          fc.option(fc.constantFrom("alpha", "ALPH", "beta", "a", "zzz"), { nil: undefined }),
          fc.integer({ min: 1, max: 7 }),
          async (rows, name, limit) => {
            const workflows = rows.map((r) =>
              workflow({ id: wfId(r.id), organizationId: r.org, document: document(r.name), createdAt: r.createdAt, updatedAt: r.createdAt })
            )
            const got = await run(Effect.gen(function*() {
              const s = yield* WorkflowStore
              for (const w of workflows) yield* s.insert(w)
              return yield* listAll({ organizationId: orgA, ...(name !== undefined ? { name } : {}), limit })
            }))
            const expected = workflows.filter((w) =>
              w.organizationId === orgA && (name === undefined || w.document.name.toLowerCase().includes(name.toLowerCase()))
            )
            const ids = got.map((w) => w.id)
            assert.strictEqual(new Set(ids).size, ids.length, "no item repeats across pages")
            assert.deepStrictEqual([...ids].sort(), expected.map((w) => w.id).sort(), "pages hold exactly the matching items")
            for (let i = 1; i < got.length; i++) assert.isTrue(got[i - 1].createdAt >= got[i].createdAt, "newest first")
          }
        ),
        { numRuns: 150 }
      ))
  })
