/**
 * Encryption of credential values at rest: AES-256-GCM (`node:crypto`) under a key derived from
 * `SIRE_SECRET` (`deriveKey(secret, "credentials:aes-256-gcm")`), a fresh random 96-bit nonce per
 * encryption, and the organization and credential ids as additional authenticated data, so that
 * a sealed value moved to another row or organization no longer opens.
 *
 * A sealed value is one base64 string of `version (1 byte) ‖ nonce (12) ‖ ciphertext ‖ tag (16)`;
 * the version byte (1 today) lets the format evolve. The plaintext is the value's JSON.
 *
 * @since 0.1.0
 */
import { Data, Effect, type Redacted } from "effect"
import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto"
import { deriveKey } from "../auth/Tokens.js"

/** The HKDF purpose of the credentials key. */
export const purpose = "credentials:aes-256-gcm"

/** The format version written by `seal`. */
export const version = 1

const nonceBytes = 12
const tagBytes = 16
const headerBytes = 1 + nonceBytes

/** What a sealed value is bound to (its additional authenticated data). */
export interface Binding {
  readonly organizationId: string
  readonly credentialId: string
}

/** A sealed value did not open: tampered with, bound to another credential, another key, or malformed. Says nothing of the value. */
export class DecryptionFailed extends Data.TaggedError("DecryptionFailed")<{ readonly reason: string }> {
  /** The message, without any secret. */
  override get message() {
    return `credential decryption failed: ${this.reason}`
  }
}

/** Seals and opens credential values with one key. */
export interface Cipher {
  /** Encrypts a JSON value bound to a credential; a new nonce every call. */
  readonly seal: (value: unknown, binding: Binding) => Effect.Effect<string>
  /** Decrypts a sealed value bound to the same credential, or fails without revealing anything. */
  readonly open: (sealed: string, binding: Binding) => Effect.Effect<unknown, DecryptionFailed>
}

/** The additional authenticated data: the format version and both ids, unambiguously encoded. */
const aad = (formatVersion: number, binding: Binding): Buffer =>
  Buffer.from(JSON.stringify(["sire.credential", formatVersion, binding.organizationId, binding.credentialId]), "utf8")

/** A cipher over a 32-byte AES-256 key. */
export const make = (key: Uint8Array): Cipher => {
  if (key.length !== 32) throw new Error("an AES-256-GCM key is 32 bytes")
  const secretKey = Buffer.from(key)
  return {
    seal: (value, binding) =>
      Effect.sync(() => {
        const nonce = randomBytes(nonceBytes)
        const cipher = createCipheriv("aes-256-gcm", secretKey, nonce, { authTagLength: tagBytes })
        cipher.setAAD(aad(version, binding))
        const ciphertext = Buffer.concat([cipher.update(JSON.stringify(value), "utf8"), cipher.final()])
        return Buffer.concat([Buffer.from([version]), nonce, ciphertext, cipher.getAuthTag()]).toString("base64")
      }),
    open: (sealed, binding) =>
      Effect.suspend(() => {
        const bytes = Buffer.from(sealed, "base64")
        if (bytes.length < headerBytes + tagBytes) return Effect.fail(new DecryptionFailed({ reason: "malformed value" }))
        if (bytes[0] !== version) return Effect.fail(new DecryptionFailed({ reason: `unsupported format version ${bytes[0]}` }))
        const nonce = bytes.subarray(1, headerBytes)
        const ciphertext = bytes.subarray(headerBytes, bytes.length - tagBytes)
        const tag = bytes.subarray(bytes.length - tagBytes)
        try {
          const decipher = createDecipheriv("aes-256-gcm", secretKey, nonce, { authTagLength: tagBytes })
          decipher.setAAD(aad(version, binding))
          decipher.setAuthTag(tag)
          const plaintext = Buffer.concat([decipher.update(ciphertext), decipher.final()]).toString("utf8")
          return Effect.succeed(JSON.parse(plaintext) as unknown)
        } catch {
          return Effect.fail(new DecryptionFailed({ reason: "authentication failed" }))
        }
      })
  }
}

/** The cipher keyed from the server secret (HKDF, purpose `credentials:aes-256-gcm`). */
export const fromSecret = (secret: Redacted.Redacted): Cipher => make(deriveKey(secret, purpose))
