/**
 * The server's own tables (accounts, sessions, API keys, password resets, the mail outbox, team invitations, notifications, billing, chat and its public deployments, marketplace, execution signals, triggers, sign-in attempts, retention, the audit log, publishing, bulk operations, sign-in with a provider), as
 * `@effect/sql` migrations beside the stores' (`@sire/adapters/SqlMigrations`), recorded in their
 * own table so neither set ever mixes with the other or with a host's.
 *
 * @since 0.1.0
 */
import * as Migrator from "@effect/sql/Migrator"
import * as SqlMigrations from "@sire/adapters/SqlMigrations"
import * as SqlClient from "@effect/sql/SqlClient"
import type { SqlError } from "@effect/sql/SqlError"
import { Clock, Effect, Layer } from "effect"
import * as Id from "@sire/core/Id"

/** The table recording the server's applied migrations. */
export const table = "sire_server_migrations"

const accounts = Effect.gen(function*() {
  const sql = yield* SqlClient.SqlClient
  yield* sql`CREATE TABLE sire_organizations (
    id text COLLATE "C" PRIMARY KEY,
    name text NOT NULL,
    plan text NOT NULL DEFAULT 'free',
    created_at bigint NOT NULL
  )`
  yield* sql`CREATE TABLE sire_users (
    id text COLLATE "C" PRIMARY KEY,
    email text NOT NULL,
    name text NOT NULL,
    password_hash text NOT NULL,
    created_at bigint NOT NULL
  )`
  yield* sql`CREATE UNIQUE INDEX sire_users_email ON sire_users (email)`
  yield* sql`CREATE TABLE sire_memberships (
    organization_id text COLLATE "C" NOT NULL REFERENCES sire_organizations (id) ON DELETE CASCADE,
    user_id text COLLATE "C" NOT NULL REFERENCES sire_users (id) ON DELETE CASCADE,
    role text NOT NULL,
    created_at bigint NOT NULL,
    PRIMARY KEY (organization_id, user_id)
  )`
  yield* sql`CREATE INDEX sire_memberships_user ON sire_memberships (user_id, created_at)`
  yield* sql`CREATE TABLE sire_sessions (
    id text COLLATE "C" PRIMARY KEY,
    user_id text COLLATE "C" NOT NULL REFERENCES sire_users (id) ON DELETE CASCADE,
    organization_id text COLLATE "C" NOT NULL REFERENCES sire_organizations (id) ON DELETE CASCADE,
    created_at bigint NOT NULL,
    expires_at bigint NOT NULL,
    revoked_at bigint
  )`
  yield* sql`CREATE INDEX sire_sessions_user ON sire_sessions (user_id)`
  yield* sql`CREATE TABLE sire_refresh_tokens (
    hash text COLLATE "C" PRIMARY KEY,
    session_id text COLLATE "C" NOT NULL REFERENCES sire_sessions (id) ON DELETE CASCADE,
    created_at bigint NOT NULL,
    expires_at bigint NOT NULL,
    used_at bigint
  )`
  yield* sql`CREATE TABLE sire_password_resets (
    hash text COLLATE "C" PRIMARY KEY,
    user_id text COLLATE "C" NOT NULL REFERENCES sire_users (id) ON DELETE CASCADE,
    created_at bigint NOT NULL,
    expires_at bigint NOT NULL,
    used_at bigint
  )`
  yield* sql`CREATE TABLE sire_api_keys (
    id text COLLATE "C" PRIMARY KEY,
    organization_id text COLLATE "C" NOT NULL REFERENCES sire_organizations (id) ON DELETE CASCADE,
    name text NOT NULL,
    role text NOT NULL,
    hash text COLLATE "C" NOT NULL UNIQUE,
    prefix text NOT NULL,
    created_by text NOT NULL,
    created_at bigint NOT NULL,
    revoked_at bigint
  )`
  yield* sql`CREATE INDEX sire_api_keys_listing ON sire_api_keys (organization_id, created_at DESC, id DESC)`
  yield* sql`CREATE TABLE sire_mail_outbox (
    id bigserial PRIMARY KEY,
    recipient text NOT NULL,
    subject text NOT NULL,
    body text NOT NULL,
    created_at bigint NOT NULL
  )`
})

/** Team invitations: single-use tokens (stored as SHA-256) that add an email's user to an organization. */
const teams = Effect.gen(function*() {
  const sql = yield* SqlClient.SqlClient
  yield* sql`CREATE TABLE sire_invitations (
    id text COLLATE "C" PRIMARY KEY,
    organization_id text COLLATE "C" NOT NULL REFERENCES sire_organizations (id) ON DELETE CASCADE,
    email text NOT NULL,
    role text NOT NULL,
    hash text COLLATE "C" NOT NULL UNIQUE,
    invited_by text NOT NULL,
    created_at bigint NOT NULL,
    expires_at bigint NOT NULL,
    used_at bigint,
    used_by text
  )`
  yield* sql`CREATE INDEX sire_invitations_organization ON sire_invitations (organization_id, created_at)`
})

/** Credentials: metadata in clear, the value sealed (`credentials/Cipher.ts`: base64 of version ‖ nonce ‖ ciphertext ‖ tag). */
const credentials = Effect.gen(function*() {
  const sql = yield* SqlClient.SqlClient
  yield* sql`CREATE TABLE sire_credentials (
    id text COLLATE "C" PRIMARY KEY,
    organization_id text COLLATE "C" NOT NULL REFERENCES sire_organizations (id) ON DELETE CASCADE,
    name text NOT NULL,
    type text NOT NULL,
    allowed_hosts text NOT NULL,
    encrypted_value text NOT NULL,
    created_at bigint NOT NULL,
    updated_at bigint NOT NULL
  )`
  yield* sql`CREATE INDEX sire_credentials_listing ON sire_credentials (organization_id, created_at DESC, id DESC)`
})

/** Notifications (for one user, or everyone when `user_id` is null), at most one per dedupe key per organization; read state per user. */
const notifications = Effect.gen(function*() {
  const sql = yield* SqlClient.SqlClient
  yield* sql`CREATE TABLE sire_notifications (
    id text COLLATE "C" PRIMARY KEY,
    organization_id text COLLATE "C" NOT NULL REFERENCES sire_organizations (id) ON DELETE CASCADE,
    user_id text COLLATE "C",
    kind text NOT NULL,
    title text NOT NULL,
    body text NOT NULL,
    data text,
    dedupe_key text COLLATE "C",
    created_at bigint NOT NULL
  )`
  yield* sql`CREATE UNIQUE INDEX sire_notifications_dedupe ON sire_notifications (organization_id, dedupe_key)`
  yield* sql`CREATE INDEX sire_notifications_listing ON sire_notifications (organization_id, created_at DESC, id DESC)`
  yield* sql`CREATE TABLE sire_notification_reads (
    notification_id text COLLATE "C" NOT NULL REFERENCES sire_notifications (id) ON DELETE CASCADE,
    user_id text COLLATE "C" NOT NULL,
    read_at bigint NOT NULL,
    PRIMARY KEY (notification_id, user_id)
  )`
})

/** Outgoing webhooks: endpoints (the `whsec_` secret sealed like credentials) and the durable delivery outbox. */
const webhooks = Effect.gen(function*() {
  const sql = yield* SqlClient.SqlClient
  yield* sql`CREATE TABLE sire_webhook_endpoints (
    id text COLLATE "C" PRIMARY KEY,
    organization_id text COLLATE "C" NOT NULL REFERENCES sire_organizations (id) ON DELETE CASCADE,
    url text NOT NULL,
    events text NOT NULL,
    encrypted_secret text NOT NULL,
    enabled boolean NOT NULL,
    failure_count integer NOT NULL DEFAULT 0,
    last_error text,
    last_attempt_at bigint,
    disabled_at bigint,
    created_at bigint NOT NULL
  )`
  yield* sql`CREATE INDEX sire_webhook_endpoints_listing ON sire_webhook_endpoints (organization_id, created_at DESC, id DESC)`
  yield* sql`CREATE TABLE sire_webhook_deliveries (
    id text COLLATE "C" PRIMARY KEY,
    endpoint_id text COLLATE "C" NOT NULL REFERENCES sire_webhook_endpoints (id) ON DELETE CASCADE,
    organization_id text COLLATE "C" NOT NULL,
    event_type text NOT NULL,
    payload text NOT NULL,
    attempts integer NOT NULL DEFAULT 0,
    next_attempt_at bigint NOT NULL,
    status text NOT NULL,
    last_error text,
    created_at bigint NOT NULL,
    delivered_at bigint
  )`
  yield* sql`CREATE INDEX sire_webhook_deliveries_due ON sire_webhook_deliveries (next_attempt_at) WHERE status = 'pending'`
  yield* sql`CREATE INDEX sire_webhook_deliveries_endpoint ON sire_webhook_deliveries (endpoint_id, status)`
})

/** Chat: sessions bound to a workflow, and their messages ordered by a per-session `seq` (unique, strictly increasing). */
const chat = Effect.gen(function*() {
  const sql = yield* SqlClient.SqlClient
  yield* sql`CREATE TABLE sire_chat_sessions (
    id text COLLATE "C" PRIMARY KEY,
    organization_id text COLLATE "C" NOT NULL REFERENCES sire_organizations (id) ON DELETE CASCADE,
    workflow_id text COLLATE "C" NOT NULL,
    title text,
    created_at bigint NOT NULL,
    updated_at bigint NOT NULL
  )`
  yield* sql`CREATE INDEX sire_chat_sessions_listing ON sire_chat_sessions (organization_id, created_at DESC, id DESC)`
  yield* sql`CREATE TABLE sire_chat_messages (
    id text COLLATE "C" PRIMARY KEY,
    session_id text COLLATE "C" NOT NULL REFERENCES sire_chat_sessions (id) ON DELETE CASCADE,
    organization_id text COLLATE "C" NOT NULL,
    seq integer NOT NULL,
    role text NOT NULL,
    content text NOT NULL,
    execution_id text COLLATE "C",
    error text,
    created_at bigint NOT NULL,
    UNIQUE (session_id, seq)
  )`
})

/** Billing: each organization's Stripe customer and subscription, and the Stripe event ids already processed. */
const billing = Effect.gen(function*() {
  const sql = yield* SqlClient.SqlClient
  yield* sql`CREATE TABLE sire_billing_customers (
    organization_id text COLLATE "C" PRIMARY KEY REFERENCES sire_organizations (id) ON DELETE CASCADE,
    customer_id text,
    subscription_id text,
    status text,
    current_period_end bigint,
    cancel_at_period_end boolean NOT NULL DEFAULT false,
    updated_at bigint NOT NULL
  )`
  yield* sql`CREATE INDEX sire_billing_customers_customer ON sire_billing_customers (customer_id)`
  yield* sql`CREATE TABLE sire_billing_events (
    id text COLLATE "C" PRIMARY KEY,
    type text NOT NULL,
    processed_at bigint NOT NULL
  )`
})

/** The marketplace: MCP servers registered by an organization, and the tools it installed. */
const marketplace = Effect.gen(function*() {
  const sql = yield* SqlClient.SqlClient
  yield* sql`CREATE TABLE sire_mcp_servers (
    id text COLLATE "C" PRIMARY KEY,
    organization_id text COLLATE "C" NOT NULL REFERENCES sire_organizations (id) ON DELETE CASCADE,
    name text NOT NULL,
    url text NOT NULL,
    created_at bigint NOT NULL
  )`
  yield* sql`CREATE INDEX sire_mcp_servers_organization ON sire_mcp_servers (organization_id, created_at)`
  yield* sql`CREATE TABLE sire_mcp_installs (
    organization_id text COLLATE "C" NOT NULL REFERENCES sire_organizations (id) ON DELETE CASCADE,
    tool_id text COLLATE "C" NOT NULL,
    server_id text COLLATE "C" NOT NULL,
    name text NOT NULL,
    installed_at bigint NOT NULL,
    PRIMARY KEY (organization_id, tool_id)
  )`
})

/** Payloads delivered to waiting `waitForEvent` nodes: one per (execution, node), the first delivery wins. */
const executionSignals = Effect.gen(function*() {
  const sql = yield* SqlClient.SqlClient
  yield* sql`CREATE TABLE sire_execution_signals (
    organization_id text COLLATE "C" NOT NULL,
    execution_id text COLLATE "C" NOT NULL,
    node_id text COLLATE "C" NOT NULL,
    payload text NOT NULL,
    created_at bigint NOT NULL,
    PRIMARY KEY (execution_id, node_id)
  )`
})

/** Triggers: one row per `schedule` trigger node (its next due slot) and per `webhook` trigger node (its token, stored as SHA-256). */
const triggers = Effect.gen(function*() {
  const sql = yield* SqlClient.SqlClient
  yield* sql`CREATE TABLE sire_schedules (
    organization_id text COLLATE "C" NOT NULL REFERENCES sire_organizations (id) ON DELETE CASCADE,
    workflow_id text COLLATE "C" NOT NULL,
    node_id text COLLATE "C" NOT NULL,
    cron text NOT NULL,
    timezone text NOT NULL,
    missed text NOT NULL,
    next_run_at bigint,
    updated_at bigint NOT NULL,
    PRIMARY KEY (workflow_id, node_id)
  )`
  yield* sql`CREATE INDEX sire_schedules_due ON sire_schedules (next_run_at) WHERE next_run_at IS NOT NULL`
  yield* sql`CREATE INDEX sire_schedules_organization ON sire_schedules (organization_id, workflow_id)`
  yield* sql`CREATE TABLE sire_hooks (
    token_hash text COLLATE "C" PRIMARY KEY,
    organization_id text COLLATE "C" NOT NULL REFERENCES sire_organizations (id) ON DELETE CASCADE,
    workflow_id text COLLATE "C" NOT NULL,
    node_id text COLLATE "C" NOT NULL,
    created_at bigint NOT NULL,
    UNIQUE (workflow_id, node_id)
  )`
})

/**
 * Who a request's credentials stand for changes with these tables: their updates and deletes
 * notify `auth` (caches drop every principal); webhook endpoints notify `webhooks`.
 */
const authChanges = Effect.gen(function*() {
  for (const table of ["sire_organizations", "sire_memberships", "sire_sessions", "sire_api_keys"]) {
    yield* SqlMigrations.notifyChanges({ prefix: "sire_server", table, topic: "auth" })
  }
  // which events an organization's endpoints want (cached by the webhook producer), endpoints added included
  yield* SqlMigrations.notifyChanges({ prefix: "sire_server", table: "sire_webhook_endpoints", topic: "webhooks", inserts: true })
})

/**
 * Credentials are sent only to their `allowedHosts` now (required when one is stored); those stored
 * before with none — which meant anywhere — are sent nowhere until an admin lists some. Each
 * organization holding such credentials is told once, by a notification to everyone in it that
 * names them (`data.credentialIds` holds every id).
 */
const credentialHosts = Effect.gen(function*() {
  const sql = yield* SqlClient.SqlClient
  const rows = yield* sql<{ readonly organizationId: string; readonly id: string; readonly name: string }>`
    SELECT organization_id AS "organizationId", id, name FROM sire_credentials
    WHERE allowed_hosts = '[]' ORDER BY organization_id, created_at, id`
  const byOrganization = new Map<string, Array<{ readonly id: string; readonly name: string }>>()
  for (const row of rows) byOrganization.set(row.organizationId, [...(byOrganization.get(row.organizationId) ?? []), row])
  const now = yield* Clock.currentTimeMillis
  for (const [organizationId, credentials] of byOrganization) {
    const named = credentials.slice(0, 20).map((credential) => `${credential.name} (${credential.id})`).join(", ")
    const more = credentials.length > 20 ? ` and ${credentials.length - 20} more` : ""
    const body = `Credentials are now sent only to the hosts listed in their allowedHosts. These have none, so the nodes ` +
      `that use them fail until an admin lists the hosts each may go to (PATCH /api/v1/credentials/<id> ` +
      `{ "allowedHosts": ["api.example.com"] }): ${named}${more}.`
    const id = yield* Id.make<string>("ntf")
    yield* sql`INSERT INTO sire_notifications (id, organization_id, user_id, kind, title, body, data, dedupe_key, created_at)
      VALUES (${id}, ${organizationId}, NULL, 'credentials.hosts-required',
        'Credentials without allowed hosts are no longer sent', ${body},
        ${JSON.stringify({ credentialIds: credentials.map((credential) => credential.id) })},
        'credentials.hosts-required', ${now})
      ON CONFLICT (organization_id, dedupe_key) DO NOTHING`
  }
})

/** Sign-in attempts per account key (a digest of the email), for the throttle on PostgreSQL (`auth/SqlLoginThrottle.ts`). */
const loginAttempts = Effect.gen(function*() {
  const sql = yield* SqlClient.SqlClient
  yield* sql`CREATE TABLE sire_login_attempts (
    key text COLLATE "C" PRIMARY KEY,
    attempts integer NOT NULL,
    last_at bigint NOT NULL
  )`
})

/**
 * Public chat: deployments (a workflow published for a website, with its publishable key), and
 * visitor sessions: chat sessions of a deployment, found by the hash of their visitor token.
 */
const chatDeployments = Effect.gen(function*() {
  const sql = yield* SqlClient.SqlClient
  yield* sql`CREATE TABLE sire_chat_deployments (
    id text COLLATE "C" PRIMARY KEY,
    organization_id text COLLATE "C" NOT NULL REFERENCES sire_organizations (id) ON DELETE CASCADE,
    workflow_id text COLLATE "C" NOT NULL,
    publishable_key text COLLATE "C" NOT NULL UNIQUE,
    settings text NOT NULL,
    enabled boolean NOT NULL,
    created_at bigint NOT NULL,
    updated_at bigint NOT NULL
  )`
  yield* sql`CREATE INDEX sire_chat_deployments_listing ON sire_chat_deployments (organization_id, created_at DESC, id DESC)`
  yield* sql`ALTER TABLE sire_chat_sessions
    ADD COLUMN deployment_id text COLLATE "C" REFERENCES sire_chat_deployments (id) ON DELETE SET NULL,
    ADD COLUMN visitor_token_hash text COLLATE "C"`
  yield* sql`CREATE UNIQUE INDEX sire_chat_sessions_visitor ON sire_chat_sessions (visitor_token_hash) WHERE visitor_token_hash IS NOT NULL`
  yield* sql`CREATE INDEX sire_chat_messages_execution ON sire_chat_messages (execution_id) WHERE execution_id IS NOT NULL`
})

/**
 * Retention: an organization's own period (`retention/Policies.ts`), and the table of periodic
 * maintenance jobs (the next time each is due), which every process claims by a conditional
 * update so that one of them runs it per period (`retention/Job.ts`).
 */
const retention = Effect.gen(function*() {
  const sql = yield* SqlClient.SqlClient
  yield* sql`CREATE TABLE sire_retention_policies (
    organization_id text COLLATE "C" PRIMARY KEY REFERENCES sire_organizations (id) ON DELETE CASCADE,
    days integer NOT NULL,
    updated_by text NOT NULL,
    updated_at bigint NOT NULL
  )`
  yield* sql`CREATE TABLE sire_maintenance (
    job text COLLATE "C" PRIMARY KEY,
    next_run_at bigint NOT NULL,
    last_run_at bigint,
    last_run_by text
  )`
})

/**
 * Pausing schedules: a paused schedule keeps its row (and its pause across workflow saves) with no
 * due slot, and the scheduler's claim passes over it (`triggers/Triggers.ts`).
 */
const schedulePause = Effect.gen(function*() {
  const sql = yield* SqlClient.SqlClient
  yield* sql`ALTER TABLE sire_schedules ADD COLUMN paused boolean NOT NULL DEFAULT false`
})

/**
 * Mail that leaves the server: the outbox becomes a durable queue (`mail/MailQueue.ts`). A message
 * is `pending` until the sender (`mail/Sender.ts`) delivers it (`sent`) or gives up (`failed`);
 * `kept` is mail written while no SMTP server is configured, which is never sent later. The claim
 * moves `next_attempt_at` ahead as a lease, so that one process sends each message. Users opt in
 * to notification e-mails (`email_notifications`).
 */
const mailQueue = Effect.gen(function*() {
  const sql = yield* SqlClient.SqlClient
  yield* sql`ALTER TABLE sire_mail_outbox ADD COLUMN html text`
  yield* sql`ALTER TABLE sire_mail_outbox ADD COLUMN status text NOT NULL DEFAULT 'kept'`
  yield* sql`ALTER TABLE sire_mail_outbox ADD COLUMN attempts integer NOT NULL DEFAULT 0`
  yield* sql`ALTER TABLE sire_mail_outbox ADD COLUMN next_attempt_at bigint`
  yield* sql`ALTER TABLE sire_mail_outbox ADD COLUMN last_error text`
  yield* sql`ALTER TABLE sire_mail_outbox ADD COLUMN sent_at bigint`
  yield* sql`CREATE INDEX sire_mail_outbox_due ON sire_mail_outbox (next_attempt_at) WHERE status = 'pending'`
  yield* sql`ALTER TABLE sire_users ADD COLUMN email_notifications boolean NOT NULL DEFAULT false`
})

/**
 * Publishing (`versions/Publications.ts`): which frozen version of a workflow its webhook, schedule
 * and chat triggers run (no row: unpublished), and who froze each version (and from which one a
 * restore copied it). Existing workflows keep running what they ran: each one whose draft is not
 * already its latest version gets its draft frozen as the next version, and is published at it.
 * (On a fresh database the stores' tables do not exist yet: there is nothing to carry over.)
 */
const publishing = Effect.gen(function*() {
  const sql = yield* SqlClient.SqlClient
  yield* sql`CREATE TABLE sire_publications (
    workflow_id text COLLATE "C" PRIMARY KEY,
    organization_id text COLLATE "C" NOT NULL REFERENCES sire_organizations (id) ON DELETE CASCADE,
    version integer NOT NULL,
    published_at bigint NOT NULL,
    published_by text
  )`
  yield* sql`CREATE INDEX sire_publications_organization ON sire_publications (organization_id)`
  yield* sql`CREATE TABLE sire_version_authors (
    workflow_id text COLLATE "C" NOT NULL,
    version integer NOT NULL,
    organization_id text COLLATE "C" NOT NULL REFERENCES sire_organizations (id) ON DELETE CASCADE,
    created_by text NOT NULL,
    restored_from integer,
    PRIMARY KEY (workflow_id, version)
  )`
  const [found] = yield* sql<{ readonly present: boolean | string | null }>`SELECT to_regclass('sire_workflows') IS NOT NULL AS present`
  if (found?.present !== true && found?.present !== "t" && found?.present !== "true") return
  const now = yield* Clock.currentTimeMillis
  yield* sql`INSERT INTO sire_workflow_versions (workflow_id, organization_id, version, document, created_at)
    SELECT w.id, w.organization_id,
      (SELECT COALESCE(MAX(v.version), 0) + 1 FROM sire_workflow_versions v WHERE v.workflow_id = w.id),
      w.document, ${now}
    FROM sire_workflows w
    WHERE NOT EXISTS (SELECT 1 FROM sire_workflow_versions v
      WHERE v.workflow_id = w.id AND v.version = w.latest_version AND v.document = w.document)`
  yield* sql`UPDATE sire_workflows w SET latest_version = m.version
    FROM (SELECT workflow_id, MAX(version) AS version FROM sire_workflow_versions GROUP BY workflow_id) m
    WHERE m.workflow_id = w.id AND w.latest_version IS DISTINCT FROM m.version`
  yield* sql`INSERT INTO sire_publications (workflow_id, organization_id, version, published_at, published_by)
    SELECT w.id, w.organization_id, w.latest_version, ${now}, NULL
    FROM sire_workflows w JOIN sire_organizations o ON o.id = w.organization_id
    WHERE w.latest_version IS NOT NULL
    ON CONFLICT (workflow_id) DO NOTHING`
})

/**
 * The audit log (`audit/SqlAuditLog.ts`): one row per action someone took in an organization, with
 * its actor, resource, request and outcome. Rows are only ever inserted; the listing is newest
 * first per organization, filtered by action, resource, actor and time.
 */
const auditLog = Effect.gen(function*() {
  const sql = yield* SqlClient.SqlClient
  yield* sql`CREATE TABLE sire_audit_log (
    id text COLLATE "C" PRIMARY KEY,
    organization_id text COLLATE "C" NOT NULL REFERENCES sire_organizations (id) ON DELETE CASCADE,
    action text COLLATE "C" NOT NULL,
    resource_type text COLLATE "C" NOT NULL,
    resource_id text COLLATE "C",
    actor_type text NOT NULL,
    actor_id text COLLATE "C",
    actor_user_id text COLLATE "C",
    actor_label text,
    outcome text NOT NULL,
    reason text,
    request_id text,
    address text,
    user_agent text,
    created_at bigint NOT NULL
  )`
  yield* sql`CREATE INDEX sire_audit_log_listing ON sire_audit_log (organization_id, created_at DESC, id DESC)`
  yield* sql`CREATE INDEX sire_audit_log_resource ON sire_audit_log (organization_id, resource_id) WHERE resource_id IS NOT NULL`
  yield* sql`CREATE INDEX sire_audit_log_actor ON sire_audit_log (organization_id, actor_id) WHERE actor_id IS NOT NULL`
})

/**
 * Bulk actions on executions (`bulk/`): an operation holds its action, its filter, the time its
 * selection was taken (`snapshot_at`), its progress (a keyset cursor over `created_at, id` and
 * counters) and a lease, so that one process at a time advances it by a batch and another resumes
 * it after a restart.
 */
const bulkOperations = Effect.gen(function*() {
  const sql = yield* SqlClient.SqlClient
  yield* sql`CREATE TABLE sire_bulk_operations (
    id text PRIMARY KEY,
    organization_id text NOT NULL,
    action text NOT NULL,
    filter jsonb NOT NULL,
    plan text NOT NULL,
    created_by text,
    status text NOT NULL,
    total integer NOT NULL,
    processed integer NOT NULL DEFAULT 0,
    succeeded integer NOT NULL DEFAULT 0,
    skipped integer NOT NULL DEFAULT 0,
    failed integer NOT NULL DEFAULT 0,
    errors jsonb NOT NULL DEFAULT '[]'::jsonb,
    cursor_created_at bigint,
    cursor_id text,
    snapshot_at bigint NOT NULL,
    lease_until bigint NOT NULL DEFAULT 0,
    lease_token text,
    created_at bigint NOT NULL,
    updated_at bigint NOT NULL,
    finished_at bigint
  )`
  yield* sql`CREATE INDEX sire_bulk_operations_due ON sire_bulk_operations (lease_until) WHERE status = 'running'`
})

/**
 * Sign-in with providers (`oauth/Store.ts`): flows in progress keyed by the hash of the browser's
 * flow cookie, the one-time codes traded for a session, and the provider identities linked to users.
 */
const oauth = Effect.gen(function*() {
  const sql = yield* SqlClient.SqlClient
  yield* sql`CREATE TABLE sire_oauth_flows (
    cookie_hash text COLLATE "C" PRIMARY KEY,
    provider text NOT NULL,
    state text NOT NULL,
    code_verifier text NOT NULL,
    nonce text NOT NULL,
    return_to text NOT NULL,
    created_at bigint NOT NULL,
    expires_at bigint NOT NULL,
    used_at bigint
  )`
  yield* sql`CREATE INDEX sire_oauth_flows_expiry ON sire_oauth_flows (expires_at)`
  yield* sql`CREATE TABLE sire_oauth_codes (
    hash text COLLATE "C" PRIMARY KEY,
    user_id text COLLATE "C" NOT NULL REFERENCES sire_users (id) ON DELETE CASCADE,
    organization_id text COLLATE "C" NOT NULL REFERENCES sire_organizations (id) ON DELETE CASCADE,
    created_at bigint NOT NULL,
    expires_at bigint NOT NULL,
    used_at bigint
  )`
  yield* sql`CREATE INDEX sire_oauth_codes_expiry ON sire_oauth_codes (expires_at)`
  yield* sql`CREATE TABLE sire_oauth_identities (
    provider text COLLATE "C" NOT NULL,
    subject text COLLATE "C" NOT NULL,
    user_id text COLLATE "C" NOT NULL REFERENCES sire_users (id) ON DELETE CASCADE,
    email text NOT NULL,
    created_at bigint NOT NULL,
    PRIMARY KEY (provider, subject)
  )`
  yield* sql`CREATE INDEX sire_oauth_identities_user ON sire_oauth_identities (user_id)`
})

/**
 * Publishing and unpublishing notify `publications` (inserts too: a workflow's publication is cached
 * as absent until it is published), so every process's `Publications.liveOf` drops what it read.
 */
const publicationChanges = SqlMigrations.notifyChanges({ prefix: "sire_server", table: "sire_publications", topic: "publications", inserts: true })

/** Every server migration, by `<id>_<name>`. */
export const migrations: Migrator.Loader = Migrator.fromRecord({ "0001_accounts": accounts, "0002_credentials": credentials, "0003_teams": teams, "0004_notifications": notifications, "0005_webhooks": webhooks, "0006_billing": billing, "0007_chat": chat, "0008_marketplace": marketplace, "0009_execution_signals": executionSignals, "0010_triggers": triggers, "0011_auth_changes": authChanges, "0012_credential_hosts": credentialHosts, "0013_login_attempts": loginAttempts, "0014_chat_deployments": chatDeployments, "0015_retention": retention, "0016_schedule_pause": schedulePause, "0017_mail_queue": mailQueue, "0018_audit_log": auditLog, "0019_publishing": publishing, "0020_bulk_operations": bulkOperations, "0021_oauth": oauth, "0022_publication_changes": publicationChanges })

/** Applies the server migrations not yet applied; running it again is a no-op. */
export const migrate: Effect.Effect<
  ReadonlyArray<readonly [id: number, name: string]>,
  Migrator.MigrationError | SqlError,
  SqlClient.SqlClient
> = SqlMigrations.serialized(migrations, table)

/** Runs the server migrations when the layer is built. */
export const layer: Layer.Layer<never, Migrator.MigrationError | SqlError, SqlClient.SqlClient> = Layer.effectDiscard(migrate)
