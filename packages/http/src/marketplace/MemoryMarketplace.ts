/**
 * The store of registered MCP servers and installed tools in memory, for one process that keeps
 * nothing (`sire run` without a data directory): the same answers as the SQL store, scoped to the
 * organization, servers and installs oldest first.
 *
 * @since 0.1.0
 */
import { Effect, Layer } from "effect"
import * as Id from "@sire/core/Id"
import { type Install, Marketplace, type RegisteredServer } from "./Marketplace.js"

const oldestFirst = <A>(key: (a: A) => readonly [number, string]) => (a: A, b: A) => {
  const [at, id] = key(a)
  const [bt, bid] = key(b)
  return at - bt || (id < bid ? -1 : id > bid ? 1 : 0)
}

/** Builds an empty store. */
export const make = Effect.sync(() => {
  const servers = new Map<string, { readonly organizationId: string; readonly server: RegisteredServer }>()
  const installs = new Map<string, Map<string, Install>>()
  const installsOf = (organizationId: string) => {
    const own = installs.get(organizationId) ?? new Map<string, Install>()
    installs.set(organizationId, own)
    return own
  }
  const serversOf = (organizationId: string) =>
    [...servers.values()].filter((entry) => entry.organizationId === organizationId).map((entry) => entry.server)
      .sort(oldestFirst((server) => [server.createdAt, server.id]))
  const find = (organizationId: string, id: string) => {
    const entry = servers.get(id)
    return entry !== undefined && entry.organizationId === organizationId ? entry.server : undefined
  }
  return Marketplace.of({
    register: (organizationId, server, now) =>
      Effect.map(Id.make<string>("mcps"), (id) => {
        const registered: RegisteredServer = { id, name: server.name, url: server.url, createdAt: now }
        servers.set(id, { organizationId, server: registered })
        return registered
      }),
    servers: (organizationId) => Effect.sync(() => serversOf(organizationId)),
    server: (organizationId, id) => Effect.sync(() => find(organizationId, id)),
    install: (organizationId, install, now) =>
      Effect.sync(() => {
        const own = installsOf(organizationId)
        const existing = own.get(install.toolId)
        if (existing !== undefined) return { install: existing, created: false }
        const installed: Install = { toolId: install.toolId, serverId: install.serverId, name: install.name, installedAt: now }
        own.set(install.toolId, installed)
        return { install: installed, created: true }
      }),
    installs: (organizationId) =>
      Effect.sync(() => [...installsOf(organizationId).values()].sort(oldestFirst((install) => [install.installedAt, install.toolId]))),
    uninstall: (organizationId, toolId) => Effect.sync(() => installsOf(organizationId).delete(toolId)),
    unregister: (organizationId, id) =>
      Effect.sync(() => {
        if (find(organizationId, id) === undefined) return false
        servers.delete(id)
        const own = installsOf(organizationId)
        for (const [toolId, install] of own) if (install.serverId === id) own.delete(toolId)
        return true
      }),
    serverAt: (organizationId, url) => Effect.sync(() => serversOf(organizationId).find((server) => server.url === url))
  })
})

/** An empty store in memory, as a layer. */
export const layer: Layer.Layer<Marketplace> = Layer.effect(Marketplace, make)
