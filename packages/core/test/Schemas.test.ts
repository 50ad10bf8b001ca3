import { assert, describe, it } from "@effect/vitest"
import { Arbitrary, Effect, Either, FastCheck, Schema } from "effect"
import { Execution, Executions, Json, Validation, Workflow } from "../src/index.js"

const roundTrips = <A, I>(name: string, schema: Schema.Schema<A, I>) =>
  it(`${name} round-trips: decode(JSON(encode(x))) equals x for every valid x`, () => {
    const encode = Schema.encodeSync(schema)
    const decode = Schema.decodeUnknownSync(schema)
    FastCheck.assert(
      FastCheck.property(Arbitrary.make(schema), (value) => {
        const wire = JSON.parse(JSON.stringify(encode(value)))
        assert.isTrue(Json.equals(decode(wire), value), JSON.stringify(value))
      }),
      { numRuns: 100 }
    )
  })

describe("every persisted or wire schema round-trips through JSON", () => {
  roundTrips("Json", Json.Json)
  roundTrips("Workflow.Document", Workflow.Document)
  roundTrips("Workflow.Workflow", Workflow.Workflow)
  roundTrips("Workflow.Version", Workflow.Version)
  roundTrips("Execution.Execution", Execution.Execution)
  roundTrips("Execution.Step", Execution.Step)
  roundTrips("Execution.Event", Execution.Event)
  roundTrips("Validation.Problem", Validation.Problem)
})

describe("an execution's input is decoded as the Json schema decodes it", () => {
  const document = { name: "any input", nodes: [{ id: "start", type: "trigger" }], edges: [] } as unknown as Workflow.Document
  const viaSchema = (value: unknown) => Schema.decodeUnknownEither(Json.Json)(value ?? null)
  const viaInput = (value: unknown) => Effect.runSync(Effect.either(Executions.validateInput(document, value)))
  const same = (value: unknown) => {
    const expected = viaSchema(value)
    const actual = viaInput(value)
    assert.strictEqual(actual._tag, expected._tag)
    if (Either.isRight(expected) && Either.isRight(actual)) {
      assert.deepStrictEqual(actual.right, expected.right)
      if (typeof value === "object" && value !== null) assert.notStrictEqual(actual.right, value)
    }
  }

  it("for any value: plain JSON, and what is not (non-finite numbers, __proto__ keys, class instances, holes, symbols)", () => {
    FastCheck.assert(FastCheck.property(FastCheck.anything({ withBigInt: true, withDate: true, withMap: true, withNullPrototype: true, withSparseArray: true, withTypedArray: true }), (value) => same(value)), { numRuns: 300 })
    FastCheck.assert(FastCheck.property(FastCheck.jsonValue(), (value) => same(value)), { numRuns: 300 })
    for (const value of [
      JSON.parse(`{"__proto__": {"polluted": true}, "a": 1}`),
      { a: NaN },
      [1, Infinity],
      { [Symbol("s")]: 1, a: 1 },
      { nested: { list: [1, "two", null, true, { deep: [] }] } }
    ]) same(value)
  })
})
