/**
 * The API's documents: OpenAPI 3.1 at `/openapi.json` and `/openapi.yaml`, generated from the
 * `HttpApi`, and an interactive reference (Scalar, bundled: no CDN) at `/docs/api-reference`;
 * `/` is a home page linking them (`Pages`), `/docs` redirects to the reference.
 * Each is rendered on its first request, not at start-up: a server that is never asked for its
 * documents never pays for them (Scalar's script alone is 3 MB).
 *
 * @since 0.1.0
 */
import { HttpApi, HttpApiBuilder, HttpServerRequest, HttpServerResponse, OpenApi } from "@effect/platform"
import { Context, Effect, Layer } from "effect"
import { SireApi } from "../Api.js"
import { Settings } from "../Settings.js"
import { docsPath, homePage, homePath, homeSecurityPolicy, referencePath } from "./Pages.js"
import { servers } from "./Servers.js"

/** The OpenAPI document of the API, without `servers` (the server adds them per request, see `Servers`). */
export const spec = (): OpenApi.OpenAPISpec => OpenApi.fromApi(SireApi)

/** The document's `servers` for the request being answered. */
const requestServers = (openApiServer: string | undefined) =>
  Effect.map(HttpServerRequest.HttpServerRequest, (request) => servers(openApiServer, request.headers))

/**
 * The reference page's handler: Scalar's own layer, built on first use into a router of its own
 * (its module is loaded then), which then answers every request for the page.
 */
const referencePage = Effect.gen(function*() {
  const { layer } = yield* Effect.promise(() => import("@effect/platform/HttpApiScalar"))
  // Scalar's default fonts are CSS from fonts.scalar.com: off, so the page needs no network.
  const page = layer({ path: referencePath, scalar: { withDefaultFonts: false } }).pipe(
    Layer.provideMerge(HttpApiBuilder.Router.Live),
    Layer.provide(Layer.succeed(HttpApi.Api, { api: SireApi as never, context: Context.empty() }))
  )
  return yield* HttpApiBuilder.Router.router.pipe(Effect.provide(page))
})

/** Serves the documents, the home page and the `/docs` redirect. */
export const DocsLive = HttpApiBuilder.Router.use((router) =>
  Effect.gen(function*() {
    const { openApiServer } = yield* Settings
    const json = Effect.map(requestServers(openApiServer), (servers) => {
      const { openapi, info, ...rest } = spec()
      return HttpServerResponse.unsafeJson({ openapi, info, servers, ...rest })
    })
    const yamlOf = yield* Effect.cached(Effect.promise(async () => {
      const { stringify } = await import("yaml")
      return { stringify, document: stringify(spec(), { aliasDuplicateObjects: false }) }
    }))
    // A YAML mapping's keys may come in any order: the per-request `servers` follow the cached rest.
    const yaml = Effect.map(Effect.zip(yamlOf, requestServers(openApiServer)), ([{ document, stringify }, servers]) =>
      HttpServerResponse.text(`${document}${stringify({ servers })}`, { contentType: "application/yaml" }))
    const reference = yield* Effect.cached(referencePage)
    yield* router.get("/openapi.json", json)
    yield* router.get("/openapi.yaml", yaml)
    yield* router.get(referencePath, Effect.flatten(reference))
    yield* router.get(homePath, Effect.succeed(HttpServerResponse.text(homePage, {
      contentType: "text/html; charset=utf-8",
      headers: { "content-security-policy": homeSecurityPolicy }
    })))
    yield* router.get(docsPath, Effect.succeed(HttpServerResponse.redirect(referencePath, { status: 302 })))
  })
)
