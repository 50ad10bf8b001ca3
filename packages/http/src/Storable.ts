/**
 * Text the database can store: PostgreSQL's `text` and `jsonb` (and PGlite's) hold no NUL
 * character and no unpaired UTF-16 surrogate, so the request guard refuses them (400, naming where)
 * in bodies, query parameters and path parameters before they reach a handler.
 *
 * @since 0.1.0
 */

/** Where a request holds text the database cannot store, and why. */
export interface Problem {
  /** The dotted path of the JSON value (`nodes.0.id`), or the parameter's name; `""` for the whole body. */
  readonly path: string
  readonly message: string
}

const nul = /\u0000/
const loneSurrogate = /[\ud800-\udfff]/u
// In JSON text a NUL or a surrogate can only come as an escape (`\u0000`, `\ud800`): UTF-8 carries neither raw.
const suspectEscape = /\\u(?:0000|[dD][89a-fA-F])/

/** Why the database cannot store `text`, or `undefined` when it can. */
export const problemOf = (text: string): string | undefined =>
  nul.test(text) ? "contains a NUL character" : loneSurrogate.test(text) ? "contains an unpaired surrogate" : undefined

/** The 400 body for a problem, worded as every 400 of the guard: `invalid request: <path>: <message>`, with `details`. */
export const badRequestBody = (problem: Problem) => ({
  error: `invalid request: ${problem.path === "" ? problem.message : `${problem.path}: ${problem.message}`}`,
  details: [problem]
})

const join = (path: string, segment: string | number) => (path === "" ? String(segment) : `${path}.${segment}`)

/** The first string (in document order, keys included) of a parsed JSON value the database cannot store. */
export const firstInValue = (value: unknown, path = ""): Problem | undefined => {
  if (typeof value === "string") {
    const message = problemOf(value)
    return message === undefined ? undefined : { path, message }
  }
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) {
      const found = firstInValue(value[index], join(path, index))
      if (found !== undefined) return found
    }
    return undefined
  }
  if (value === null || typeof value !== "object") return undefined
  for (const [key, item] of Object.entries(value)) {
    const message = problemOf(key)
    if (message !== undefined) return { path, message: `has a key that ${message}` }
    const found = firstInValue(item, join(path, key))
    if (found !== undefined) return found
  }
  return undefined
}

/** The first string of a JSON body the database cannot store: `parsed` is walked only when `text` holds a suspect escape. */
export const firstInJson = (text: string, parsed: unknown): Problem | undefined =>
  suspectEscape.test(text) ? firstInValue(parsed) : undefined
