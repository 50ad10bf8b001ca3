/**
 * @sire/http — the Sire REST API (`HttpApi`), its handlers and the bundled server (`sire serve`).
 *
 * @since 0.1.0
 */
export * as Api from "./Api.js"
export * as HealthApi from "./health/Api.js"
export * as HealthHttp from "./health/Http.js"
export * as Server from "./Server.js"
export * as ServerConfig from "./ServerConfig.js"
