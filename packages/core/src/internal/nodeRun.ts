/**
 * Running one node of a graph: resolving its params, each attempt with its timeout and retries,
 * and recording what happened (started, completed, failed, parked) before the scheduler moves on:
 * written at once for a node with side effects, held for the next commit for a pure one.
 */
import { Cause, Clock, Effect, Exit, Metric, MetricLabel, Option, type ParseResult, Schema } from "effect"
import type { EngineError } from "../Engine.js"
import type { EventBody, Execution, Step } from "../Execution.js"
import type { Commit, Ref } from "../ExecutionStore.js"
import * as Expression from "../Expression.js"
import type { CompiledNode, Graph } from "../Graph.js"
import type { ExecutionId } from "../Id.js"
import type { Json } from "../Json.js"
import { type ChildOutcome, type ChildRequest, NodeError, type NodeContext, Route, Suspend } from "../NodeType.js"
import type * as Signal from "../Signal.js"
import * as Telemetry from "../Telemetry.js"
import type { CommitWriter } from "./commitWriter.js"
import type * as Frontier from "./frontier.js"
import { backoff, errorHandles, errorMessage, makeStep, type Outcome, outHandles, type StepFields } from "./steps.js"

/** What every node of one run shares. */
export interface RunContext {
  readonly ref: Ref
  readonly execution: Execution
  readonly graph: Graph
  readonly frontier: Frontier.Frontier
  readonly outputs: Readonly<Record<string, unknown>>
  readonly expressionContext: Expression.Context
  readonly fence: number
  /** The run's commits: each node's result is written through it. */
  readonly writer: CommitWriter<EngineError>
  readonly stopping: Signal.Signal
  readonly clock: Clock.Clock
  /** Whether node attempts are traced or measured (read once per run: when false, attempts run bare). */
  readonly observe: boolean
  /** Publishes a transient delta of one of this run's steps to live watchers. */
  readonly publishDelta: (nodeId: string, attempt: number, text: string) => void
}

/** One attempt's view of its step: attempt number, saved checkpoint, log lines, children it started. */
export interface Attempt {
  readonly attempt: number
  readonly checkpoint: Step["checkpoint"]
  readonly logs: Array<string>
  readonly children: Set<ExecutionId>
}

/** What running nodes needs from the engine. */
export interface NodeRunnerDeps {
  /** Runs a sub-workflow for a node. */
  readonly runChild: (run: RunContext, attempt: Attempt, node: CompiledNode, request: ChildRequest) => Effect.Effect<ChildOutcome, NodeError>
  /** Whether a failure is infrastructure (to propagate) rather than the node's own. */
  readonly isInfrastructure: (error: object) => boolean
}

type Decoder = (value: unknown) => Effect.Effect<unknown, ParseResult.ParseError>

/** Each params schema's decoder, built once (not for every node run). */
const decoders = new WeakMap<Schema.Schema.AnyNoContext, Decoder>()

const decoderOf = (schema: Schema.Schema.AnyNoContext): Decoder => {
  let decoder = decoders.get(schema)
  if (decoder === undefined) decoders.set(schema, decoder = Schema.decodeUnknown(schema))
  return decoder
}

/** Makes `runNode`: runs a node to a settled, suspended or fatal outcome, committing as it goes. */
export const makeNodeRunner = ({ isInfrastructure, runChild }: NodeRunnerDeps) => {
  const runNode = (run: RunContext, node: CompiledNode, prior: Step | undefined): Effect.Effect<Outcome, EngineError> =>
    Effect.gen(function*() {
      const { clock, writer } = run
      const logs: Array<string> = prior?.logs ? [...prior.logs] : []
      const children = new Set<ExecutionId>()
      let logged = logs.length
      let attempts = prior?.attempts ?? 0
      let startedAt = prior?.startedAt
      const checkpoint = prior?.checkpoint
      const params = node.staticParams
        ? { _tag: "Right" as const, right: node.staticParams.value }
        : yield* resolveParams(node, run.expressionContext)
      const input = params._tag === "Right" ? params.right as Json : undefined
      const record = (fields: StepFields): Step =>
        makeStep(node, {
          attempts,
          input,
          startedAt,
          checkpoint,
          logs: logs.length > 0 ? logs.slice() : undefined,
          ...fields
        })
      const withLogs = (at: number, tail: EventBody): ReadonlyArray<EventBody> => {
        if (logged === logs.length && started === undefined) return [tail]
        const out: Array<EventBody> = started === undefined ? [] : [started]
        started = undefined
        for (; logged < logs.length; logged++) out.push({ _tag: "step.log", at, nodeId: node.id, message: logs[logged] })
        out.push(tail)
        return out
      }
      const maxAttempts = node.node.retry?.maxAttempts ?? 1
      const pure = node.type.pure
      /** A node's result: a pure one rides on the next commit (a resumed run recomputes it), any other is written now. */
      const settled = (commit: Commit) => pure ? Effect.sync(() => writer.hold(commit)) : writer.write(commit)
      let started: EventBody | undefined
      for (let attempt = 1;; attempt++) {
        const now = clock.unsafeCurrentTimeMillis()
        attempts++
        startedAt ??= now
        started = { _tag: "step.started", at: now, nodeId: node.id, attempt: attempts }
        if (!pure) {
          // Nothing with an outside effect starts before its inputs (held pure results) are durable.
          const start: Commit = { steps: [record({ status: "running", handles: [] })], events: [started] }
          yield* writer.holding() ? writer.write(start) : writer.defer(start)
          started = undefined
        }
        const result = params._tag === "Left"
          ? Exit.fail(params.left)
          : yield* Effect.exit(attemptNode(run, node, params.right, { attempt, checkpoint, logs, children }))
        const at = clock.unsafeCurrentTimeMillis()
        if (run.stopping.raised) return yield* Effect.interrupt
        if (Exit.isSuccess(result)) {
          const value = result.value
          if (value instanceof Suspend) {
            yield* writer.write({
              steps: [record({
                status: "running",
                handles: [],
                wakeAt: value.wakeAt,
                checkpoint: value.checkpoint ?? checkpoint,
                waitingOn: children.size > 0 ? Array.from(children) : undefined
              })],
              events: withLogs(at, {
                _tag: "step.waiting",
                at,
                nodeId: node.id,
                ...(value.wakeAt !== undefined ? { wakeAt: value.wakeAt } : {})
              })
            })
            return { _tag: "Suspended", wakeAt: value.wakeAt }
          }
          const route = value instanceof Route
          const output = ((route ? value.output : value) ?? null) as Json
          const handles = route ? [value.handle] : outHandles
          yield* settled({
            steps: [record({ status: "completed", output, handles, endedAt: at })],
            events: withLogs(at, { _tag: "step.completed", at, nodeId: node.id, output, handles })
          })
          return { _tag: "Settled", output, handles }
        }
        if (Cause.isInterruptedOnly(result.cause)) return yield* Effect.interrupt
        const failure = Cause.failureOption(result.cause)
        const error = Option.isSome(failure) ? failure.value : Cause.squash(result.cause)
        if (typeof error === "object" && error !== null && "_tag" in error && isInfrastructure(error)) {
          return yield* Effect.fail(error as EngineError)
        }
        const message = errorMessage(error)
        const retryable = !(error instanceof NodeError) || error.retryable
        if (retryable && attempt < maxAttempts && node.node.retry) {
          const delayMs = backoff(node.node.retry, attempt)
          yield* writer.write({
            steps: [record({ status: "running", handles: [] })],
            events: withLogs(at, { _tag: "step.retrying", at, nodeId: node.id, attempt: attempts, error: message, delayMs })
          })
          yield* Clock.sleep(delayMs)
          continue
        }
        const mode = node.node.onError ?? "fail"
        const handles = mode === "continue" ? outHandles : mode === "route" ? errorHandles : []
        const output = { error: message }
        yield* settled({
          steps: [record({ status: "failed", error: message, output, handles, endedAt: at })],
          events: withLogs(at, { _tag: "step.failed", at, nodeId: node.id, error: message, handles })
        })
        if (mode === "fail") return { _tag: "Fatal", failure: { message, nodeId: node.id } }
        return { _tag: "Settled", output, handles }
      }
    })

  const resolveParams = (node: CompiledNode, context: Expression.Context) => {
    if (node.staticParams) return Effect.succeed({ _tag: "Right", right: node.staticParams.value } as const)
    return Expression.evaluate(node.params, context).pipe(
      Effect.map((value) => (node.type.literalParams.length === 0 ? value : { ...(value as object), ...node.literalParams })),
      Effect.mapError((e) =>
        new NodeError({
          message: `node "${node.id}": expression "${e.expression}" failed: ${e.message}`,
          retryable: false
        })
      ),
      Effect.flatMap((value) =>
        decoderOf(node.type.params)(value).pipe(
          Effect.mapError((e) =>
            new NodeError({ message: `node "${node.id}": invalid params: ${e.message}`, retryable: false })
          )
        )
      ),
      Effect.either
    )
  }

  const attemptNode = (run: RunContext, node: CompiledNode, params: unknown, a: Attempt) => {
    const { execution, frontier, graph, outputs } = run
    const context: NodeContext<unknown> = {
      node: node.node,
      params,
      get inputs() {
        const inputs: Record<string, unknown> = {}
        for (const link of node.incoming) {
          if (frontier.isTaken(link.source, link.handle)) {
            const source = graph.nodes[link.source].id
            inputs[source] = outputs[source]
          }
        }
        return inputs
      },
      execution: {
        id: execution.id,
        organizationId: execution.organizationId,
        workflowId: execution.workflowId,
        trigger: execution.trigger,
        input: execution.input,
        depth: execution.depth
      },
      nodes: outputs,
      vars: run.expressionContext.vars as Readonly<Record<string, unknown>>,
      attempt: a.attempt,
      checkpoint: a.checkpoint,
      log: (message) => Effect.sync(() => void a.logs.push(message)),
      emit: (text) => Effect.sync(() => run.publishDelta(node.id, a.attempt, text)),
      runWorkflow: (request) => runChild(run, a, node, request)
    }
    const attempt = node.type.run(context)
    const timeoutMs = node.node.timeoutMs
    const bounded = timeoutMs === undefined ? attempt : attempt.pipe(
      Effect.timeoutFail({
        duration: timeoutMs,
        onTimeout: () => new NodeError({ message: `node "${node.id}" timed out after ${timeoutMs} ms`, retryable: true })
      })
    )
    return run.observe ? observed(node, a.attempt, bounded) : bounded
  }

  /** One attempt in a `sire.node` span, its duration recorded by type and outcome (when telemetry is on). */
  const observed = <A, E, R>(node: CompiledNode, attempt: number, effect: Effect.Effect<A, E, R>): Effect.Effect<A, E, R> => {
    const outcomeOf = (exit: Exit.Exit<A, E>) =>
      Exit.isFailure(exit)
        ? "failed"
        : exit.value instanceof Route ? "routed" : exit.value instanceof Suspend ? "suspended" : "completed"
    const timed = Effect.flatMap(Telemetry.MetricsEnabled, (metrics) =>
      !metrics ? effect : Effect.flatMap(Clock.currentTimeMillis, (startedAt) =>
        Effect.onExit(effect, (exit) =>
          Effect.flatMap(Clock.currentTimeMillis, (endedAt) =>
            Metric.update(
              Metric.taggedWithLabels(Telemetry.metrics.nodeDuration, [
                MetricLabel.make(Telemetry.attributes.nodeType, node.type.type),
                MetricLabel.make(Telemetry.attributes.outcome, outcomeOf(exit))
              ]),
              endedAt - startedAt
            )))))
    return Telemetry.span(Telemetry.spans.node, {
      attributes: {
        [Telemetry.attributes.nodeId]: node.id,
        [Telemetry.attributes.nodeType]: node.type.type,
        [Telemetry.attributes.attempt]: attempt
      },
      exit: (exit) => ({ [Telemetry.attributes.outcome]: outcomeOf(exit) })
    }, timed)
  }

  return runNode
}
