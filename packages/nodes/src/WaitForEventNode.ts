/**
 * The `waitForEvent` node: parks the execution durably (no fiber held) until a payload is
 * delivered to it — `POST /api/v1/executions/:id/resume` or the signed `execution.resumeUrl` —
 * and outputs that payload. With `timeoutMs`, it leaves through its `error` handle with
 * `{ error: "no event within <n> ms" }` once that long has passed since it first ran (the
 * deadline is kept in its checkpoint, so re-runs never move it). `event` names the event, so a
 * resume may target the node by it.
 *
 * Each run reads the store (`Signals`): a stored payload wins over an expired timeout, so a
 * resume that lands before the deadline is never lost to a late run.
 *
 * @since 0.1.0
 */
import { Clock, Effect, Option, Schema } from "effect"
import * as NodeType from "@sire/core/NodeType"
import { Signals } from "./Signals.js"

/** The node type's name. */
export const type = "waitForEvent"

/** The longest `timeoutMs` a node may ask for (a year). */
export const maxTimeoutMs = 366 * 24 * 3_600_000

/** The `waitForEvent` node's params. */
export const Params = Schema.Struct({
  timeoutMs: Schema.optional(Schema.Int.pipe(Schema.between(1, maxTimeoutMs))),
  event: Schema.optional(Schema.String.pipe(Schema.minLength(1), Schema.maxLength(200)))
})

/** The `waitForEvent` node's decoded params. */
export type Params = typeof Params.Type

/** The deadline saved by an earlier run, if any. */
const savedDeadline = (checkpoint: unknown): number | undefined => {
  const deadline = typeof checkpoint === "object" && checkpoint !== null ? (checkpoint as { deadline?: unknown }).deadline : undefined
  return typeof deadline === "number" ? deadline : undefined
}

/** The `waitForEvent` node type over the signal store in context. */
export const make = Effect.gen(function*() {
  const signals = yield* Signals
  return NodeType.make({
    type,
    description: "Waits (durably, without holding a fiber) until a payload is delivered by a resume; outputs the payload.",
    params: Params,
    handles: (params) => (params.timeoutMs !== undefined ? ["out", "error"] : ["out"]),
    run: (ctx) =>
      Effect.gen(function*() {
        const delivered = yield* signals.get({
          organizationId: ctx.execution.organizationId,
          executionId: ctx.execution.id,
          nodeId: ctx.node.id
        }).pipe(Effect.mapError(() => new NodeType.NodeError({ message: "the delivered events could not be read", retryable: true })))
        if (Option.isSome(delivered)) return delivered.value
        const timeoutMs = ctx.params.timeoutMs
        if (timeoutMs === undefined) return NodeType.suspend({ checkpoint: ctx.checkpoint ?? { waiting: true } })
        const now = yield* Clock.currentTimeMillis
        const deadline = savedDeadline(ctx.checkpoint) ?? now + timeoutMs
        if (now >= deadline) return NodeType.route("error", { error: `no event within ${timeoutMs} ms` })
        return NodeType.suspend({ wakeAt: deadline, checkpoint: { deadline } })
      })
  })
})
