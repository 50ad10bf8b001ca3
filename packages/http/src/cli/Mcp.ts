/**
 * `sire mcp`: the Sire MCP server on stdin and stdout, for assistants that launch a command; it
 * drives the Sire server at `SIRE_URL` with the API key `SIRE_API_KEY` (`mcp/Stdio.ts`) and ends
 * when the assistant closes its input.
 *
 * @since 0.1.0
 */
import { Command } from "@effect/cli"
import { Effect } from "effect"

/** What `sire mcp --help` adds below the options. */
export const details = [
  "Settings: SIRE_URL (the server, e.g. http://localhost:8080) and SIRE_API_KEY (an sk_… key: its role and",
  "organization are the assistant's). A missing or invalid setting is named and the command exits 2.",
  "",
  "An MCP client's configuration:",
  "  { \"mcpServers\": { \"sire\": { \"command\": \"npx\", \"args\": [\"sire\", \"mcp\"],",
  "      \"env\": { \"SIRE_URL\": \"http://localhost:8080\", \"SIRE_API_KEY\": \"sk_…\" } } } }",
  "",
  "A server also answers MCP over HTTP at POST /mcp (packages/http/README.md#mcp)."
].join("\n")

/** The `mcp` command: serves until the assistant closes stdin (which exits the process). */
export const command = Command.make("mcp", {}, () =>
  Effect.promise(() => import("../mcp/Stdio.js").then((stdio) => stdio.main())).pipe(Effect.zipRight(Effect.never))).pipe(
    Command.withDescription("Serve Sire to an AI assistant over MCP on stdin/stdout, for the server at SIRE_URL with SIRE_API_KEY.")
  )
