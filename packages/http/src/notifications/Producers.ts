/**
 * The system's own notification producers: execution failures (a background fiber over this
 * process's event hub, so with several servers each failure is notified by the one that ran it)
 * and the monthly quota at 80% and 100% (checked after each start). Invitations and disabled
 * webhook endpoints call `Notifications.notify` from their own features.
 *
 * @since 0.1.0
 */
import { Cause, Effect, Layer, Option, Queue } from "effect"
import type { Failure } from "@sire/core/Execution"
import { ExecutionEvents } from "@sire/core/ExecutionEvents"
import type { OrganizationId } from "@sire/core/Id"
import { Quota } from "@sire/core/Quota"
import { Sire } from "@sire/core/Sire"
import { Notifications } from "./Notifications.js"

interface FailedExecution {
  readonly organizationId: string
  readonly executionId: string
  readonly error: Failure
}

/** The notification of one failed execution: the title names the workflow and the node, the body is the error. */
const failureNotice = (failed: FailedExecution, workflow: { readonly id: string; readonly name: string } | undefined) => ({
  organizationId: failed.organizationId,
  kind: "execution.failed",
  title: `${workflow === undefined ? "An execution" : `Workflow "${workflow.name}"`} failed` +
    (failed.error.nodeId !== undefined ? ` at node "${failed.error.nodeId}"` : ""),
  body: failed.error.message,
  data: {
    executionId: failed.executionId,
    ...(workflow !== undefined ? { workflowId: workflow.id } : {}),
    ...(failed.error.nodeId !== undefined ? { nodeId: failed.error.nodeId } : {})
  },
  dedupeKey: `execution.failed:${failed.executionId}`
})

/**
 * Notifies the organization of every execution that fails in this process (once per execution):
 * subscribes to the event hub and creates the notifications from a scoped background fiber.
 */
export const executionFailures: Layer.Layer<never, never, ExecutionEvents | Sire | Notifications> = Layer.scopedDiscard(
  Effect.gen(function*() {
    const hub = yield* ExecutionEvents
    const sire = yield* Sire
    const notifications = yield* Notifications
    const failed = yield* Queue.unbounded<FailedExecution>()
    yield* hub.listenAll(({ events, executionId, organizationId }) => {
      if (organizationId === undefined) return
      for (const event of events) {
        if (event._tag === "execution.failed") Queue.unsafeOffer(failed, { organizationId, executionId, error: event.error })
      }
    })
    const notice = (execution: FailedExecution) =>
      sire.get(execution.executionId, { organizationId: execution.organizationId as OrganizationId }).pipe(
        Effect.map((found) => ({ id: found.workflowId, name: found.document.name })),
        Effect.option,
        Effect.flatMap((workflow) => notifications.notify(failureNotice(execution, Option.getOrUndefined(workflow)))),
        Effect.catchAllCause((cause) =>
          Effect.logWarning(`could not notify the failure of execution ${execution.executionId}`, Cause.squash(cause))
        )
      )
    yield* Effect.forkScoped(Effect.forever(
      Effect.flatMap(Queue.takeBetween(failed, 1, 64), (batch) => Effect.forEach(batch, notice, { concurrency: 4, discard: true }))
    ))
  })
)

/**
 * Builds the quota check run after each start: when the organization's plan has a finite limit
 * and its executions this month reached 80% (`quota.warning`) or 100% (`quota.reached`) of it,
 * notifies the organization, once per month and threshold. Unlimited plans cost nothing after the
 * first look; a threshold already notified by this process costs one read.
 */
export const quotaNotices = Effect.gen(function*() {
  const quota = yield* Effect.serviceOption(Quota)
  const notifications = yield* Notifications
  const unlimited = new Set<string>()
  let period = ""
  const sent = new Set<string>()
  return (organizationId: string, plan: string): Effect.Effect<void> => {
    if (Option.isNone(quota) || unlimited.has(plan)) return Effect.void
    return Effect.gen(function*() {
      const usage = yield* quota.value.usage({ organizationId, plan })
      if (usage.limit === null) return void unlimited.add(plan)
      if (usage.limit <= 0) return
      const threshold = usage.current >= usage.limit ? 100 : usage.current * 5 >= usage.limit * 4 ? 80 : undefined
      if (threshold === undefined) return
      if (usage.period !== period) {
        period = usage.period
        sent.clear()
      }
      const dedupeKey = `quota:${threshold}:${organizationId}:${usage.period}`
      if (sent.has(dedupeKey)) return
      yield* notifications.notify({
        organizationId,
        kind: threshold === 100 ? "quota.reached" : "quota.warning",
        title: threshold === 100
          ? "Monthly execution limit reached"
          : "80% of this month's executions used",
        body: threshold === 100
          ? `Your organization has used all ${usage.limit} executions its ${plan} plan allows this month (${usage.period}); ` +
            `further starts are refused until ${new Date(usage.resetsAt * 1000).toISOString().slice(0, 10)}. Upgrade to keep running.`
          : `Your organization has started ${usage.current} of the ${usage.limit} executions its ${plan} plan allows this month (${usage.period}).`,
        data: { threshold, plan, limit: usage.limit, current: usage.current, period: usage.period, resetsAt: usage.resetsAt },
        dedupeKey
      })
      sent.add(dedupeKey)
    }).pipe(
      Effect.catchAllCause((cause) => Effect.logWarning(`could not check the quota of ${organizationId}`, Cause.squash(cause)))
    )
  }
})
