/**
 * The API's documents through the real server, without credentials: `/openapi.json` (OpenAPI 3.1:
 * every route of `routes()`, each operation with a summary and a camelCase `operationId` a client
 * generator can use as a method name, described tags, a license, `servers` naming this server, the
 * bearer scheme, `{ error }` error responses), `/openapi.yaml` (the same document) and
 * `/docs/api-reference` (HTML that needs no network: no CDN scripts or styles); the home page `/`
 * that links them, and `/docs` leading to the reference. The password-reset page (`/reset-password`) is a page, not an operation.
 */
import { afterAll, assert, beforeAll, describe, it } from "@effect/vitest"
import { parse } from "yaml"
import { routes } from "../src/Api.js"
import * as Server from "../src/Server.js"
import { databases, raw, skip, start, type TestServer } from "./harness.js"

type Json = any

const documents = new Set(["/openapi.json", "/openapi.yaml", "/docs/api-reference", "/docs", "/", "/chat/sire-chat.js", "/reset-password"])
const methods = ["get", "put", "post", "delete", "patch", "head", "options", "trace"]

/** Every operation of the document with its method and path. */
const operations = (document: Json): Array<{ readonly where: string; readonly operation: Json }> =>
  Object.entries<Json>(document.paths).flatMap(([path, item]) =>
    Object.entries<Json>(item).filter(([method]) => methods.includes(method)).map(([method, operation]) => ({
      where: `${method.toUpperCase()} ${path}`,
      operation
    }))
  )

/** `/api/v1/workflows/:id` as OpenAPI writes it: `/api/v1/workflows/{id}`. */
const openApiPath = (path: string) => path.replace(/:([A-Za-z]+)/g, "{$1}")

/** Follows a local `$ref`. */
const resolve = (document: Json, schema: Json): Json => {
  let current = schema
  for (let hops = 0; current !== undefined && typeof current.$ref === "string" && hops < 10; hops++) {
    const ref: string = current.$ref
    assert.match(ref, /^#\//, `local reference ${ref}`)
    current = ref.slice(2).split("/").reduce((node: Json, key) => node?.[key.replace(/~1/g, "/").replace(/~0/g, "~")], document)
    assert.isDefined(current, `${ref} resolves`)
  }
  return current
}

/** The alternatives of a schema (its `anyOf`/`oneOf` members, or itself), resolved. */
const alternatives = (document: Json, schema: Json): Array<Json> => {
  const resolved = resolve(document, schema)
  const members = resolved.anyOf ?? resolved.oneOf
  return Array.isArray(members) ? members.flatMap((member: Json) => alternatives(document, member)) : [resolved]
}

/** Asserts that a response documents a JSON `{ error: string, … }` body. */
const assertErrorResponse = (document: Json, response: Json, where: string) => {
  const resolved = resolve(document, response)
  const schema = resolved?.content?.["application/json"]?.schema
  assert.isDefined(schema, `${where}: a JSON body`)
  for (const alternative of alternatives(document, schema)) {
    assert.strictEqual(alternative.type, "object", `${where}: an object`)
    assert.include(alternative.required ?? [], "error", `${where}: error is required`)
    assert.strictEqual(resolve(document, alternative.properties?.error)?.type, "string", `${where}: error is a string`)
  }
}

describe.each(databases)("documents on %s", (database) => {
  let server: TestServer
  let document: Json
  beforeAll(async () => {
    if (skip(database)) return
    server = await start(database)
    document = (await server.request("GET", "/openapi.json")).body
  })
  afterAll(async () => {
    await server?.close()
  })

  describe.skipIf(skip(database))("served without credentials", () => {
    it("GET /openapi.json is an OpenAPI 3.1 document (no token needed)", async () => {
      const answer = await server.request("GET", "/openapi.json")
      assert.strictEqual(answer.status, 200, answer.text.slice(0, 200))
      assert.match(answer.headers.get("content-type") ?? "", /^application\/json/)
      assert.deepStrictEqual(answer.body, document, "the same document every time")
      assert.match(document.openapi, /^3\.1\.\d+$/)
      assert.isString(document.info.title)
      assert.isString(document.info.version)
      assert.isObject(document.paths)
    })

    it("lists every route of routes() (but the documents) with its method, and nothing else", async () => {
      const expected = routes().filter((route) => !documents.has(route.path))
      assert.isAbove(expected.length, 20)
      const documented = Object.entries<Json>(document.paths).flatMap(([path, item]) =>
        Object.keys(item).filter((key) => methods.includes(key)).map((method) => `${method.toUpperCase()} ${path}`)
      )
      const wanted = expected.map((route) => `${route.method} ${openApiPath(route.path)}`)
      assert.sameMembers(documented, wanted)
      assert.strictEqual(new Set(documented).size, documented.length, "each operation once")
      for (const path of documents) assert.notProperty(document.paths, path)
      // Path parameters are declared.
      for (const route of expected) {
        const operation = document.paths[openApiPath(route.path)][route.method.toLowerCase()]
        const names = [...route.path.matchAll(/:([A-Za-z]+)/g)].map((match) => match[1])
        const declared = (operation.parameters ?? [])
          .map((parameter: Json) => resolve(document, parameter))
          .filter((parameter: Json) => parameter.in === "path")
          .map((parameter: Json) => parameter.name)
        assert.sameMembers(declared, names, `${route.method} ${route.path}`)
      }
    })

    it("every operation has a summary and a unique camelCase operationId (a generated client's method name)", () => {
      const all = operations(document)
      assert.isAbove(all.length, 20)
      const ids = new Map<string, string>()
      for (const { operation, where } of all) {
        assert.isString(operation.summary, `${where}: a summary (OpenApi.Summary)`)
        assert.match(operation.summary, /^[A-Z]\S.{0,58}[^.]$/, `${where}: a short summary that starts with a capital and has no final period`)
        assert.match(operation.operationId, /^[a-z][A-Za-z0-9]*$/, `${where}: a camelCase operationId (OpenApi.Identifier), not ${operation.operationId}`)
        assert.isFalse(ids.has(operation.operationId), `${where}: operationId ${operation.operationId} is also ${ids.get(operation.operationId)}'s`)
        ids.set(operation.operationId, where)
      }
      assert.strictEqual(document.paths["/api/v1/workflows"].get.operationId, "listWorkflows")
      assert.strictEqual(document.paths["/api/v1/executions"].post.operationId, "startExecution")
    })

    it("every tag an operation uses is declared with a description; info has a license", () => {
      const declared = new Map<string, Json>(document.tags.map((tag: Json) => [tag.name, tag]))
      for (const { operation, where } of operations(document)) {
        assert.lengthOf(operation.tags, 1, where)
        const tag = declared.get(operation.tags[0])
        assert.isDefined(tag, `${where}: tag ${operation.tags[0]} is declared`)
        assert.isString(tag.description, `tag ${tag.name} has a description`)
        assert.isAbove(tag.description.length, 10)
      }
      assert.deepStrictEqual(document.info.license, { name: "MIT", url: "https://opensource.org/licenses/MIT" })
    })

    it("records are additionalProperties maps and any JSON value is {}: the forms client generators read", () => {
      assert.notInclude(JSON.stringify(document), "patternProperties")
      const workflow = resolve(document, { $ref: "#/components/schemas/WorkflowDocument" })
      assert.deepStrictEqual(workflow.properties.variables, { type: "object", additionalProperties: { $ref: "#/components/schemas/Json" } })
      assert.strictEqual(resolve(document, workflow.properties.inputs.properties.fields.additionalProperties).properties.type.type, "string")
      assert.deepStrictEqual(document.components.schemas.Json, { description: "Any JSON value" })
    })

    it("servers is the origin the request reached: Host, or a proxy's X-Forwarded-Host and X-Forwarded-Proto", async () => {
      assert.deepStrictEqual(document.servers, [{ url: server.base, description: "This server" }])
      const port = new URL(server.base).port
      const named = await raw(server, "GET", "/openapi.json", { headers: { host: `localhost:${port}` } })
      assert.deepStrictEqual(named.body.servers, [{ url: `http://localhost:${port}`, description: "This server" }])
      const proxied = await raw(server, "GET", "/openapi.json", {
        headers: { "x-forwarded-proto": "https", "x-forwarded-host": "api.acme.test, inner.proxy" }
      })
      assert.deepStrictEqual(proxied.body.servers, [{ url: "https://api.acme.test", description: "This server" }])
      const yaml = await raw(server, "GET", "/openapi.yaml", { headers: { "x-forwarded-proto": "https", "x-forwarded-host": "api.acme.test" } })
      assert.deepStrictEqual(parse(yaml.text).servers, [{ url: "https://api.acme.test", description: "This server" }])
      // A host that is not one (or a scheme other than http/https) is not echoed: the document's own origin stands in.
      const odd = await raw(server, "GET", "/openapi.json", { headers: { "x-forwarded-host": "evil.test/<script>", "x-forwarded-proto": "javascript" } })
      assert.deepStrictEqual(odd.body.servers, [{ url: "/", description: "This server" }])
      const { servers: _servers, ...rest } = named.body
      const { servers: _others, ...same } = document
      assert.deepStrictEqual(rest, same, "only servers differ")
    })

    it("declares the bearer security scheme, required on every protected operation and not on the public ones", () => {
      const schemes = Object.entries<Json>(document.components?.securitySchemes ?? {})
      const bearer = schemes.find(([, scheme]) => scheme.type === "http" && String(scheme.scheme).toLowerCase() === "bearer")
      assert.isDefined(bearer, "an http bearer scheme")
      const name = bearer![0]
      const operation = (method: string, path: string) => document.paths[path][method]
      const requires = (method: string, path: string) => {
        const security: Array<Json> = operation(method, path).security ?? document.security ?? []
        return security.some((requirement) => Object.hasOwn(requirement, name))
      }
      for (
        const [method, path] of [
          ["get", "/api/v1/workflows"],
          ["post", "/api/v1/workflows"],
          ["delete", "/api/v1/workflows/{id}"],
          ["post", "/api/v1/executions"],
          ["get", "/api/v1/executions/{id}/logs"],
          ["post", "/api/v1/apikeys"],
          ["get", "/api/v1/auth/me"],
          ["post", "/api/v1/auth/logout"]
        ] as const
      ) {
        assert.isTrue(requires(method, path), `${method} ${path} requires the bearer scheme`)
        assert.property(operation(method, path).responses, "401", `${method} ${path} documents 401`)
      }
      for (
        const [method, path] of [
          ["get", "/healthz"],
          ["get", "/readyz"],
          ["post", "/api/v1/auth/signup"],
          ["post", "/api/v1/auth/login"],
          ["post", "/api/v1/auth/refresh"]
        ] as const
      ) {
        assert.isFalse(requires(method, path), `${method} ${path} is public`)
      }
    })

    it("documents the public chat routes under the tag \"chat (public)\", without the bearer scheme, and mode stream", () => {
      const publicPaths = Object.keys(document.paths).filter((path) => path.startsWith("/api/v1/chat/public/"))
      assert.sameMembers(publicPaths, [
        "/api/v1/chat/public/{publishableKey}/config",
        "/api/v1/chat/public/{publishableKey}/sessions",
        "/api/v1/chat/public/{publishableKey}/messages",
        "/api/v1/chat/public/{publishableKey}/messages/{messageId}/stream"
      ])
      for (const path of publicPaths) {
        for (const [method, operation] of Object.entries<Json>(document.paths[path])) {
          if (!methods.includes(method)) continue
          assert.deepStrictEqual(operation.tags, ["chat (public)"], `${method} ${path}`)
          assert.deepStrictEqual(operation.security ?? document.security ?? [], [], `${method} ${path} needs no bearer token`)
          assert.property(operation.responses, "403", `${method} ${path}: the origin refusal`)
          assert.property(operation.responses, "404", `${method} ${path}: an unknown key`)
        }
      }
      const send = document.paths["/api/v1/chat/public/{publishableKey}/messages"].post
      assert.property(send.responses["200"].content, "text/event-stream")
      for (const status of ["400", "401", "402", "429"]) assert.property(send.responses, status)
      assert.deepStrictEqual(document.paths["/api/v1/chat/deployments"].post.tags, ["Chat deployments"])
      const start = resolve(document, document.paths["/api/v1/executions"].post.requestBody.content["application/json"].schema)
      assert.include(JSON.stringify(start.properties.mode), "stream")
    })

    it("documents the error responses with { error } bodies", () => {
      const seen = new Set<string>()
      for (const [path, item] of Object.entries<Json>(document.paths)) {
        for (const [method, operation] of Object.entries<Json>(item)) {
          if (!methods.includes(method)) continue
          const responses = operation.responses as Record<string, Json>
          // A browser flow's success is a redirect (the provider sign-in's start and callback answer 302).
          assert.isTrue(Object.keys(responses).some((status) => /^(2\d\d|302)$/.test(status)), `${method} ${path}: a success`)
          for (const [status, response] of Object.entries(responses)) {
            if (!/^[45]\d\d$/.test(status)) continue
            seen.add(status)
            assertErrorResponse(document, response, `${method.toUpperCase()} ${path} ${status}`)
          }
          // Every operation may be refused by the rate limiter (but the probes) and may fail.
          if (path !== "/healthz" && path !== "/readyz") assert.property(responses, "429", `${method} ${path}`)
          assert.property(responses, "500", `${method} ${path}`)
        }
      }
      for (const status of ["400", "401", "402", "403", "404", "429", "500", "503"]) assert.isTrue(seen.has(status), `some ${status}`)
      // Specific ones.
      const responses = (method: string, path: string) => document.paths[path][method].responses
      assert.property(responses("post", "/api/v1/workflows"), "400")
      assert.property(responses("get", "/api/v1/workflows/{id}"), "404")
      assert.property(responses("get", "/api/v1/workflows"), "403")
      assert.property(responses("post", "/api/v1/executions"), "402")
      assert.property(responses("get", "/readyz"), "503")
      // 400 is the API's { error, details }, not the platform's schema-error body.
      const badRequest = alternatives(document, responses("post", "/api/v1/workflows")["400"].content["application/json"].schema)
      for (const alternative of badRequest) {
        assert.property(alternative.properties, "details")
        assert.notProperty(alternative.properties, "issues")
      }
      assert.notInclude(JSON.stringify(document), "HttpApiDecodeError")
    })

    it("GET /openapi.yaml parses to the same document", async () => {
      const answer = await server.request("GET", "/openapi.yaml")
      assert.strictEqual(answer.status, 200)
      assert.match(answer.headers.get("content-type") ?? "", /yaml/)
      assert.deepStrictEqual(parse(answer.text), document)
    })

    it("GET /docs/api-reference is HTML that works offline: no script or style from an http(s) URL", async () => {
      const answer = await server.request("GET", "/docs/api-reference")
      assert.strictEqual(answer.status, 200)
      assert.match(answer.headers.get("content-type") ?? "", /^text\/html/)
      const html = answer.text
      assert.match(html, /<html/i)
      assert.match(html, /<script/i, "the reference is scripted")
      // Tags that load scripts or styles: none from the network (or protocol-relative).
      const remote = /^\s*(?:https?:)?\/\//i
      for (const match of html.matchAll(/<script\b[^>]*\bsrc\s*=\s*["']?([^"'\s>]+)/gi)) {
        assert.notMatch(match[1]!, remote, `script ${match[1]}`)
      }
      for (const match of html.matchAll(/<link\b[^>]*>/gi)) {
        const href = /\bhref\s*=\s*["']?([^"'\s>]+)/i.exec(match[0])?.[1] ?? ""
        if (/\brel\s*=\s*["']?(?:stylesheet|preload|modulepreload|preconnect|dns-prefetch)/i.test(match[0])) {
          assert.notMatch(href, remote, `link ${match[0]}`)
        }
      }
      assert.notMatch(html, /@import\s+(?:url\()?\s*["']?(?:https?:)?\/\//i, "no remote CSS import")
      assert.notMatch(html, /cdn\.jsdelivr\.net\/npm\/@scalar\/api-reference[^"'`]*standalone/i, "no CDN bundle")
      // The inline bundle would add @font-face rules for fonts.scalar.com unless its default fonts are off.
      const configuration = /dataset\.configuration\s*=\s*JSON\.stringify\((\{.*?\})\)\s*<\/script>/s.exec(html)?.[1]
      assert.isDefined(configuration, "the reference's configuration")
      const config = JSON.parse(configuration!) as Record<string, unknown>
      assert.strictEqual(config.withDefaultFonts, false, "no fonts from fonts.scalar.com")
      assert.notMatch(JSON.stringify(config), /https?:\/\//, "the configuration names no remote URL (cdn, proxy)")
      // The script itself is served inline: the page embeds the document it shows.
      assert.include(html, document.info.title)
      assert.include(html, "/api/v1/workflows")
    })
  })

  describe.skipIf(skip(database))("the home page and /docs", () => {
    it("GET / is a self-contained HTML page whose links (reference, OpenAPI document, health) all answer 200", async () => {
      const answer = await fetch(`${server.base}/`)
      assert.strictEqual(answer.status, 200)
      assert.match(answer.headers.get("content-type") ?? "", /^text\/html/)
      assert.match(answer.headers.get("content-security-policy") ?? "", /default-src 'none'/, "the browser loads nothing else for it")
      const html = await answer.text()
      assert.match(html, /<title>Sire<\/title>/)
      assert.notMatch(html, /<script|<link|<img|<iframe|@import|url\(/i, "no script, style sheet, font or image")
      const links = [...html.matchAll(/<a href="([^"]+)"/g)].map((match) => match[1]!)
      assert.includeMembers(links, ["/docs/api-reference", "/openapi.json", "/openapi.yaml", "/healthz", "/readyz"])
      for (const link of links) {
        assert.match(link, /^\/[^/]/, `${link} is a path on this server`)
        const target = await fetch(`${server.base}${link}`)
        assert.strictEqual(target.status, 200, link)
        await target.arrayBuffer()
      }
    })

    it("HEAD / answers 200 as HTML without a body; POST / is 405 with Allow: GET", async () => {
      const head = await fetch(`${server.base}/`, { method: "HEAD" })
      assert.strictEqual(head.status, 200)
      assert.match(head.headers.get("content-type") ?? "", /^text\/html/)
      assert.strictEqual(await head.text(), "")
      const post = await server.request("POST", "/", { body: {} })
      assert.strictEqual(post.status, 405)
      assert.strictEqual(post.headers.get("allow"), "GET")
      assert.deepStrictEqual(post.body, { error: "method POST not allowed on /" })
    })

    it("GET /docs redirects to /docs/api-reference; other unknown paths are still JSON 404s", async () => {
      const docs = await fetch(`${server.base}/docs`, { redirect: "manual" })
      assert.strictEqual(docs.status, 302)
      assert.strictEqual(docs.headers.get("location"), "/docs/api-reference")
      const followed = await fetch(`${server.base}/docs`)
      assert.strictEqual(followed.url, `${server.base}/docs/api-reference`)
      assert.match(followed.headers.get("content-type") ?? "", /^text\/html/)
      await followed.arrayBuffer()
      for (const path of ["/index.html", "/docs/nope", "/api", "/api/v1"]) {
        const missing = await server.request("GET", path)
        assert.strictEqual(missing.status, 404, path)
        assert.deepStrictEqual(missing.body, { error: `no route for GET ${path}` })
        assert.isNotNull(missing.headers.get("x-request-id"), path)
      }
    })
  })
})

describe("documents behind SIRE_PUBLIC_URL", () => {
  let server: TestServer
  beforeAll(async () => {
    server = await start("pglite", {
      serverLayer: (options) =>
        Server.layer({ ...options, config: { ...options.config, publicUrl: "https://sire.acme.test", publicUrlConfigured: true } })
    })
  })
  afterAll(async () => {
    await server?.close()
  })

  it("servers is the configured public URL, whatever the request's origin", async () => {
    const servers = [{ url: "https://sire.acme.test", description: "This server (SIRE_PUBLIC_URL)" }]
    assert.deepStrictEqual((await server.request("GET", "/openapi.json")).body.servers, servers)
    const proxied = await raw(server, "GET", "/openapi.json", { headers: { "x-forwarded-host": "other.test" } })
    assert.deepStrictEqual(proxied.body.servers, servers)
    assert.deepStrictEqual(parse((await server.request("GET", "/openapi.yaml")).text).servers, servers)
  })
})
