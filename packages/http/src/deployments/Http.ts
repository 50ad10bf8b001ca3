/**
 * Handlers of the chat deployments group.
 *
 * @since 0.1.0
 */
import { HttpApiBuilder, HttpServerRequest } from "@effect/platform"
import { Clock, Effect, Option } from "effect"
import { Sire } from "@sire/core/Sire"
import { SireApi } from "../Api.js"
import { audited } from "../audit/Audited.js"
import { authorize, type Principal } from "../auth/Principal.js"
import { internal, notFound } from "../Errors.js"
import { defaultLimit, pageResponse, seconds } from "../Schemas.js"
import type { CreateDeployment, UpdateDeployment } from "./Api.js"
import { defaultLimits, type Deployment, Deployments, type Settings } from "./Deployments.js"

/** A deployment as the API shows it (times in unix seconds). */
const show = (deployment: Deployment) => ({
  id: deployment.id,
  workflowId: deployment.workflowId,
  publishableKey: deployment.publishableKey,
  ...deployment.settings,
  enabled: deployment.enabled,
  createdAt: seconds(deployment.createdAt),
  updatedAt: seconds(deployment.updatedAt)
})

type Fields = Omit<typeof UpdateDeployment.Type, "workflowId" | "enabled">

/** The settings `fields` make of `base` (absent fields kept; `theme` and `limits` filled with their defaults). */
const settingsOf = (base: Settings, fields: Fields): Settings => ({
  allowedOrigins: fields.allowedOrigins !== undefined ? [...new Set(fields.allowedOrigins)] : base.allowedOrigins,
  title: fields.title !== undefined ? fields.title : base.title,
  greeting: fields.greeting !== undefined ? fields.greeting : base.greeting,
  suggestions: fields.suggestions ?? base.suggestions,
  theme: fields.theme !== undefined
    ? { ...(fields.theme.accent !== undefined ? { accent: fields.theme.accent } : {}), scheme: fields.theme.scheme ?? "auto" }
    : base.theme,
  limits: fields.limits !== undefined
    ? {
      visitorMessagesPerMinute: fields.limits.visitorMessagesPerMinute ?? defaultLimits.visitorMessagesPerMinute,
      addressMessagesPerMinute: fields.limits.addressMessagesPerMinute ?? defaultLimits.addressMessagesPerMinute
    }
    : base.limits
})

const blank: Settings = { allowedOrigins: [], title: null, greeting: null, suggestions: [], theme: { scheme: "auto" }, limits: defaultLimits }

const deploymentNotFound = (id: string) => notFound(`chat deployment ${id} not found`)

/** The chat deployments group's handlers. */
export const DeploymentsLive = HttpApiBuilder.group(SireApi, "chatDeployments", (handlers) =>
  Effect.gen(function*() {
    const sire = yield* Sire
    const deployments = yield* Deployments

    const workflowOf = (principal: Principal, workflowId: string) =>
      sire.getWorkflow(workflowId, { organizationId: principal.organizationId }).pipe(
        Effect.catchTags({
          WorkflowNotFound: () => notFound(`workflow ${workflowId} not found`),
          WorkflowStoreError: internal
        })
      )
    const found = (id: string) => Option.match({ onNone: () => deploymentNotFound(id), onSome: (d: Deployment) => Effect.succeed(show(d)) })

    return handlers
      .handle("create", ({ payload }: { readonly payload: typeof CreateDeployment.Type }) =>
        audited({ action: "chat_deployment.created", resourceType: "chat_deployment", resourceId: (created) => created.id }, Effect.gen(function*() {
          const principal = yield* authorize("chat.deploy")
          const workflow = yield* workflowOf(principal, payload.workflowId)
          const created = yield* deployments.create(principal.organizationId, {
            workflowId: workflow.id,
            settings: settingsOf(blank, { ...payload, theme: payload.theme ?? {}, limits: payload.limits ?? {} }),
            enabled: payload.enabled ?? true
          }, yield* Clock.currentTimeMillis)
          return show(created)
        }).pipe(Effect.catchTag("SqlError", internal))))
      .handle("list", ({ urlParams }) =>
        Effect.gen(function*() {
          const principal = yield* authorize("chat.read")
          const request = yield* HttpServerRequest.HttpServerRequest
          const page = yield* deployments.list(principal.organizationId, urlParams.limit ?? defaultLimit, urlParams.cursor)
          return pageResponse(page.items.map(show), page.nextCursor, request.url)
        }).pipe(Effect.catchTag("SqlError", internal)))
      .handle("get", ({ path }) =>
        Effect.gen(function*() {
          const principal = yield* authorize("chat.read")
          return yield* found(path.id)(yield* deployments.get(principal.organizationId, path.id))
        }).pipe(Effect.catchTag("SqlError", internal)))
      .handle("update", ({ path, payload }) =>
        audited({ action: "chat_deployment.updated", resourceType: "chat_deployment", resourceId: path.id }, Effect.gen(function*() {
          const principal = yield* authorize("chat.deploy")
          const current = yield* deployments.get(principal.organizationId, path.id)
          if (Option.isNone(current)) return yield* deploymentNotFound(path.id)
          const { enabled, workflowId, ...fields } = payload
          if (workflowId !== undefined) yield* workflowOf(principal, workflowId)
          const updated = yield* deployments.update(principal.organizationId, path.id, {
            settings: settingsOf(current.value.settings, fields),
            ...(workflowId !== undefined ? { workflowId } : {}),
            ...(enabled !== undefined ? { enabled } : {})
          }, yield* Clock.currentTimeMillis)
          return yield* found(path.id)(updated)
        }).pipe(Effect.catchTag("SqlError", internal))))
      .handle("delete", ({ path }) =>
        audited({ action: "chat_deployment.deleted", resourceType: "chat_deployment", resourceId: path.id }, Effect.gen(function*() {
          const principal = yield* authorize("chat.deploy")
          if (!(yield* deployments.remove(principal.organizationId, path.id))) return yield* deploymentNotFound(path.id)
        }).pipe(Effect.catchTag("SqlError", internal))))
      .handle("rotateKey", ({ path }) =>
        audited({ action: "chat_deployment.key_rotated", resourceType: "chat_deployment", resourceId: path.id }, Effect.gen(function*() {
          const principal = yield* authorize("chat.deploy")
          return yield* found(path.id)(yield* deployments.rotate(principal.organizationId, path.id, yield* Clock.currentTimeMillis))
        }).pipe(Effect.catchTag("SqlError", internal))))
  }))
