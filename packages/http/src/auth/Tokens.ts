/**
 * Access tokens (JWT, HS256, `jose`) and opaque secrets (refresh tokens, reset tokens, API keys).
 * An access token names its issuer, audience, subject (user), organization and session, and lives
 * a few minutes; it is checked against the session on every request, so logout is immediate.
 *
 * @since 0.1.0
 */
import { Clock, Context, Effect, Layer, Redacted } from "effect"
import { errors, jwtVerify, SignJWT } from "jose"
import { createHash, hkdfSync, randomBytes } from "node:crypto"

/** Issuer of Sire's access tokens. */
export const issuer = "sire"
/** Audience of Sire's access tokens. */
export const audience = "sire-api"

/** What a verified access token says. */
export interface AccessClaims {
  readonly userId: string
  readonly organizationId: string
  readonly sessionId: string
}

/** An issued access token and its expiry (unix seconds). */
export interface AccessToken {
  readonly token: string
  readonly expiresAt: number
}

/** Signs and verifies access tokens with a key derived from `SIRE_SECRET`. */
export class Tokens extends Context.Tag("@sire/http/Tokens")<Tokens, {
  /** A fresh access token for a session. */
  readonly issue: (claims: AccessClaims) => Effect.Effect<AccessToken>
  /** The claims of a valid access token; the reason it is refused otherwise. */
  readonly verify: (token: string) => Effect.Effect<AccessClaims, string>
}>() {}

/** Options of `layer`. */
export interface Options {
  readonly secret: Redacted.Redacted
  /** Lifetime of an access token; 15 minutes by default. */
  readonly accessTtlSeconds?: number
}

/** Derives a purpose-bound 32-byte key from the server secret (HKDF-SHA256). */
export const deriveKey = (secret: Redacted.Redacted, purpose: string): Uint8Array =>
  new Uint8Array(hkdfSync("sha256", Redacted.value(secret), "sire", purpose, 32))

/** `Tokens` for a secret. */
export const make = (options: Options): Tokens["Type"] => {
  const key = deriveKey(options.secret, "access-token:hs256")
  const ttl = options.accessTtlSeconds ?? 15 * 60
  return Tokens.of({
    issue: (claims) =>
      Effect.flatMap(Clock.currentTimeMillis, (millis) => Effect.promise(async () => {
        const now = Math.floor(millis / 1000)
        const expiresAt = now + ttl
        const token = await new SignJWT({ org: claims.organizationId, sid: claims.sessionId })
          .setProtectedHeader({ alg: "HS256", typ: "JWT" })
          .setIssuer(issuer)
          .setAudience(audience)
          .setSubject(claims.userId)
          .setIssuedAt(now)
          .setExpirationTime(expiresAt)
          .sign(key)
        return { token, expiresAt }
      })),
    verify: (token) =>
      Effect.flatMap(Clock.currentTimeMillis, (now) => Effect.tryPromise({
        try: async () => {
          const { payload } = await jwtVerify(token, key, {
            currentDate: new Date(now),
            algorithms: ["HS256"],
            issuer,
            audience,
            requiredClaims: ["exp", "sub", "iat"]
          })
          if (typeof payload.org !== "string" || typeof payload.sid !== "string" || typeof payload.sub !== "string") {
            throw new errors.JWTClaimValidationFailed("missing org or sid claim", payload)
          }
          return { userId: payload.sub, organizationId: payload.org, sessionId: payload.sid }
        },
        catch: (error) => (error instanceof errors.JWTExpired ? "token expired" : "invalid token")
      }))
  })
}

/** `Tokens` as a layer. */
export const layer = (options: Options): Layer.Layer<Tokens> => Layer.sync(Tokens, () => make(options))

/** A new opaque secret: `prefix` followed by `bytes` random bytes in hex (a CSPRNG). */
export const opaque = (prefix: string, bytes = 32): string => `${prefix}${randomBytes(bytes).toString("hex")}`

/** The SHA-256 of a high-entropy secret, hex: what is stored instead of the secret. */
export const digest = (secret: string): string => createHash("sha256").update(secret).digest("hex")
