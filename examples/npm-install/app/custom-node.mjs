// A host's own node type, registered with the client: the workflow calls it like a built-in.
import { NodeType, SireClient } from "@sire/core"
import { Effect, Schema } from "effect"

const shout = NodeType.make({
  type: "acme.shout",
  description: "Upper-cases a text.",
  params: Schema.Struct({ text: Schema.String }),
  run: (ctx) => Effect.succeed(ctx.params.text.toUpperCase())
})
const sire = await SireClient.make({ nodes: [shout] })
const workflow = await sire.createWorkflow({
  name: "Greeting",
  nodes: [{ id: "start", type: "trigger" }, { id: "greet", type: "acme.shout", params: { text: "hello, {{ input.name }}" } }],
  edges: [{ source: "start", target: "greet" }]
})
const done = await sire.run({ workflowId: workflow.id, input: { name: "Ada" } })
console.log(JSON.stringify({ status: done.status, output: done.output }))
await sire.close()
