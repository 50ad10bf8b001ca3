/**
 * The size budget: the IIFE a page loads (`dist/sire-chat.js`, built by the global set-up) is at
 * most 20 KB gzipped, and the ES module build exists with its type declarations.
 */
import { existsSync, readFileSync } from "node:fs"
import { join } from "node:path"
import { gzipSync } from "node:zlib"
import { assert, describe, it } from "vitest"
import { widgetDir } from "./buildAll.js"

describe("the built widget", () => {
  it("is at most 20 KB (20,480 bytes) gzipped as the IIFE a <script> tag loads", () => {
    const script = readFileSync(join(widgetDir, "dist", "sire-chat.js"))
    const gzipped = gzipSync(script, { level: 9 }).byteLength
    console.log(`dist/sire-chat.js: ${script.byteLength} bytes, ${gzipped} bytes gzipped`)
    assert.isAtMost(gzipped, 20 * 1024)
  })

  it("ships an ES module with its .d.ts, and an IIFE that defines <sire-chat> and window.SireChat", () => {
    for (const file of ["index.js", "index.d.ts", "sire-chat.js"]) assert.isTrue(existsSync(join(widgetDir, "dist", file)), file)
    const script = readFileSync(join(widgetDir, "dist", "sire-chat.js"), "utf8")
    assert.match(script, /^"use strict";var SireChat=/)
    assert.include(script, "sire-chat")
    assert.notMatch(script, /innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\(|new Function/, "no HTML parsing, no eval")
  })
})
