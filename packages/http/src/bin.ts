/**
 * The `sire` command: `sire serve` starts the bundled server with the settings of the environment
 * (see `ServerConfig`), saying what it does (`Startup`), and stops cleanly on SIGTERM or SIGINT
 * (`Main`): it stops accepting connections, lets requests in flight finish, hands running
 * executions back to the queue, logs one `Stopped` line and exits 0.
 *
 * @since 0.1.0
 */
import { NodeContext } from "@effect/platform-node"
import { Effect, Layer, Logger } from "effect"
import * as Main from "./Main.js"
import * as Server from "./Server.js"
import * as ServerConfig from "./ServerConfig.js"
import * as Logging from "./telemetry/Logging.js"

const usage = [
  "usage: sire serve | sire mcp (the MCP server on stdio, for SIRE_URL with SIRE_API_KEY)",
  "settings: PORT, HOST, SIRE_DATA_DIR, DATABASE_URL, SIRE_SECRET, SIRE_EGRESS_ALLOW, SIRE_PUBLIC_URL,",
  "          SIRE_RATE_LIMIT_AUTH, SIRE_RATE_LIMIT_WRITE, SIRE_RATE_LIMIT_READ, SIRE_FREE_TIER_EXECUTIONS,",
  "          SIRE_WORKER_CONCURRENCY, SIRE_SANDBOX_WORKERS, SIRE_CODE_TIMEOUT_MAX_MS, SIRE_RETENTION_DAYS,",
  "          SIRE_LOG_LEVEL, SIRE_LOG_FORMAT, SIRE_SMTP_URL, SIRE_MAIL_FROM,",
  "          STRIPE_SECRET_KEY, STRIPE_WEBHOOK_SECRET, STRIPE_PRICE_PRO, STRIPE_PRICE_ENTERPRISE, STRIPE_API_BASE,",
  "telemetry: OTEL_EXPORTER_OTLP_ENDPOINT, OTEL_SERVICE_NAME, OTEL_TRACES_SAMPLER, … (docs/observability.md)"
].join("\n")

const [command] = process.argv.slice(2)
if (command === "mcp") await import("./mcp/Stdio.js").then((stdio) => stdio.main())
else if (command !== "serve") {
  process.stderr.write(`${usage}\n`)
  process.exit(command === undefined || command === "help" || command === "--help" ? 0 : 2)
}

const serve = Effect.gen(function*() {
  const config = yield* ServerConfig.load
  return yield* Main.untilSignal(Layer.launch(Server.layer({ config }))).pipe(Logger.withMinimumLogLevel(config.logLevel))
}).pipe(
  // Reported through the configured logger (JSON lines when not on a terminal), then exit 1.
  Effect.tapErrorCause((cause) => Effect.logError("sire serve stopped", cause)),
  Effect.provide(Layer.unwrapEffect(Effect.map(ServerConfig.logFormat, Logging.layer))),
  Effect.provide(NodeContext.layer)
)

if (command === "serve") Main.run(serve)
