/**
 * The marketplace of MCP tools: the curated catalog (`Catalog.ts`) plus the servers an
 * organization registers by URL, their tools listed with the official `@modelcontextprotocol/sdk`
 * client over Streamable HTTP — every request of which goes through the `EgressGuard` — and cached
 * per server for a short time; and the store of registered servers and installed tools
 * (`sire_mcp_servers`, `sire_mcp_installs`).
 *
 * @since 0.1.0
 */
import type { Client } from "@modelcontextprotocol/sdk/client/index.js"
import * as SqlClient from "@effect/sql/SqlClient"
import type { SqlError } from "@effect/sql/SqlError"
import { Clock, Context, Effect, Either, Layer } from "effect"
import * as Id from "@sire/core/Id"
import { type EgressError, EgressGuard } from "../egress/EgressGuard.js"

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

/** A server registered by an organization. Times are unix milliseconds. */
export interface RegisteredServer {
  readonly id: string
  readonly name: string
  readonly url: string
  readonly createdAt: number
}

/** An installed tool. */
export interface Install {
  readonly toolId: string
  readonly serverId: string
  readonly name: string
  readonly installedAt: number
}

/** Listing settings: per-server time-out and cache lifetimes (successes, failures). */
export interface ListingOptions {
  readonly timeoutMs?: number
  readonly cacheMs?: number
  readonly failureCacheMs?: number
}

/** Lists MCP servers' tools through the egress guard, caching each server's listing briefly. */
export class McpDirectory extends Context.Tag("@sire/http/McpDirectory")<McpDirectory, {
  /** The server's tools, from the cache when fresh (`fresh: true` skips the cache and refreshes it). */
  readonly list: (url: string, options?: { readonly fresh?: boolean }) => Effect.Effect<Listing>
}>() {}

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

/** The directory over the guard in context: listings cached by URL (60 s; failures 15 s), 5 s time-out. */
export const makeDirectory = (options: ListingOptions = {}) =>
  Effect.gen(function*() {
    const guard = yield* EgressGuard
    const timeoutMs = options.timeoutMs ?? 5_000
    const cacheMs = options.cacheMs ?? 60_000
    const failureCacheMs = options.failureCacheMs ?? 15_000
    const cache = new Map<string, { readonly expires: number; readonly listing: Listing }>()
    return McpDirectory.of({
      list: (url, listOptions) =>
        Effect.flatMap(Clock.currentTimeMillis, (now) => {
          const cached = cache.get(url)
          if (listOptions?.fresh !== true && cached !== undefined && cached.expires > now) return Effect.succeed(cached.listing)
          return Effect.tap(listTools(guard, url, timeoutMs), (listing) =>
            Effect.flatMap(Clock.currentTimeMillis, (listed) =>
              Effect.sync(() => {
                if (cache.size > 1_000) cache.clear()
                cache.set(url, { expires: listed + (listing._tag === "Listed" ? cacheMs : failureCacheMs), listing })
              })))
        })
    })
  })

/** The directory as a layer. */
export const layerDirectory = (options: ListingOptions = {}): Layer.Layer<McpDirectory, never, EgressGuard> =>
  Layer.effect(McpDirectory, makeDirectory(options))

/** The store of registered servers and installed tools. */
export class Marketplace extends Context.Tag("@sire/http/Marketplace")<Marketplace, {
  /** Registers a server for the organization. */
  readonly register: (organizationId: string, server: { readonly name: string; readonly url: string }, now: number) => Effect.Effect<RegisteredServer, SqlError>
  /** The organization's registered servers, oldest first. */
  readonly servers: (organizationId: string) => Effect.Effect<ReadonlyArray<RegisteredServer>, SqlError>
  /** One of the organization's registered servers. */
  readonly server: (organizationId: string, id: string) => Effect.Effect<RegisteredServer | undefined, SqlError>
  /** Installs a tool; answers the install and whether it is new (an existing install is answered as is). */
  readonly install: (organizationId: string, install: Omit<Install, "installedAt">, now: number) => Effect.Effect<{ readonly install: Install; readonly created: boolean }, SqlError>
  /** The organization's installed tools. */
  readonly installs: (organizationId: string) => Effect.Effect<ReadonlyArray<Install>, SqlError>
  /** Uninstalls a tool; false when it was not installed. */
  readonly uninstall: (organizationId: string, toolId: string) => Effect.Effect<boolean, SqlError>
  /** Removes a registered server of the organization and its tools' installs; false when there is none with this id. */
  readonly unregister: (organizationId: string, id: string) => Effect.Effect<boolean, SqlError>
  /** The organization's registered server at `url`, if any. */
  readonly serverAt: (organizationId: string, url: string) => Effect.Effect<RegisteredServer | undefined, SqlError>
}>() {}

interface ServerRow {
  readonly id: string
  readonly name: string
  readonly url: string
  readonly createdAt: string | number
}

interface InstallRow {
  readonly toolId: string
  readonly serverId: string
  readonly name: string
  readonly installedAt: string | number
}

const toServer = (row: ServerRow): RegisteredServer => ({ id: row.id, name: row.name, url: row.url, createdAt: Number(row.createdAt) })
const toInstall = (row: InstallRow): Install => ({ toolId: row.toolId, serverId: row.serverId, name: row.name, installedAt: Number(row.installedAt) })

/** The store over the `SqlClient` in context. */
export const make = Effect.gen(function*() {
  const sql = yield* SqlClient.SqlClient
  const serverColumns = sql`id, name, url, created_at AS "createdAt"`
  const installColumns = sql`tool_id AS "toolId", server_id AS "serverId", name, installed_at AS "installedAt"`
  return Marketplace.of({
    register: (organizationId, server, now) =>
      Effect.gen(function*() {
        const id = yield* Id.make<string>("mcps")
        yield* sql`INSERT INTO sire_mcp_servers (id, organization_id, name, url, created_at)
          VALUES (${id}, ${organizationId}, ${server.name}, ${server.url}, ${now})`
        return { id, name: server.name, url: server.url, createdAt: now }
      }),
    servers: (organizationId) =>
      Effect.map(
        sql<ServerRow>`SELECT ${serverColumns} FROM sire_mcp_servers WHERE organization_id = ${organizationId}
          ORDER BY created_at, id`,
        (rows) => rows.map(toServer)
      ),
    server: (organizationId, id) =>
      Effect.map(
        sql<ServerRow>`SELECT ${serverColumns} FROM sire_mcp_servers WHERE organization_id = ${organizationId} AND id = ${id}`,
        (rows) => rows[0] === undefined ? undefined : toServer(rows[0])
      ),
    install: (organizationId, install, now) =>
      Effect.gen(function*() {
        const inserted = yield* sql<InstallRow>`INSERT INTO sire_mcp_installs (organization_id, tool_id, server_id, name, installed_at)
          VALUES (${organizationId}, ${install.toolId}, ${install.serverId}, ${install.name}, ${now})
          ON CONFLICT (organization_id, tool_id) DO NOTHING
          RETURNING ${installColumns}`
        if (inserted[0] !== undefined) return { install: toInstall(inserted[0]), created: true }
        const existing = yield* sql<InstallRow>`SELECT ${installColumns} FROM sire_mcp_installs
          WHERE organization_id = ${organizationId} AND tool_id = ${install.toolId}`
        return { install: toInstall(existing[0]!), created: false }
      }),
    installs: (organizationId) =>
      Effect.map(
        sql<InstallRow>`SELECT ${installColumns} FROM sire_mcp_installs WHERE organization_id = ${organizationId}
          ORDER BY installed_at, tool_id`,
        (rows) => rows.map(toInstall)
      ),
    uninstall: (organizationId, toolId) =>
      Effect.map(
        sql`DELETE FROM sire_mcp_installs WHERE organization_id = ${organizationId} AND tool_id = ${toolId} RETURNING tool_id`,
        (rows) => rows.length > 0
      ),
    unregister: (organizationId, id) =>
      sql.withTransaction(Effect.gen(function*() {
        const removed = yield* sql`DELETE FROM sire_mcp_servers WHERE organization_id = ${organizationId} AND id = ${id} RETURNING id`
        if (removed.length === 0) return false
        yield* sql`DELETE FROM sire_mcp_installs WHERE organization_id = ${organizationId} AND server_id = ${id}`
        return true
      })),
    serverAt: (organizationId, url) =>
      Effect.map(
        sql<ServerRow>`SELECT ${serverColumns} FROM sire_mcp_servers WHERE organization_id = ${organizationId} AND url = ${url}
          ORDER BY created_at, id LIMIT 1`,
        (rows) => rows[0] === undefined ? undefined : toServer(rows[0])
      )
  })
})

/** The store as a layer. */
export const layer: Layer.Layer<Marketplace, never, SqlClient.SqlClient> = Layer.effect(Marketplace, make)
