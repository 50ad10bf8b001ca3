/**
 * The server's settings, from the environment (CONTRACT §5): `PORT` (8080; 0 for any free port), `HOST` (all
 * interfaces), `SIRE_DATA_DIR` (`./.sire`), `DATABASE_URL` (PostgreSQL; PGlite under the data dir
 * when unset), `SIRE_SECRET` (generated and saved in the data dir when unset, with a warning),
 * `SIRE_EGRESS_ALLOW` (comma-separated hosts or CIDRs; empty by default). Beyond CONTRACT §5:
 * `SIRE_PUBLIC_URL` (the base URL in mailed links and webhook URLs, and the OpenAPI document's server; `http://localhost:<PORT>`), `SIRE_RATE_LIMIT_AUTH`,
 * `SIRE_RATE_LIMIT_WRITE`, `SIRE_RATE_LIMIT_READ` (`<requests>/<seconds>`; 10/60, 60/60, 300/60),
 * `SIRE_FREE_TIER_EXECUTIONS` (the free plan's monthly executions; 50), `SIRE_WORKER_CONCURRENCY`
 * (executions run at once; 64), `SIRE_SANDBOX_WORKERS` (the `code` node's sandbox workers, 2 to 64;
 * one per core plus one, at most 16: one organization never holds every worker, see
 * `nodes/sandbox/FairShare`), `SIRE_CODE_TIMEOUT_MAX_MS` (the largest `timeoutMs` a `code` node may
 * ask for, 1000 to 600000; 30000), `SIRE_RETENTION_DAYS` (days final executions are kept before the
 * retention job deletes them, 1 to 3650; 30), `SIRE_LOG_LEVEL` (`info`) and
 * `SIRE_LOG_FORMAT` (`json` or `pretty`; JSON lines unless stdout is a terminal). OpenTelemetry reads
 * the standard `OTEL_*` variables itself (see `telemetry/Telemetry`).
 * Mail (optional; without `SIRE_SMTP_URL` mail is logged and kept in the outbox table, not delivered):
 * `SIRE_SMTP_URL` (`smtp://user:pass@host:587`, STARTTLS when offered, or `smtps://…` for TLS from
 * the start) and `SIRE_MAIL_FROM` (the sender, e.g. `Sire <no-reply@example.com>`; required with it).
 * Sign-in with providers (optional; `oauth/Settings` lists the `SIRE_OAUTH_*` variables) and
 * `SIRE_APP_URL` (the app the browser returns to after signing in; `SIRE_PUBLIC_URL` when unset).
 * Billing (all optional; without `STRIPE_SECRET_KEY` billing is not configured): `STRIPE_SECRET_KEY`,
 * `STRIPE_WEBHOOK_SECRET` (`whsec_…`, verifies `/api/v1/billing/webhook`), `STRIPE_PRICE_PRO`,
 * `STRIPE_PRICE_ENTERPRISE` (the price ids of the plans) and `STRIPE_API_BASE` (another Stripe API
 * base URL such as `http://127.0.0.1:12111`, for a local mock).
 *
 * @since 0.1.0
 */
import { FileSystem, Path } from "@effect/platform"
import type { PlatformError } from "@effect/platform/Error"
import { Config, ConfigError as ConfigErrorModule, type ConfigError, Effect, Either, LogLevel, Option, Redacted } from "effect"
import { availableParallelism } from "node:os"
import { randomToken } from "@sire/core/Id"
import { type Category, defaultCategories } from "@sire/core/RateLimiter"
import * as OAuthSettings from "./oauth/Settings.js"

/** The server's settings. */
export interface ServerConfig {
  readonly port: number
  readonly host: string | undefined
  readonly dataDir: string
  readonly databaseUrl: Option.Option<Redacted.Redacted>
  readonly secret: Redacted.Redacted
  readonly egressAllow: ReadonlyArray<string>
  /** The base URL users reach the server at (links in mail). */
  readonly publicUrl: string
  /** Whether `SIRE_PUBLIC_URL` set `publicUrl` (else it is `http://localhost:<PORT>`, and the OpenAPI document names each request's origin). */
  readonly publicUrlConfigured?: boolean
  /** The rate-limit categories (`auth`, `write`, `read`). */
  readonly rateLimits: Readonly<Record<"auth" | "write" | "read", Category>>
  /** Executions a free-plan organization may start per calendar month. */
  readonly freeTierExecutions: number
  /** Executions this process runs at once; 0 makes an API-only process that leaves the work to others. */
  readonly workerConcurrency: number
  /** The `code` node's sandbox workers (at least 2: one organization holds at most all but one). */
  readonly sandboxWorkers: number
  /** The largest `timeoutMs` a `code` node may ask for; workflows asking more are refused when saved. */
  readonly codeTimeoutMaxMs: number
  /** The least severe log level written. */
  readonly logLevel: LogLevel.LogLevel
  /** Days final executions are kept for organizations that set none (`SIRE_RETENTION_DAYS`); 30 when absent. */
  readonly retentionDays?: number
  /** Stripe billing; not configured when absent. */
  readonly stripe?: StripeConfig | undefined
  /** The app (dashboard) the browser returns to after signing in with a provider (`SIRE_APP_URL`); `publicUrl` when absent. */
  readonly appUrl?: string
  /** Sign-in providers (`SIRE_OAUTH_*`, see `oauth/Settings`); none when absent. */
  readonly oauth?: OAuthSettings.Providers
  /** Mail delivery through SMTP; mail is not delivered when absent. */
  readonly smtp?: SmtpConfig | undefined
}

/** The SMTP settings (`SIRE_SMTP_URL`, `SIRE_MAIL_FROM`). */
export interface SmtpConfig {
  /** `smtp://` or `smtps://`, with the credentials (hence redacted). */
  readonly url: Redacted.Redacted
  /** The `From` of every message. */
  readonly from: string
}

/** The Stripe settings (`STRIPE_*`). */
export interface StripeConfig {
  readonly secretKey: Redacted.Redacted
  readonly webhookSecret: Option.Option<Redacted.Redacted>
  readonly pricePro: Option.Option<string>
  readonly priceEnterprise: Option.Option<string>
  /** Another API base URL (`http(s)://host[:port]`), e.g. a local mock. */
  readonly apiBase: Option.Option<string>
}

/** The log levels `SIRE_LOG_LEVEL` accepts, in any case. */
const logLevels: Readonly<Record<string, LogLevel.LogLevel>> = {
  all: LogLevel.All,
  trace: LogLevel.Trace,
  debug: LogLevel.Debug,
  info: LogLevel.Info,
  warn: LogLevel.Warning,
  warning: LogLevel.Warning,
  error: LogLevel.Error,
  fatal: LogLevel.Fatal,
  none: LogLevel.None
}

/** A rate-limit category from `<requests>/<seconds>`, e.g. `60/60`. */
const rateLimit = (name: string, fallback: Category) =>
  Config.string(name).pipe(
    Config.mapOrFail((text) => {
      const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text)
      const limit = Number(match?.[1])
      const seconds = Number(match?.[2])
      return match && limit >= 1 && seconds >= 1
        ? Either.right<Category>({ limit, windowMs: seconds * 1000 })
        : Either.left(ConfigErrorModule.InvalidData([], `${name} must look like <requests>/<seconds>, e.g. 60/60`))
    }),
    Config.withDefault(fallback)
  )

/** How log lines are written (`SIRE_LOG_FORMAT`): `json` or `pretty`; none when unset (JSON unless stdout is a terminal). */
export const logFormat: Config.Config<"json" | "pretty" | undefined> = Config.literal("json", "pretty")("SIRE_LOG_FORMAT").pipe(
  Config.option,
  Config.map(Option.getOrUndefined)
)

/**
 * `SIRE_SANDBOX_WORKERS` when unset: one worker per core, so that a lone organization (which may
 * hold all workers but one) can keep every core busy, plus the one it cannot take; 2 to 16.
 */
export const defaultSandboxWorkers = (cores: number = availableParallelism()): number => Math.min(Math.max(cores, 1), 15) + 1

/** The file under the data dir that holds the generated development secret. */
export const secretFile = "secret"

/**
 * A whole number from `min` to `max` in the environment variable `name`, `fallback` when it is
 * unset or blank (so `NAME=` in an env file keeps the default rather than meaning 0); anything but
 * digits (`-1`, `2.5`, `1e2`, `0x10`) is refused with `message`.
 */
const wholeNumber = (name: string, fallback: number, min: number, max: number, message: string): Config.Config<number> =>
  Config.string(name).pipe(
    Config.option,
    Config.mapOrFail(Option.match({
      onNone: () => Either.right(fallback),
      onSome: (text) => {
        const trimmed = text.trim()
        if (trimmed === "") return Either.right(fallback)
        const n = /^\d{1,15}$/.test(trimmed) ? Number(trimmed) : Number.NaN
        return n >= min && n <= max ? Either.right(n) : Either.left(ConfigErrorModule.InvalidData([], message))
      }
    }))
  )

const egressAllow = Config.string("SIRE_EGRESS_ALLOW").pipe(Config.withDefault(""))

const sandboxWorkers = wholeNumber(
  "SIRE_SANDBOX_WORKERS",
  defaultSandboxWorkers(),
  2,
  64,
  "SIRE_SANDBOX_WORKERS must be an integer from 2 to 64 (the code node's sandbox workers; one organization holds at most all but one)"
)

const codeTimeoutMaxMs = wholeNumber(
  "SIRE_CODE_TIMEOUT_MAX_MS",
  30_000,
  1_000,
  600_000,
  "SIRE_CODE_TIMEOUT_MAX_MS must be an integer from 1000 to 600000 (milliseconds: the largest timeoutMs of a code node)"
)

/** The entries of a comma-separated `SIRE_EGRESS_ALLOW`. */
const allowList = (text: string): ReadonlyArray<string> => text.split(",").map((entry) => entry.trim()).filter((entry) => entry.length > 0)

/** The settings of the integration nodes alone (egress allow list, sandbox workers, code time-out ceiling), for processes that run nodes without serving (`sire run`). */
export const nodeSettings: Config.Config<Pick<ServerConfig, "egressAllow" | "sandboxWorkers" | "codeTimeoutMaxMs">> = Config.all({
  egressAllow: Config.map(egressAllow, allowList),
  sandboxWorkers,
  codeTimeoutMaxMs
})

const environment = Config.all({
  port: wholeNumber("PORT", 8080, 0, 65_535, "PORT must be an integer from 0 to 65535 (0: any free port)"),
  host: Config.option(Config.string("HOST")),
  dataDir: Config.string("SIRE_DATA_DIR").pipe(Config.withDefault(".sire")),
  databaseUrl: Config.option(Config.redacted("DATABASE_URL")),
  secret: Config.option(Config.redacted("SIRE_SECRET")),
  egressAllow,
  publicUrl: Config.option(Config.string("SIRE_PUBLIC_URL")),
  appUrl: Config.option(Config.string("SIRE_APP_URL").pipe(
    Config.validate({
      message: "SIRE_APP_URL must be an http(s) URL such as https://app.example.com (where the browser returns after signing in)",
      validation: (text) => {
        if (text.trim() === "") return true
        try {
          return ["http:", "https:"].includes(new URL(text.trim()).protocol)
        } catch {
          return false
        }
      }
    })
  )),
  rateLimitAuth: rateLimit("SIRE_RATE_LIMIT_AUTH", defaultCategories.auth),
  rateLimitWrite: rateLimit("SIRE_RATE_LIMIT_WRITE", defaultCategories.write),
  rateLimitRead: rateLimit("SIRE_RATE_LIMIT_READ", defaultCategories.read),
  freeTierExecutions: wholeNumber(
    "SIRE_FREE_TIER_EXECUTIONS",
    50,
    0,
    Number.MAX_SAFE_INTEGER,
    "SIRE_FREE_TIER_EXECUTIONS must be a non-negative integer"
  ),
  workerConcurrency: wholeNumber(
    "SIRE_WORKER_CONCURRENCY",
    64,
    0,
    1024,
    "SIRE_WORKER_CONCURRENCY must be an integer from 0 (no worker: API only) to 1024"
  ),
  sandboxWorkers,
  codeTimeoutMaxMs,
  retentionDays: wholeNumber(
    "SIRE_RETENTION_DAYS",
    30,
    1,
    3650,
    "SIRE_RETENTION_DAYS must be an integer from 1 to 3650 (days final executions are kept)"
  ),
  logLevel: Config.string("SIRE_LOG_LEVEL").pipe(
    Config.mapOrFail((text) => {
      const level = logLevels[text.trim().toLowerCase()]
      return level !== undefined
        ? Either.right(level)
        : Either.left(ConfigErrorModule.InvalidData([], `SIRE_LOG_LEVEL must be one of ${Object.keys(logLevels).join(", ")}`))
    }),
    Config.withDefault(LogLevel.Info)
  ),
  smtpUrl: Config.option(Config.redacted("SIRE_SMTP_URL").pipe(
    Config.validate({
      message: "SIRE_SMTP_URL must be an smtp:// or smtps:// URL such as smtp://user:password@mail.example.com:587",
      validation: (url) => {
        const text = Redacted.value(url).trim()
        if (text === "") return true
        try {
          const parsed = new URL(text)
          return ["smtp:", "smtps:"].includes(parsed.protocol) && parsed.hostname !== ""
        } catch {
          return false
        }
      }
    })
  )),
  mailFrom: Config.option(Config.string("SIRE_MAIL_FROM")),
  stripeSecretKey: Config.option(Config.redacted("STRIPE_SECRET_KEY")),
  stripeWebhookSecret: Config.option(Config.redacted("STRIPE_WEBHOOK_SECRET")),
  stripePricePro: Config.option(Config.string("STRIPE_PRICE_PRO")),
  stripePriceEnterprise: Config.option(Config.string("STRIPE_PRICE_ENTERPRISE")),
  stripeApiBase: Config.option(Config.string("STRIPE_API_BASE").pipe(
    Config.validate({
      message: "STRIPE_API_BASE must be an http(s) URL such as http://127.0.0.1:12111",
      validation: (text) => {
        try {
          return ["http:", "https:"].includes(new URL(text).protocol)
        } catch {
          return false
        }
      }
    })
  ))
})

/** A set, non-empty value, or none. */
const nonEmpty = <A extends string | Redacted.Redacted>(option: Option.Option<A>): Option.Option<A> =>
  Option.filter(option, (value) => (typeof value === "string" ? value : Redacted.value(value as Redacted.Redacted)).trim().length > 0)

/**
 * The secret of a data dir: read from its `secret` file, or generated (64 characters from the CSPRNG)
 * and saved there readable by the owner only, with a warning that production sets `SIRE_SECRET`.
 */
export const developmentSecret = (dataDir: string): Effect.Effect<Redacted.Redacted, PlatformError, FileSystem.FileSystem | Path.Path> =>
  Effect.gen(function*() {
    const fs = yield* FileSystem.FileSystem
    const path = yield* Path.Path
    const file = path.join(dataDir, secretFile)
    if (yield* fs.exists(file)) return Redacted.make((yield* fs.readFileString(file)).trim())
    yield* fs.makeDirectory(dataDir, { recursive: true })
    const secret = randomToken(64)
    yield* fs.writeFileString(file, `${secret}\n`, { mode: 0o600 })
    yield* Effect.logWarning(
      `SIRE_SECRET is not set: generated a development secret in ${file}. Set SIRE_SECRET in production.`
    )
    return Redacted.make(secret)
  })

/** Reads the settings from the environment (and the development secret from the data dir). */
export const load: Effect.Effect<ServerConfig, ConfigError.ConfigError | PlatformError, FileSystem.FileSystem | Path.Path> =
  Effect.gen(function*() {
    const env = yield* environment
    if (env.workerConcurrency === 0 && Option.isNone(env.databaseUrl)) {
      return yield* Effect.fail(ConfigErrorModule.InvalidData(
        [],
        "SIRE_WORKER_CONCURRENCY=0 (API only) needs DATABASE_URL: on the embedded PGlite database no other process could run the executions"
      ))
    }
    const smtpUrl = nonEmpty(env.smtpUrl)
    const mailFrom = nonEmpty(env.mailFrom)
    if (Option.isSome(smtpUrl) && Option.isNone(mailFrom)) {
      return yield* Effect.fail(ConfigErrorModule.InvalidData(
        [],
        "SIRE_SMTP_URL needs SIRE_MAIL_FROM: the sender of the server's mail, e.g. Sire <no-reply@example.com>"
      ))
    }
    const oauth = yield* OAuthSettings.fromEnv
    const path = yield* Path.Path
    const dataDir = path.resolve(env.dataDir)
    const secret = Option.isSome(env.secret) && Redacted.value(env.secret.value).length > 0
      ? env.secret.value
      : yield* developmentSecret(dataDir)
    return {
      port: env.port,
      host: Option.getOrUndefined(env.host),
      dataDir,
      databaseUrl: env.databaseUrl,
      secret,
      egressAllow: allowList(env.egressAllow),
      publicUrl: Option.getOrElse(nonEmpty(env.publicUrl), () => `http://localhost:${env.port}`).replace(/\/+$/, ""),
      publicUrlConfigured: Option.isSome(nonEmpty(env.publicUrl)),
      ...Option.match(nonEmpty(env.appUrl), { onNone: () => ({}), onSome: (appUrl) => ({ appUrl: appUrl.trim().replace(/\/+$/, "") }) }),
      oauth,
      rateLimits: { auth: env.rateLimitAuth, write: env.rateLimitWrite, read: env.rateLimitRead },
      freeTierExecutions: env.freeTierExecutions,
      workerConcurrency: env.workerConcurrency,
      sandboxWorkers: env.sandboxWorkers,
      codeTimeoutMaxMs: env.codeTimeoutMaxMs,
      retentionDays: env.retentionDays,
      logLevel: env.logLevel,
      ...(Option.isSome(smtpUrl) && Option.isSome(mailFrom)
        ? { smtp: { url: Redacted.make(Redacted.value(smtpUrl.value).trim()), from: mailFrom.value.trim() } }
        : {}),
      ...Option.match(nonEmpty(env.stripeSecretKey), {
        onNone: () => ({}),
        onSome: (secretKey): { stripe: StripeConfig } => ({
          stripe: {
            secretKey,
            webhookSecret: nonEmpty(env.stripeWebhookSecret),
            pricePro: nonEmpty(env.stripePricePro),
            priceEnterprise: nonEmpty(env.stripePriceEnterprise),
            apiBase: nonEmpty(env.stripeApiBase)
          }
        })
      })
    }
  })
