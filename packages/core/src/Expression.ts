/**
 * Templates `{{ expr }}` inside JSON params, where `expr` is JSONata evaluated over a {@link Context}.
 * A whole-string template yields its raw value normalized to plain JSON (JSONata `undefined` → `null`);
 * otherwise templates are interpolated (`null`/`undefined` → "", non-strings JSON-encoded).
 * Known limitation: a `}` inside a JSONata regex literal (e.g. `/\}/`) can end a template early;
 * `}}` inside string literals and nested object literals is handled. Plain dotted paths over plain
 * objects (`{{ input.email }}`) are resolved synchronously without JSONata, with the same result.
 *
 * JSONata runs on the caller's thread: so that no expression holds it for long (the server's event
 * loop answers every other request on it), evaluation hands the loop back every
 * {@link sliceMs} of evaluation (see `slicing`), on top of each evaluation's own time limit.
 */
import { Effect, Either, Schema } from "effect"
import jsonata from "jsonata"
import safeRegex from "safe-regex2"

/** Bounds applied to every evaluation so a template can never hang or flood the engine. */
export interface Limits { readonly timeoutMs: number; readonly maxDepth: number; readonly maxSequence: number; readonly maxOutputBytes: number }

/** Default limits: 1 s, depth 500, sequences of 100,000 items, results of 1,000,000 bytes. */
export const defaultLimits: Limits = { timeoutMs: 1000, maxDepth: 500, maxSequence: 100_000, maxOutputBytes: 1_000_000 }

/** The document templates are evaluated against: `input.email`, `nodes.vip.tier`, `vars.team`… */
export interface Context {
  readonly input: unknown
  readonly nodes: Readonly<Record<string, unknown>>
  readonly vars: Readonly<Record<string, unknown>>
  /** `resumeUrl`: a signed URL that resumes the execution's waiting `waitForEvent` node, when the host offers one. */
  readonly execution: { readonly id: string; readonly workflowId: string; readonly trigger: string; readonly resumeUrl?: string }
  readonly item?: unknown
  readonly index?: number
}

/** A template that does not parse (or is unclosed or empty); `position` is within `expression`. */
export class ExpressionSyntaxError extends Schema.TaggedError<ExpressionSyntaxError>()(
  "ExpressionSyntaxError",
  { expression: Schema.String, path: Schema.String, message: Schema.String, position: Schema.optional(Schema.Number) }
) {}

/** A template that failed at run time (error, timeout, depth, sequence or output cap). */
export class ExpressionEvaluationError extends Schema.TaggedError<ExpressionEvaluationError>()(
  "ExpressionEvaluationError",
  { expression: Schema.String, path: Schema.String, message: Schema.String }
) {}

interface Template {
  readonly expression: string
  readonly path: string
  readonly program: jsonata.Expression
  readonly fields: ReadonlyArray<string> | null
}

type Node =
  | { readonly _tag: "Static"; readonly value: unknown }
  | { readonly _tag: "Raw"; readonly template: Template }
  | { readonly _tag: "Interpolate"; readonly parts: ReadonlyArray<string | Template> }
  | { readonly _tag: "Array"; readonly items: ReadonlyArray<Node> }
  | { readonly _tag: "Object"; readonly entries: ReadonlyArray<readonly [string, Node]> }

/** A value with every template compiled; `isStatic` values evaluate to themselves synchronously. */
export interface Compiled {
  readonly isStatic: boolean
  readonly value: unknown
  readonly limits: Limits
  readonly node: Node
  readonly templates: ReadonlyArray<Template>
}

type Part = string | { readonly expression: string }

const closing = (s: string, from: number): number => {
  let depth = 0
  let quote = ""
  for (let i = from; i < s.length; i++) {
    const c = s[i]
    if (quote !== "") {
      if (c === "\\" && quote !== "`") i++
      else if (c === quote) quote = ""
    } else if (c === '"' || c === "'" || c === "`") quote = c
    else if (c === "{") depth++
    else if (c === "}") {
      if (depth === 0 && s[i + 1] === "}") return i
      if (depth > 0) depth--
    }
  }
  return -1
}

const scan = (s: string): { readonly parts: ReadonlyArray<Part>; readonly unclosed?: string } => {
  const parts: Array<Part> = []
  let i = 0
  while (i < s.length) {
    const open = s.indexOf("{{", i)
    if (open < 0) return { parts: [...parts, s.slice(i)] }
    if (open > i) parts.push(s.slice(i, open))
    const close = closing(s, open + 2)
    if (close < 0) return { parts, unclosed: s.slice(open + 2).trim() }
    parts.push({ expression: s.slice(open + 2, close).trim() })
    i = close + 2
  }
  return { parts }
}

/** Whether a string contains `{{` (and so is not a plain literal). */
export const hasTemplate = (s: string): boolean => s.includes("{{")

/** Whether a string is exactly one template, which then yields its raw value instead of text. */
export const isWholeTemplate = (s: string): boolean => {
  if (!s.startsWith("{{")) return false
  const { parts, unclosed } = scan(s)
  return unclosed === undefined && parts.length === 1 && typeof parts[0] !== "string"
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && [Object.prototype, null].includes(Object.getPrototypeOf(v))

const child = (path: string, key: string | number): string =>
  typeof key === "number"
    ? `${path}[${key}]`
    : /^[A-Za-z_$][\w$]*$/.test(key)
    ? path === "" ? key : `${path}.${key}`
    : `${path}[${JSON.stringify(key)}]`

const visit = (value: unknown, path: string, f: (s: string, path: string) => void): void => {
  if (typeof value === "string") f(value, path)
  else if (Array.isArray(value)) value.forEach((v, i) => visit(v, child(path, i), f))
  else if (isRecord(value)) for (const k of Object.keys(value)) visit(value[k], child(path, k), f)
}

/** Every well-formed template in a value with its location, for validators and editors. */
export const templates = (value: unknown): ReadonlyArray<{ readonly path: string; readonly expression: string }> => {
  const out: Array<{ path: string; expression: string }> = []
  visit(value, "", (s, path) => {
    if (hasTemplate(s)) for (const p of scan(s).parts) if (typeof p !== "string") out.push({ path, expression: p.expression })
  })
  return out
}

/**
 * The longest stretch of evaluation between two turns of the event loop, in ms: evaluations running
 * at once share it, and a turn of the loop (for whatever reason) starts a new one.
 */
export const sliceMs = 10

/** Time for slicing only: how long the thread has been held, not the workflow's time (`Clock`). */
const now = (): number => performance.now()

/** A macrotask: the event loop runs timers, I/O and other requests before evaluation goes on. */
const nextTurn = (): Promise<void> =>
  new Promise((resolve) => (typeof setImmediate === "function" ? setImmediate(resolve) : setTimeout(resolve, 0)))

/** One evaluation's time: when it began, and how long it waited for turns of the loop. */
interface Timing {
  readonly startedAt: number
  waited: number
  steps: number
}

/** Where an evaluation's {@link Timing} is kept: on its JSONata environment (`environment.base`, one per evaluation). */
const timing = Symbol("sire.expression.timing")

/** The part of a JSONata environment the entry hook reads. */
interface Environment {
  readonly base: { [timing]?: Timing }
}

/**
 * The evaluation entry hook given to every JSONata program, which also enforces its time limit.
 * After `sliceMs` of evaluation since the loop last turned, the step waits for the next turn. A
 * `setImmediate` armed at the start of a slice runs when the loop turns, so evaluations interleaved
 * in one macrotask share one slice and a slice never outlives its turn. The time limit counts the
 * evaluation's time less its waits for a turn: a turn can be long on a busy runtime (the fibers of
 * every other execution run before it), and that is not the expression's time.
 */
const slicing = (() => {
  let sliceStart = 0
  let armed = false
  let steps = 0
  const disarm = () => {
    armed = false
  }
  return (timeoutMs: number) => (_expr: unknown, _input: unknown, environment: Environment): Promise<void> | undefined => {
    const base = environment.base
    let own = base[timing]
    if (own === undefined) base[timing] = own = { startedAt: now(), waited: 0, steps: 0 }
    // reading the clock every step would cost more than the steps themselves: every 32 steps of
    // this evaluation for its limit, every 32 steps of any for the slice
    if (++own.steps % 32 === 0 && timeoutMs > 0 && now() - own.startedAt - own.waited > timeoutMs) {
      throw { code: "D1012", value: timeoutMs }
    }
    if (!armed) {
      armed = true
      sliceStart = now()
      steps = 0
      void nextTurn().then(disarm)
      return undefined
    }
    if (++steps % 32 !== 0) return undefined
    const at = now()
    if (at - sliceStart < sliceMs) return undefined
    const waiting = own
    return nextTurn().then(() => {
      waiting.waited += now() - at
    })
  }
})()

/** JSONata looks its evaluation entry hook up under this name. */
const entryHook = Symbol.for("jsonata.__evaluate_entry")

const cacheSize = 5000
const cache = new Map<string, jsonata.Expression>()

const field = (e: unknown, key: string): unknown => (typeof e === "object" && e !== null ? (e as Record<string, unknown>)[key] : undefined)

const describe = (e: unknown): string => {
  const message = field(e, "message")
  if (typeof message === "string" && message !== "") return message
  try { return String(e) } catch { return "unknown error" }
}

const verdicts = new Map<string, boolean>()

/** Whether a pattern is free of catastrophic backtracking (`safe-regex2`), remembered per source. */
const isSafePattern = (pattern: string | RegExp): boolean => {
  const source = typeof pattern === "string" ? pattern : pattern.source
  let verdict = verdicts.get(source)
  if (verdict === undefined) {
    verdict = safeRegex(pattern)
    if (verdicts.size >= cacheSize) verdicts.delete(verdicts.keys().next().value!)
    verdicts.set(source, verdict)
  }
  return verdict
}

/** The regex engine given to JSONata: refuses, at evaluation, patterns built at run time (`$eval`) that could backtrack catastrophically. */
class CheckedRegExp extends RegExp {
  constructor(pattern: string | RegExp, flags?: string) {
    if (!isSafePattern(pattern)) {
      throw { message: `regular expression ${String(pattern)} may backtrack catastrophically (nested or excessive repetition); simplify it` }
    }
    super(pattern, flags)
  }
}

/** The first regex literal in a JSONata AST that could backtrack exponentially (star height > 1), if any. */
const unsafeRegex = (node: unknown): RegExp | undefined => {
  if (node instanceof RegExp) return isSafePattern(node) ? undefined : node
  if (node === null || typeof node !== "object") return undefined
  for (const value of Object.values(node)) {
    const found = unsafeRegex(value)
    if (found !== undefined) return found
  }
  return undefined
}

const program = (expression: string, path: string, limits: Limits): Either.Either<jsonata.Expression, ExpressionSyntaxError> => {
  const key = `${limits.timeoutMs}:${limits.maxDepth}:${limits.maxSequence}:${expression}`
  const hit = cache.get(key)
  if (hit !== undefined) return Either.right(hit)
  if (expression === "") return Either.left(new ExpressionSyntaxError({ expression, path, message: "empty template {{ }}" }))
  try {
    // The time limit is the entry hook's (`slicing`), which leaves out waits for the event loop.
    const compiled = jsonata(expression, {
      stack: limits.maxDepth,
      sequence: limits.maxSequence,
      RegexEngine: CheckedRegExp as unknown as RegExpConstructor
    })
    compiled.assign(entryHook as unknown as string, slicing(limits.timeoutMs))
    const unsafe = unsafeRegex(compiled.ast())
    if (unsafe !== undefined) {
      return Either.left(new ExpressionSyntaxError({
        expression,
        path,
        message: `regular expression /${unsafe.source}/ may backtrack catastrophically (nested or excessive repetition); simplify it`
      }))
    }
    if (cache.size >= cacheSize) cache.delete(cache.keys().next().value!)
    cache.set(key, compiled)
    return Either.right(compiled)
  } catch (e) {
    const [position, message] = [field(e, "position"), describe(e)]
    return Either.left(new ExpressionSyntaxError({ expression, path, message, ...(typeof position === "number" ? { position } : {}) }))
  }
}

const keywords = new Set(["and", "or", "in", "true", "false", "null", "function"])

const simplePath = (expression: string): ReadonlyArray<string> | null => {
  if (!/^[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*$/.test(expression)) return null
  const fields = expression.split(".")
  return fields.some((f) => keywords.has(f)) ? null : fields
}

interface Acc { readonly limits: Limits; readonly errors: Array<ExpressionSyntaxError>; readonly templates: Array<Template> }

const compileString = (s: string, path: string, acc: Acc): Node => {
  if (!hasTemplate(s)) return { _tag: "Static", value: s }
  const { parts, unclosed } = scan(s)
  if (unclosed !== undefined) {
    acc.errors.push(new ExpressionSyntaxError({ expression: unclosed, path, message: "unclosed template: {{ without matching }}" }))
  }
  const compiled = parts.map((p): string | Template | undefined => {
    if (typeof p === "string") return p
    const r = program(p.expression, path, acc.limits)
    if (Either.isLeft(r)) return void acc.errors.push(r.left)
    const template = { expression: p.expression, path, program: r.right, fields: simplePath(p.expression) }
    acc.templates.push(template)
    return template
  })
  const first = compiled[0]
  if (compiled.length === 1 && unclosed === undefined && first !== undefined && typeof first !== "string") {
    return { _tag: "Raw", template: first }
  }
  return { _tag: "Interpolate", parts: compiled.filter((p): p is string | Template => p !== undefined) }
}

const compileNode = (value: unknown, path: string, acc: Acc): Node => {
  if (typeof value === "string") return compileString(value, path, acc)
  const node: Node = Array.isArray(value)
    ? { _tag: "Array", items: value.map((v, i) => compileNode(v, child(path, i), acc)) }
    : isRecord(value)
    ? { _tag: "Object", entries: Object.keys(value).map((k) => [k, compileNode(value[k], child(path, k), acc)] as const) }
    : { _tag: "Static", value }
  const kids = node._tag === "Array" ? node.items : node._tag === "Object" ? node.entries.map(([, n]) => n) : []
  return kids.every((n) => n._tag === "Static") ? { _tag: "Static", value } : node
}

/** Compiles every template in a value once (cached per expression); reports every syntax error at once. */
export const compile = (value: unknown, limits: Limits = defaultLimits): Either.Either<Compiled, ReadonlyArray<ExpressionSyntaxError>> => {
  const acc: Acc = { limits, errors: [], templates: [] }
  const node = compileNode(value, "", acc)
  if (acc.errors.length > 0) return Either.left(acc.errors)
  return Either.right({ isStatic: node._tag === "Static", value, limits, node, templates: acc.templates })
}

const runtimeMessage = (e: unknown, limits: Limits): string => {
  const code = field(e, "code")
  if (code === "D1011") return "expression too deeply nested or recursive"
  if (code === "D1012") return `expression timed out after ${limits.timeoutMs} ms`
  if (code === "D2014" || code === "D2015") return `sequence too large (max ${Math.min(limits.maxSequence, 1e7)})`
  return describe(e)
}

const failure = (t: Template, e: unknown, limits: Limits) =>
  new ExpressionEvaluationError({ expression: t.expression, path: t.path, message: runtimeMessage(e, limits) })

const tooLarge = (limits: Limits) => ({ message: `result too large (max ${limits.maxOutputBytes} bytes)` })

const stringify = (v: unknown): string | undefined => {
  try { return JSON.stringify(v) } catch (e) { throw { message: `result is not JSON-serializable: ${describe(e)}` } }
}

const toRaw = (v: unknown, limits: Limits): unknown => {
  if (v === undefined || v === null) return null
  if (typeof v === "string") {
    if (v.length > limits.maxOutputBytes) throw tooLarge(limits)
    return v
  }
  if (typeof v !== "object" && typeof v !== "function") return v
  const json = stringify(v)
  if (json === undefined) return null
  if (json.length > limits.maxOutputBytes) throw tooLarge(limits)
  return JSON.parse(json)
}

const toText = (v: unknown): string => (v === undefined || v === null ? "" : typeof v === "string" ? v : stringify(v) ?? "")

const build = (node: Node, results: Map<Template, unknown>, limits: Limits): unknown => {
  const convert = <A>(t: Template, f: (v: unknown) => A): A => {
    try { return f(results.get(t)) } catch (e) { throw failure(t, e, limits) }
  }
  switch (node._tag) {
    case "Static":
      return node.value
    case "Raw":
      return convert(node.template, (v) => toRaw(v, limits))
    case "Interpolate": {
      let out = ""
      for (const p of node.parts) {
        out += typeof p === "string" ? p : convert(p, toText)
        if (out.length > limits.maxOutputBytes && typeof p !== "string") throw failure(p, tooLarge(limits), limits)
      }
      return out
    }
    case "Array":
      return node.items.map((n) => build(n, results, limits))
    case "Object":
      return Object.fromEntries(node.entries.map(([k, n]) => [k, build(n, results, limits)]))
  }
}

const miss = Symbol("miss")

const lookup = (doc: unknown, fields: ReadonlyArray<string>): unknown => {
  let v = doc
  for (const f of fields) {
    if (v === undefined || v === null || typeof v === "string" || typeof v === "number" || typeof v === "boolean") return undefined
    if (!isRecord(v) || (!Object.hasOwn(v, f) && f in v)) return miss
    v = v[f]
  }
  return v
}

const toEvaluationError = (e: unknown) =>
  e instanceof ExpressionEvaluationError ? e : new ExpressionEvaluationError({ expression: "", path: "", message: describe(e) })

/** Evaluates compiled templates against a context; static values return synchronously, unchanged. */
export const evaluate = (compiled: Compiled, context: Context): Effect.Effect<unknown, ExpressionEvaluationError> => {
  if (compiled.isStatic) return Effect.succeed(compiled.value)
  return Effect.suspend(() => {
    const { input, nodes, vars, execution, item, index } = context
    const doc = { input, nodes, vars, execution, item, index }
    const { limits, node } = compiled
    const results = new Map<Template, unknown>()
    const pending: Array<Template> = []
    for (const t of compiled.templates) {
      const v = t.fields === null ? miss : lookup(doc, t.fields)
      if (v === miss) pending.push(t)
      else results.set(t, v)
    }
    if (pending.length === 0) return Effect.try({ try: () => build(node, results, limits), catch: toEvaluationError })
    return Effect.tryPromise({
      try: async () => {
        for (const t of pending) results.set(t, await t.program.evaluate(doc).catch((e: unknown) => Promise.reject(failure(t, e, limits))))
        return build(node, results, limits)
      },
      catch: toEvaluationError
    })
  })
}

/** Compiles then evaluates a value in one go; fails with the first syntax error if any. */
export const render = (
  value: unknown,
  context: Context,
  limits: Limits = defaultLimits
): Effect.Effect<unknown, ExpressionSyntaxError | ExpressionEvaluationError> =>
  Either.match(compile(value, limits), {
    onLeft: (errors) => Effect.fail(errors[0]!),
    onRight: (compiled) => evaluate(compiled, context)
  })
