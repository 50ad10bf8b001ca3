/**
 * The bundled server: the API's handlers, its OpenAPI document at `/openapi.json`, and a Sire
 * runtime (engine and worker) over the configured storage — PostgreSQL when `DATABASE_URL` is
 * set, PGlite under the data dir otherwise — listening on `HOST:PORT`.
 *
 * @since 0.1.0
 */
import { HttpApiBuilder, HttpMiddleware, HttpServer } from "@effect/platform"
import { NodeHttpServer } from "@effect/platform-node"
import { Layer, Option } from "effect"
import { createServer } from "node:http"
import { join } from "node:path"
import * as Sire from "@sire/core/Sire"
import * as SqlStorage from "@sire/adapters/SqlStorage"
import { SireApi } from "./Api.js"
import { HealthLive } from "./health/Http.js"
import type { ServerConfig } from "./ServerConfig.js"

/** The storage the settings choose: PostgreSQL at `DATABASE_URL`, else PGlite in `<dataDir>/db`. */
export const storage = (config: ServerConfig) =>
  Option.match(config.databaseUrl, {
    onNone: () => SqlStorage.layerPglite({ dataDir: join(config.dataDir, "db") }),
    onSome: (url) => SqlStorage.layerPostgres({ url, applicationName: "sire" })
  })

/** Every group's handlers, over the API. */
export const ApiLive = HttpApiBuilder.api(SireApi).pipe(Layer.provide(HealthLive))

/** The HTTP app with its OpenAPI document, without a server (for tests and other hosts). */
export const app = HttpApiBuilder.middlewareOpenApi({ path: "/openapi.json" }).pipe(Layer.provideMerge(ApiLive))

/** The whole server for `config`: runs until its scope closes, then hands back in-flight work. */
export const layer = (config: ServerConfig) =>
  HttpApiBuilder.serve(HttpMiddleware.logger).pipe(
    Layer.provide(app),
    HttpServer.withLogAddress,
    Layer.provide(NodeHttpServer.layer(createServer, { port: config.port, ...(config.host ? { host: config.host } : {}) })),
    Layer.provide(Layer.provideMerge(Sire.layerWith({}), storage(config)))
  )
