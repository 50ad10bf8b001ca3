// The README's "Embedding in 20 lines", as printed, in plain Node.
import { SireClient } from "@sire/core"
const sire = await SireClient.make() // in memory; or { storage: SqlStorage.layerPglite({ dataDir }) } from @sire/adapters
const workflow = await sire.createWorkflow({
  name: "Lead notification",
  nodes: [
    { id: "start", type: "trigger" },
    { id: "check", type: "condition", params: { expression: "{{ $contains(input.email, /@acme\\.com$/) }}" } },
    { id: "vip", type: "transform", params: { value: { tier: "vip", to: "{{ input.email }}" } } },
    { id: "done", type: "output", params: { value: "{{ nodes.vip }}" } }
  ],
  edges: [
    { source: "start", target: "check" },
    { source: "check", sourceHandle: "true", target: "vip" },
    { source: "vip", target: "done" }
  ]
})
const done = await sire.run({ workflowId: workflow.id, input: { email: "ceo@acme.com" } })
console.log(JSON.stringify({ status: done.status, output: done.output }))
await sire.close()
