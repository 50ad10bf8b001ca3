/**
 * The server's log lines: one JSON object per line when stdout is not a terminal (`timestamp`,
 * `level`, `message`, the annotations, `cause`, and the `traceId`/`spanId` of the current span),
 * Effect's pretty lines on a terminal; `SIRE_LOG_FORMAT` (`json`, `pretty`) chooses explicitly.
 * Either way annotations whose key names a secret (authorization, cookie, password, token, …) are
 * written `REDACTED`, URLs (the request log's `http.url`) lose capability paths and secret query
 * values, and a failed SQL statement is told by its operation, SQLSTATE and the names it involves —
 * never the statement, its parameters or row data (`SqlFailure.redact`, over the message, the cause
 * and the annotations of every line, whatever the logger: `layerSanitized`).
 *
 * @since 0.1.0
 */
import { Cause, Context, FiberRef, FiberRefs, HashMap, HashSet, Inspectable, Layer, Logger, Option, Tracer } from "effect"
import { redact } from "@sire/adapters/SqlFailure"
import { redactUrl, secretName } from "./HttpTracing.js"

/** How log lines are written. */
export type Format = "json" | "pretty"

/** Annotation keys whose values are URLs, written redacted. */
const urlKeys: ReadonlySet<string> = new Set(["http.url", "url", "url.full"])

/** An annotation's value as written: `REDACTED` under a secret-bearing key, URLs redacted. */
export const redactAnnotation = (key: string, value: unknown): unknown =>
  secretName.test(key) ? "REDACTED" : urlKeys.has(key) && typeof value === "string" ? redactUrl(value) : value

/** The annotations, redacted. */
const redacted = (annotations: HashMap.HashMap<string, unknown>): HashMap.HashMap<string, unknown> =>
  HashMap.map(annotations, (value, key) => redactAnnotation(key, value))

/** The cause with every failed statement's error in it (failures and defects) made safe; the same cause when it holds none. */
export const sanitizeCause = <E>(cause: Cause.Cause<E>): Cause.Cause<unknown> => {
  let changed = false
  const safe = (value: unknown) => {
    const redacted = redact(value)
    if (redacted !== value) changed = true
    return redacted
  }
  const rebuilt = Cause.match<Cause.Cause<unknown>, E>(cause, {
    onEmpty: Cause.empty,
    onFail: (error) => Cause.fail(safe(error)),
    onDie: (defect) => Cause.die(safe(defect)),
    onInterrupt: Cause.interrupt,
    onSequential: Cause.sequential,
    onParallel: Cause.parallel
  })
  return changed ? rebuilt : cause
}

/** A line's options with failed statements made safe in its message parts, cause and annotations. */
const sanitizeOptions = <Message>(options: Logger.Logger.Options<Message>): Logger.Logger.Options<Message> => {
  const message = options.message
  const annotations = options.annotations
  return {
    ...options,
    message: (Array.isArray(message) ? message.map((part) => redact(part)) : redact(message)) as Message,
    cause: Cause.isEmpty(options.cause) ? options.cause : sanitizeCause(options.cause),
    annotations: HashMap.some(annotations, (value) => typeof value === "object" && value !== null)
      ? HashMap.map(annotations, (value) => redact(value))
      : annotations
  }
}

/** The logger, writing failed SQL statements only as operation, SQLSTATE and names: never the statement, its parameters or row data. */
export const sanitized = <Message, Output>(logger: Logger.Logger<Message, Output>): Logger.Logger<Message, Output> =>
  Logger.mapInputOptions(logger, sanitizeOptions)

/** Every logger installed where it is built, `sanitized`: `Server.layer` is built under it, so each of its lines is, whatever the host's logger. */
export const layerSanitized: Layer.Layer<never> = Layer.fiberRefLocallyScopedWith(
  FiberRef.currentLoggers,
  HashSet.map((logger) => sanitized(logger))
)

/** The span current where the line was logged, if any: not Effect's no-op span (tracing off), whose ids are `noop`. */
const currentSpan = (fiberRefs: FiberRefs.FiberRefs): Option.Option<Tracer.AnySpan> =>
  Option.filter(
    Context.getOption(FiberRefs.getOrDefault(fiberRefs, FiberRef.currentContext), Tracer.ParentSpan),
    (span) => span.traceId !== "noop"
  )

const messageText = (message: unknown): unknown => {
  const parts = Array.isArray(message) ? message : [message]
  const shown = parts.map((part) => (typeof part === "string" ? part : Inspectable.toJSON(part)))
  return shown.length === 1 ? shown[0] : shown
}

/** One JSON object per line: `timestamp`, `level`, `message`, annotations, `cause`, `traceId`, `spanId`. */
export const jsonLogger: Logger.Logger<unknown, string> = sanitized(Logger.make((options) => {
  const record: Record<string, unknown> = {
    timestamp: options.date.toISOString(),
    level: options.logLevel.label,
    message: messageText(options.message)
  }
  if (!Cause.isEmpty(options.cause)) record.cause = Cause.pretty(options.cause, { renderErrorCause: true })
  for (const [key, value] of options.annotations) {
    if (!(key in record)) record[key] = Inspectable.toJSON(redactAnnotation(key, value))
  }
  const span = currentSpan(options.context)
  if (Option.isSome(span)) {
    record.traceId = span.value.traceId
    record.spanId = span.value.spanId
  }
  try {
    return JSON.stringify(record)
  } catch {
    return JSON.stringify({ timestamp: record.timestamp, level: record.level, message: String(record.message) })
  }
}))

/** Effect's pretty logger, with the annotations redacted and failed statements made safe. */
export const prettyLogger: Logger.Logger<unknown, void> = sanitized(Logger.mapInputOptions(
  Logger.prettyLogger(),
  (options) => ({ ...options, annotations: redacted(options.annotations) })
))

/** The format for a stream: JSON unless it is a terminal. */
export const defaultFormat = (isTTY: boolean | undefined): Format => (isTTY === true ? "pretty" : "json")

/** Replaces the default logger with the format's (JSON lines to stdout, or pretty). */
export const layer = (format: Format = defaultFormat(process.stdout.isTTY)): Layer.Layer<never> =>
  Logger.replace(Logger.defaultLogger, format === "json" ? Logger.withConsoleLog(jsonLogger) : prettyLogger)
