/**
 * `GET /chat/sire-chat.js` through the real server: the widget file with its type, `ETag` (and
 * `304` for a matching `If-None-Match`), one hour of public caching and `Access-Control-Allow-Origin: *`
 * for this file only; a 404 `{ error }` when the widget is not built. The installed `@sire/chat`
 * package is where the file comes from by default.
 */
import { afterAll, assert, beforeAll, describe, it } from "@effect/vitest"
import { mkdtempSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join, sep } from "node:path"
import { packagedWidgetFile, widgetPath } from "../src/chat/WidgetScript.js"
import { start, type TestServer } from "./harness.js"

describe("the chat widget's script", () => {
  const file = join(mkdtempSync(join(tmpdir(), "sire-widget-")), "sire-chat.js")
  const script = "(()=>{window.__sireChatLoaded=1})();\n"
  let server: TestServer
  let missing: TestServer
  beforeAll(async () => {
    writeFileSync(file, script)
    server = await start("pglite", { settings: { chatWidgetFile: file } })
    missing = await start("pglite", { settings: { chatWidgetFile: join(tmpdir(), "no-such-dir-sire", "sire-chat.js") } })
  })
  afterAll(async () => {
    await server?.close()
    await missing?.close()
  })

  it("is served as JavaScript with an ETag, public caching for an hour and CORS * (no credentials)", async () => {
    const answer = await server.request("GET", widgetPath, { headers: { origin: "https://shop.example" } })
    assert.strictEqual(answer.status, 200)
    assert.strictEqual(answer.text, script)
    assert.strictEqual(answer.headers.get("content-type"), "application/javascript; charset=utf-8")
    assert.strictEqual(answer.headers.get("cache-control"), "public, max-age=3600")
    assert.strictEqual(answer.headers.get("access-control-allow-origin"), "*")
    assert.isNull(answer.headers.get("access-control-allow-credentials"))
    assert.strictEqual(answer.headers.get("x-content-type-options"), "nosniff")
    assert.match(answer.headers.get("etag") ?? "", /^"[A-Za-z0-9_-]{32}"$/)
  })

  it("answers 304 without a body to a matching If-None-Match, and the file to a stale one", async () => {
    const etag = (await server.request("GET", widgetPath)).headers.get("etag")!
    const fresh = await server.request("GET", widgetPath, { headers: { "if-none-match": `"other", W/${etag}` } })
    assert.strictEqual(fresh.status, 304)
    assert.strictEqual(fresh.text, "")
    assert.strictEqual(fresh.headers.get("etag"), etag)
    const stale = await server.request("GET", widgetPath, { headers: { "if-none-match": "\"stale\"" } })
    assert.strictEqual(stale.status, 200)
    assert.strictEqual(stale.text, script)
  })

  it("is the only route with CORS *: the API's answers carry none", async () => {
    const answer = await server.request("GET", "/api/v1/workflows", { headers: { origin: "https://shop.example" } })
    assert.isNull(answer.headers.get("access-control-allow-origin"))
  })

  it("is a 404 { error } when the widget was not built, and other methods a 405", async () => {
    const answer = await missing.request("GET", widgetPath)
    assert.strictEqual(answer.status, 404)
    assert.match(answer.body.error, /chat widget is not built/)
    const post = await missing.request("POST", widgetPath)
    assert.strictEqual(post.status, 405)
    assert.strictEqual(post.headers.get("allow"), "GET")
  })

  it("comes from the installed @sire/chat package by default (its dist/sire-chat.js)", () => {
    const packaged = packagedWidgetFile()
    assert.isDefined(packaged, "@sire/chat is a dependency of @sire/http")
    assert.isTrue(packaged!.endsWith(["widget", "dist", "sire-chat.js"].join(sep)), packaged)
  })
})
