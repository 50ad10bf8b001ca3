import { copyFile } from "node:fs/promises"
import { defineConfig } from "tsup"

/** Each public module with its declarations; the sandbox's worker is copied beside the modules, where `SandboxPool` finds it. */
export default defineConfig({
  entry: ["src/*.ts"],
  format: ["esm"],
  dts: { compilerOptions: { composite: false, incremental: false } },
  clean: true,
  sourcemap: true,
  target: "node20",
  onSuccess: () => copyFile("src/sandboxWorker.mjs", "dist/sandboxWorker.mjs")
})
