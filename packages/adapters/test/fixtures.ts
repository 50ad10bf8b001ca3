/** The SQL adapters as testkit layers over a client that gives each build its own migrated schema. */
import type * as SqlClient from "@effect/sql/SqlClient"
import { Layer } from "effect"
import * as SqlExecutionStore from "../src/SqlExecutionStore.js"
import * as SqlQuotaStore from "../src/SqlQuotaStore.js"
import * as SqlRateLimitStore from "../src/SqlRateLimitStore.js"
import * as SqlStartStore from "../src/SqlStartStore.js"
import * as SqlWorkflowStore from "../src/SqlWorkflowStore.js"
import * as SqlWorkQueue from "../src/SqlWorkQueue.js"
import type { Layers } from "../src/testkit.js"

/** Every SQL port over `isolatedSql` (built afresh per test), failures in set-up as defects. */
export const sqlLayers = <E>(isolatedSql: Layer.Layer<SqlClient.SqlClient, E>): Layers => {
  const over = <A>(layer: Layer.Layer<A, never, SqlClient.SqlClient>) => layer.pipe(Layer.provide(isolatedSql), Layer.orDie)
  return {
    workQueue: over(SqlWorkQueue.layer),
    executionStore: over(SqlExecutionStore.layer),
    workflowStore: over(SqlWorkflowStore.layer),
    rateLimitStore: over(SqlRateLimitStore.layer),
    quotaStore: over(SqlQuotaStore.layer),
    engine: over(Layer.mergeAll(SqlExecutionStore.layer, SqlWorkflowStore.layer, SqlWorkQueue.layer)),
    startStore: over(SqlStartStore.layer.pipe(
      Layer.provideMerge(Layer.mergeAll(SqlExecutionStore.layer, SqlWorkQueue.layer, SqlQuotaStore.layer))
    ))
  }
}
