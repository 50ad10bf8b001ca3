/**
 * Handlers of the retention settings group.
 *
 * @since 0.1.0
 */
import { HttpApiBuilder } from "@effect/platform"
import { Clock, Effect, Option } from "effect"
import { SireApi } from "../Api.js"
import { authorize } from "../auth/Principal.js"
import { internal } from "../Errors.js"
import { seconds } from "../Schemas.js"
import { Settings } from "../Settings.js"
import { Policies, type Policy } from "./Policies.js"

/** The answer for an organization's own policy, if any, under the server's period. */
const show = (serverDays: number, own: Option.Option<Policy>) =>
  Option.match(own, {
    onNone: () => ({ days: serverDays, serverDays, organizationDays: null }),
    onSome: (policy) => ({
      days: policy.days,
      serverDays,
      organizationDays: policy.days,
      updatedBy: policy.updatedBy,
      updatedAt: seconds(policy.updatedAt)
    })
  })

/** The retention group's handlers. */
export const RetentionLive = HttpApiBuilder.group(SireApi, "retention", (handlers) =>
  Effect.gen(function*() {
    const policies = yield* Policies
    const serverDays = (yield* Settings).retentionDays ?? 30
    return handlers
      .handle("get", () =>
        Effect.gen(function*() {
          const principal = yield* authorize("retention.read")
          return show(serverDays, yield* policies.get(principal.organizationId))
        }).pipe(Effect.catchTag("SqlError", internal)))
      .handle("set", ({ payload }) =>
        Effect.gen(function*() {
          const principal = yield* authorize("retention.write")
          if (payload.days === null) {
            yield* policies.clear(principal.organizationId)
            return show(serverDays, Option.none())
          }
          const policy = { days: payload.days, updatedBy: principal.userId, updatedAt: yield* Clock.currentTimeMillis }
          yield* policies.set(principal.organizationId, policy)
          return show(serverDays, Option.some(policy))
        }).pipe(Effect.catchTag("SqlError", internal)))
  }))
