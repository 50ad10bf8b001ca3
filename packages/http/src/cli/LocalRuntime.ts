/**
 * The Sire runtime of `sire run`: the engine and a worker in this process with the server's node
 * types (`LocalNodes`), its executions in memory, or in PGlite under a data directory (`<dir>/db`,
 * the layout of `sire serve`'s `SIRE_DATA_DIR`) when one is given; and the node registry alone,
 * for `sire validate`.
 *
 * @since 0.1.0
 */
import { Effect, Layer } from "effect"
import { join } from "node:path"
import * as NodeRegistry from "@sire/core/NodeRegistry"
import * as Sire from "@sire/core/Sire"
import * as SqlStorage from "@sire/adapters/SqlStorage"
import * as LocalNodes from "./LocalNodes.js"

/** Where executions are kept. */
export interface Options {
  /** PGlite files under `<dataDir>/db`; in memory when absent. */
  readonly dataDir?: string | undefined
}

/** The storage ports: memory, or PGlite under the data dir. */
const storage = (options: Options) =>
  options.dataDir === undefined ? Sire.layerMemoryStorage : SqlStorage.layerPglite({ dataDir: join(options.dataDir, "db") })

/** The embedding API with the server's node types over the chosen storage. */
export const layer = (options: Options) =>
  Layer.unwrapScoped(Effect.map(LocalNodes.make, (nodes) => Sire.layerWith({ nodes, engine: { maxDepth: 10 } }))).pipe(
    Layer.provide(storage(options))
  )

/** The node registry with the server's node types, for validating documents. */
export const registry = Layer.unwrapScoped(Effect.map(LocalNodes.make, NodeRegistry.layerWith))
