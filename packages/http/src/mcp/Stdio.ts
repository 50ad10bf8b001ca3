/**
 * `sire mcp`: the Sire MCP server over stdin and stdout, for assistants that launch a command. It
 * talks to a running Sire server through its REST API: `SIRE_URL` (e.g. `http://127.0.0.1:8080`)
 * with the API key `SIRE_API_KEY` (`sk_…`), whose role and organization every tool call has.
 *
 * @since 0.1.0
 */
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js"
import * as McpServer from "./McpServer.js"
import * as Rest from "./Rest.js"

/** What `sire mcp` needs from the environment. */
export interface Settings {
  readonly url: string
  readonly apiKey: string
}

/** The settings of `env`, or what is wrong with them. */
export const settingsOf = (env: Readonly<Record<string, string | undefined>>): Settings | string => {
  const url = env.SIRE_URL?.trim()
  const apiKey = env.SIRE_API_KEY?.trim()
  if (url === undefined || url === "") return "SIRE_URL is not set: the Sire server's URL, e.g. http://127.0.0.1:8080"
  if (!URL.canParse(url) || !/^https?:$/.test(new URL(url).protocol)) return `SIRE_URL is not an http(s) URL: ${url}`
  if (apiKey === undefined || apiKey === "") return "SIRE_API_KEY is not set: an API key (sk_…) of the organization to work in"
  return { url, apiKey }
}

/** Serves MCP on stdin and stdout until stdin closes; a bad environment is reported on stderr with exit code 2. */
export const main = async (): Promise<void> => {
  const settings = settingsOf(process.env)
  if (typeof settings === "string") {
    process.stderr.write(`sire mcp: ${settings}\n`)
    process.exit(2)
  }
  const server = McpServer.make(Rest.make(settings.url, `Bearer ${settings.apiKey}`, { userAgent: "sire-mcp-stdio" }))
  const transport = new StdioServerTransport()
  transport.onclose = () => process.exit(0)
  // The transport does not end with its input: the assistant closing stdin stops the server.
  process.stdin.once("end", () => void server.close())
  await server.connect(transport)
}
