/**
 * The port through which nodes open a stored credential (`http`, `llm`, `agent`): the host keeps
 * credentials (the server encrypted in its database; an embedder wherever it likes) and answers
 * one, decrypted, for the executing organization. What a node does with it — only toward the
 * credential's `allowedHosts` — is the nodes' business (`internal/NodeCredentials.ts`).
 *
 * @since 0.1.0
 */
import { Context, Data, Effect, Layer } from "effect"

/** The credential types (how the `http` node applies a value). */
export const types = ["bearer", "api_key", "basic", "header", "oauth2", "custom"] as const
/** A credential type. */
export type CredentialType = typeof types[number]

/** A credential opened for a node: never answered or logged. */
export interface OpenedCredential {
  readonly id: string
  readonly type: CredentialType
  /** The only hostnames the value may be sent to; empty: it is sent nowhere. */
  readonly allowedHosts: ReadonlyArray<string>
  /** The decrypted value (any JSON). */
  readonly value: unknown
}

/** Why a credential could not be opened: it is not the organization's, it does not decrypt, or its store could not be read (retryable). */
export class CredentialUnavailable extends Data.TaggedError("CredentialUnavailable")<{
  readonly credentialId: string
  readonly reason: "NotFound" | "Undecryptable" | "StoreUnavailable"
}> {
  /** The message (never the value). */
  override get message() {
    switch (this.reason) {
      case "NotFound":
        return `credential ${this.credentialId} not found`
      case "Undecryptable":
        return `credential ${this.credentialId} could not be decrypted`
      case "StoreUnavailable":
        return `credential ${this.credentialId} could not be read`
    }
  }
}

/** Opens credentials for the nodes. */
export class CredentialVault extends Context.Tag("@sire/nodes/CredentialVault")<CredentialVault, {
  /** Credential `credentialId` of `organizationId`, decrypted; fails when it is not that organization's or cannot be opened. */
  readonly open: (organizationId: string, credentialId: string) => Effect.Effect<OpenedCredential, CredentialUnavailable>
}>() {}

/** A credential a host hands the memory vault. */
export interface MemoryCredential {
  readonly id: string
  readonly type: CredentialType
  readonly value: unknown
  readonly allowedHosts: ReadonlyArray<string>
  /** When given, only this organization's executions may open it; otherwise every organization's may. */
  readonly organizationId?: string
}

/** A vault over credentials held in memory, as given (an embedding host; `sire run` holds none). */
export const layerMemory = (credentials: ReadonlyArray<MemoryCredential> = []): Layer.Layer<CredentialVault> => {
  const byId = new Map(credentials.map((credential) => [credential.id, credential]))
  return Layer.succeed(CredentialVault, CredentialVault.of({
    open: (organizationId, credentialId) => {
      const found = byId.get(credentialId)
      return found === undefined || (found.organizationId !== undefined && found.organizationId !== organizationId)
        ? Effect.fail(new CredentialUnavailable({ credentialId, reason: "NotFound" }))
        : Effect.succeed({ id: found.id, type: found.type, allowedHosts: found.allowedHosts, value: found.value })
    }
  }))
}
