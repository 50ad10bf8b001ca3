// A workflow with an `http` and a `code` node from @sire/nodes, in a plain Node app without the server.
import { createServer } from "node:http"
import { SireClient } from "@sire/core"
import { Nodes } from "@sire/nodes"

// an API on loopback for the `http` node to call (the egress guard refuses private addresses unless allowed)
const api = createServer((_request, response) => {
  response.setHeader("content-type", "application/json")
  response.end(JSON.stringify({ prices: [12, 30] }))
})
await new Promise((resolve) => api.listen(0, "127.0.0.1", resolve))

const integrations = await Nodes.open({ egressAllow: ["127.0.0.1"] })
const sire = await SireClient.make({ nodes: integrations.nodes })
const workflow = await sire.createWorkflow({
  name: "Order total",
  nodes: [
    { id: "start", type: "trigger" },
    { id: "prices", type: "http", params: { method: "GET", url: `http://127.0.0.1:${api.address().port}/prices` } },
    { id: "total", type: "code", params: { source: "return nodes.prices.body.prices.reduce((sum, p) => sum + p, 0) * input.quantity" } }
  ],
  edges: [{ source: "start", target: "prices" }, { source: "prices", target: "total" }]
})
const done = await sire.run({ workflowId: workflow.id, input: { quantity: 2 } })
console.log(JSON.stringify({ status: done.status, output: done.output }))
await sire.close()
await integrations.close()
api.close()
