import { assert, describe, it } from "@effect/vitest"
import { Arbitrary, FastCheck, Schema } from "effect"
import { Execution, Json, Validation, Workflow } from "../src/index.js"

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
