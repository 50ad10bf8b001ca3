/**
 * The built-in node types of CONTRACT §3 whose names are part of the contract.
 *
 * @since 0.1.0
 */
import { Clock, Effect, Schema } from "effect"
import { equals } from "./Json.js"
import * as NodeType from "./NodeType.js"

const Value = Schema.Unknown

/** Entry node: outputs the execution's input. */
export const trigger = NodeType.make({
  type: "trigger",
  pure: true,
  description: "Starts the workflow and outputs its input.",
  params: Schema.Struct({
    kind: Schema.optional(Schema.Literal("api", "manual", "webhook", "schedule", "chat", "mcp")),
    cron: Schema.optional(Schema.String),
    timezone: Schema.optional(Schema.String),
    missed: Schema.optional(Schema.Literal("skip", "runOnce")),
    credentialId: Schema.optional(Schema.String),
    toleranceSeconds: Schema.optional(Schema.Int.pipe(Schema.between(1, 86_400)))
  }),
  run: (ctx) => Effect.succeed(ctx.execution.input)
})

/** Outputs `value` (templates resolved). */
export const transform = NodeType.make({
  type: "transform",
  pure: true,
  description: "Builds a value from templates.",
  params: Schema.Struct({ value: Value }),
  run: (ctx) => Effect.succeed(ctx.params.value)
})

/** Whether a value counts as true: not null, false, 0, NaN, "" or an empty array. */
export const isTruthy = (value: unknown): boolean =>
  Array.isArray(value) ? value.length > 0 : Boolean(value)

/** Leaves through `true` or `false`; outputs the boolean. */
export const condition = NodeType.make({
  type: "condition",
  pure: true,
  description: "Branches on an expression: `true` or `false` handle.",
  params: Schema.Struct({ expression: Value }),
  handles: ["true", "false"],
  run: (ctx) => {
    const result = isTruthy(ctx.params.expression)
    return Effect.succeed(NodeType.route(result ? "true" : "false", result))
  }
})

const caseNames = (params: Readonly<Record<string, unknown>>): ReadonlyArray<string> => {
  const cases = params.cases
  if (!Array.isArray(cases)) return []
  return cases.flatMap((c) => (c && typeof c === "object" && typeof c.name === "string" ? [c.name] : []))
}

/** Leaves through the first case whose `equals` matches `value`, else `default`; outputs the value. */
export const switchNode = NodeType.make({
  type: "switch",
  pure: true,
  description: "Branches on a value: one handle per case name, plus `default`.",
  params: Schema.Struct({
    value: Value,
    cases: Schema.Array(Schema.Struct({ name: Schema.String.pipe(Schema.minLength(1)), equals: Value }))
  }),
  handles: (params) => [...caseNames(params), "default"],
  run: (ctx) => {
    const match = ctx.params.cases.find((c) => equals(c.equals, ctx.params.value))
    return Effect.succeed(NodeType.route(match ? match.name : "default", ctx.params.value))
  }
})

/** Outputs `{ <sourceId>: output }` of the inputs that were taken. */
export const merge = NodeType.make({
  type: "merge",
  pure: true,
  description: "Joins branches: outputs the outputs of the taken inputs by node id.",
  params: Schema.Struct({}),
  run: (ctx) => Effect.succeed(ctx.inputs)
})

/** Outputs `value`; the execution's output is made of these. */
export const output = NodeType.make({
  type: "output",
  pure: true,
  description: "Declares (part of) the execution's output.",
  params: Schema.Struct({ value: Value }),
  run: (ctx) => Effect.succeed(ctx.params.value)
})

/** Fails with `message` (never retried). */
export const fail = NodeType.make({
  type: "fail",
  pure: true,
  description: "Fails with a message.",
  params: Schema.Struct({ message: Schema.String }),
  run: (ctx) => NodeType.fail(ctx.params.message, false)
})

const DelayCheckpoint = Schema.Struct({ wakeAt: Schema.Number })

/** `until` as unix milliseconds: a number is unix seconds, a string an ISO-8601 time. */
const untilMillis = (until: number | string): number | undefined => {
  const ms = typeof until === "number" ? until * 1000 : Date.parse(until)
  return Number.isFinite(ms) ? ms : undefined
}

/** Waits `ms` or until a time, durably: the execution parks and holds no fiber. */
export const delay = NodeType.make({
  type: "delay",
  description: "Waits a duration (`ms`) or until a time (`until`: unix seconds or ISO-8601), durably.",
  params: Schema.Struct({
    ms: Schema.optional(Schema.Number.pipe(Schema.nonNegative(), Schema.finite())),
    until: Schema.optional(Schema.Union(Schema.Number, Schema.String))
  }),
  run: (ctx) =>
    Effect.gen(function*() {
      const now = yield* Clock.currentTimeMillis
      const saved = Schema.decodeUnknownOption(DelayCheckpoint)(ctx.checkpoint)
      const planned = saved._tag === "Some"
        ? saved.value.wakeAt
        : ctx.params.until !== undefined
        ? untilMillis(ctx.params.until)
        : ctx.params.ms !== undefined
        ? now + ctx.params.ms
        : undefined
      if (planned === undefined) return yield* NodeType.fail("delay needs `ms` or a valid `until`", false)
      if (now >= planned) return { until: Math.floor(planned / 1000) }
      return NodeType.suspend({ wakeAt: planned, checkpoint: { wakeAt: planned } })
    })
})

const outcomeValue = (outcome: NodeType.ChildOutcome, label: string) =>
  outcome._tag === "Completed"
    ? Effect.succeed(outcome.output)
    : outcome._tag === "Failed"
    ? NodeType.fail(`${label} failed: ${outcome.message}`, false)
    : Effect.succeed(NodeType.suspend({}))

/** Runs another workflow with `input` and outputs its output. */
export const workflow = NodeType.make({
  type: "workflow",
  description: "Runs a sub-workflow and outputs its output.",
  params: Schema.Struct({
    workflowId: Schema.String,
    version: Schema.optional(Schema.Int.pipe(Schema.positive())),
    input: Schema.optional(Value)
  }),
  run: (ctx) =>
    ctx.runWorkflow({
      workflowId: ctx.params.workflowId,
      input: ctx.params.input ?? null,
      key: "0",
      ...(ctx.params.version !== undefined ? { version: ctx.params.version } : {})
    }).pipe(Effect.flatMap((outcome) => outcomeValue(outcome, `sub-workflow ${outcome.executionId}`)))
})

/** Runs a sub-workflow once per item (bounded concurrency) and outputs the array of results. */
export const forEach = NodeType.make({
  type: "forEach",
  description: "Runs a sub-workflow for every item of `items`; outputs their outputs in order.",
  params: Schema.Struct({
    items: Schema.Array(Value),
    workflowId: Schema.String,
    version: Schema.optional(Schema.Int.pipe(Schema.positive())),
    concurrency: Schema.optionalWith(Schema.Int.pipe(Schema.between(1, 64)), { default: () => 4 })
  }),
  run: (ctx) =>
    Effect.gen(function*() {
      const outcomes = yield* Effect.forEach(
        ctx.params.items,
        (item, index) =>
          ctx.runWorkflow({
            workflowId: ctx.params.workflowId,
            input: item,
            key: String(index),
            item: { value: item, index },
            ...(ctx.params.version !== undefined ? { version: ctx.params.version } : {})
          }),
        { concurrency: ctx.params.concurrency }
      )
      const failed = outcomes.findIndex((o) => o._tag === "Failed")
      if (failed >= 0) return yield* outcomeValue(outcomes[failed], `item ${failed}`)
      if (outcomes.some((o) => o._tag === "Suspended")) return NodeType.suspend({})
      return outcomes.map((o) => (o._tag === "Completed" ? o.output : null))
    })
})

/** Every built-in node type. */
export const all: ReadonlyArray<NodeType.NodeType> = [
  trigger,
  transform,
  condition,
  switchNode,
  merge,
  output,
  fail,
  delay,
  workflow,
  forEach
]
