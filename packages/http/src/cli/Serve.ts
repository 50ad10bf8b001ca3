/**
 * `sire serve`: starts the bundled server with the settings of the environment (see
 * `ServerConfig`), saying what it does (`Startup`), and stops cleanly on SIGTERM or SIGINT
 * (`Main`): it stops accepting connections, lets requests in flight finish, hands running
 * executions back to the queue, logs one `Stopped` line and exits 0.
 *
 * @since 0.1.0
 */
import { Command } from "@effect/cli"
import { Effect, Layer, Logger } from "effect"
import * as Main from "../Main.js"
import * as Server from "../Server.js"
import * as ServerConfig from "../ServerConfig.js"
import * as Logging from "../telemetry/Logging.js"

/** The settings `sire serve` reads, for its help. */
export const settings = [
  "PORT (8080), HOST, SIRE_DATA_DIR (./.sire), DATABASE_URL (PostgreSQL instead of PGlite), SIRE_SECRET,",
  "SIRE_EGRESS_ALLOW, SIRE_PUBLIC_URL, SIRE_RATE_LIMIT_AUTH, SIRE_RATE_LIMIT_WRITE, SIRE_RATE_LIMIT_READ,",
  "SIRE_FREE_TIER_EXECUTIONS, SIRE_WORKER_CONCURRENCY, SIRE_SANDBOX_WORKERS, SIRE_CODE_TIMEOUT_MAX_MS,",
  "SIRE_RETENTION_DAYS, SIRE_LOG_LEVEL, SIRE_LOG_FORMAT, SIRE_SMTP_URL, SIRE_MAIL_FROM, STRIPE_SECRET_KEY,",
  "STRIPE_WEBHOOK_SECRET, STRIPE_PRICE_PRO, STRIPE_PRICE_ENTERPRISE, STRIPE_API_BASE;",
  "telemetry: OTEL_EXPORTER_OTLP_ENDPOINT, OTEL_SERVICE_NAME, OTEL_TRACES_SAMPLER, … (docs/observability.md)"
].join(" ")

/** The server until SIGINT or SIGTERM; its failures are logged through the configured logger (JSON lines when not on a terminal). */
export const serve = Effect.gen(function*() {
  const config = yield* ServerConfig.load
  return yield* Main.untilSignal(Layer.launch(Server.layer({ config }))).pipe(Logger.withMinimumLogLevel(config.logLevel))
}).pipe(
  Effect.tapErrorCause((cause) => Effect.logError("sire serve stopped", cause)),
  Effect.provide(Layer.unwrapEffect(Effect.map(ServerConfig.logFormat, Logging.layer)))
)

/** The `serve` command. */
export const command = Command.make("serve", {}, () => serve).pipe(
  Command.withDescription(
    "Starts the Sire server: the REST API, its OpenAPI document and reference (/docs/api-reference), and a worker " +
      "that runs executions, on PGlite under SIRE_DATA_DIR (or PostgreSQL at DATABASE_URL). It listens on " +
      "http://localhost:8080 unless PORT or HOST say otherwise, and stops cleanly on Ctrl-C or SIGTERM. " +
      `Settings come from the environment: ${settings}`
  )
)
