/**
 * The request guard's check of path and query parameters, once for every route: a generated id
 * (`PathIds`) that does not have its shape is a 404 naming it, and any other parameter holding
 * text the database cannot store (`Storable`) — or percent-encoding that is not UTF-8 — is a 400
 * naming the parameter. Routes that need credentials are checked only for authenticated requests:
 * the others get their 401 first.
 *
 * @since 0.1.0
 */
import type { IdShape } from "./PathIds.js"
import { badRequestBody, type Problem, problemOf } from "./Storable.js"

/** A route as the check sees it: method, path template, generated-id parameters, whether it needs credentials. */
export interface CheckedRoute {
  readonly method: string
  readonly path: string
  readonly ids?: Readonly<Record<string, IdShape>>
  readonly authenticated?: boolean
}

/** Why a request's parameters are refused: its status and error body. */
export interface Refusal {
  readonly status: 400 | 404
  readonly body: { readonly error: string; readonly details?: ReadonlyArray<Problem> }
}

const invalid = (problem: Problem): Refusal => ({ status: 400, body: badRequestBody(problem) })

const decode = (segment: string): string | undefined => {
  try {
    return decodeURIComponent(segment)
  } catch {
    return undefined
  }
}

/** The paths a template (`/api/v1/workflows/:id`) matches, a trailing slash allowed, capturing each parameter's segment. */
export const templatePattern = (template: string): RegExp =>
  new RegExp(`^${template.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/:[A-Za-z]+/g, "([^/]+)")}/?$`)

/** Compiles the check of the parameters of requests to `routes`. */
export const make = (routes: ReadonlyArray<CheckedRoute>) => {
  const statics = new Map(routes.filter((route) => !route.path.includes(":")).map((route) => [`${route.method} ${route.path}`, route]))
  const templated = new Map<string, Array<{ route: CheckedRoute; names: ReadonlyArray<string>; pattern: RegExp }>>()
  for (const route of routes.filter((route) => route.path.includes(":"))) {
    const names = Array.from(route.path.matchAll(/:([A-Za-z]+)/g), (match) => match[1]!)
    templated.set(route.method, [...(templated.get(route.method) ?? []), { route, names, pattern: templatePattern(route.path) }])
  }
  const staticRoute = (method: string, path: string) =>
    statics.get(`${method} ${path}`) ?? statics.get(`${method} ${path.replace(/\/$/, "")}`)

  const checkPath = (names: ReadonlyArray<string>, segments: ReadonlyArray<string>, route: CheckedRoute): Refusal | undefined => {
    for (let index = 0; index < names.length; index++) {
      const name = names[index]!
      const raw = segments[index]!
      const value = decode(raw)
      const shape = route.ids?.[name]
      if (shape !== undefined) {
        if (value === undefined || !shape.pattern.test(value)) return { status: 404, body: { error: `${shape.noun} ${raw} not found` } }
        continue
      }
      if (value === undefined) return invalid({ path: name, message: "is not percent-encoded UTF-8" })
      const message = problemOf(value)
      if (message !== undefined) return invalid({ path: name, message })
    }
    return undefined
  }

  const checkQuery = (query: URLSearchParams): Refusal | undefined => {
    for (const [name, value] of query) {
      const named = problemOf(name)
      if (named !== undefined) return invalid({ path: "", message: `a query parameter's name ${named}` })
      const message = problemOf(value)
      if (message !== undefined) return invalid({ path: name, message })
    }
    return undefined
  }

  /** The refusal of a request's parameters, or `undefined` when they may reach its handler (or it matches no route). */
  return (method: string, path: string, query: URLSearchParams, authenticated: boolean): Refusal | undefined => {
    const routed = method === "HEAD" ? "GET" : method
    const fixed = staticRoute(routed, path)
    if (fixed !== undefined) return fixed.authenticated === true && !authenticated ? undefined : checkQuery(query)
    for (const { names, pattern, route } of templated.get(routed) ?? []) {
      const match = pattern.exec(path)
      if (match === null) continue
      if (route.authenticated === true && !authenticated) return undefined
      return checkPath(names, match.slice(1), route) ?? checkQuery(query)
    }
    return undefined
  }
}
