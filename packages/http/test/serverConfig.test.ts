/**
 * The server's numeric settings read from the environment: a blank value keeps the default (a
 * `NAME=` line in an env file must not mean 0), only plain digits within range are accepted, and
 * an API-only process (`SIRE_WORKER_CONCURRENCY=0`) is refused on the embedded PGlite database,
 * where no other process could run its executions. The sandbox's size (`SIRE_SANDBOX_WORKERS`)
 * follows the cores by default and the code node's timeout ceiling (`SIRE_CODE_TIMEOUT_MAX_MS`) is
 * 30 s; both refuse values out of range. `SIRE_RETENTION_DAYS` is 30 by default, 1 to 3650. `SIRE_PUBLIC_URL` is the public URL when set, `http://localhost:<PORT>` otherwise.
 */
import { NodeContext } from "@effect/platform-node"
import { assert, describe, it } from "@effect/vitest"
import { ConfigProvider, Effect, Either } from "effect"
import { availableParallelism } from "node:os"
import * as ServerConfig from "../src/ServerConfig.js"

const load = (env: Record<string, string>) =>
  Effect.runPromise(Effect.either(ServerConfig.load.pipe(
    Effect.withConfigProvider(ConfigProvider.fromMap(new Map(Object.entries({ SIRE_SECRET: "s".repeat(32), ...env })))),
    Effect.provide(NodeContext.layer)
  )))

const loaded = async (env: Record<string, string>) => {
  const result = await load(env)
  if (Either.isLeft(result)) throw new Error(`expected the settings to load: ${String(result.left)}`)
  return result.right
}

const refusal = async (env: Record<string, string>) => {
  const result = await load(env)
  assert.isTrue(Either.isLeft(result), `expected ${JSON.stringify(env)} to be refused`)
  return String(Either.isLeft(result) ? result.left : "")
}

describe("numeric settings", () => {
  it("unset or blank values keep the defaults (8080, 50 executions, 64 at once)", async () => {
    for (const env of [{}, { PORT: "", SIRE_FREE_TIER_EXECUTIONS: " ", SIRE_WORKER_CONCURRENCY: "" }]) {
      const config = await loaded(env)
      assert.strictEqual(config.port, 8080)
      assert.strictEqual(config.freeTierExecutions, 50)
      assert.strictEqual(config.workerConcurrency, 64)
    }
  })

  it("plain digits within range are taken", async () => {
    const config = await loaded({ PORT: " 0 ", SIRE_FREE_TIER_EXECUTIONS: "0", SIRE_WORKER_CONCURRENCY: "1024" })
    assert.deepStrictEqual([config.port, config.freeTierExecutions, config.workerConcurrency], [0, 0, 1024])
    assert.strictEqual((await loaded({ SIRE_FREE_TIER_EXECUTIONS: "1000000000" })).freeTierExecutions, 1_000_000_000, "a quota lifted for benchmarks")
  })

  it("signs, fractions, exponents, hex, words and out-of-range values are refused, naming the variable", async () => {
    for (const value of ["-1", "2.5", "1e2", "0x10", "abc", "65536"]) {
      assert.include(await refusal({ PORT: value }), "PORT must be an integer from 0 to 65535")
    }
    for (const value of ["-1", "2.5", "1e2", "0x10", "abc", "1025"]) {
      assert.include(await refusal({ SIRE_WORKER_CONCURRENCY: value }), "SIRE_WORKER_CONCURRENCY must be an integer from 0")
    }
    assert.include(await refusal({ SIRE_FREE_TIER_EXECUTIONS: "-5" }), "SIRE_FREE_TIER_EXECUTIONS must be a non-negative integer")
  })

  it("an API-only process needs PostgreSQL: SIRE_WORKER_CONCURRENCY=0 is refused without DATABASE_URL, taken with it", async () => {
    assert.include(await refusal({ SIRE_WORKER_CONCURRENCY: "0" }), "SIRE_WORKER_CONCURRENCY=0 (API only) needs DATABASE_URL")
    const config = await loaded({ SIRE_WORKER_CONCURRENCY: "0", DATABASE_URL: "postgres://postgres@127.0.0.1:5432/test" })
    assert.strictEqual(config.workerConcurrency, 0)
  })
})

describe("the code node's sandbox settings", () => {
  it("unset or blank: one sandbox worker per core plus one (2 to 16), and a 30 s ceiling on a code node's timeoutMs", async () => {
    for (const env of [{}, { SIRE_SANDBOX_WORKERS: "", SIRE_CODE_TIMEOUT_MAX_MS: " " }]) {
      const config = await loaded(env)
      assert.strictEqual(config.sandboxWorkers, Math.min(availableParallelism(), 15) + 1)
      assert.strictEqual(config.codeTimeoutMaxMs, 30_000)
    }
    assert.deepStrictEqual([1, 2, 8, 15, 16, 128].map((cores) => ServerConfig.defaultSandboxWorkers(cores)), [2, 3, 9, 16, 16, 16])
  })

  it("values within range are taken", async () => {
    const low = await loaded({ SIRE_SANDBOX_WORKERS: "2", SIRE_CODE_TIMEOUT_MAX_MS: "1000" })
    assert.deepStrictEqual([low.sandboxWorkers, low.codeTimeoutMaxMs], [2, 1_000])
    const high = await loaded({ SIRE_SANDBOX_WORKERS: " 64 ", SIRE_CODE_TIMEOUT_MAX_MS: "600000" })
    assert.deepStrictEqual([high.sandboxWorkers, high.codeTimeoutMaxMs], [64, 600_000])
  })

  it("out of range, signed, fractional or not a number is refused, naming the variable and its range", async () => {
    for (const value of ["0", "1", "65", "-3", "2.5", "1e1", "four"]) {
      assert.include(await refusal({ SIRE_SANDBOX_WORKERS: value }), "SIRE_SANDBOX_WORKERS must be an integer from 2 to 64", value)
    }
    for (const value of ["0", "999", "600001", "-1", "30000.5", "3e4", "30s"]) {
      assert.include(await refusal({ SIRE_CODE_TIMEOUT_MAX_MS: value }), "SIRE_CODE_TIMEOUT_MAX_MS must be an integer from 1000 to 600000", value)
    }
  })
})

describe("the retention period", () => {
  it("unset or blank: 30 days; whole days from 1 to 3650 are taken", async () => {
    for (const env of [{}, { SIRE_RETENTION_DAYS: "" }, { SIRE_RETENTION_DAYS: "  " }]) assert.strictEqual((await loaded(env)).retentionDays, 30)
    for (const days of [1, 7, 3650]) assert.strictEqual((await loaded({ SIRE_RETENTION_DAYS: ` ${days} ` })).retentionDays, days)
  })

  it("zero, beyond ten years, signed, fractional or not a number is refused, naming the variable and its range", async () => {
    for (const value of ["0", "3651", "-1", "+7", "1.5", "1e2", "30d", "thirty"]) {
      assert.include(await refusal({ SIRE_RETENTION_DAYS: value }), "SIRE_RETENTION_DAYS must be an integer from 1 to 3650", value)
    }
  })
})

describe("the public URL", () => {
  it("SIRE_PUBLIC_URL is the public URL without trailing slashes, and marked configured (the OpenAPI document's server)", async () => {
    const config = await loaded({ SIRE_PUBLIC_URL: "https://sire.acme.test/" })
    assert.deepStrictEqual([config.publicUrl, config.publicUrlConfigured], ["https://sire.acme.test", true])
  })

  it("unset or blank: http://localhost:<PORT>, not configured (the document names each request's origin)", async () => {
    for (const env of [{ PORT: "9090" }, { PORT: "9090", SIRE_PUBLIC_URL: " " }]) {
      const config = await loaded(env)
      assert.deepStrictEqual([config.publicUrl, config.publicUrlConfigured], ["http://localhost:9090", false], JSON.stringify(env))
    }
  })
})
