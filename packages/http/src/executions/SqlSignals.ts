/**
 * The server's store of payloads delivered to `waitForEvent` nodes (`sire_execution_signals`),
 * behind `@sire/nodes`' `Signals` port: one row per (execution, node), the first delivery wins
 * (`ON CONFLICT DO NOTHING`).
 *
 * @since 0.1.0
 */
import * as SqlClient from "@effect/sql/SqlClient"
import { Effect, Layer, Option } from "effect"
import { SignalStoreError, Signals } from "@sire/nodes/Signals"

const failed = (cause: unknown) => new SignalStoreError({ cause })

/** The store over the `SqlClient` in context. */
export const make = Effect.gen(function*() {
  const sql = yield* SqlClient.SqlClient
  return Signals.of({
    deliver: (target, payload, now) =>
      Effect.map(
        sql<{ readonly nodeId: string }>`INSERT INTO sire_execution_signals (organization_id, execution_id, node_id, payload, created_at)
          VALUES (${target.organizationId}, ${target.executionId}, ${target.nodeId}, ${JSON.stringify(payload ?? null)}, ${now})
          ON CONFLICT (execution_id, node_id) DO NOTHING
          RETURNING node_id AS "nodeId"`,
        (rows) => rows.length > 0
      ).pipe(Effect.mapError(failed)),
    get: (target) =>
      Effect.map(
        sql<{ readonly payload: string }>`SELECT payload FROM sire_execution_signals
          WHERE organization_id = ${target.organizationId} AND execution_id = ${target.executionId} AND node_id = ${target.nodeId}`,
        (rows) => Option.map(Option.fromNullable(rows[0]), (row) => JSON.parse(row.payload) as unknown)
      ).pipe(Effect.mapError(failed)),
    delivered: (organizationId, executionId) =>
      Effect.map(
        sql<{ readonly nodeId: string }>`SELECT node_id AS "nodeId" FROM sire_execution_signals
          WHERE organization_id = ${organizationId} AND execution_id = ${executionId}`,
        (rows) => new Set(rows.map((row) => row.nodeId))
      ).pipe(Effect.mapError(failed))
  })
})

/** The store as a layer. */
export const layer: Layer.Layer<Signals, never, SqlClient.SqlClient> = Layer.effect(Signals, make)
