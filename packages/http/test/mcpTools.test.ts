/**
 * Properties of the workflows offered as MCP tools (`WorkflowTools`), without a server: every
 * name is a valid MCP tool name, names are unique and never a built-in's, and a tool's input
 * schema requires exactly the required fields without a default.
 */
import { assert, describe, it } from "@effect/vitest"
import fc from "fast-check"
import { builtins } from "../src/mcp/Tools.js"
import * as WorkflowTools from "../src/mcp/WorkflowTools.js"

const reserved = new Set(builtins.map((tool) => tool.definition.name))
const toolName = /^[A-Za-z0-9_-]{1,64}$/

const field = fc.record({
  type: fc.constantFrom("string", "number", "integer", "boolean", "object", "array", "any"),
  required: fc.option(fc.boolean(), { nil: undefined }),
  default: fc.option(fc.jsonValue(), { nil: undefined })
}, { requiredKeys: ["type"] })

const workflow = fc.record({
  id: fc.oneof(fc.stringMatching(/^wf_[A-Za-z0-9_-]{24}$/), fc.stringMatching(/^wf_[a-b]{24}$/)),
  name: fc.oneof(
    fc.string({ maxLength: 200 }),
    fc.constantFrom(...reserved),
    fc.constantFrom("Add numbers", "add-numbers", "ADD numbers!"),
    // a name that is another workflow's suffixed tool name
    fc.stringMatching(/^add_numbers_[a-b]{24}$/)
  ),
  inputs: fc.record({ fields: fc.dictionary(fc.string({ minLength: 1, maxLength: 10 }), field, { maxKeys: 5 }) }),
  triggers: fc.constant([{ nodeId: "start", kind: "mcp" }])
})

describe("workflows as MCP tools", () => {
  it("property: any workflow name gives a slug of 1 to 48 lower-case letters, digits and underscores", () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (name) => assert.match(WorkflowTools.slug(name), /^[a-z0-9_]{1,48}$/)))
  })

  it("property: for any workflows (distinct ids), the tool names are valid, unique and never a built-in tool's", () => {
    fc.assert(fc.property(fc.uniqueArray(workflow, { selector: (candidate) => candidate.id, maxLength: 12 }), (workflows) => {
      const names = WorkflowTools.toolsOf(workflows, reserved).map((tool) => tool.definition.name)
      assert.strictEqual(names.length, workflows.length)
      assert.strictEqual(new Set(names).size, names.length, names.join(", "))
      for (const name of names) {
        assert.match(name, toolName)
        assert.isFalse(reserved.has(name), name)
      }
    }))
  })

  it("property: a tool's input schema has every field, and requires exactly the required ones without a default", () => {
    fc.assert(fc.property(workflow, (offered) => {
      const schema = WorkflowTools.inputSchema(offered)
      const fields = offered.inputs.fields as Record<string, { required?: boolean; default?: unknown }>
      assert.sameMembers(Object.keys(schema.properties ?? {}), Object.keys(fields))
      const required = Object.keys(fields).filter((key) => fields[key]!.required === true && fields[key]!.default === undefined)
      assert.sameMembers([...(schema.required ?? [])], required)
    }))
  })

  it("a workflow named as another's suffixed tool name is suffixed too; shared names take each workflow's id", () => {
    const triggers = [{ nodeId: "start", kind: "mcp" }]
    const tools = WorkflowTools.toolsOf([
      { id: "wf_aaaaaaaaaaaaaaaaaaaaaaaa", name: "Add numbers", triggers },
      { id: "wf_bbbbbbbbbbbbbbbbbbbbbbbb", name: "add numbers", triggers },
      { id: "wf_cccccccccccccccccccccccc", name: "add_numbers_aaaaaaaaaaaaaaaaaaaaaaaa", triggers },
      { id: "wf_dddddddddddddddddddddddd", name: "Greet", triggers },
      { id: "wf_eeeeeeeeeeeeeeeeeeeeeeee", name: "run workflow", triggers }
    ], reserved)
    assert.deepStrictEqual(tools.map((tool) => tool.definition.name), [
      "add_numbers_aaaaaaaaaaaaaaaaaaaaaaaa",
      "add_numbers_bbbbbbbbbbbbbbbbbbbbbbbb",
      "add_numbers_aaaaaaaaaaaaaaaaaaaaaaaa_cccccccccccccccccccccccc",
      "greet",
      "run_workflow_eeeeeeeeeeeeeeeeeeeeeeee"
    ])
  })

  it("only workflows with a trigger of kind mcp are offered", () => {
    const base = { id: "wf_aaaaaaaaaaaaaaaaaaaaaaaa", name: "A" }
    assert.lengthOf(WorkflowTools.toolsOf([{ ...base, triggers: [{ nodeId: "s", kind: "api" }] }], reserved), 0)
    assert.lengthOf(WorkflowTools.toolsOf([{ ...base, triggers: [] }], reserved), 0)
    assert.lengthOf(WorkflowTools.toolsOf([{ ...base, triggers: [{ nodeId: "s", kind: "api" }, { nodeId: "t", kind: "mcp" }] }], reserved), 1)
  })
})
