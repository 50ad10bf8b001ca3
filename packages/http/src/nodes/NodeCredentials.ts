/**
 * How nodes open a stored credential: decrypted only for the executing organization, and only
 * when the host it is about to be sent to is among its `allowedHosts` (when it names any). Every
 * refusal is a non-retryable node failure whose message never holds the value.
 *
 * @since 0.1.0
 */
import { Effect } from "effect"
import { NodeError } from "@sire/core/NodeType"
import type * as Credentials from "../credentials/Credentials.js"

/** Opens credential `credentialId` of `organizationId` for a request to `host`, or fails the node saying why not. */
export const openToward = (
  credentials: Credentials.Credentials["Type"],
  organizationId: string,
  credentialId: string,
  host: string
): Effect.Effect<Credentials.Decrypted, NodeError> =>
  credentials.decrypt(organizationId, credentialId).pipe(
    Effect.catchTags({
      CredentialNotFound: (error) => Effect.fail(new NodeError({ message: error.message, retryable: false })),
      DecryptionFailed: () => Effect.fail(new NodeError({ message: `credential ${credentialId} could not be decrypted`, retryable: false })),
      SqlError: () => Effect.fail(new NodeError({ message: `credential ${credentialId} could not be read`, retryable: true }))
    }),
    Effect.filterOrFail(
      (opened) => {
        const allowed = opened.credential.allowedHosts.map((entry) => entry.toLowerCase())
        return allowed.length === 0 || allowed.includes(host.toLowerCase())
      },
      (opened) =>
        new NodeError({
          message: `credential ${credentialId} may not be sent to ${host.toLowerCase()}: its allowed hosts are ${
            opened.credential.allowedHosts.map((entry) => entry.toLowerCase()).join(", ")
          }`,
          retryable: false
        })
    )
  )
