/**
 * What may be told of a failed SQL statement — in a log line, a store error's message, an API
 * answer: the operation, the driver's message cut before the first value it quotes (PostgreSQL's
 * `invalid input syntax for type integer: "…"`), the SQLSTATE, and the table, column and constraint
 * named by the error. Never the statement, its parameters or row data: not `detail` (`Key
 * (email)=(…) already exists`, `Failing row contains (…)`), `where`, `internalQuery`, nor PGlite's
 * `query` and `params`, which its errors carry.
 *
 * @example
 * import { SqlError } from "@effect/sql/SqlError"
 * import * as SqlFailure from "@sire/adapters/SqlFailure"
 *
 * const error = new SqlError({
 *   message: "Failed to execute statement",
 *   cause: Object.assign(new Error('invalid input syntax for type integer: "alice@example.com"'), { code: "22P02" })
 * })
 * SqlFailure.describe(error) // 'Failed to execute statement: invalid input syntax for type integer: … (SQLSTATE 22P02)'
 *
 * @since 0.1.0
 */
import { SqlError } from "@effect/sql/SqlError"

/** A driver's error as `pg` and PGlite report it: the fields this module reads. */
interface DriverError {
  readonly message?: unknown
  readonly code?: unknown
  readonly table?: unknown
  readonly column?: unknown
  readonly constraint?: unknown
}

const sqlstatePattern = /^[0-9A-Z]{5}$/
const identifierPattern = /^[A-Za-z_][A-Za-z0-9_$.]{0,127}$/
const maxLength = 300

const isObject = (value: unknown): value is Record<PropertyKey, unknown> => typeof value === "object" && value !== null

/** Whether `value` is an `@effect/sql` `SqlError` (also from another copy of the library). */
export const isSqlError = (value: unknown): value is SqlError =>
  value instanceof SqlError || (isObject(value) && value._tag === "SqlError" && value instanceof Error)

/** Whether `value` is an error of the `pg` or PGlite driver: it has a SQLSTATE `code`, or carries a statement (`query`, `params`). */
export const isDriverError = (value: unknown): value is Error & DriverError => {
  if (!(value instanceof Error) || isSqlError(value)) return false
  const code = (value as DriverError).code
  return (typeof code === "string" && sqlstatePattern.test(code)) || "params" in value || "query" in value || "internalQuery" in value
}

/** The SQLSTATE of a failed statement (`23505`), from the error or the first in its `cause` chain that has one. */
export const sqlstate = (error: unknown): string | undefined => {
  for (let current = error, depth = 0; isObject(current) && depth < 8; current = current.cause, depth++) {
    const code = current.code
    if (typeof code === "string" && sqlstatePattern.test(code)) return code
  }
  return undefined
}

/** A driver's message without the values it may quote: cut at its first quote, the rest written `…`. */
export const withoutValues = (message: string): string => {
  const quote = message.search(/["'`]/)
  const kept = quote < 0 ? message : `${message.slice(0, quote).trimEnd()} …`
  return kept.length > maxLength ? `${kept.slice(0, maxLength)}…` : kept
}

/** `SQLSTATE 23505; table sire_users; constraint sire_users_email_key`: what the driver error names, identifiers only. */
const located = (driver: DriverError | undefined, state: string | undefined): string => {
  const parts = state === undefined ? [] : [`SQLSTATE ${state}`]
  for (const field of ["table", "column", "constraint"] as const) {
    const name = driver?.[field]
    if (typeof name === "string" && identifierPattern.test(name)) parts.push(`${field} ${name}`)
  }
  return parts.length === 0 ? "" : ` (${parts.join("; ")})`
}

/**
 * One line about a failed statement: the `SqlError`'s own message (the operation, e.g. `Failed to
 * execute statement`), the driver's message without values, and `(SQLSTATE …; table …)`. Any other
 * error is described by its message without values.
 */
export const describe = (error: unknown): string => {
  if (isSqlError(error)) {
    const cause = error.cause
    const own = error.message === "" ? "SQL statement failed" : error.message
    const driver = cause instanceof Error ? cause as Error & DriverError : undefined
    const told = driver === undefined || driver.message === "" ? "" : `: ${withoutValues(driver.message)}`
    return `${own}${told}${located(driver, sqlstate(error))}`
  }
  if (error instanceof Error) return `${withoutValues(error.message)}${located(error as DriverError, sqlstate(error))}`
  return "SQL statement failed"
}

/** The stack's frames, under a new first line: code locations, no message text. */
const restack = (header: string, stack: string | undefined): string =>
  [header, ...(stack ?? "").split("\n").filter((line) => /^\s+at /.test(line))].join("\n")

/** A stand-in for a failed statement's error, safe to log: its message is `describe`'s line, and it has no cause. */
const safeSqlError = (error: unknown): SqlError => {
  const safe = new SqlError({ message: describe(error) })
  const state = sqlstate(error)
  if (state !== undefined) Object.defineProperty(safe, "sqlstate", { value: state, enumerable: true })
  Object.defineProperty(safe, "stack", {
    value: restack(`SqlError: ${safe.message}`, (error as Error).stack),
    writable: true,
    configurable: true
  })
  return safe
}

/** Whether `error` is already a stand-in made here (a `SqlError` without a cause). */
const isSafe = (error: SqlError) => error.cause === undefined

/**
 * `value` with every failed statement's error in it — a `SqlError`, a `pg` or PGlite error, also as
 * the `cause` of another error or inside plain objects and arrays — replaced by a `SqlError` whose
 * message is `describe`'s line (and a `sqlstate` field); what holds none is returned as is.
 */
export const redact = (value: unknown, depth = 0): unknown => {
  if (!isObject(value) || depth > 6) return value
  if (isSqlError(value)) return isSafe(value) ? value : safeSqlError(value)
  if (isDriverError(value)) return safeSqlError(new SqlError({ message: "SQL statement failed", cause: value }))
  if (value instanceof Error) {
    const cause = (value as { readonly cause?: unknown }).cause
    const safe = redact(cause, depth + 1)
    if (safe === cause) return value
    const copy = Object.create(Object.getPrototypeOf(value), Object.getOwnPropertyDescriptors(value)) as Error
    Object.defineProperty(copy, "cause", { value: safe, enumerable: Object.getOwnPropertyDescriptor(value, "cause")?.enumerable ?? false, writable: true, configurable: true })
    return copy
  }
  if (Array.isArray(value)) {
    const items = value.map((item) => redact(item, depth + 1))
    return items.some((item, index) => item !== value[index]) ? items : value
  }
  if (Object.getPrototypeOf(value) === Object.prototype) {
    const entries = Object.entries(value).map(([key, item]) => [key, redact(item, depth + 1)] as const)
    return entries.some(([key, item]) => item !== value[key]) ? Object.fromEntries(entries) : value
  }
  return value
}
