/**
 * The Sire REST API as one `HttpApi`: one group per resource (`<resource>/Api.ts`), served by the
 * handlers in `<resource>/Http.ts`. Its OpenAPI document is served at `/openapi.json`.
 *
 * @since 0.1.0
 */
import { HttpApi, OpenApi } from "@effect/platform"
import { HealthApi } from "./health/Api.js"

/** The whole API. */
export class SireApi extends HttpApi.make("sire")
  .add(HealthApi)
  .annotate(OpenApi.Title, "Sire")
  .annotate(OpenApi.Version, "0.1.0")
  .annotate(OpenApi.Description, "The REST API of Sire, the embeddable workflow engine.")
{}
