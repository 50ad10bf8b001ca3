/**
 * The server's log lines: one JSON object per line when stdout is not a terminal (`timestamp`,
 * `level`, `message`, the annotations, `cause`, and the `traceId`/`spanId` of the current span),
 * Effect's pretty lines on a terminal; `SIRE_LOG_FORMAT` (`json`, `pretty`) chooses explicitly.
 * Either way annotations whose key names a secret (authorization, cookie, password, token, …) are
 * written `REDACTED`, and URLs (the request log's `http.url`) lose capability paths and secret query
 * values.
 *
 * @since 0.1.0
 */
import { Cause, Context, FiberRef, FiberRefs, HashMap, Inspectable, Layer, Logger, Option, Tracer } from "effect"
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
export const jsonLogger: Logger.Logger<unknown, string> = Logger.make((options) => {
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
})

/** Effect's pretty logger, with the annotations redacted. */
export const prettyLogger: Logger.Logger<unknown, void> = Logger.mapInputOptions(
  Logger.prettyLogger(),
  (options) => ({ ...options, annotations: redacted(options.annotations) })
)

/** The format for a stream: JSON unless it is a terminal. */
export const defaultFormat = (isTTY: boolean | undefined): Format => (isTTY === true ? "pretty" : "json")

/** Replaces the default logger with the format's (JSON lines to stdout, or pretty). */
export const layer = (format: Format = defaultFormat(process.stdout.isTTY)): Layer.Layer<never> =>
  Logger.replace(Logger.defaultLogger, format === "json" ? Logger.withConsoleLog(jsonLogger) : prettyLogger)
