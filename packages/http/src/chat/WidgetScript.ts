/**
 * `GET /chat/sire-chat.js`: the built chat widget (`@sire/chat`'s IIFE) for a site's
 * `<script src>` tag. Read from the installed package on first request and kept in memory; served
 * with an `ETag` (a `304` for a matching `If-None-Match`), `Cache-Control: public, max-age=3600`
 * and `Access-Control-Allow-Origin: *` — it is public code, loaded from other origins. A 404
 * `{ error }` while the widget is not built.
 *
 * @since 0.1.0
 */
import { HttpApiBuilder, HttpServerRequest, HttpServerResponse } from "@effect/platform"
import { Effect, Option } from "effect"
import { createHash } from "node:crypto"
import { readFile } from "node:fs/promises"
import { createRequire } from "node:module"
import { dirname, join } from "node:path"
import { Settings } from "../Settings.js"

/** Where the widget is served. */
export const widgetPath = "/chat/sire-chat.js"

/** Where the installed `@sire/chat` package keeps its built widget (`dist/sire-chat.js`), or `undefined` without the package. */
export const packagedWidgetFile = (): string | undefined => {
  try {
    return join(dirname(createRequire(import.meta.url).resolve("@sire/chat/package.json")), "dist", "sire-chat.js")
  } catch {
    return undefined
  }
}

/** The widget's bytes and their entity tag. */
interface Script {
  readonly body: Uint8Array
  readonly etag: string
}

const load = (file: string | undefined): Promise<Script | undefined> =>
  file === undefined
    ? Promise.resolve(undefined)
    : readFile(file).then(
      (body) => ({ body, etag: `"${createHash("sha256").update(body).digest("base64url").slice(0, 32)}"` }),
      () => undefined
    )

const headers = (etag: string) => ({
  etag,
  "cache-control": "public, max-age=3600",
  "access-control-allow-origin": "*",
  "cross-origin-resource-policy": "cross-origin",
  "x-content-type-options": "nosniff"
})

/** Serves the widget (its file found once it exists, then kept). */
export const WidgetScriptLive = HttpApiBuilder.Router.use((router) =>
  Effect.gen(function*() {
    const settings = yield* Settings
    let script: Script | undefined
    const handler = Effect.gen(function*() {
      script ??= yield* Effect.promise(() => load(settings.chatWidgetFile ?? packagedWidgetFile()))
      if (script === undefined) {
        return HttpServerResponse.unsafeJson({ error: "the chat widget is not built (run pnpm build)" }, { status: 404 })
      }
      const request = yield* HttpServerRequest.HttpServerRequest
      const given = Option.fromNullable(request.headers["if-none-match"])
      if (Option.exists(given, (value) => value.split(",").some((tag) => tag.trim().replace(/^W\//, "") === script!.etag))) {
        return HttpServerResponse.empty({ status: 304, headers: headers(script.etag) })
      }
      return HttpServerResponse.uint8Array(script.body, { contentType: "application/javascript; charset=utf-8", headers: headers(script.etag) })
    })
    yield* router.get(widgetPath, handler)
  })
)
