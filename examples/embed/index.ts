/**
 * Embedding Sire in a plain Node program: memory storage, the CONTRACT example workflow,
 * one host node type, and a watched execution. Run it with `npx -y pnpm@10 --filter @sire/example-embed start`
 * from the repository root (the root's own `pnpm start` is the HTTP server), or `pnpm start` here.
 */
import { SireClient, NodeType } from "@sire/core"
import { Effect, Schema } from "effect"
import { leadNotification } from "./workflow.js"

const shout = NodeType.make({
  type: "acme.shout",
  description: "Upper-cases a text.",
  params: Schema.Struct({ text: Schema.String }),
  run: (ctx) => Effect.succeed(ctx.params.text.toUpperCase())
})

const sire = await SireClient.make({ nodes: [shout] })

const workflow = await sire.createWorkflow(leadNotification)
const vip = await sire.run({ workflowId: workflow.id, input: { email: "ceo@acme.com" } })
console.log(`acme lead   → status: ${vip.status}, output: ${JSON.stringify(vip.output)}`)

const other = await sire.run({ workflowId: workflow.id, input: { email: "someone@example.org" } })
console.log(`other lead  → status: ${other.status}, output: ${JSON.stringify(other.output)} (no branch for other domains)`)

const greet = await sire.createWorkflow({
  name: "Greeting",
  nodes: [
    { id: "start", type: "trigger" },
    { id: "greet", type: "acme.shout", params: { text: "hello, {{ input.name }}" } }
  ],
  edges: [{ source: "start", target: "greet" }]
})
const started = await sire.start({ workflowId: greet.id, input: { name: "Ada" } })
for await (const event of sire.events(started.id)) console.log(`greeting    → event ${event.seq}: ${event._tag}`)
console.log(`host node   → output: ${JSON.stringify((await sire.get(started.id)).output)}`)

try {
  await sire.createWorkflow({ name: "Broken", nodes: [{ id: "a", type: "nope" }], edges: [{ source: "a", target: "b" }] })
} catch (error) {
  console.log("validation  → details:", (error as { details: unknown }).details)
}

await sire.close()
