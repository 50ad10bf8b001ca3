/**
 * What the server says while it starts, at INFO through the configured logger (JSON lines keep
 * each message whole): a line as each phase begins — opening the database, migrating it, starting
 * the engine — then one banner once it listens, with its URL, the database it uses (never a
 * password: PostgreSQL is named by host, port and database only) and the API reference.
 *
 * @since 0.1.0
 */
import { HttpServer } from "@effect/platform"
import { Effect, Layer, Option, Redacted } from "effect"
import { existsSync } from "node:fs"
import { join } from "node:path"
import { referencePath } from "./docs/Pages.js"
import type { ServerConfig } from "./ServerConfig.js"

/** The PGlite directory of a data dir. */
export const pgliteDir = (config: ServerConfig): string => join(config.dataDir, "db")

/** PostgreSQL as `host:port/database` (with the user), from its URL: no password, no query parameters. */
export const describePostgres = (url: string): string => {
  try {
    const parsed = new URL(url)
    const host = parsed.hostname === "" ? "localhost" : parsed.hostname
    const port = parsed.port === "" ? "5432" : parsed.port
    const database = decodeURIComponent(parsed.pathname.replace(/^\//, ""))
    const user = parsed.username === "" ? "" : ` (user ${decodeURIComponent(parsed.username)})`
    return `PostgreSQL ${host}:${port}/${database === "" ? "(the user's)" : database}${user}`
  } catch {
    return "PostgreSQL (DATABASE_URL, not shown: it is not a URL)"
  }
}

/** The database the server uses, in words; `provided` when the host passed its own (`Server.Options.database`). */
export const describeDatabase = (config: ServerConfig, provided: boolean): string =>
  provided
    ? "the host's (Server.Options.database)"
    : Option.match(config.databaseUrl, {
      onNone: () => `PGlite in ${pgliteDir(config)}`,
      onSome: (url) => describePostgres(Redacted.value(url))
    })

/** The first phase's line, when it begins: which database is opened, and whether PGlite creates it now (slower, once). */
export const openingMessage = (config: ServerConfig, provided: boolean): Effect.Effect<string> =>
  Effect.sync(() => {
    const database = describeDatabase(config, provided)
    if (provided || Option.isSome(config.databaseUrl)) return `Opening the database: ${database}`
    return existsSync(join(pgliteDir(config), "PG_VERSION"))
      ? `Opening the database: ${database}`
      : `Creating the database: ${database} (only on the first start: several seconds)`
  })

/** The engine phase's line: how many executions this process runs at once. */
export const engineMessage = (config: ServerConfig): string =>
  config.workerConcurrency === 0
    ? "Starting the engine without a worker (SIRE_WORKER_CONCURRENCY=0: the other servers run the executions), schedules and webhook deliveries"
    : `Starting the engine (up to ${config.workerConcurrency} executions at once), schedules and webhook deliveries`

/** The line of a server without SMTP settings: mail stays in the outbox table and the log. */
export const mailNotDeliveredMessage =
  "Mail is not delivered: SIRE_SMTP_URL is not set, so password resets, invitations and notification e-mails are only written to the log and the sire_mail_outbox table"

/** The line of a server with SMTP settings: where mail goes (no credentials) and from whom. */
export const mailMessage = (server: string, from: string): string => `Delivering mail through ${server} from ${from}`

/** `layer`, logging `message` as it starts to be built (once what it needs is built). */
export const phase = <A, E, R>(message: string | Effect.Effect<string>, layer: Layer.Layer<A, E, R>): Layer.Layer<A, E, R> =>
  Layer.unwrapEffect(Effect.as(Effect.flatMap(Effect.isEffect(message) ? message : Effect.succeed(message), Effect.log), layer))

/** Whether the server listens on every interface (`0.0.0.0`, `::`). */
const everywhere = (address: HttpServer.Address): boolean =>
  address._tag === "TcpAddress" && (address.hostname === "0.0.0.0" || address.hostname === "::")

/** The URL of an address: `localhost` for all interfaces, IPv6 in brackets. */
export const urlOf = (address: HttpServer.Address): string => {
  if (address._tag === "UnixAddress") return `unix://${address.path}`
  const host = everywhere(address) ? "localhost" : address.hostname
  return `http://${host.includes(":") ? `[${host}]` : host}:${address.port}`
}

/** Logs the banner once the server listens: `Listening on <url> (pid …)`, with the database and the API reference as annotations. */
export const banner = (database: string): Layer.Layer<never, never, HttpServer.HttpServer> =>
  Layer.effectDiscard(HttpServer.addressWith((address) => {
    const url = urlOf(address)
    return Effect.log(`Listening on ${url} (${everywhere(address) ? "all interfaces, " : ""}pid ${process.pid})`).pipe(
      Effect.annotateLogs({ database, apiReference: `${url}${referencePath}` })
    )
  }))
