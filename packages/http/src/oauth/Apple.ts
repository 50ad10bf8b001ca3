/**
 * Sign in with Apple: OpenID Connect (`Oidc`) whose client secret is a JWT the server signs (ES256,
 * with the key Apple issued: `kid` the key id, `iss` the team id, `sub` the services id, `aud`
 * Apple), made fresh for each exchange and valid five minutes. Apple answers by POSTing a form to
 * the callback (`form_post`), and sends the user's name only the first time, in `user`.
 *
 * @since 0.1.0
 */
import { Clock, Effect, Redacted } from "effect"
import { importPKCS8, SignJWT } from "jose"
import * as client from "openid-client"
import type { EgressGuard } from "@sire/nodes/EgressGuard"
import * as Oidc from "./Oidc.js"
import { type Provider, ProviderError } from "./Provider.js"
import type { AppleSettings } from "./Settings.js"

/** The client secret Apple's token endpoint expects: a JWT signed with the team's key. */
export const clientSecret = (settings: AppleSettings): Effect.Effect<string, ProviderError> =>
  Effect.gen(function*() {
    const now = Math.floor((yield* Clock.currentTimeMillis) / 1000)
    return yield* Effect.tryPromise({
      try: async () =>
        new SignJWT({})
          .setProtectedHeader({ alg: "ES256", kid: settings.keyId })
          .setIssuer(settings.teamId)
          .setSubject(settings.clientId)
          .setAudience(settings.issuer)
          .setIssuedAt(now)
          .setExpirationTime(now + 300)
          .sign(await importPKCS8(Redacted.value(settings.privateKey), "ES256")),
      catch: () => new ProviderError({ reason: "Unavailable", message: "SIRE_OAUTH_APPLE_PRIVATE_KEY is not a PKCS #8 ES256 private key" })
    })
  })

/** The name in Apple's first answer (`user={"name":{"firstName":…,"lastName":…}}`), if any. */
export const nameOf = (params: URLSearchParams): string | undefined => {
  try {
    const user = JSON.parse(params.get("user") ?? "null") as { name?: { firstName?: unknown; lastName?: unknown } } | null
    const parts = [user?.name?.firstName, user?.name?.lastName].filter((part): part is string => typeof part === "string" && part.trim() !== "")
    return parts.length > 0 ? parts.join(" ").slice(0, 200) : undefined
  } catch {
    return undefined
  }
}

/** Sign in with Apple. */
export const make = (settings: AppleSettings, egress: EgressGuard["Type"]): Effect.Effect<Provider> =>
  Oidc.make({
    id: "apple",
    name: settings.name,
    issuer: settings.issuer,
    clientId: settings.clientId,
    clientAuth: Effect.map(clientSecret(settings), (secret) => client.ClientSecretPost(secret)),
    scope: "openid email name",
    responseMode: "form_post",
    extraName: nameOf
  }, egress)
