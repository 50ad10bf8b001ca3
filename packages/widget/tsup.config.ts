import { defineConfig } from "tsup"

/**
 * Two builds of one source: `dist/index.js` (ES module with `.d.ts`, for bundlers) and
 * `dist/sire-chat.js` (one minified IIFE for a `<script src>` tag: it defines `<sire-chat>` and
 * sets `window.SireChat = { createChat, SireChatElement }`). Browser targets, no dependencies.
 */
export default defineConfig([
  {
    entry: { index: "src/index.ts" },
    format: ["esm"],
    platform: "browser",
    target: "es2020",
    dts: { compilerOptions: { composite: false, incremental: false } },
    clean: true,
    sourcemap: true,
    silent: true
  },
  {
    entry: { "sire-chat": "src/index.ts" },
    format: ["iife"],
    globalName: "SireChat",
    platform: "browser",
    target: "es2020",
    minify: true,
    outExtension: () => ({ js: ".js" }),
    silent: true
  }
])
