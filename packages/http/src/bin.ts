/**
 * The `sire` command's entry point (built into `dist/sire.js`): `sire serve`, `sire run`,
 * `sire validate`, `sire mcp`, `sire --help` (see `cli/Cli.ts`).
 *
 * @since 0.1.0
 */
import { setFlagsFromString } from "node:v8"
import * as Cli from "./cli/Cli.js"
import * as Main from "./Main.js"

// This process's own V8 setting, set before PGlite's WebAssembly module is compiled (when the
// database opens): one background compilation task instead of one per platform thread. Measured on
// 2 cores (the bench's restart on an existing data dir, A/B): 0.2–0.3 s sooner to the first sync
// execution, 15–35 MiB less resident idle, the same throughput. Hosts embedding Sire keep their own settings.
setFlagsFromString("--wasm-num-compilation-tasks=1")

Main.run(Cli.main(process.argv), Cli.exitCode)
