/**
 * How nodes open a stored credential — the one gate of every node that sends one (`http`, the
 * `agent` node's `http` tools, `llm` and `agent` model calls): opened only for the executing
 * organization, and only when the host it is about to be sent to is among its `allowedHosts`,
 * which an admin sets. A credential with none is sent nowhere: whoever may use a credential
 * (any member, in any workflow) cannot read it, so they must not choose where it goes either.
 * Every refusal is a node failure whose message never holds the value.
 *
 * @since 0.1.0
 */
import { Effect } from "effect"
import { NodeError } from "@sire/core/NodeType"
import type { CredentialVault, OpenedCredential } from "../CredentialVault.js"

/** Why a credential may not go to `host`: the hosts it may go to, or how an admin gives it some. */
const refusal = (credentialId: string, host: string, allowedHosts: ReadonlyArray<string>): string =>
  allowedHosts.length === 0
    ? `credential ${credentialId} may not be sent to ${host.toLowerCase()}: it has no allowed hosts, so it is sent nowhere ` +
      `(an admin lists the hosts it may go to with PATCH /api/v1/credentials/${credentialId} { "allowedHosts": [...] })`
    : `credential ${credentialId} may not be sent to ${host.toLowerCase()}: its allowed hosts are ${
      allowedHosts.map((entry) => entry.toLowerCase()).join(", ")
    }`

/** Opens credential `credentialId` of `organizationId` for a request to `host`, or fails the node saying why not. */
export const openToward = (
  vault: CredentialVault["Type"],
  organizationId: string,
  credentialId: string,
  host: string
): Effect.Effect<OpenedCredential, NodeError> =>
  vault.open(organizationId, credentialId).pipe(
    Effect.mapError((error) => new NodeError({ message: error.message, retryable: error.reason === "StoreUnavailable" })),
    Effect.filterOrFail(
      (opened) => opened.allowedHosts.some((entry) => entry.toLowerCase() === host.toLowerCase()),
      (opened) => new NodeError({ message: refusal(credentialId, host, opened.allowedHosts), retryable: false })
    )
  )
