import { defineProject } from "vitest/config"

export default defineProject({
  test: {
    name: "npm-install",
    include: ["test/**/*.test.ts"],
    testTimeout: 900_000,
    hookTimeout: 900_000
  }
})
