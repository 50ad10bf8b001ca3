/**
 * The `code` node's sandbox worker: a `node:worker_threads` worker that loads the QuickJS
 * WebAssembly module once, then runs one request at a time, each in a fresh QuickJS runtime and
 * context (so no global survives a run), with a memory limit, a stack limit, a CPU deadline
 * through QuickJS's interrupt handler, no module loader (so `import()` is refused) and no host
 * function but the console's line sink. Plain ESM JavaScript so that it loads the same way under
 * vitest and under the built `sire serve` (the build copies it beside the bundle): the host resolves
 * it with `new URL("./worker.mjs", import.meta.url)`.
 *
 * Protocol (see `Protocol.ts`): the worker posts `{ type: "ready" }` once QuickJS is loaded; each
 * request `{ id, source, input, nodes, vars, … }` (JSON strings in) is answered with
 * `{ id, ok: true, output, logs }` (a JSON string out) or `{ id, ok: false, kind, message, logs }`.
 * An unexpected host-side failure (a QuickJS runtime that cannot be freed) answers, then exits the
 * worker so the pool replaces it.
 */
import { parentPort } from "node:worker_threads"
import { getQuickJS } from "quickjs-emscripten"

/** Sets `console` up inside the VM (lines formatted and clipped there) and returns the JSON functions captured before user code runs. */
const PRELUDE = `(function (emit, maxLength) {
  "use strict";
  const stringify = JSON.stringify, parse = JSON.parse, String_ = String;
  const format = (value) => {
    if (typeof value === "string") return value;
    try { const text = stringify(value); return text === undefined ? String_(value) : text } catch (e) { return String_(value) }
  };
  const line = (level) => function () {
    let text = "";
    for (let i = 0; i < arguments.length; i++) {
      text += (i > 0 ? " " : "") + format(arguments[i]);
      if (text.length > maxLength) break;
    }
    emit(level, text.length > maxLength ? text.slice(0, maxLength) + "…" : text);
  };
  globalThis.console = Object.freeze({ log: line("log"), info: line("info"), warn: line("warn"), error: line("error"), debug: line("debug") });
  return { parse: (json) => parse(json), stringify: (value) => stringify(value) };
})`

const quickjs = getQuickJS()

/** One run in a fresh runtime; returns the answer to post (without `id`). */
const run = (QuickJS, request) => {
  const logs = []
  let dropped = 0
  const deadline = Date.now() + request.timeoutMs
  const runtime = QuickJS.newRuntime()
  runtime.setMemoryLimit(request.memoryBytes)
  runtime.setMaxStackSize(request.stackBytes)
  runtime.setInterruptHandler(() => Date.now() > deadline)
  const context = runtime.newContext()
  const handles = []
  const keep = (handle) => (handles.push(handle), handle)
  const describe = (errorHandle) => {
    const error = context.dump(errorHandle)
    if (error !== null && typeof error === "object" && typeof error.message === "string") {
      return { name: typeof error.name === "string" ? error.name : "Error", message: error.message }
    }
    return { name: "", message: typeof error === "string" ? error : JSON.stringify(error) ?? String(error) }
  }
  const failure = (errorHandle) => {
    keep(errorHandle)
    const { message, name } = describe(errorHandle)
    if (name === "InternalError" && message === "interrupted") return { ok: false, kind: "Timeout", message: `timed out after ${request.timeoutMs} ms` }
    if (message === "out of memory" || (name === "" && message === "null")) return { ok: false, kind: "Memory", message: "out of memory" }
    if (name === "InternalError" && message === "stack overflow") return { ok: false, kind: "Stack", message: "stack overflow" }
    if (Date.now() > deadline) return { ok: false, kind: "Timeout", message: `timed out after ${request.timeoutMs} ms` }
    return { ok: false, kind: "Error", message: name === "" ? `uncaught ${message}` : `${name}: ${message}` }
  }
  const call = (fn, ...args) => context.callFunction(fn, context.undefined, ...args)
  let answer
  try {
    answer = (() => {
      const emit = keep(context.newFunction("emit", (level, text) => {
        if (logs.length >= request.maxLogLines) return void dropped++
        logs.push({ level: context.getString(level), line: context.getString(text) })
      }))
      const prelude = context.evalCode(PRELUDE, "prelude.js")
      if (prelude.error) return failure(prelude.error)
      const json = call(keep(prelude.value), emit, keep(context.newNumber(request.maxLogLineLength)))
      if (json.error) return failure(json.error)
      const parse = keep(context.getProp(keep(json.value), "parse"))
      const stringify = keep(context.getProp(json.value, "stringify"))
      const args = []
      for (const text of [request.input, request.nodes, request.vars]) {
        const parsed = call(parse, keep(context.newString(text)))
        if (parsed.error) return failure(parsed.error)
        args.push(keep(parsed.value))
      }
      const compiled = context.evalCode(`(async function (input, nodes, vars) {\n${request.source}\n})`, "code.js")
      if (compiled.error) return failure(compiled.error)
      const started = call(keep(compiled.value), ...args)
      if (started.error) return failure(started.error)
      const promise = keep(started.value)
      for (;;) {
        const state = context.getPromiseState(promise)
        if (state.type === "rejected") return failure(state.error)
        if (state.type === "fulfilled") {
          const value = keep(state.value)
          const type = context.typeof(value)
          if (type === "undefined") return { ok: true, output: "null" }
          if (type === "function" || type === "symbol") return { ok: false, kind: "Output", message: `the function returned a ${type}, which is not JSON` }
          const text = call(stringify, value)
          if (text.error) {
            const problem = failure(text.error)
            return problem.kind === "Error" ? { ok: false, kind: "Output", message: `the return value is not JSON: ${problem.message}` } : problem
          }
          const length = context.getNumber(keep(context.getProp(keep(text.value), "length")))
          if (length > request.maxOutputBytes) {
            return { ok: false, kind: "Output", message: `the return value is larger than ${request.maxOutputBytes} bytes of JSON` }
          }
          const output = context.getString(text.value)
          if (Buffer.byteLength(output, "utf8") > request.maxOutputBytes) {
            return { ok: false, kind: "Output", message: `the return value is larger than ${request.maxOutputBytes} bytes of JSON` }
          }
          return { ok: true, output }
        }
        const jobs = runtime.executePendingJobs()
        if (jobs.error) return failure(jobs.error)
        if (jobs.value === 0) {
          return { ok: false, kind: "Unsettled", message: "the function's promise never settles (it awaits something that cannot happen)" }
        }
      }
    })()
  } catch (error) {
    answer = { ok: false, kind: "Crash", message: `sandbox failure: ${error instanceof Error ? error.message : String(error)}` }
  }
  let healthy = answer.kind !== "Crash"
  try {
    for (const handle of handles.reverse()) if (handle.alive) handle.dispose()
    context.dispose()
    runtime.dispose()
  } catch {
    healthy = false
  }
  if (dropped > 0) logs.push({ level: "warn", line: `… ${dropped} more console line(s) dropped (at most ${request.maxLogLines} per run)` })
  return { answer: { ...answer, logs }, healthy }
}

parentPort.on("message", (request) => {
  quickjs.then((QuickJS) => {
    const { answer, healthy } = run(QuickJS, request)
    parentPort.postMessage({ id: request.id, ...answer })
    if (!healthy) process.exit(1)
  }, (error) => {
    parentPort.postMessage({ id: request.id, ok: false, kind: "Crash", message: `QuickJS did not load: ${error?.message ?? error}`, logs: [] })
    process.exit(1)
  })
})
quickjs.then(() => parentPort.postMessage({ type: "ready" }), () => process.exit(1))
