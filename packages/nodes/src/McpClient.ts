/**
 * The MCP client the nodes and the marketplace share: one session with a server over Streamable
 * HTTP with the official `@modelcontextprotocol/sdk` client (loaded on first use), every request of
 * which goes through the `EgressGuard` — blocked addresses are never connected to, redirects are
 * re-checked — and the listing of a server's tools.
 *
 * @since 0.1.0
 */
import type { Client } from "@modelcontextprotocol/sdk/client/index.js"
import { type Context, Effect, Either } from "effect"
import type { EgressError, EgressGuard } from "./EgressGuard.js"

/** A tool as a server lists it. */
export interface McpTool {
  readonly name: string
  readonly description?: string
  /** The JSON Schema of its arguments. */
  readonly inputSchema: unknown
}

/** The outcome of listing a server's tools: its tools, or why they could not be listed. */
export type Listing =
  | { readonly _tag: "Listed"; readonly tools: ReadonlyArray<McpTool> }
  | { readonly _tag: "Unreachable"; readonly error: string; readonly refused: boolean }

/** Headers of a `RequestInit` as a plain record. */
const headerRecord = (headers: RequestInit["headers"]): Record<string, string> => {
  const out: Record<string, string> = {}
  new Headers(headers ?? {}).forEach((value, name) => (out[name] = value))
  return out
}

/** Thrown by the guarded fetch: the guard refused or failed the request. */
class GuardFailure extends Error {
  constructor(readonly error: EgressError) {
    super(`${error.reason}: ${error.message}`)
  }
}

/** A `fetch` for the SDK's transport that sends every request through the guard (honouring the SDK's abort signal). */
export const guardedFetch = (guard: Context.Tag.Service<EgressGuard>, timeoutMs: number) =>
async (input: string | URL, init: RequestInit = {}): Promise<Response> => {
  const body = init.body
  if (body !== undefined && body !== null && typeof body !== "string" && !(body instanceof Uint8Array)) {
    throw new TypeError("only string and byte bodies are supported")
  }
  const outcome = await Effect.runPromise(
    Effect.either(guard.fetch(String(input), {
      method: init.method ?? "GET",
      headers: headerRecord(init.headers),
      ...(body !== undefined && body !== null ? { body } : {}),
      timeoutMs,
      maxResponseBytes: 4 * 1_048_576
    })),
    init.signal ? { signal: init.signal } : undefined
  )
  if (Either.isLeft(outcome)) throw new GuardFailure(outcome.left)
  const response = outcome.right
  const empty = response.status === 204 || response.status === 205 || response.status === 304 || response.status < 200
  const headers = new Headers()
  for (const [name, value] of Object.entries(response.headers)) headers.set(name, value)
  return new Response(empty ? null : response.body, { status: response.status, headers })
}

/** Finds the guard's refusal (or other failure) in an error thrown by the SDK. */
const guardFailure = (error: unknown): GuardFailure | undefined => {
  for (let cause = error, depth = 0; cause instanceof Error && depth < 8; cause = cause.cause, depth++) {
    if (cause instanceof GuardFailure) return cause
  }
  return undefined
}

/**
 * One session with the MCP server at `url` over Streamable HTTP, every request through the guard:
 * the SDK client (loaded on first use) connects, `use` runs with it, and the session is closed
 * whatever happens.
 */
export const withMcpSession = async <A>(
  options: {
    readonly guard: Context.Tag.Service<EgressGuard>
    readonly url: string
    readonly timeoutMs: number
    readonly signal: AbortSignal
    readonly clientName: string
  },
  use: (client: Client) => Promise<A>
): Promise<A> => {
  const [{ Client }, { StreamableHTTPClientTransport }] = await Promise.all([
    import("@modelcontextprotocol/sdk/client/index.js"),
    import("@modelcontextprotocol/sdk/client/streamableHttp.js")
  ])
  const client = new Client({ name: options.clientName, version: "0.1.0" })
  const transport = new StreamableHTTPClientTransport(new URL(options.url), { fetch: guardedFetch(options.guard, options.timeoutMs) })
  try {
    await client.connect(transport, { signal: options.signal, timeout: options.timeoutMs })
    return await use(client)
  } finally {
    await client.close().catch(() => undefined)
  }
}

/** Connects to the server once with the SDK client, lists all its tools (up to 20 pages), and disconnects. */
export const listTools = (guard: Context.Tag.Service<EgressGuard>, url: string, timeoutMs: number): Effect.Effect<Listing> =>
  Effect.tryPromise({
    try: (signal) =>
      withMcpSession({ guard, url, timeoutMs, signal, clientName: "sire-marketplace" }, async (client) => {
        const tools: Array<McpTool> = []
        let cursor: string | undefined
        for (let page = 0; page < 20; page++) {
          const answer = await client.listTools(cursor === undefined ? {} : { cursor }, { signal, timeout: timeoutMs })
          for (const tool of answer.tools) {
            tools.push({
              name: tool.name,
              ...(tool.description !== undefined ? { description: tool.description } : {}),
              inputSchema: tool.inputSchema
            })
          }
          cursor = answer.nextCursor
          if (cursor === undefined) break
        }
        return { _tag: "Listed", tools } as Listing
      }),
    catch: (error): Listing => {
      const failure = guardFailure(error)
      if (failure !== undefined) {
        return { _tag: "Unreachable", error: failure.message, refused: failure.error.reason === "Refused" || failure.error.reason === "Protocol" }
      }
      const message = error instanceof Error ? error.message : String(error)
      return { _tag: "Unreachable", error: `not an MCP server (Streamable HTTP): ${message.slice(0, 300)}`, refused: false }
    }
  }).pipe(
    Effect.timeoutTo({
      duration: timeoutMs + 1_000,
      onTimeout: (): Listing => ({ _tag: "Unreachable", error: `no answer within ${timeoutMs} ms`, refused: false }),
      onSuccess: (listing) => listing
    }),
    Effect.merge
  )
