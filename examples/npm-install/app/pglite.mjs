// Durable storage in a data directory (PGlite): a workflow saved by one client is run by the next.
import { SireClient } from "@sire/core"
import { SqlStorage } from "@sire/adapters"

const dataDir = process.argv[2]
const first = await SireClient.make({ storage: SqlStorage.layerPglite({ dataDir }) })
const workflow = await first.createWorkflow({
  name: "Stored",
  nodes: [{ id: "start", type: "trigger" }, { id: "double", type: "transform", params: { value: "{{ input.n * 2 }}" } }],
  edges: [{ source: "start", target: "double" }]
})
await first.close()
const second = await SireClient.make({ storage: SqlStorage.layerPglite({ dataDir }) })
const done = await second.run({ workflowId: workflow.id, input: { n: 21 } })
console.log(JSON.stringify({ status: done.status, output: done.output }))
await second.close()
