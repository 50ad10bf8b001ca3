/**
 * Handlers of the marketplace group. Tools are listed through the `McpDirectory` (the SDK client
 * behind the egress guard, cached per server); registered servers and installs are in the store.
 *
 * @since 0.1.0
 */
import { HttpApiBuilder, HttpServerResponse } from "@effect/platform"
import { Clock, Effect } from "effect"
import type { Listing } from "@sire/nodes/McpClient"
import { SireApi } from "../Api.js"
import { audited, auditedAfter } from "../audit/Audited.js"
import { authorize } from "../auth/Principal.js"
import { badRequest, internal, notFound } from "../Errors.js"
import { seconds } from "../Schemas.js"
import { catalog } from "./Catalog.js"
import { type Install, Marketplace, McpDirectory, type RegisteredServer } from "./Marketplace.js"

/** A server available to an organization: from the catalog or registered by it. */
interface Available {
  readonly id: string
  readonly name: string
  readonly url: string
  readonly source: "catalog" | "registered"
  readonly description?: string
  readonly homepage?: string
  readonly createdAt?: number
}

const registered = (server: RegisteredServer): Available => ({ ...server, source: "registered" })

/** The `<serverId>:<toolName>` id of a tool. */
const toolId = (serverId: string, name: string) => `${serverId}:${name}`

/** A server with its listing, as the API shows it. */
const showServer = (server: Available, listing: Listing) => ({
  id: server.id,
  name: server.name,
  url: server.url,
  source: server.source,
  ...(server.description !== undefined ? { description: server.description } : {}),
  ...(server.homepage !== undefined ? { homepage: server.homepage } : {}),
  ...(server.createdAt !== undefined ? { createdAt: seconds(server.createdAt) } : {}),
  status: listing._tag === "Listed" ? "ok" as const : "unreachable" as const,
  ...(listing._tag === "Unreachable" ? { error: listing.error } : {}),
  tools: listing._tag === "Listed"
    ? listing.tools.map((tool) => ({
      id: toolId(server.id, tool.name),
      name: tool.name,
      ...(tool.description !== undefined ? { description: tool.description } : {}),
      inputSchema: tool.inputSchema
    }))
    : []
})

/** An install as the API shows it. */
const showInstall = (install: Install, server: Available) => ({
  toolId: install.toolId,
  server: { id: server.id, name: server.name, url: server.url },
  name: install.name,
  installedAt: seconds(install.installedAt)
})

/** The marketplace group's handlers. */
export const MarketplaceLive = HttpApiBuilder.group(SireApi, "marketplace", (handlers) =>
  Effect.gen(function*() {
    const marketplace = yield* Marketplace
    const directory = yield* McpDirectory

    /** The catalog and the organization's registered servers, each with its listing (listed concurrently). */
    const everyServer = (organizationId: string) =>
      Effect.gen(function*() {
        const own = yield* marketplace.servers(organizationId)
        const servers: ReadonlyArray<Available> = [...catalog.map((server) => ({ ...server, source: "catalog" as const })), ...own.map(registered)]
        return yield* Effect.forEach(servers, (server) => Effect.map(directory.list(server.url), (listing) => ({ server, listing })), {
          concurrency: "unbounded"
        })
      })

    /** A server available to the organization, by id. */
    const findServer = (organizationId: string, id: string) =>
      Effect.gen(function*() {
        const fromCatalog = catalog.find((server) => server.id === id)
        if (fromCatalog !== undefined) return { ...fromCatalog, source: "catalog" as const } as Available
        if (!id.startsWith("mcps_")) return undefined
        const own = yield* marketplace.server(organizationId, id)
        return own === undefined ? undefined : registered(own)
      })

    return handlers
      .handle("tools", () =>
        Effect.gen(function*() {
          const principal = yield* authorize("marketplace.read")
          const [listed, installs] = yield* Effect.all([everyServer(principal.organizationId), marketplace.installs(principal.organizationId)], {
            concurrency: 2
          })
          const installed = new Set(installs.map((install) => install.toolId))
          return listed.flatMap(({ listing, server }) =>
            showServer(server, listing).tools.map((tool) => ({
              ...tool,
              server: { id: server.id, name: server.name, url: server.url },
              installed: installed.has(tool.id)
            }))
          )
        }).pipe(Effect.catchTag("SqlError", internal)))
      .handle("servers", () =>
        Effect.gen(function*() {
          const principal = yield* authorize("marketplace.read")
          const listed = yield* everyServer(principal.organizationId)
          return listed.map(({ listing, server }) => showServer(server, listing))
        }).pipe(Effect.catchTag("SqlError", internal)))
      .handle("register", ({ payload }) =>
        auditedAfter(
          { action: "marketplace.server_registered", resourceType: "marketplace_server", resourceId: (registered: { readonly id: string }) => registered.id },
          Effect.gen(function*() {
            const principal = yield* authorize("marketplace.manage")
            const existing = yield* marketplace.serverAt(principal.organizationId, payload.url)
            if (existing !== undefined) return yield* badRequest(`${payload.url} is already registered as ${existing.id}`)
            const listing = yield* directory.list(payload.url, { fresh: true })
            if (listing._tag === "Unreachable") {
              return yield* badRequest(
                listing.refused
                  ? `${payload.url} is refused by the egress guard: ${listing.error}`
                  : `could not list the tools of ${payload.url}: ${listing.error}`
              )
            }
            return { principal, listing }
          }).pipe(Effect.catchTag("SqlError", internal)),
          ({ listing, principal }) =>
            Effect.gen(function*() {
              const server = yield* marketplace.register(principal.organizationId, { name: payload.name, url: payload.url }, yield* Clock.currentTimeMillis)
              return showServer(registered(server), listing)
            }).pipe(Effect.catchTag("SqlError", internal))
        ))
      .handle("install", ({ path }) =>
        auditedAfter(
          { action: "marketplace.tool_installed", resourceType: "marketplace_tool", resourceId: path.id },
          Effect.gen(function*() {
            const principal = yield* authorize("marketplace.manage")
            const missing = notFound(`marketplace tool ${path.id} not found`)
            const separator = path.id.indexOf(":")
            if (separator <= 0) return yield* missing
            const serverId = path.id.slice(0, separator)
            const name = path.id.slice(separator + 1)
            const server = yield* findServer(principal.organizationId, serverId)
            if (server === undefined) return yield* missing
            const listing = yield* directory.list(server.url)
            if (listing._tag === "Unreachable") {
              return yield* badRequest(`could not list the tools of ${server.name} (${server.url}) to install ${name}: ${listing.error}`)
            }
            if (!listing.tools.some((tool) => tool.name === name)) return yield* missing
            return { principal, server, name }
          }).pipe(Effect.catchTag("SqlError", internal)),
          ({ name, principal, server }) =>
            Effect.gen(function*() {
              const { created, install } = yield* marketplace.install(
                principal.organizationId,
                { toolId: toolId(server.id, name), serverId: server.id, name },
                yield* Clock.currentTimeMillis
              )
              return HttpServerResponse.unsafeJson(showInstall(install, server), { status: created ? 201 : 200 })
            }).pipe(Effect.catchTag("SqlError", internal))
        ))
      .handle("uninstall", ({ path }) =>
        audited({ action: "marketplace.tool_uninstalled", resourceType: "marketplace_tool", resourceId: path.id }, Effect.gen(function*() {
          const principal = yield* authorize("marketplace.manage")
          const removed = yield* marketplace.uninstall(principal.organizationId, path.id)
          if (!removed) return yield* notFound(`marketplace tool ${path.id} is not installed`)
        }).pipe(Effect.catchTag("SqlError", internal))))
      .handle("unregister", ({ path }) =>
        audited({ action: "marketplace.server_unregistered", resourceType: "marketplace_server", resourceId: path.id }, Effect.gen(function*() {
          const principal = yield* authorize("marketplace.manage")
          const removed = yield* marketplace.unregister(principal.organizationId, path.id)
          if (!removed) return yield* notFound(`marketplace server ${path.id} not found`)
        }).pipe(Effect.catchTag("SqlError", internal))))
  }))
