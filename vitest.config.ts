import { defineConfig } from "vitest/config"

const report = process.env.SIRE_TEST_REPORT

export default defineConfig({
  test: {
    projects: ["packages/*/vitest.config.ts", "examples/*/vitest.config.ts"],
    ...(report ? { reporters: ["default", "json"], outputFile: { json: report } } : {})
  }
})
