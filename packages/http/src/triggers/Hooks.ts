/**
 * Webhook triggers: a `trigger` node with `{ kind: "webhook", credentialId?, toleranceSeconds? }`
 * answers at `POST /hooks/<token>`. The token is the capability: 256 bits of HMAC-SHA256, keyed
 * from `SIRE_SECRET` (HKDF, purpose `hooks:token`), over the organization, workflow and node ids —
 * stable across updates, never stored in clear (the table keeps its SHA-256). When the node names
 * a credential, deliveries must carry a Standard Webhooks signature made with its `whsec_…` value.
 *
 * @since 0.1.0
 */
import type { Redacted } from "effect"
import { createHash, createHmac, timingSafeEqual } from "node:crypto"
import type { Workflow } from "@sire/core/Workflow"
import { deriveKey } from "../auth/Tokens.js"

/** The path prefix incoming webhooks answer under. */
export const prefix = "/hooks/"

/** The default tolerance between a delivery's `webhook-timestamp` and the server's clock, in seconds. */
export const defaultToleranceSeconds = 300

/** Makes the token of webhook trigger nodes from a key derived from the server secret. */
export const tokens = (secret: Redacted.Redacted) => {
  const key = deriveKey(secret, "hooks:token")
  return (organizationId: string, workflowId: string, nodeId: string): string =>
    createHmac("sha256", key).update(`${organizationId}\n${workflowId}\n${nodeId}`).digest("base64url")
}

/** What the hooks table stores in place of a token. */
export const hashToken = (token: string): string => createHash("sha256").update(token).digest("hex")

/** A webhook trigger as a node declares it. */
export interface Spec {
  readonly nodeId: string
  readonly credentialId?: string
  readonly toleranceSeconds: number
}

/** The webhook triggers of a workflow, one per webhook trigger node. */
export const specsOf = (workflow: Pick<Workflow, "document">): ReadonlyArray<Spec> =>
  workflow.document.nodes.flatMap((node) => {
    const params = (node.params ?? {}) as Record<string, unknown>
    if (node.type !== "trigger" || params.kind !== "webhook") return []
    return [{
      nodeId: node.id,
      ...(typeof params.credentialId === "string" ? { credentialId: params.credentialId } : {}),
      toleranceSeconds: typeof params.toleranceSeconds === "number" ? params.toleranceSeconds : defaultToleranceSeconds
    }]
  })

/** The signing secret in a credential's value: the string itself, or its `secret` field. */
export const signingSecret = (value: unknown): string | undefined => {
  if (typeof value === "string" && value.length > 0) return value
  if (value !== null && typeof value === "object" && typeof (value as { secret?: unknown }).secret === "string") {
    return (value as { secret: string }).secret
  }
  return undefined
}

/** Why a delivery is refused, in the words the client is told. */
export type Refusal = "invalid signature" | "timestamp outside tolerance"

/** What verification looks at. */
export interface Signed {
  readonly secret: string
  readonly id: string | undefined
  readonly timestamp: string | undefined
  readonly signature: string | undefined
  readonly body: Uint8Array
  readonly nowSeconds: number
  readonly toleranceSeconds: number
}

/**
 * Checks a Standard Webhooks signature: `webhook-signature` holds space-separated `v1,<base64>`
 * entries, one of which must equal the HMAC-SHA256 of `<id>.<timestamp>.<raw body>` keyed with
 * the secret's decoded bytes (compared in constant time), and the timestamp must be within the tolerance.
 */
export const verify = (signed: Signed): Refusal | undefined => {
  if (signed.id === undefined || signed.timestamp === undefined || signed.signature === undefined) return "invalid signature"
  if (!/^\d{1,12}$/.test(signed.timestamp)) return "invalid signature"
  if (Math.abs(signed.nowSeconds - Number(signed.timestamp)) > signed.toleranceSeconds) return "timestamp outside tolerance"
  const key = Buffer.from(signed.secret.startsWith("whsec_") ? signed.secret.slice("whsec_".length) : signed.secret, "base64")
  const expected = createHmac("sha256", key)
    .update(`${signed.id}.${signed.timestamp}.`)
    .update(signed.body)
    .digest()
  const matches = signed.signature.split(" ").some((entry) => {
    const [version, value] = entry.split(",", 2)
    if (version !== "v1" || value === undefined) return false
    const given = Buffer.from(value, "base64")
    return given.length === expected.length && timingSafeEqual(given, expected)
  })
  return matches ? undefined : "invalid signature"
}

/** Header names never passed to the workflow: credentials, cookies, and anything named like a secret. */
const withheld = /^(authorization|proxy-authorization|cookie|set-cookie)$|secret|token|password|api-?key|session|signature/i

/** The request headers a workflow sees: all but credentials, cookies and signatures. */
export const safeHeaders = (headers: Readonly<Record<string, string | undefined>>): Record<string, string> =>
  Object.fromEntries(
    Object.entries(headers).flatMap(([name, value]) => (value === undefined || withheld.test(name) ? [] : [[name, value]]))
  )
