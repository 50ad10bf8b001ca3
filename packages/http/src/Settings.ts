/**
 * Tunables of the API that are not storage or secrets: token lifetimes, limits, time-outs. The
 * defaults suit production; tests shorten them.
 *
 * @since 0.1.0
 */
import { Context, Layer } from "effect"
import type { Policy as LoginThrottlePolicy } from "./auth/LoginThrottle.js"
import type { Policy as MailPolicy } from "./mail/Sender.js"

/** The API's tunables. */
export interface Settings {
  /** The base URL users reach the server at, for links in mail (`SIRE_PUBLIC_URL`). */
  readonly publicUrl: string
  /** The app (dashboard) the browser returns to after signing in with a provider (`SIRE_APP_URL`); `publicUrl` when absent. */
  readonly appUrl?: string
  /** The URL the OpenAPI document names as its server (`SIRE_PUBLIC_URL` when set); each request's origin when absent. */
  readonly openApiServer?: string
  /** How long a session (and its refresh tokens) lives without being refreshed. */
  readonly refreshTtlMs: number
  /** How long a password-reset token is valid (at most 30 minutes). */
  readonly resetTtlMs: number
  /** The longest a `mode: "sync"` start waits for the execution to finish before answering with it as it is. */
  readonly syncTimeoutMs: number
  /** How often an idle log stream sends a heartbeat comment. */
  readonly sseHeartbeatMs: number
  /** The largest request body accepted, in bytes. */
  readonly maxBodyBytes: number
  /** How long a team invitation is valid; 7 days when absent. */
  readonly invitationTtlMs?: number
  /** Outgoing webhooks: the waits before each retry (jittered ±20%); 5 s, 30 s, 2 min, 10 min, 1 h, 3 h, 6 h, 12 h when absent. */
  readonly webhookRetryDelaysMs?: ReadonlyArray<number>
  /** Outgoing webhooks: consecutive failed attempts after which an endpoint is disabled; 8 when absent. */
  readonly webhookDisableAfter?: number
  /** Outgoing webhooks: how often the delivery worker looks for due deliveries; 1 s when absent. */
  readonly webhookPollMs?: number
  /** Outgoing webhooks: the time-out of one attempt; 10 s when absent. */
  readonly webhookTimeoutMs?: number
  /** Schedule triggers: how late a slot may run before it counts as missed (its `missed` policy applies); 60 s when absent. */
  readonly scheduleGraceMs?: number
  /** Schedule triggers: the longest the scheduler sleeps between looks for due slots; 1 s when absent. */
  readonly schedulePollMs?: number
  /** Retention: the days final executions are kept, for organizations that set none (`SIRE_RETENTION_DAYS`); 30 when absent. */
  readonly retentionDays?: number
  /** Retention job: how often it runs across processes, executions per batch, the pause between batches, the wait after start; 1 h, 500, 100 ms, 30 s when absent. */
  readonly retention?: {
    readonly intervalMs?: number
    readonly batchSize?: number
    readonly pauseMs?: number
    readonly firstDelayMs?: number
  }
  /** Bulk actions (`bulk/Runner`): executions per batch, the pause between batches, the pause after a look that found nothing, the lease of a batch; 50, 200 ms, 1 s, 60 s when absent. */
  readonly bulk?: {
    readonly batchSize?: number
    readonly intervalMs?: number
    readonly idleMs?: number
    readonly leaseMs?: number
  }
  /** Mail delivery (`mail/Sender`); the defaults of `Sender.defaultPolicy` (poll 1 s, retry after 10 s doubling up to 1 h, 30 attempts, 3 for 5xx refusals, 2-minute lease) when absent. */
  readonly mail?: Partial<MailPolicy>
  /** Sign-in throttling per account; `LoginThrottle.defaultPolicy` (5 free attempts, then 1 s doubling up to 15 min) when absent. */
  readonly loginThrottle?: LoginThrottlePolicy
  /** The built chat widget served at `/chat/sire-chat.js`; the installed `@sire/chat` package's `dist/sire-chat.js` when absent. */
  readonly chatWidgetFile?: string
}

/** The API's tunables, as a service. */
export const Settings = Context.GenericTag<Settings>("@sire/http/Settings")

/** The defaults: 30-day sessions, 30-minute reset tokens, 30 s sync wait, 15 s heartbeats, 1 MB bodies. */
export const defaults = (publicUrl: string): Settings => ({
  publicUrl,
  refreshTtlMs: 30 * 24 * 3_600_000,
  resetTtlMs: 30 * 60_000,
  syncTimeoutMs: 30_000,
  sseHeartbeatMs: 15_000,
  maxBodyBytes: 1_048_576
})

/** The settings as a layer. */
export const layer = (settings: Settings): Layer.Layer<Settings> => Layer.succeed(Settings, settings)
