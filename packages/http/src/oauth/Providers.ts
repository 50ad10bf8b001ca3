/**
 * The configured sign-in providers, by id: what `GET /api/v1/auth/providers` lists and the
 * `/api/v1/auth/oauth/:provider` endpoints use. A provider without settings is absent.
 *
 * @since 0.1.0
 */
import { Context, Effect, Layer } from "effect"
import { EgressGuard } from "@sire/nodes/EgressGuard"
import * as Apple from "./Apple.js"
import * as GitHub from "./GitHub.js"
import * as Oidc from "./Oidc.js"
import type { Provider } from "./Provider.js"
import { providerIds, type Providers as ProviderSettings } from "./Settings.js"

/** The configured providers, in the order of `Settings.providerIds`. */
export class Providers extends Context.Tag("@sire/http/OAuthProviders")<Providers, ReadonlyMap<string, Provider>>() {}

/** The providers for the settings, over the egress guard. */
export const make = (settings: ProviderSettings): Effect.Effect<ReadonlyMap<string, Provider>, never, EgressGuard> =>
  Effect.gen(function*() {
    const egress = yield* EgressGuard
    const providers = new Map<string, Provider>()
    for (const id of providerIds) {
      const entry = settings[id]
      if (entry === undefined) continue
      switch (entry.kind) {
        case "github":
          providers.set(id, GitHub.make(entry, egress))
          break
        case "apple":
          providers.set(id, yield* Apple.make(entry, egress))
          break
        case "oidc":
          providers.set(id, yield* Oidc.make({
            id,
            name: entry.name,
            issuer: entry.issuer,
            clientId: entry.clientId,
            clientAuth: Oidc.secretPost(entry.clientSecret),
            scope: "openid email profile",
            responseMode: "query"
          }, egress))
      }
    }
    return providers
  })

/** The providers as a layer. */
export const layer = (settings: ProviderSettings): Layer.Layer<Providers, never, EgressGuard> => Layer.effect(Providers, make(settings))
