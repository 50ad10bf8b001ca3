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

const settings = [
  "PORT, HOST, SIRE_DATA_DIR, DATABASE_URL, SIRE_SECRET, SIRE_EGRESS_ALLOW, SIRE_PUBLIC_URL,",
  "SIRE_RATE_LIMIT_AUTH, SIRE_RATE_LIMIT_WRITE, SIRE_RATE_LIMIT_READ, SIRE_FREE_TIER_EXECUTIONS,",
  "SIRE_WORKER_CONCURRENCY, SIRE_SANDBOX_WORKERS, SIRE_CODE_TIMEOUT_MAX_MS, SIRE_RETENTION_DAYS,",
  "SIRE_LOG_LEVEL, SIRE_LOG_FORMAT, SIRE_SMTP_URL, SIRE_MAIL_FROM, STRIPE_SECRET_KEY, STRIPE_WEBHOOK_SECRET,",
  "STRIPE_PRICE_PRO, STRIPE_PRICE_ENTERPRISE, STRIPE_API_BASE; telemetry: OTEL_EXPORTER_OTLP_ENDPOINT,",
  "OTEL_SERVICE_NAME, OTEL_TRACES_SAMPLER, … (packages/http/README.md, docs/observability.md)"
]

/** The server until SIGINT or SIGTERM; its failures are logged through the configured logger (JSON lines when not on a terminal). */
export const serve = Effect.gen(function*() {
  const config = yield* ServerConfig.load
  return yield* Main.untilSignal(Layer.launch(Server.layer({ config }))).pipe(Logger.withMinimumLogLevel(config.logLevel))
}).pipe(
  Effect.tapErrorCause((cause) => Effect.logError("sire serve stopped", cause)),
  Effect.provide(Layer.unwrapEffect(Effect.map(ServerConfig.logFormat, Logging.layer)))
)

/** What `sire serve --help` adds below the options. */
export const details = [
  "It listens on http://localhost:8080 unless PORT or HOST say otherwise, keeps its data in PGlite under",
  "SIRE_DATA_DIR (./.sire), or in PostgreSQL when DATABASE_URL is set (several servers then share the work), and",
  "stops cleanly on Ctrl-C or SIGTERM: requests in flight finish, running executions go back to the queue.",
  "",
  "Settings come from the environment:",
  ...settings.map((line) => `  ${line}`),
  "",
  "Example:",
  "  PORT=3000 SIRE_DATA_DIR=./data sire serve"
].join("\n")

/** The `serve` command. */
export const command = Command.make("serve", {}, () => serve).pipe(
  Command.withDescription("Start the Sire server: the REST API, its API reference at /docs/api-reference, and a worker that runs executions.")
)
