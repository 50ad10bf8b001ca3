/**
 * The conformance kit against the SQL stores on PostgreSQL. Every layer build gets its own schema
 * (created, migrated, dropped on release), so each test sees a fresh, isolated store.
 * Skipped with a warning when PostgreSQL is unreachable, unless `SIRE_REQUIRE_POSTGRES=1`.
 */
import { describe } from "@effect/vitest"
import { Layer } from "effect"
import * as SqlSharedRateLimitStore from "../src/SqlSharedRateLimitStore.js"
import { suite } from "../src/testkit.js"
import { sqlLayers } from "./fixtures.js"
import { isolatedSql, unreachable } from "./postgres.js"

describe.skipIf(unreachable !== undefined)("PostgreSQL adapters", () => {
  suite("PostgreSQL", sqlLayers(isolatedSql))
  // One process alone: the shared store (what several servers use) must be exactly a sliding log.
  suite("PostgreSQL, shared rate limits", {
    rateLimitStore: SqlSharedRateLimitStore.layer().pipe(Layer.provide(isolatedSql), Layer.orDie)
  })
})
