/**
 * The `sire` command's entry point (built into `dist/sire.js`): `sire serve`, `sire run`,
 * `sire validate`, `sire mcp`, `sire --help` (see `cli/Cli.ts`).
 *
 * @since 0.1.0
 */
import * as Cli from "./cli/Cli.js"
import * as Main from "./Main.js"

Main.run(Cli.main(process.argv), Cli.exitCode)
