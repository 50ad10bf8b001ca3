/**
 * Origins as browsers send them in `Origin`: `http(s)://host[:port]`, lower-case, no path, query
 * or trailing slash, no default port. Only these can ever equal a request's `Origin` exactly, so a
 * deployment's `allowedOrigins` accepts nothing else (`*` and `null` included).
 *
 * @since 0.1.0
 */

/** Why `text` is not an origin as a browser sends it, or `undefined` when it is one. */
export const originProblem = (text: string): string | undefined => {
  if (text === "*") return "`*` is not allowed: list each origin"
  if (text === "null") return "`null` is not allowed: it is the origin of sandboxed and file pages, which anyone can forge"
  let url: URL
  try {
    url = new URL(text)
  } catch {
    return "must be an origin such as https://example.com (scheme, host and port only)"
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return "must start with http:// or https://"
  if (url.origin !== text) {
    return `must be written exactly as a browser sends it: ${url.origin === "null" ? "scheme, host and port only" : url.origin}`
  }
  return undefined
}

/** Whether `text` is an origin as a browser sends it. */
export const isOrigin = (text: string): boolean => originProblem(text) === undefined
