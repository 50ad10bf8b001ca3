// Type-checked with `tsc --module nodenext --moduleResolution nodenext --strict`: the packages' declarations as a user's compiler reads them.
import { NodeType, SireClient } from "@sire/core"
import { SqlStorage } from "@sire/adapters"
import { Server, ServerConfig } from "@sire/http"
import { Nodes } from "@sire/nodes"
import * as Sire from "@sire/core/Sire"
import { Effect, Layer, Schema } from "effect"

const shout = NodeType.make({
  type: "acme.shout",
  description: "Upper-cases a text.",
  params: Schema.Struct({ text: Schema.String }),
  run: (ctx) => Effect.succeed(ctx.params.text.toUpperCase())
})

export const document = {
  name: "Typed",
  nodes: [{ id: "start", type: "trigger" }, { id: "greet", type: "acme.shout", params: { text: "hi" } }],
  edges: [{ source: "start", target: "greet" }]
}

export const main = async (dataDir: string): Promise<string> => {
  const sire = await SireClient.make({ nodes: [shout], storage: SqlStorage.layerPglite({ dataDir }) })
  const workflow = await sire.createWorkflow(document)
  const done = await sire.run({ workflowId: workflow.id, input: {} })
  await sire.close()
  return done.status
}

export const server = (config: ServerConfig.ServerConfig) => Server.layer({ config })

// the integration nodes in an Effect host: one layer registers them all
export const withNodes: Layer.Layer<Sire.Sire | Nodes.Services, unknown> = Nodes.layer((nodes) => Sire.layerMemory({ nodes }), { egressAllow: [] })
