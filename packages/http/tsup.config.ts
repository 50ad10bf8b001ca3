import { copyFile } from "node:fs/promises"
import type { Plugin } from "esbuild"
import { defineConfig, type Options } from "tsup"

/**
 * The `sire` command as built JavaScript: `src/bin.ts` bundled with its dependencies into
 * `dist/sire.js` (one file to parse at start-up instead of thousands of modules), with what a
 * request may never need — the OpenTelemetry SDK, Stripe, the MCP client, the API reference page —
 * split into chunks that load on first use. Native and WebAssembly packages stay outside (they find
 * their files beside their own modules), and so does the sandbox's worker, copied beside the bundle.
 */
/**
 * `@effect/platform`'s index re-exports `HttpApiScalar` (3 MB of Scalar's script); esbuild would
 * put that file in a chunk the entry imports, although only the docs route loads it, on demand
 * (`import("@effect/platform/HttpApiScalar")`). The index's re-export is never used: it gets an
 * empty module, and the on-demand import keeps the real one, in a chunk of its own.
 */
const scalarOnlyOnDemand: Plugin = {
  name: "scalar-only-on-demand",
  setup(build) {
    build.onResolve({ filter: /^\.\/HttpApiScalar\.js$/ }, (args) =>
      /@effect[/\\]platform[/\\]dist[/\\]esm[/\\]index\.js$/.test(args.importer) ? { path: "HttpApiScalar", namespace: "sire-unused" } : undefined)
    build.onLoad({ filter: /.*/, namespace: "sire-unused" }, () => ({ contents: "export {}", loader: "js" }))
  }
}

/**
 * `@effect/cli` parses configuration files (`Options.fileParse`: YAML, TOML, INI) with three
 * parsers it imports at start-up, ≈ 400 KB that every `sire` start would compile; the command
 * reads no configuration file (its arguments are paths, and documents are JSON), so in the
 * command's bundle those imports get a parser that refuses.
 */
const noCliConfigFiles: Plugin = {
  name: "no-cli-config-files",
  setup(build) {
    build.onResolve({ filter: /^(yaml|toml|ini)$/ }, (args) =>
      /@effect[/\\]cli[/\\]dist[/\\]esm[/\\]internal[/\\]files\.js$/.test(args.importer)
        ? { path: args.path, namespace: "sire-no-config-files" }
        : undefined)
    build.onLoad({ filter: /.*/, namespace: "sire-no-config-files" }, (args) => ({
      contents: `export const parse = () => { throw new Error("sire reads no ${args.path} configuration file") }`,
      loader: "js"
    }))
  }
}

/**
 * `@effect/platform-node`'s HTTP server module imports its undici HTTP client (for its test layer),
 * ≈ 1 MB that every `sire` start would compile; the command never uses that client (outbound
 * requests go through `@sire/nodes`' egress guard, which loads the real undici on its first
 * request, in a chunk of its own). In the command's bundle that client's `undici` is a module whose
 * `Agent` and global dispatcher refuse, saying why.
 */
const noPlatformUndici: Plugin = {
  name: "no-platform-undici",
  setup(build) {
    build.onResolve({ filter: /^undici$/ }, (args) =>
      /@effect[/\\]platform-node[/\\]dist[/\\]esm[/\\]Undici\.js$/.test(args.importer)
        ? { path: "undici", namespace: "sire-no-platform-undici" }
        : undefined)
    build.onLoad({ filter: /.*/, namespace: "sire-no-platform-undici" }, () => ({
      contents: [
        "const refuse = () => { throw new Error(\"the sire command leaves out @effect/platform-node's HTTP client: outbound requests go through the egress guard\") }",
        "export class Agent { constructor() { refuse() } }",
        "export const getGlobalDispatcher = refuse",
        "export default { Agent, getGlobalDispatcher }"
      ].join("\n"),
      loader: "js"
    }))
  }
}

const outside = ["@electric-sql/pglite", "@node-rs/argon2", "quickjs-emscripten", "pg", "pg-native"]

/** The `sire` command, bundled (see above). */
const command = {
  entry: { sire: "src/bin.ts" },
  format: ["esm"],
  platform: "node",
  target: "node20",
  splitting: true,
  metafile: true,
  // `pnpm start` builds before it serves: errors only, not the list of chunks.
  silent: true,
  sourcemap: true,
  noExternal: [new RegExp(`^(?!(${outside.join("|")})(/|$))`)],
  external: outside,
  // CommonJS dependencies inside an ES module still call `require` for Node's built-ins.
  banner: { js: "import { createRequire as __sireCreateRequire } from \"node:module\"; const require = __sireCreateRequire(import.meta.url);" },
  esbuildOptions: (options) => {
    options.mainFields = ["module", "main"]
  },
  esbuildPlugins: [scalarOnlyOnDemand, noCliConfigFiles, noPlatformUndici],
  onSuccess: () => copyFile("../nodes/src/sandboxWorker.mjs", "dist/sandboxWorker.mjs")
} satisfies Options

/**
 * The library a host imports (`import { Server } from "@sire/http"`): `src/index.ts` with its
 * declarations, every dependency left to the host's `node_modules`.
 */
const library = {
  entry: { index: "src/index.ts" },
  format: ["esm"],
  platform: "node",
  target: "node20",
  silent: true,
  sourcemap: true,
  dts: { compilerOptions: { composite: false, incremental: false } },
  esbuildPlugins: [scalarOnlyOnDemand]
} satisfies Options

export default defineConfig([command, library])
