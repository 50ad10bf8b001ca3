/**
 * The messages between the sandbox pool and its workers (`worker.mjs`): JSON strings in, a JSON
 * string out, the console lines of the run either way.
 *
 * @since 0.1.0
 */

/** What the host asks a worker to run. */
export interface WorkerRequest {
  readonly id: number
  /** The body of an async function of `input`, `nodes` and `vars`. */
  readonly source: string
  /** JSON text of the execution input. */
  readonly input: string
  /** JSON text of the settled nodes' outputs. */
  readonly nodes: string
  /** JSON text of the workflow's variables. */
  readonly vars: string
  readonly timeoutMs: number
  readonly memoryBytes: number
  readonly stackBytes: number
  readonly maxOutputBytes: number
  readonly maxLogLines: number
  readonly maxLogLineLength: number
}

/** A `console.*` call made by the run, formatted and clipped inside the VM. */
export interface LogLine {
  readonly level: string
  readonly line: string
}

/** Why a run failed, as the worker (or the pool, for `Crash`) sees it. */
export type FailureKind = "Error" | "Timeout" | "Memory" | "Stack" | "Output" | "Unsettled" | "Input" | "Crash"

/** A worker's answer to one request. */
export type WorkerAnswer =
  | { readonly id: number; readonly ok: true; readonly output: string; readonly logs: ReadonlyArray<LogLine> }
  | { readonly id: number; readonly ok: false; readonly kind: FailureKind; readonly message: string; readonly logs: ReadonlyArray<LogLine> }

/** The one message a worker sends unasked: QuickJS is loaded. */
export interface WorkerReady {
  readonly type: "ready"
}
