import { defineProject } from "vitest/config"

export default defineProject({
  test: {
    name: "http",
    include: ["test/**/*.test.ts"],
    globalSetup: ["test/buildServer.ts"],
    testTimeout: 60_000,
    hookTimeout: 180_000
  }
})
