/**
 * The marketplace of MCP tools: the curated catalog (`Catalog.ts`) plus the servers an
 * organization registers by URL, their tools listed with the MCP client of `@sire/nodes` (every
 * request through the `EgressGuard`) and cached per server for a short time; the store of
 * registered servers and installed tools (`sire_mcp_servers`, `sire_mcp_installs`); and the nodes'
 * view of it (`McpServers`).
 *
 * @since 0.1.0
 */
import * as SqlClient from "@effect/sql/SqlClient"
import type { SqlError } from "@effect/sql/SqlError"
import { Clock, Context, Effect, Layer } from "effect"
import * as Id from "@sire/core/Id"
import { EgressGuard } from "@sire/nodes/EgressGuard"
import { type Listing, listTools } from "@sire/nodes/McpClient"
import { McpServers, McpServersError } from "@sire/nodes/McpServers"
import { catalog } from "./Catalog.js"

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

/** The marketplace as the nodes' `McpServers`: the catalog's servers and the organization's own, and the tools it installed. */
export const mcpServers: Layer.Layer<McpServers, never, Marketplace> = Layer.effect(
  McpServers,
  Effect.map(Marketplace, (marketplace) =>
    McpServers.of({
      url: (organizationId, serverId) => {
        const listed = catalog.find((server) => server.id === serverId)
        return listed !== undefined
          ? Effect.succeed(listed.url)
          : Effect.mapBoth(marketplace.server(organizationId, serverId), {
            onFailure: (cause) => new McpServersError({ cause }),
            onSuccess: (server) => server?.url
          })
      },
      installed: (organizationId, serverId, tool) =>
        Effect.mapBoth(marketplace.installs(organizationId), {
          onFailure: (cause) => new McpServersError({ cause }),
          onSuccess: (installs) => installs.some((install) => install.serverId === serverId && install.name === tool)
        })
    }))
)
