import { defineProject } from "vitest/config"

export default defineProject({
  test: {
    name: "widget",
    include: ["test/**/*.test.ts"],
    globalSetup: ["test/buildAll.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000
  }
})
