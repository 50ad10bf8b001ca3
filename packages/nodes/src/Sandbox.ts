/**
 * The `code` node's sandbox port: runs the body of an async JavaScript function on JSON inputs in
 * an isolated QuickJS (WebAssembly) VM and returns its JSON result with its console lines. The
 * worker-thread pool in `Pool.ts` is the implementation.
 *
 * @since 0.1.0
 */
import { Context, type Effect, Schema } from "effect"
import type { LogLine } from "./internal/sandbox/Protocol.js"

/** Why a run failed: the user's code (`Error`, `Timeout`, `Memory`, `Stack`, `Output`, `Unsettled`, `Input`) or the sandbox itself (`Crash`). */
export class SandboxError extends Schema.TaggedError<SandboxError>()("SandboxError", {
  reason: Schema.Literal("Error", "Timeout", "Memory", "Stack", "Output", "Unsettled", "Input", "Crash"),
  message: Schema.String,
  /** The console lines the run wrote before it failed. */
  logs: Schema.Array(Schema.Struct({ level: Schema.String, line: Schema.String }))
}) {}

/** One run: whose it is, the function body, its scope (any JSON-safe values) and its deadline. */
export interface RunRequest {
  /** The organization the run is for: workers are shared fairly between organizations. */
  readonly organizationId: string
  readonly source: string
  readonly input: unknown
  readonly nodes: unknown
  readonly vars: unknown
  readonly timeoutMs: number
}

/** A run's result: its return value (parsed JSON; `null` for `undefined`) and its console lines. */
export interface RunResult {
  readonly output: unknown
  readonly logs: ReadonlyArray<LogLine>
}

/** Counters of the pool, for health checks and tests. */
export interface Stats {
  /** Workers alive now (idle, busy or starting). */
  readonly live: number
  /** Workers started since the pool was made, replacements included. */
  readonly started: number
  /** Workers terminated by the host (deadline passed, run interrupted) or crashed. */
  readonly replaced: number
}

/** Runs user JavaScript in a sandbox. */
export class Sandbox extends Context.Tag("@sire/http/Sandbox")<Sandbox, {
  /** Runs one function body; waits for its organization's turn while no worker is free for it. */
  readonly run: (request: RunRequest) => Effect.Effect<RunResult, SandboxError>
  /** The pool's counters. */
  readonly stats: Effect.Effect<Stats>
}>() {}
