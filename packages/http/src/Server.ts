/**
 * The bundled server: the API's handlers and documents behind the request guard, and a Sire
 * runtime (engine and worker) over the configured database — PostgreSQL when `DATABASE_URL` is
 * set, PGlite under the data dir otherwise — listening on `HOST:PORT`. Several servers on one
 * PostgreSQL share the work queue, the rate-limit counters and the quotas.
 *
 * @since 0.1.0
 */
import { Headers, HttpApiBuilder, HttpMiddleware } from "@effect/platform"
import { NodeHttpServer } from "@effect/platform-node"
import type * as SqlClient from "@effect/sql/SqlClient"
import { Effect, Layer, LogLevel, Option } from "effect"
import { createServer } from "node:http"
import * as Quota from "@sire/core/Quota"
import * as CoreTelemetry from "@sire/core/Telemetry"
import * as RateLimiter from "@sire/core/RateLimiter"
import * as RateLimitStore from "@sire/core/RateLimitStore"
import * as Sire from "@sire/core/Sire"
import * as SqlQuotaStore from "@sire/adapters/SqlQuotaStore"
import * as SqlSharedRateLimitStore from "@sire/adapters/SqlSharedRateLimitStore"
import * as CachedWorkflowStore from "@sire/adapters/CachedWorkflowStore"
import * as SqlChanges from "@sire/adapters/SqlChanges"
import * as SqlDeltaRelay from "@sire/adapters/SqlDeltaRelay"
import * as SqlStorage from "@sire/adapters/SqlStorage"
import * as EgressGuard from "@sire/nodes/EgressGuard"
import * as Nodes from "@sire/nodes/Nodes"
import * as SandboxPool from "@sire/nodes/SandboxPool"
import { ApiKeysLive } from "./apikeys/Http.js"
import * as ApiKeys from "./apikeys/ApiKeys.js"
import { routes, SireApi } from "./Api.js"
import { AuditLogsLive } from "./audit/Http.js"
import * as SqlAuditLog from "./audit/SqlAuditLog.js"
import * as Accounts from "./auth/Accounts.js"
import * as Authentication from "./auth/Authentication.js"
import * as LoginThrottle from "./auth/LoginThrottle.js"
import * as SqlLoginThrottle from "./auth/SqlLoginThrottle.js"
import * as Background from "./Background.js"
import * as PrincipalCache from "./auth/PrincipalCache.js"
import { AuthLive } from "./auth/Http.js"
import { ResetPageLive } from "./auth/ResetPage.js"
import * as Billing from "./billing/Billing.js"
import { BillingLive } from "./billing/Http.js"
import * as StripeBilling from "./billing/StripeBilling.js"
import * as Chat from "./chat/Chat.js"
import { ChatLive } from "./chat/Http.js"
import { WidgetScriptLive } from "./chat/WidgetScript.js"
import * as Credentials from "./credentials/Credentials.js"
import { CredentialsLive } from "./credentials/Http.js"
import * as Deployments from "./deployments/Deployments.js"
import { DeploymentsLive } from "./deployments/Http.js"
import * as Mailer from "./auth/Mailer.js"
import * as MailQueue from "./mail/MailQueue.js"
import * as MailSender from "./mail/Sender.js"
import * as Smtp from "./mail/Smtp.js"
import * as Tokens from "./auth/Tokens.js"
import { DocsLive } from "./docs/Http.js"
import * as Draining from "./Draining.js"
import * as SyncWait from "./SyncWait.js"
import { ExecutionsLive } from "./executions/Http.js"
import * as Resume from "./executions/Resume.js"
import * as SqlSignals from "./executions/SqlSignals.js"
import { HealthLive } from "./health/Http.js"
import { MarketplaceLive } from "./marketplace/Http.js"
import * as Marketplace from "./marketplace/Marketplace.js"
import { McpLive } from "./mcp/Http.js"
import { NotificationsLive } from "./notifications/Http.js"
import { OAuthLive } from "./oauth/Http.js"
import * as OAuthProviders from "./oauth/Providers.js"
import * as OAuthStore from "./oauth/Store.js"
import * as NotificationEmails from "./notifications/Emails.js"
import * as Notifications from "./notifications/Notifications.js"
import * as NotificationPreferences from "./notifications/Preferences.js"
import * as NotificationProducers from "./notifications/Producers.js"
import * as Cors from "./publicchat/Cors.js"
import { PublicChatLive } from "./publicchat/Http.js"
import * as Replies from "./publicchat/Replies.js"
import * as Visitors from "./publicchat/Visitors.js"
import * as RequestGuard from "./RequestGuard.js"
import { ResumeLive } from "./resume/Http.js"
import * as RetentionJob from "./retention/Job.js"
import { RerunsLive } from "./reruns/Http.js"
import { BulkLive } from "./bulk/Http.js"
import * as BulkRunner from "./bulk/Runner.js"
import { RetentionLive } from "./retention/Http.js"
import { SchedulesLive } from "./schedules/Http.js"
import * as RetentionPolicies from "./retention/Policies.js"
import * as ResumeTokens from "./resume/ResumeTokens.js"
import type { ServerConfig } from "./ServerConfig.js"
import * as ServerMigrations from "./ServerMigrations.js"
import * as Settings from "./Settings.js"
import * as Startup from "./Startup.js"
import * as AccessLog from "./telemetry/AccessLog.js"
import * as HttpTracing from "./telemetry/HttpTracing.js"
import * as Logging from "./telemetry/Logging.js"
import * as ServerMetrics from "./telemetry/Metrics.js"
import * as EventLoopDelay from "./telemetry/EventLoopDelay.js"
import * as QueueDepth from "./telemetry/QueueDepth.js"
import * as Telemetry from "./telemetry/Telemetry.js"
import { TeamsLive } from "./teams/Http.js"
import { UsageLive } from "./usage/Http.js"
import * as UsageReports from "./usage/Report.js"
import * as Teams from "./teams/Teams.js"
import { HooksLive } from "./triggers/Http.js"
import * as Scheduler from "./triggers/Scheduler.js"
import * as Triggers from "./triggers/Triggers.js"
import * as WebhookDelivery from "./webhooks/Delivery.js"
import { WebhooksLive } from "./webhooks/Http.js"
import * as Webhooks from "./webhooks/Webhooks.js"
import { WorkflowsLive } from "./workflows/Http.js"
import * as VersionHistory from "./versions/History.js"
import { VersionsLive } from "./versions/Http.js"
import * as Publications from "./versions/Publications.js"

/** Everything `layer` needs beyond the environment's settings. */
export interface Options {
  readonly config: ServerConfig
  /** Overrides of the API's tunables. */
  readonly settings?: Partial<Settings.Settings>
  /** Where mail goes, instead of the outbox table (queued for SMTP with `config.smtp`, else kept there and logged). */
  readonly mailer?: Layer.Layer<Mailer.Mailer, never, SqlClient.SqlClient>
  /** Engine and worker settings, host node types. */
  readonly sire?: Sire.Options
  /** Overrides of the `code` node's sandbox pool (`config.sandboxWorkers` workers, 64 MiB, 1 MiB of output by default). */
  readonly sandbox?: SandboxPool.Options
  /** Lifetime of access tokens; 15 minutes by default. */
  readonly accessTtlSeconds?: number
  /** The database, instead of the one the config chooses (e.g. an in-memory PGlite). */
  readonly database?: Layer.Layer<SqlClient.SqlClient, unknown>
  /** OpenTelemetry (e.g. `Telemetry.layer(…)` over the host's exporters), instead of the `OTEL_*` environment's. */
  readonly telemetry?: Layer.Layer<never, unknown>
}

/**
 * The database the settings choose: PostgreSQL at `DATABASE_URL`, else PGlite in `<dataDir>/db`.
 * Only the chosen driver is loaded: a PGlite server never loads `pg` (≈ 2 MiB of heap), nor a
 * PostgreSQL one PGlite's module.
 */
export const database = (config: ServerConfig) =>
  Option.match(config.databaseUrl, {
    onNone: () =>
      Layer.unwrapEffect(Effect.map(
        Effect.promise(() => import("@sire/adapters/PgliteClient")),
        (PgliteClient) => PgliteClient.layer({ dataDir: Startup.pgliteDir(config) })
      )),
    onSome: (url) =>
      Layer.unwrapEffect(Effect.map(
        Effect.promise(() => import("@sire/adapters/PgPreparedPool")),
        (PgPreparedPool) => PgPreparedPool.layer({ url, applicationName: "sire" })
      ))
  })

/** The days final executions are kept for organizations that set none: the settings', else `SIRE_RETENTION_DAYS`, else 30. */
const retentionDays = (options: Options): number => options.settings?.retentionDays ?? options.config.retentionDays ?? 30

/**
 * The engine's storage ports, with workflow reads cached in memory and dropped on every process
 * when a workflow changes (`SqlChanges`); also provides `Changes` and the `PrincipalCache`, and runs
 * the queue-depth gauge and the retention job over the migrated storage.
 */
const engineStorage = (options: Options) => {
  const changes = SqlChanges.layer
  const storage = SqlStorage.layerWith(Option.isSome(options.config.databaseUrl) ? { leaseClock: "database" } : {})
  return Layer.mergeAll(
    Layer.provideMerge(CachedWorkflowStore.layer(), Layer.merge(storage, changes)),
    Layer.provide(PrincipalCache.layer(), changes),
    // counts `sire_jobs` once the storage is migrated
    Layer.provide(QueueDepth.layer(), storage),
    // prunes `sire_executions` once the storage is migrated
    Layer.provide(RetentionJob.layer({ defaultDays: retentionDays(options), ...options.settings?.retention }), storage)
  )
}

/**
 * Rate-limit counters with no round trip of their own: exact in memory on PGlite (one process);
 * on PostgreSQL shared by writing hits behind (`SqlSharedRateLimitStore`: at most the hits other
 * servers admitted in the last 120 ms over a limit).
 */
const rateLimitStore = (options: Options): Layer.Layer<RateLimitStore.RateLimitStore, never, SqlClient.SqlClient> =>
  Option.isSome(options.config.databaseUrl) ? SqlSharedRateLimitStore.layer() : RateLimitStore.layerMemory

/**
 * Sign-in attempts per account: in memory on PGlite (one process); on PostgreSQL in the database,
 * so that every server counts one account's attempts together.
 */
const loginThrottle = (options: Options): Layer.Layer<LoginThrottle.LoginThrottle, never, SqlClient.SqlClient> => {
  const policy = options.settings?.loginThrottle ?? LoginThrottle.defaultPolicy
  return Option.isSome(options.config.databaseUrl) ? SqlLoginThrottle.layer(policy) : LoginThrottle.layerMemory(policy)
}

/** Every store over the database (migrated): the engine's ports, counters, accounts, keys, credentials, notifications, mail and the audit log; the retention job. Logs the database's phases (`Startup`). */
export const stores = (options: Options) => {
  const mail = mailer(options)
  const preferences = NotificationPreferences.layer
  return Layer.mergeAll(
    engineStorage(options),
    SqlQuotaStore.layer,
    rateLimitStore(options),
    loginThrottle(options),
    Accounts.layer,
    OAuthStore.layer,
    ApiKeys.layer,
    Teams.layer,
    Credentials.layer(options.config.secret),
    // notifications, also mailed to the users who turned e-mail on
    Layer.provide(NotificationEmails.layer(options.settings?.publicUrl ?? options.config.publicUrl), Layer.mergeAll(Notifications.layer, preferences, mail)),
    preferences,
    Webhooks.layer(options.config.secret),
    Billing.layerAccounts,
    Chat.layer,
    Deployments.layer,
    Layer.provide(Visitors.layer, Chat.layer),
    Marketplace.layer,
    SqlSignals.layer,
    Triggers.layer(options.config.secret),
    Publications.layer,
    VersionHistory.layer,
    UsageReports.layer,
    RetentionPolicies.layer,
    SqlAuditLog.layer,
    mail
  ).pipe(
    Layer.provide(SqlChanges.layer),
    Layer.provide(Startup.phase("Migrating the database", ServerMigrations.layer)),
    // the client too, for the delta relay (`SqlDeltaRelay`), which also needs the engine's event hub
    Layer.provideMerge(Startup.phase(
      Startup.openingMessage(options.config, options.database !== undefined),
      options.database ?? database(options.config)
    ))
  )
}

/** The mailer: the host's, else the outbox table as a queue for the SMTP sender (`config.smtp`), else the outbox table and the log. */
const mailer = (options: Options): Layer.Layer<Mailer.Mailer, never, SqlClient.SqlClient> =>
  options.mailer ?? (options.config.smtp !== undefined ? Mailer.layerQueue : Mailer.layerOutbox)

/**
 * The mail sender over SMTP when `config.smtp` is set (logging where mail goes), else one line
 * saying that mail is not delivered; nothing when the host brings its own mailer.
 */
const mailSender = (options: Options): Layer.Layer<never, never, SqlClient.SqlClient | Settings.Settings> => {
  const smtp = options.config.smtp
  if (options.mailer !== undefined) return Layer.empty
  if (smtp === undefined) return Layer.effectDiscard(Effect.log(Startup.mailNotDeliveredMessage))
  return Startup.phase(
    Startup.mailMessage(Smtp.describe(smtp), smtp.from),
    Layer.provide(MailSender.worker, Layer.merge(MailQueue.layer, Smtp.layer(smtp)))
  )
}

/** The billing port the settings choose: Stripe when `STRIPE_SECRET_KEY` is set, not configured otherwise. */
export const billing = (options: Options): Layer.Layer<Billing.Billing> => {
  const stripe = options.config.stripe
  if (stripe === undefined) return Billing.layerNotConfigured
  return StripeBilling.layer({
    secretKey: Option.some(stripe.secretKey),
    webhookSecret: stripe.webhookSecret,
    prices: {
      ...Option.match(stripe.pricePro, { onNone: () => ({}), onSome: (pro) => ({ pro }) }),
      ...Option.match(stripe.priceEnterprise, { onNone: () => ({}), onSome: (enterprise) => ({ enterprise }) })
    },
    apiBase: stripe.apiBase
  })
}

/** The services the handlers use: the Sire runtime with quotas, the rate limiter, tokens, settings; the execution-failure notifier, the webhook producer and delivery worker. Logs the engine's phase (`Startup`). */
export const services = (options: Options) => {
  const quota = ServerMetrics.countingRefusals(NotificationProducers.notifyingQuota(
    Quota.layerWith({ plans: { ...Quota.defaultPlans, free: options.config.freeTierExecutions } })
  ))
  // One guard (one connection pool) for the webhook worker, the marketplace and the `http` node: layers are shared by reference.
  const egress = EgressGuard.layer({ allow: options.config.egressAllow })
  // Signed resume URLs (`execution.resumeUrl`), verified by the resume hook.
  const resumeTokens = ResumeTokens.make(options.config.secret)
  // The host node types, with the `http` node (over the egress guard and the credential store) and the `code` node (over the sandbox pool), `waitForEvent` (over the signal store), `mcp` (over the marketplace and the egress guard), `llm` and `agent` (over the egress guard, the credential store and the marketplace).
  const engine = Layer.unwrapEffect(Effect.map(Nodes.make({ codeTimeoutMaxMs: options.config.codeTimeoutMaxMs }), (nodes) =>
    Sire.layerWith({
      ...options.sire,
      worker: { concurrency: options.config.workerConcurrency, ...options.sire?.worker },
      engine: { maxDepth: 10, ...options.sire?.engine, resumeUrl: (ref) => `${options.config.publicUrl}${ResumeTokens.path(resumeTokens.sign(ref))}` },
      nodes: [...(options.sire?.nodes ?? []), ...nodes]
    }))).pipe(
      Layer.provide(egress),
      Layer.provide(SandboxPool.layer({ size: options.config.sandboxWorkers, ...options.sandbox })),
      // the nodes' views of the credential store and the marketplace
      Layer.provide(Layer.merge(Credentials.vault, Marketplace.mcpServers))
    )
  const sire = Layer.provideMerge(engine, quota)
  const settings = Settings.layer({
    ...Settings.defaults(options.config.publicUrl),
    ...(options.config.publicUrlConfigured === true ? { openApiServer: options.config.publicUrl } : {}),
    retentionDays: retentionDays(options),
    ...(options.config.appUrl !== undefined ? { appUrl: options.config.appUrl } : {}),
    ...options.settings
  })
  const tokens = Tokens.layer({
    secret: options.config.secret,
    ...(options.accessTtlSeconds !== undefined ? { accessTtlSeconds: options.accessTtlSeconds } : {})
  })
  return Startup.phase(Startup.engineMessage(options.config), Layer.mergeAll(
    sire,
    Layer.provide(NotificationProducers.executionFailures, sire),
    Layer.provide(Resume.layer, sire),
    // advances bulk operations a batch at a time, in every process
    Layer.provide(BulkRunner.layer(options.settings?.bulk), sire),
    // numbered step deltas across processes (`NOTIFY` on PostgreSQL), and the replies streamed to chat visitors
    Layer.provideMerge(Layer.provide(Replies.layer, Layer.merge(sire, Draining.layer)), Layer.provide(SqlDeltaRelay.layer, sire)),
    Layer.provide(Scheduler.layer({ graceMs: options.settings?.scheduleGraceMs, pollMs: options.settings?.schedulePollMs }), sire),
    Layer.succeed(ResumeTokens.ResumeTokens, resumeTokens),
    Layer.provide(WebhookDelivery.executionEvents, sire),
    RateLimiter.layerWith({ categories: options.config.rateLimits }),
    Layer.provideMerge(Authentication.layer, tokens),
    Draining.layer,
    // one deadline fiber for every sync wait of the server (executions and chat)
    Layer.provide(SyncWait.layer, Layer.mergeAll(sire, Draining.layer, settings)),
    EventLoopDelay.layer(),
    Background.layer(),
    billing(options),
    Layer.provide(Marketplace.layerDirectory(), egress),
    // the configured sign-in providers, reaching them through the egress guard
    Layer.provide(OAuthProviders.layer(options.config.oauth ?? {}), egress),
    Layer.provideMerge(Layer.merge(WebhookDelivery.worker, mailSender(options)), Layer.merge(egress, settings))
  )).pipe(Layer.provideMerge(stores(options)))
}

/** Every group's handlers, over the API. */
export const ApiLive = HttpApiBuilder.api(SireApi).pipe(
  Layer.provide([HealthLive, AuthLive, ApiKeysLive, WorkflowsLive, BulkLive, ExecutionsLive, RerunsLive, CredentialsLive, TeamsLive, NotificationsLive, WebhooksLive, ChatLive, DeploymentsLive, PublicChatLive, BillingLive, UsageLive, MarketplaceLive, ResumeLive, HooksLive, RetentionLive, SchedulesLive, VersionsLive, AuditLogsLive, McpLive, OAuthLive]),
  Layer.provide(Authentication.AuthenticationLive)
)

/** The API with its documents, the chat widget's script and the password-reset page, without a server. */
export const app = Layer.mergeAll(DocsLive, WidgetScriptLive, ResetPageLive).pipe(Layer.provideMerge(ApiLive))

/**
 * The whole server for the options; exposes the `HttpServer` (its address). Says what it is doing
 * as it starts, then logs a banner (`Startup`). Hands back in-flight work when its scope closes.
 * Traced and measured through `options.telemetry`, else the `OTEL_*` environment's (nothing when
 * unset); the probes are not traced.
 */
export const layer = (options: Options) => {
  const served = routes()
  const guard = RequestGuard.make(served)
  // The access log ("Sent HTTP response", at INFO) costs a request even when its level is filtered out.
  const accessLog = LogLevel.lessThanEqual(options.config.logLevel, LogLevel.Info)
  const guarded = Cors.wrap(guard)
  const serve = HttpApiBuilder.serve((httpApp) => accessLog ? AccessLog.middleware(guarded(httpApp)) : guarded(httpApp)).pipe(
    HttpMiddleware.withSpanNameGenerator(HttpTracing.serverSpanName(HttpTracing.routeMatcher(served))),
    Layer.locally(Headers.currentRedactedNames, HttpTracing.redactedHeaders)
  )
  // The server span only when a tracer takes it: the platform builds it (URL, every header) before asking the tracer.
  const traced = Layer.unwrapEffect(Effect.map(CoreTelemetry.tracing, (on) =>
    HttpMiddleware.withTracerDisabledWhen(serve, (request) => !on || RequestGuard.exempt.has(request.url.split("?")[0] ?? ""))
  ))
  return traced.pipe(
    Layer.provide(app),
    (serve) => Startup.banner(Startup.describeDatabase(options.config, options.database !== undefined)).pipe(Layer.provideMerge(serve)),
    Layer.merge(Draining.signalBeforeClose),
    Layer.provideMerge(NodeHttpServer.layer(createServer, {
      port: options.config.port,
      ...(options.config.host ? { host: options.config.host } : {})
    })),
    Layer.provide(services(options)),
    Layer.provide(options.telemetry ?? Telemetry.layerFromEnv),
    Layer.provide(Logging.layerSanitized)
  )
}

