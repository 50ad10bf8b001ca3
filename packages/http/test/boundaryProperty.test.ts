/**
 * A property over every route of the API (enumerated from `routes()`, so a new route is covered
 * without a change here), on PGlite and PostgreSQL: requests carrying arbitrary Unicode — NUL
 * characters and unpaired surrogates injected anywhere in a valid body (values and keys), in path
 * parameters and in query parameters — or JSON nested up to 5,000 levels never get a 5xx; and the
 * guard's rules hold exactly: a body nested deeper than 128 levels is a 400 at parse time, a body
 * holding text the database cannot store is a 400 naming it, and a path or query parameter holding
 * a NUL or bytes that are not UTF-8 never reaches a handler (400 or 404).
 */
import { HttpApi } from "@effect/platform"
import { afterAll, assert, beforeAll, describe, it } from "@effect/vitest"
import { Arbitrary, Schema } from "effect"
import * as fc from "fast-check"
import { routes, SireApi } from "../src/Api.js"
import { exempt, type Route } from "../src/RequestGuard.js"
import {
  type Account,
  constantWorkflow,
  contractExample,
  databases,
  signup,
  skip,
  start,
  type TestServer
} from "./harness.js"

const documents = new Set(["/openapi.json", "/openapi.yaml", "/docs/api-reference"])
/** Every route of the API but its documents and probes. */
const covered = routes().filter((route) => !documents.has(route.path) && !exempt.has(route.path))

const maxDepth = 128
const runs = 40
const budgetMs = 12_000

/** The payload schema of each endpoint, keyed `METHOD path`. */
const payloads = new Map<string, Schema.Schema<unknown, unknown, never>>()
HttpApi.reflect(SireApi, {
  onGroup: () => {},
  onEndpoint: ({ endpoint }) => {
    if (endpoint.payloadSchema._tag === "Some") {
      payloads.set(`${endpoint.method} ${endpoint.path}`, endpoint.payloadSchema.value as unknown as Schema.Schema<unknown, unknown, never>)
    }
  }
})

/** Ids of resources the server holds, by the prefix of their generated id. */
type Real = Readonly<Record<string, string>>

/** Valid bodies of the endpoints whose schema cannot generate one that goes far (documents, known ids, e-mails). */
const examples = (real: Real): Record<string, ReadonlyArray<unknown>> => ({
  "POST /api/v1/workflows": [contractExample, constantWorkflow("constant", { reply: "{{ input }}" })],
  "PUT /api/v1/workflows/:id": [contractExample],
  "POST /api/v1/executions": [{ workflowId: real.wf, input: { email: "lead@acme.com" }, idempotencyKey: "key" }],
  "POST /api/v1/workflows/:id/execute": [{ input: { email: "lead@acme.com" }, mode: "sync" }],
  "POST /api/v1/auth/signup": [{ email: "someone@example.com", password: "correct horse battery" }],
  "POST /api/v1/auth/login": [{ email: "someone@example.com", password: "correct horse battery" }],
  "POST /api/v1/auth/forgot-password": [{ email: "someone@example.com" }],
  "POST /api/v1/teams/:id/members": [{ email: "someone@example.com", role: "member" }],
  "POST /api/v1/chat/sessions": [{ workflowId: real.wf, title: "support" }],
  "POST /api/v1/credentials": [{ name: "api", type: "basic", value: { username: "ann", password: "secret" }, allowedHosts: ["api.example.com"] }],
  "PATCH /api/v1/credentials/:id": [{ name: "renamed", value: "rotated" }],
  "POST /api/v1/webhooks": [{ url: "http://127.0.0.1:9/hook", events: ["execution.completed"] }],
  "POST /api/v1/marketplace/servers": [{ name: "local", url: "http://127.0.0.1:9/mcp" }]
})

/** Code units the database cannot store. */
const unstorable = fc.constantFrom("\u0000", "\ud800", "\udbff", "\udc00", "\udfff")
/** Any text: any code point, or any with unstorable code units injected. */
const text = fc.oneof(
  fc.string({ unit: "binary", maxLength: 12 }),
  fc.tuple(fc.string({ unit: "binary", maxLength: 6 }), unstorable, fc.string({ unit: "binary", maxLength: 6 }))
    .map(([before, bad, after]) => before + bad + after)
)

type Path = ReadonlyArray<string | number>
/** Every value of a JSON value (by path), and every key (by the path of its object and the key). */
const slots = (value: unknown, path: Path = [], out: Array<{ path: Path; key?: string }> = []) => {
  out.push({ path })
  if (Array.isArray(value)) value.forEach((item, index) => slots(item, [...path, index], out))
  else if (value !== null && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      out.push({ path, key })
      slots(item, [...path, key], out)
    }
  }
  return out
}

/** `value` with the value at `path` replaced (or, with `key`, that key renamed to `replacement`). */
const replaced = (value: unknown, path: Path, replacement: unknown, key?: string): unknown => {
  if (path.length === 0) {
    if (key === undefined) return replacement
    const entries = Object.entries(value as object).map(([name, item]) => [name === key ? String(replacement) : name, item])
    return Object.fromEntries(entries)
  }
  const [head, ...rest] = path
  if (Array.isArray(value)) return value.map((item, index) => (index === head ? replaced(item, rest, replacement, key) : item))
  return { ...(value as object), [head!]: replaced((value as Record<string, unknown>)[head!], rest, replacement, key) }
}

/** Where a body nests `levels` arrays around `inner`: the value at `path` of the body stands in for them. */
interface Deep {
  readonly path: Path
  readonly levels: number
  readonly inner: string
}

/** A body as generated: a JSON value, maybe with one of its values nested deep (kept out of the value, which fast-check prints). */
interface Body {
  readonly value: unknown
  readonly deep?: Deep
}

const placeholder = "\u{e000}deep\u{e000}"

/** The JSON text of a body, deep nesting included. */
const textOf = (body: Body): string => {
  if (body.deep === undefined) return JSON.stringify(body.value) ?? "null"
  const { levels, inner, path } = body.deep
  const nested = "[".repeat(levels) + JSON.stringify(inner) + "]".repeat(levels)
  return (JSON.stringify(replaced(body.value, path, placeholder)) ?? "null").replace(JSON.stringify(placeholder), nested)
}

/** Bodies for an endpoint: a valid one with one string or key replaced by any text, or one value nested 100 to 5,000 levels deep. */
const bodies = (route: Route, real: Real): fc.Arbitrary<Body> => {
  const key = `${route.method} ${route.path}`
  const schema = payloads.get(key)
  const seeds: Array<fc.Arbitrary<unknown>> = (examples(real)[key] ?? []).map((example) => fc.constant(example))
  if (schema !== undefined) seeds.push(Arbitrary.make(Schema.encodedSchema(schema)) as fc.Arbitrary<unknown>)
  if (seeds.length === 0) seeds.push(fc.constant({}))
  const seed = fc.oneof(...seeds).map((value) => JSON.parse(JSON.stringify(value) ?? "null") as unknown)
  const slot = (value: unknown, at: number) => {
    const all = slots(value)
    return all[at % all.length]!
  }
  return fc.oneof(
    {
      weight: 4,
      arbitrary: fc.tuple(seed, fc.nat(), text).map(([value, at, replacement]): Body => {
        const { path, key } = slot(value, at)
        return { value: replaced(value, path, replacement, key) }
      })
    },
    {
      weight: 2,
      arbitrary: fc.tuple(seed, fc.nat(), fc.oneof(fc.integer({ min: 100, max: 140 }), fc.constant(5_000)), text)
        .map(([value, at, levels, inner]): Body => ({ value, deep: { path: slot(value, at).path, levels, inner } }))
    },
    { weight: 1, arbitrary: fc.json({ stringUnit: "binary", maxDepth: 3 }).map((json): Body => ({ value: JSON.parse(json) })) }
  )
}

/** Percent-encodes text as a client would, an unpaired surrogate as the bytes of its code point (not UTF-8). */
const encode = (value: string): string =>
  Array.from(value, (char) => {
    const code = char.codePointAt(0)!
    if (code < 0xd800 || code > 0xdfff) return encodeURIComponent(char)
    return [0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f)].map((byte) => `%${byte.toString(16).toUpperCase()}`).join("")
  }).join("") || "x"

/** A path parameter: a real id, an id of the right shape, any text, or a classic bad one. */
const parameter = (route: Route, name: string, real: Real): fc.Arbitrary<string> => {
  const prefix = route.ids?.[name]?.pattern.source.match(/^\^([a-z]+)_/)?.[1]
  const choices: Array<fc.Arbitrary<string>> = [
    text.map(encode),
    fc.constantFrom("%00", "%FF", "%ED%A0%80", `${prefix ?? "x"}_%00`, `${prefix ?? "x"}_abc`)
  ]
  if (prefix !== undefined) choices.push(fc.stringMatching(/^[A-Za-z0-9]{24}$/).map((token) => `${prefix}_${token}`))
  if (prefix !== undefined && real[prefix] !== undefined && route.method !== "DELETE") choices.push(fc.constant(real[prefix]!))
  return fc.oneof(...choices)
}

/** Up to three query parameters of any text. */
const queries = fc.array(fc.tuple(text, text), { maxLength: 3 })

/** The query string of `pairs`. */
const queryString = (pairs: ReadonlyArray<readonly [string, string]>): string =>
  pairs.length === 0 ? "" : `?${pairs.map(([name, value]) => `${encode(name)}=${encode(value)}`).join("&")}`

/** How deep a body nests (its outermost array or object is level 1). */
const bodyDepth = (body: Body): number =>
  body.deep === undefined
    ? depthOf(body.value)
    : Math.max(depthOf(replaced(body.value, body.deep.path, null)), body.deep.path.length + body.deep.levels)

/** How deep a JSON value nests (its outermost array or object is level 1). */
const depthOf = (value: unknown): number => {
  let deepest = 0
  const stack: Array<[unknown, number]> = [[value, 0]]
  while (stack.length > 0) {
    const [item, depth] = stack.pop()!
    if (item === null || typeof item !== "object") continue
    deepest = Math.max(deepest, depth + 1)
    for (const child of Object.values(item)) stack.push([child, depth + 1])
  }
  return deepest
}

const wellFormed = (value: string): boolean => (value as unknown as { isWellFormed: () => boolean }).isWellFormed()
/** Whether a JSON value holds, in a key or a string, text the database cannot store. */
const holdsUnstorable = (value: unknown): boolean => {
  if (typeof value === "string") return value.includes("\u0000") || !wellFormed(value)
  if (value === null || typeof value !== "object") return false
  return Object.entries(value).some(([key, item]) => holdsUnstorable(key) || holdsUnstorable(item))
}

/** A percent-encoded parameter decoded, or `undefined` when it is not UTF-8. */
const decoded = (encoded: string): string | undefined => {
  try {
    return decodeURIComponent(encoded)
  } catch {
    return undefined
  }
}

/** Whether a percent-encoded parameter decodes to text holding a NUL, or does not decode as UTF-8. */
const badParameter = (encoded: string): boolean => decoded(encoded)?.includes("\u0000") ?? true

describe.each(databases)("the server's boundary on %s", (database) => {
  describe.skipIf(skip(database))("", () => {
    let server: TestServer
    let account: Account
    let token: string
    let real: Real

    /** A new session of the account, for when a request (`logout`) ended the one in use. */
    const relogin = async (): Promise<void> => {
      const login = await server.request("POST", "/api/v1/auth/login", { body: { email: account.email, password: account.password } })
      assert.strictEqual(login.status, 200, login.text)
      token = login.body.token
    }

    beforeAll(async () => {
      server = await start(database)
      account = await signup(server, "boundary")
      token = account.token
      const send = async (path: string, body: unknown) => {
        const answer = await server.request("POST", `/api/v1${path}`, { token, body })
        assert.isBelow(answer.status, 300, answer.text)
        return answer.body
      }
      const workflow = await send("/workflows", contractExample)
      const execution = await send("/executions", { workflowId: workflow.id, input: { email: "lead@acme.com" }, mode: "sync" })
      const credential = await send("/credentials", { name: "api", type: "bearer", value: "token", allowedHosts: ["api.example.com"] })
      const session = await send("/chat/sessions", { workflowId: workflow.id })
      real = { wf: workflow.id, exec: execution.id, cred: credential.id, chat: session.id, org: account.organizationId }
    })
    afterAll(async () => {
      await server?.close()
    })

    for (const route of covered) {
      const names = Array.from(route.path.matchAll(/:([A-Za-z]+)/g), (match) => match[1]!)
      const sendsBody = route.method !== "GET" && route.method !== "DELETE"
      it(`${route.method} ${route.path}: never a 5xx for arbitrary Unicode or nesting in body, path and query; too deep or unstorable bodies and bad parameters are refused`, async () => {
        const request = fc.record({
          params: fc.tuple(...names.map((name) => parameter(route, name, real))),
          pairs: queries,
          body: sendsBody ? bodies(route, real) : fc.constant(undefined)
        })
        const shapes = names.map((name) => route.ids?.[name]?.pattern)
        await fc.assert(
          fc.asyncProperty(request, async ({ params, pairs, body }) => {
            let path = route.path
            names.forEach((name, index) => (path = path.replace(`:${name}`, params[index]!)))
            const target = `${path}${queryString(pairs)}`
            const send = () =>
              server.request(route.method, target, {
                token,
                ...(body !== undefined ? { body: textOf(body) } : {})
              })
            let answer = await send()
            if (answer.status === 401 && route.authenticated === true) {
              await relogin()
              answer = await send()
            }
            const where = `${route.method} ${target} → ${answer.status} ${answer.text.slice(0, 200)}`
            assert.isBelow(answer.status, 500, where)
            if (body !== undefined && bodyDepth(body) > maxDepth) {
              assert.strictEqual(answer.status, 400, where)
              assert.match(answer.body.error, /^invalid JSON: nested deeper than 128 levels at position \d+$/, where)
            } else if (body !== undefined && holdsUnstorable(JSON.parse(textOf(body)))) {
              assert.strictEqual(answer.status, 400, where)
              assert.match(answer.body.error, /^invalid request: .*(contains a NUL character|contains an unpaired surrogate)$/s, where)
            } else if (params.some((param) => param === "." || param === "..")) {
              // `fetch` resolves dot segments: the request went to another path.
            } else if (params.some(badParameter)) {
              assert.oneOf(answer.status, [400, 404], where)
            } else if (params.some((param, index) => shapes[index] !== undefined && !shapes[index]!.test(decoded(param)!))) {
              assert.strictEqual(answer.status, 404, where)
            } else if (pairs.some(([name, value]) => `${name}${value}`.includes("\u0000"))) {
              assert.strictEqual(answer.status, 400, where)
            }
          }),
          { numRuns: runs, interruptAfterTimeLimit: budgetMs, markInterruptAsFailure: false }
        )
      })
    }
  })
})
