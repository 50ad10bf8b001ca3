/**
 * The REST API as the MCP tools reach it: one request at a time with the caller's credentials, so
 * that an MCP client is authenticated, authorized, scoped to its organization, rate limited and
 * counted exactly as the same calls over REST would be.
 *
 * @since 0.1.0
 */

/** A REST answer: its status, its body (parsed JSON, else the text, else null), and the next page's cursor of a list. */
export interface Answer {
  readonly status: number
  readonly body: unknown
  readonly nextCursor?: string
}

/** The `cursor` of a `Link: <…>; rel="next"` header. */
export const nextCursorOf = (link: string | null): string | undefined => {
  const target = link === null ? undefined : /<([^>]+)>\s*;\s*rel="?next"?/.exec(link)?.[1]
  return target === undefined ? undefined : new URL(target, "http://localhost").searchParams.get("cursor") ?? undefined
}

/** Calls the REST API (`path` under the server's root, e.g. `/api/v1/workflows`) as one client. */
export interface Rest {
  readonly call: (method: string, path: string, body?: unknown) => Promise<Answer>
}

/** The REST API at `base` (`http://127.0.0.1:8080`, or under a path prefix of a proxy), every request carrying `authorization` (`Bearer sk_…`). */
export const make = (base: string, authorization: string, options: { readonly userAgent?: string } = {}): Rest => ({
  call: async (method, path, body) => {
    const headers: Record<string, string> = { authorization, accept: "application/json" }
    if (options.userAgent !== undefined) headers["user-agent"] = options.userAgent
    if (body !== undefined) headers["content-type"] = "application/json"
    const response = await fetch(`${base.replace(/\/+$/, "")}${path}`, {
      method,
      headers,
      ...(body !== undefined ? { body: JSON.stringify(body) } : {})
    })
    const text = await response.text()
    const next = nextCursorOf(response.headers.get("link"))
    const paged = next === undefined ? {} : { nextCursor: next }
    if (text === "") return { status: response.status, body: null, ...paged }
    try {
      return { status: response.status, body: JSON.parse(text), ...paged }
    } catch {
      return { status: response.status, body: text, ...paged }
    }
  }
})

/** Whether an answer is a success (2xx). */
export const ok = (answer: Answer): boolean => answer.status >= 200 && answer.status < 300

/** A query string of the defined values (`?a=1&b=x`), or "" when there are none. */
export const query = (params: Record<string, unknown>): string => {
  const search = new URLSearchParams()
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== "") search.set(key, String(value))
  }
  const text = search.toString()
  return text === "" ? "" : `?${text}`
}

/** A path segment from a caller's id, escaped. */
export const segment = (id: unknown): string => encodeURIComponent(String(id))
