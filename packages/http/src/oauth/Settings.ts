/**
 * The sign-in providers' settings (issue 18 §2), read from the environment: a provider is offered
 * only when its settings are complete; a half-configured one stops the server at start with a
 * message naming what is missing. Every provider's endpoints can be pointed elsewhere (an issuer
 * URL for the OpenID Connect ones, base URLs for GitHub), e.g. at a local fake in tests.
 *
 * @since 0.1.0
 */
import { Config, ConfigError, Effect, Either, Option, Redacted } from "effect"

/** The providers Sire knows, by the id in their URLs. */
export const providerIds = ["google", "github", "apple", "okta", "oidc"] as const
/** A provider id. */
export type ProviderId = typeof providerIds[number]

/** An OpenID Connect provider found by discovery at `issuer` (Google, Okta, any other). */
export interface OidcSettings {
  readonly kind: "oidc"
  readonly name: string
  readonly issuer: string
  readonly clientId: string
  readonly clientSecret: Redacted.Redacted
}

/** GitHub's OAuth app: `webUrl` serves the authorization and token endpoints, `apiUrl` the user. */
export interface GitHubSettings {
  readonly kind: "github"
  readonly name: string
  readonly webUrl: string
  readonly apiUrl: string
  readonly clientId: string
  readonly clientSecret: Redacted.Redacted
}

/** Sign in with Apple: a services id, and the team, key id and private key that sign the client secret. */
export interface AppleSettings {
  readonly kind: "apple"
  readonly name: string
  readonly issuer: string
  readonly clientId: string
  readonly teamId: string
  readonly keyId: string
  /** PKCS #8 PEM of the ES256 key Apple issued. */
  readonly privateKey: Redacted.Redacted
}

/** One provider's settings. */
export type ProviderSettings = OidcSettings | GitHubSettings | AppleSettings

/** The configured providers. */
export type Providers = Partial<Record<ProviderId, ProviderSettings>>

const optional = (name: string) =>
  Config.string(name).pipe(Config.option, Config.map(Option.filter((text) => text.trim().length > 0)), Config.map(Option.map((text) => text.trim())))

const httpUrl = (name: string) =>
  optional(name).pipe(Config.mapOrFail(Option.match({
    onNone: () => Either.right(Option.none<string>()),
    onSome: (text) => {
      try {
        const url = new URL(text)
        if (url.protocol === "http:" || url.protocol === "https:") return Either.right(Option.some(text.replace(/\/+$/, "")))
      } catch {
        // refused below
      }
      return Either.left(ConfigError.InvalidData([], `${name} must be an http(s) URL, e.g. https://example.okta.com`))
    }
  })))

/** Reads a group of variables that are all set or all unset; some without the others is refused, naming the missing. */
const group = <K extends string>(
  provider: string,
  fields: Readonly<Record<K, string>>
): Effect.Effect<Option.Option<Record<K, string>>, ConfigError.ConfigError> =>
  Effect.gen(function*() {
    const entries = Object.entries(fields) as Array<[K, string]>
    const values = yield* Effect.all(entries.map(([, name]) => optional(name)))
    const set = entries.filter((_, index) => Option.isSome(values[index]!))
    if (set.length === 0) return Option.none()
    const missing = entries.filter((_, index) => Option.isNone(values[index]!)).map(([, name]) => name)
    if (missing.length > 0) {
      return yield* Effect.fail(ConfigError.InvalidData([], `${provider} sign-in needs ${missing.join(", ")} as well (set with ${set.map(([, name]) => name).join(", ")})`))
    }
    return Option.some(Object.fromEntries(entries.map(([key], index) => [key, Option.getOrThrow(values[index]!)])) as Record<K, string>)
  })

/**
 * Reads the providers: `SIRE_OAUTH_GOOGLE_CLIENT_ID`/`_SECRET` (`SIRE_OAUTH_GOOGLE_ISSUER`,
 * https://accounts.google.com); `SIRE_OAUTH_GITHUB_CLIENT_ID`/`_SECRET` (`SIRE_OAUTH_GITHUB_URL`,
 * https://github.com; `SIRE_OAUTH_GITHUB_API_URL`, https://api.github.com); `SIRE_OAUTH_APPLE_CLIENT_ID`,
 * `_TEAM_ID`, `_KEY_ID`, `_PRIVATE_KEY` (`SIRE_OAUTH_APPLE_ISSUER`, https://appleid.apple.com);
 * `SIRE_OAUTH_OKTA_ISSUER`, `_CLIENT_ID`, `_SECRET`; `SIRE_OAUTH_OIDC_ISSUER`, `_CLIENT_ID`, `_SECRET`
 * (`SIRE_OAUTH_OIDC_NAME`, "Single sign-on").
 */
export const fromEnv: Effect.Effect<Providers, ConfigError.ConfigError> = Effect.gen(function*() {
  const providers: { -readonly [K in ProviderId]?: ProviderSettings } = {}
  const urls = yield* Config.all({
    google: httpUrl("SIRE_OAUTH_GOOGLE_ISSUER"),
    githubWeb: httpUrl("SIRE_OAUTH_GITHUB_URL"),
    githubApi: httpUrl("SIRE_OAUTH_GITHUB_API_URL"),
    apple: httpUrl("SIRE_OAUTH_APPLE_ISSUER"),
    okta: httpUrl("SIRE_OAUTH_OKTA_ISSUER"),
    oidc: httpUrl("SIRE_OAUTH_OIDC_ISSUER"),
    oidcName: optional("SIRE_OAUTH_OIDC_NAME")
  })
  const google = yield* group("Google", { clientId: "SIRE_OAUTH_GOOGLE_CLIENT_ID", clientSecret: "SIRE_OAUTH_GOOGLE_CLIENT_SECRET" })
  if (Option.isSome(google)) {
    providers.google = {
      kind: "oidc",
      name: "Google",
      issuer: Option.getOrElse(urls.google, () => "https://accounts.google.com"),
      clientId: google.value.clientId,
      clientSecret: Redacted.make(google.value.clientSecret)
    }
  }
  const github = yield* group("GitHub", { clientId: "SIRE_OAUTH_GITHUB_CLIENT_ID", clientSecret: "SIRE_OAUTH_GITHUB_CLIENT_SECRET" })
  if (Option.isSome(github)) {
    providers.github = {
      kind: "github",
      name: "GitHub",
      webUrl: Option.getOrElse(urls.githubWeb, () => "https://github.com"),
      apiUrl: Option.getOrElse(urls.githubApi, () => "https://api.github.com"),
      clientId: github.value.clientId,
      clientSecret: Redacted.make(github.value.clientSecret)
    }
  }
  const apple = yield* group("Apple", {
    clientId: "SIRE_OAUTH_APPLE_CLIENT_ID",
    teamId: "SIRE_OAUTH_APPLE_TEAM_ID",
    keyId: "SIRE_OAUTH_APPLE_KEY_ID",
    privateKey: "SIRE_OAUTH_APPLE_PRIVATE_KEY"
  })
  if (Option.isSome(apple)) {
    providers.apple = {
      kind: "apple",
      name: "Apple",
      issuer: Option.getOrElse(urls.apple, () => "https://appleid.apple.com"),
      clientId: apple.value.clientId,
      teamId: apple.value.teamId,
      keyId: apple.value.keyId,
      // env files often carry a PEM on one line with literal \n
      privateKey: Redacted.make(apple.value.privateKey.replace(/\\n/g, "\n"))
    }
  }
  for (const [id, name, label, issuer] of [["okta", "OKTA", "Okta", urls.okta], ["oidc", "OIDC", Option.getOrElse(urls.oidcName, () => "Single sign-on"), urls.oidc]] as const) {
    const client = yield* group(label, { clientId: `SIRE_OAUTH_${name}_CLIENT_ID`, clientSecret: `SIRE_OAUTH_${name}_CLIENT_SECRET` })
    if (Option.isSome(client) !== Option.isSome(issuer)) {
      return yield* Effect.fail(ConfigError.InvalidData(
        [],
        `${label} sign-in needs SIRE_OAUTH_${name}_ISSUER, SIRE_OAUTH_${name}_CLIENT_ID and SIRE_OAUTH_${name}_CLIENT_SECRET together`
      ))
    }
    if (Option.isSome(client) && Option.isSome(issuer)) {
      providers[id] = { kind: "oidc", name: label, issuer: issuer.value, clientId: client.value.clientId, clientSecret: Redacted.make(client.value.clientSecret) }
    }
  }
  return providers
})
