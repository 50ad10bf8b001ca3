/**
 * The store of payloads delivered to `waitForEvent` nodes (`sire_execution_signals`): one per
 * (execution, node), the first delivery wins. A delivery is stored before the execution is woken,
 * so a node that runs after it (however the two race) finds it.
 *
 * @since 0.1.0
 */
import * as SqlClient from "@effect/sql/SqlClient"
import type { SqlError } from "@effect/sql/SqlError"
import { Context, Effect, Layer, Option } from "effect"

/** Where a signal goes: one node of one execution of an organization. */
export interface Target {
  readonly organizationId: string
  readonly executionId: string
  readonly nodeId: string
}

/** Payloads delivered to waiting nodes. */
export class Signals extends Context.Tag("@sire/http/Signals")<Signals, {
  /** Stores the payload unless one is already stored for the node: `true` when this delivery is the one kept. */
  readonly deliver: (target: Target, payload: unknown, now: number) => Effect.Effect<boolean, SqlError>
  /** The payload stored for the node, if any. */
  readonly get: (target: Target) => Effect.Effect<Option.Option<unknown>, SqlError>
  /** The nodes of an execution that a payload was delivered to. */
  readonly delivered: (organizationId: string, executionId: string) => Effect.Effect<ReadonlySet<string>, SqlError>
}>() {}

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
      ),
    get: (target) =>
      Effect.map(
        sql<{ readonly payload: string }>`SELECT payload FROM sire_execution_signals
          WHERE organization_id = ${target.organizationId} AND execution_id = ${target.executionId} AND node_id = ${target.nodeId}`,
        (rows) => Option.map(Option.fromNullable(rows[0]), (row) => JSON.parse(row.payload) as unknown)
      ),
    delivered: (organizationId, executionId) =>
      Effect.map(
        sql<{ readonly nodeId: string }>`SELECT node_id AS "nodeId" FROM sire_execution_signals
          WHERE organization_id = ${organizationId} AND execution_id = ${executionId}`,
        (rows) => new Set(rows.map((row) => row.nodeId))
      )
  })
})

/** The store as a layer. */
export const layer: Layer.Layer<Signals, never, SqlClient.SqlClient> = Layer.effect(Signals, make)

/** An in-memory store (tests, single-process hosts). */
export const layerMemory: Layer.Layer<Signals> = Layer.sync(Signals, () => {
  const byExecution = new Map<string, Map<string, unknown>>()
  const nodesOf = (organizationId: string, executionId: string) => {
    const key = `${organizationId}\n${executionId}`
    let nodes = byExecution.get(key)
    if (nodes === undefined) byExecution.set(key, nodes = new Map())
    return nodes
  }
  return Signals.of({
    deliver: (target, payload) =>
      Effect.sync(() => {
        const nodes = nodesOf(target.organizationId, target.executionId)
        if (nodes.has(target.nodeId)) return false
        nodes.set(target.nodeId, payload ?? null)
        return true
      }),
    get: (target) =>
      Effect.sync(() => {
        const nodes = nodesOf(target.organizationId, target.executionId)
        return nodes.has(target.nodeId) ? Option.some(nodes.get(target.nodeId)) : Option.none()
      }),
    delivered: (organizationId, executionId) => Effect.sync(() => new Set(nodesOf(organizationId, executionId).keys()))
  })
})
