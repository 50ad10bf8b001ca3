/**
 * The `sire` command: `sire serve` starts the bundled server with the settings of the environment
 * (see `ServerConfig`) and stops cleanly on SIGTERM or SIGINT.
 *
 * @since 0.1.0
 */
import { NodeContext, NodeRuntime } from "@effect/platform-node"
import { Effect, Layer } from "effect"
import * as Server from "./Server.js"
import * as ServerConfig from "./ServerConfig.js"

const usage = "usage: sire serve   (settings: PORT, HOST, SIRE_DATA_DIR, DATABASE_URL, SIRE_SECRET, SIRE_EGRESS_ALLOW)"

const [command] = process.argv.slice(2)
if (command !== "serve") {
  process.stderr.write(`${usage}\n`)
  process.exit(command === undefined || command === "help" || command === "--help" ? 0 : 2)
}

const serve = Effect.gen(function*() {
  const config = yield* ServerConfig.load
  return yield* Layer.launch(Server.layer(config))
}).pipe(Effect.provide(NodeContext.layer))

NodeRuntime.runMain(serve)
