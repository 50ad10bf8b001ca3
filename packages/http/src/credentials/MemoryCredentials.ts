/**
 * The credential store in memory, for one process that keeps nothing (`sire run` without a data
 * directory): the same answers as the SQL store — organization-scoped, newest first, values only
 * through `decrypt` — with values held as given, since they are never written anywhere.
 *
 * @since 0.1.0
 */
import { Effect, Layer } from "effect"
import * as Id from "@sire/core/Id"
import { isAfterCursor, newestFirst, paginate } from "@sire/core/WorkflowStore"
import { type Credential, CredentialNotFound, Credentials } from "./Credentials.js"

interface Entry {
  readonly organizationId: string
  readonly credential: Credential
  readonly value: unknown
}

/** Builds an empty store. */
export const make = Effect.sync(() => {
  const entries = new Map<string, Entry>()
  const find = (organizationId: string, id: string) => {
    const entry = entries.get(id)
    return entry !== undefined && entry.organizationId === organizationId ? entry : undefined
  }
  return Credentials.of({
    create: (organizationId, options, now) =>
      Effect.map(Id.make<string>("cred"), (id) => {
        const credential: Credential = { id, name: options.name, type: options.type, allowedHosts: options.allowedHosts, createdAt: now, updatedAt: now }
        entries.set(id, { organizationId, credential, value: options.value })
        return credential
      }),
    list: (organizationId, limit, cursor) =>
      Effect.sync(() => {
        const own = [...entries.values()].filter((entry) => entry.organizationId === organizationId).map((entry) => entry.credential)
        return paginate(own.filter((credential) => isAfterCursor(credential, cursor)).sort(newestFirst), limit)
      }),
    get: (organizationId, id) => Effect.sync(() => find(organizationId, id)?.credential),
    update: (organizationId, id, changes, now) =>
      Effect.sync(() => {
        const entry = find(organizationId, id)
        if (entry === undefined) return undefined
        const credential: Credential = {
          ...entry.credential,
          ...(changes.name !== undefined ? { name: changes.name } : {}),
          ...(changes.type !== undefined ? { type: changes.type } : {}),
          ...(changes.allowedHosts !== undefined ? { allowedHosts: changes.allowedHosts } : {}),
          updatedAt: now
        }
        entries.set(id, { organizationId, credential, value: changes.value === undefined ? entry.value : changes.value })
        return credential
      }),
    remove: (organizationId, id) => Effect.sync(() => find(organizationId, id) !== undefined && entries.delete(id)),
    decrypt: (organizationId, credentialId) =>
      Effect.suspend(() => {
        const entry = find(organizationId, credentialId)
        return entry === undefined
          ? Effect.fail(new CredentialNotFound({ credentialId }))
          : Effect.succeed({ credential: entry.credential, value: entry.value })
      })
  })
})

/** An empty store in memory, as a layer. */
export const layer: Layer.Layer<Credentials> = Layer.effect(Credentials, make)
