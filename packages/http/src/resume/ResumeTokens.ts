/**
 * The capability tokens of signed resume URLs (`<publicUrl>/hooks/resume/<token>`, the templates'
 * `execution.resumeUrl`): `<executionId>.<organizationId>.<mac>`, the MAC an HMAC-SHA256 of the
 * organization and execution under a key derived from `SIRE_SECRET` (HKDF, purpose
 * `resume-url:hmac-sha256`) truncated to 128 bits (the router takes path parameters of at most
 * 100 characters), compared in constant time. Whoever holds the URL may resume that
 * execution, and nothing else.
 *
 * @since 0.1.0
 */
import { Context, Layer, Option, type Redacted } from "effect"
import { createHmac, timingSafeEqual } from "node:crypto"
import { deriveKey } from "../auth/Tokens.js"

/** The execution a token names. */
export interface ResumeRef {
  readonly organizationId: string
  readonly executionId: string
}

/** Signs and verifies resume tokens. */
export class ResumeTokens extends Context.Tag("@sire/http/ResumeTokens")<ResumeTokens, {
  /** The token of an execution. */
  readonly sign: (ref: ResumeRef) => string
  /** The execution a genuine token names; `None` for anything else. */
  readonly verify: (token: string) => Option.Option<ResumeRef>
}>() {}

/** Bytes of the MAC kept in a token (128 bits). */
const macBytes = 16

/** The path of a resume URL under the server's public URL. */
export const path = (token: string): string => `/hooks/resume/${token}`

/** Resume tokens keyed from the server secret. */
export const make = (secret: Redacted.Redacted): ResumeTokens["Type"] => {
  const key = deriveKey(secret, "resume-url:hmac-sha256")
  const mac = (ref: ResumeRef) =>
    createHmac("sha256", key).update(`${ref.organizationId}\n${ref.executionId}`).digest().subarray(0, macBytes)
  return ResumeTokens.of({
    sign: (ref) => `${ref.executionId}.${ref.organizationId}.${mac(ref).toString("base64url")}`,
    verify: (token) => {
      const first = token.indexOf(".")
      const last = token.lastIndexOf(".")
      if (first <= 0 || last <= first + 1 || token.length > 512) return Option.none()
      const ref = { executionId: token.slice(0, first), organizationId: token.slice(first + 1, last) }
      const encoded = token.slice(last + 1)
      const given = Buffer.from(encoded, "base64url")
      const expected = mac(ref)
      const genuine = given.length === expected.length && timingSafeEqual(given, expected) && given.toString("base64url") === encoded
      return genuine ? Option.some(ref) : Option.none()
    }
  })
}

/** Resume tokens as a layer. */
export const layer = (secret: Redacted.Redacted): Layer.Layer<ResumeTokens> => Layer.succeed(ResumeTokens, make(secret))
