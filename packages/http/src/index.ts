/**
 * @sire/http — the Sire REST API (`HttpApi`), its handlers and the bundled server (`sire serve`).
 *
 * @since 0.1.0
 */
export * as Accounts from "./auth/Accounts.js"
export * as Api from "./Api.js"
export * as ApiKeys from "./apikeys/ApiKeys.js"
export * as Authentication from "./auth/Authentication.js"
export * as Billing from "./billing/Billing.js"
export * as Chat from "./chat/Chat.js"
export * as Credentials from "./credentials/Credentials.js"
export * as CredentialCipher from "./credentials/Cipher.js"
export * as EgressGuard from "./egress/EgressGuard.js"
export * as Errors from "./Errors.js"
export * as Mailer from "./auth/Mailer.js"
export * as NotificationProducers from "./notifications/Producers.js"
export * as Notifications from "./notifications/Notifications.js"
export * as Principal from "./auth/Principal.js"
export * as RequestGuard from "./RequestGuard.js"
export * as Roles from "./auth/Roles.js"
export * as Server from "./Server.js"
export * as ServerConfig from "./ServerConfig.js"
export * as ServerMigrations from "./ServerMigrations.js"
export * as Settings from "./Settings.js"
export * as Teams from "./teams/Teams.js"
export * as Tokens from "./auth/Tokens.js"
export * as WebhookDelivery from "./webhooks/Delivery.js"
export * as Webhooks from "./webhooks/Webhooks.js"
