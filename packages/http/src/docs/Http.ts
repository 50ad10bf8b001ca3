/**
 * The API's documents: OpenAPI 3.1 at `/openapi.json` and `/openapi.yaml`, generated from the
 * `HttpApi`, and an interactive reference (Scalar, bundled: no CDN) at `/docs/api-reference`.
 *
 * @since 0.1.0
 */
import { HttpApiBuilder, HttpApiScalar, HttpServerResponse, OpenApi } from "@effect/platform"
import { Effect, Layer } from "effect"
import { stringify } from "yaml"
import { SireApi } from "../Api.js"

/** The OpenAPI document of the API. */
export const spec = (): OpenApi.OpenAPISpec => OpenApi.fromApi(SireApi)

/** `/openapi.json` and `/openapi.yaml`, both rendered once from one generated document. */
const documents = HttpApiBuilder.Router.use((router) =>
  Effect.gen(function*() {
    const document = spec()
    yield* router.get("/openapi.json", HttpServerResponse.unsafeJson(document))
    yield* router.get(
      "/openapi.yaml",
      HttpServerResponse.text(stringify(document, { aliasDuplicateObjects: false }), { contentType: "application/yaml" })
    )
  })
)

/** Serves the documents. */
export const DocsLive = Layer.mergeAll(
  documents,
  // Scalar's default fonts are CSS from fonts.scalar.com: off, so the page needs no network.
  HttpApiScalar.layer({ path: "/docs/api-reference", scalar: { withDefaultFonts: false } })
)
