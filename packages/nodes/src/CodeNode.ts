/**
 * The `code` node (CONTRACT §3): `source` is the body of an async JavaScript function, run in the
 * sandbox (QuickJS compiled to WebAssembly, in a worker thread; see `sandbox/Pool.ts`) with
 * `input`, `nodes` and `vars` in scope; its return value, as JSON, is the output. `source` is
 * never template-resolved, so `{{`/`}}` in JavaScript is kept as written. `console.log/info/warn/error`
 * lines go to the step's log (at most 100 lines of 2,000 characters by default).
 *
 * Limits: `timeoutMs` per run (default 1 s; at most the server's ceiling, 30 s unless
 * `SIRE_CODE_TIMEOUT_MAX_MS` sets another: more is refused when the workflow is saved), 64 MiB of
 * heap, 512 KiB of stack, 1 MiB of JSON output. Workers are shared fairly between organizations
 * (`sandbox/FairShare.ts`). There is no `process`, `require`, `import()`, environment, file
 * system, network or timer, and each run gets a fresh VM, so nothing leaks between runs. The
 * user's failures (a thrown error, the deadline, memory, stack, a non-JSON or too-large result)
 * fail the node without retrying; only a crashed sandbox worker is retried (per the node's retry
 * policy).
 *
 * @since 0.1.0
 */
import { Effect, Schema } from "effect"
import * as NodeType from "@sire/core/NodeType"
import { Sandbox, type SandboxError } from "./Sandbox.js"

/** The deadline of a run when `timeoutMs` is absent. */
export const defaultTimeoutMs = 1_000

/** The longest `timeoutMs` a node may ask for unless the server sets another ceiling (30 s). */
export const maxTimeoutMs = 30_000

/** The `code` node's params under a ceiling for `timeoutMs`; `source` is taken literally. */
export const paramsWith = (ceilingMs: number) =>
  Schema.Struct({
    source: Schema.String,
    timeoutMs: Schema.optional(Schema.Int.pipe(Schema.between(1, ceilingMs, {
      message: (issue) => `timeoutMs must be from 1 to ${ceilingMs} ms on this server (got ${JSON.stringify(issue.actual)})`
    })))
  })

/** The `code` node's params under the default ceiling. */
export const Params = paramsWith(maxTimeoutMs)

/** The `code` node's decoded params. */
export type Params = typeof Params.Type

/** Settings of the `code` node type. */
export interface Options {
  /** The longest `timeoutMs` a node may ask for (`maxTimeoutMs` by default). */
  readonly maxTimeoutMs?: number
}

/** The message users see on the step for a sandbox failure. */
const message = (error: SandboxError): string => {
  switch (error.reason) {
    case "Memory":
      return "code node: out of memory"
    case "Unsettled":
      return "code node: the returned promise never settles (nothing left that could settle it)"
    default:
      return `code node: ${error.message}`
  }
}

/** The `code` node type over the sandbox in context, with `options`' ceiling on `timeoutMs`. */
export const makeWith = (options: Options = {}) => Effect.gen(function*() {
  const sandbox = yield* Sandbox
  return NodeType.make({
    type: "code",
    description: "Runs the body of an async JavaScript function in a sandbox, with input, nodes and vars in scope; outputs its return value.",
    params: paramsWith(options.maxTimeoutMs ?? maxTimeoutMs),
    literalParams: ["source"],
    run: (ctx) =>
      Effect.gen(function*() {
        const logs = (lines: ReadonlyArray<{ readonly level: string; readonly line: string }>) =>
          Effect.forEach(lines, ({ level, line }) => ctx.log(level === "log" ? line : `[${level}] ${line}`), { discard: true })
        const result = yield* sandbox.run({
          organizationId: ctx.execution.organizationId,
          source: ctx.params.source,
          input: ctx.execution.input,
          nodes: ctx.nodes,
          vars: ctx.vars,
          timeoutMs: ctx.params.timeoutMs ?? defaultTimeoutMs
        }).pipe(
          Effect.tapError((error) => logs(error.logs)),
          Effect.mapError((error) => new NodeType.NodeError({ message: message(error), retryable: error.reason === "Crash" }))
        )
        yield* logs(result.logs)
        return result.output
      })
  })
})

/** The `code` node type over the sandbox in context, with the default ceiling on `timeoutMs`. */
export const make = makeWith()
