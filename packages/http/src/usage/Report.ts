/**
 * The usage report's store: an organization's executions created in a window, counted per
 * workflow and status, and the model usage their `llm` and `agent` steps recorded (`usage` on a
 * step's output, read as `Usage.read` reads it), summed per workflow and `<provider>/<model>` — in
 * one statement. It ranges over `sire_executions_listing` (organization, creation time) and reaches
 * each execution's steps by their primary key (execution id first), so it needs no index of its own.
 *
 * @since 0.1.0
 */
import * as SqlClient from "@effect/sql/SqlClient"
import type { SqlError } from "@effect/sql/SqlError"
import { Context, Effect, Layer } from "effect"
import { modelNodeTypes } from "@sire/nodes/ModelUsage"

/** One row of the report: executions of a workflow in one status, or its usage of one model. */
export type Row =
  | { readonly kind: "status"; readonly workflowId: string; readonly name: string | null; readonly key: string; readonly executions: number }
  | {
    readonly kind: "model"
    readonly workflowId: string
    readonly key: string
    readonly inputTokens: number
    readonly outputTokens: number
    readonly totalTokens: number
    readonly costUsd: number | null
  }

interface RawRow {
  readonly kind: "status" | "model"
  readonly workflow_id: string
  readonly name: string | null
  readonly key: string
  readonly executions: number | null
  readonly input_tokens: number | null
  readonly output_tokens: number | null
  readonly total_tokens: number | null
  readonly cost_usd: number | null
}

const toRow = (raw: RawRow): Row =>
  raw.kind === "status"
    ? { kind: "status", workflowId: raw.workflow_id, name: raw.name, key: raw.key, executions: Number(raw.executions ?? 0) }
    : {
      kind: "model",
      workflowId: raw.workflow_id,
      key: raw.key,
      inputTokens: Number(raw.input_tokens ?? 0),
      outputTokens: Number(raw.output_tokens ?? 0),
      totalTokens: Number(raw.total_tokens ?? 0),
      costUsd: raw.cost_usd === null ? null : Number(raw.cost_usd)
    }

/** Reads usage reports. */
export class UsageReports extends Context.Tag("@sire/http/UsageReports")<UsageReports, {
  /** The rows for `organizationId`'s executions created from `fromMs` to `toMs` (unix milliseconds, both included). */
  readonly byWorkflow: (organizationId: string, fromMs: number, toMs: number) => Effect.Effect<ReadonlyArray<Row>, SqlError>
}>() {}

/** The report store over the `SqlClient` in context. */
export const make: Effect.Effect<UsageReports["Type"], never, SqlClient.SqlClient> = Effect.gen(function*() {
  const sql = yield* SqlClient.SqlClient
  const nodeTypes = [...modelNodeTypes]
  const usage = (field: string) => sql.literal(`s.record #> '{output,usage,${field}}'`)
  const number = (field: string) => sql.literal(`(s.record #>> '{output,usage,${field}}')::numeric`)
  const text = (field: string) =>
    sql.literal(`CASE WHEN jsonb_typeof(s.record #> '{output,${field}}') = 'string' THEN s.record #>> '{output,${field}}' ELSE 'unknown' END`)
  const byWorkflow = (organizationId: string, fromMs: number, toMs: number) =>
    sql<RawRow>`WITH x AS (
        SELECT id, workflow_id, status FROM sire_executions
        WHERE organization_id = ${organizationId} AND created_at >= ${fromMs} AND created_at <= ${toMs}
      ), counts AS (
        SELECT workflow_id, status, count(*) AS executions FROM x GROUP BY workflow_id, status
      ), models AS (
        SELECT x.workflow_id, ${text("provider")} || '/' || ${text("model")} AS model,
          ${number("inputTokens")} AS input_tokens,
          ${number("outputTokens")} AS output_tokens,
          CASE WHEN jsonb_typeof(${usage("totalTokens")}) = 'number' THEN ${number("totalTokens")}
            ELSE ${number("inputTokens")} + ${number("outputTokens")} END AS total_tokens,
          CASE WHEN jsonb_typeof(${usage("costUsd")}) = 'number' THEN ${number("costUsd")} END AS cost_usd
        FROM x JOIN sire_steps s ON s.execution_id = x.id
        WHERE s.record ->> 'nodeType' IN ${sql.in(nodeTypes)}
          AND jsonb_typeof(${usage("inputTokens")}) = 'number'
          AND jsonb_typeof(${usage("outputTokens")}) = 'number'
      )
      SELECT 'status' AS kind, c.workflow_id, w.document ->> 'name' AS name, c.status AS key, c.executions::int AS executions,
        NULL::float8 AS input_tokens, NULL::float8 AS output_tokens, NULL::float8 AS total_tokens, NULL::float8 AS cost_usd
      FROM counts c LEFT JOIN sire_workflows w ON w.id = c.workflow_id AND w.organization_id = ${organizationId}
      UNION ALL
      SELECT 'model', workflow_id, NULL, model, NULL,
        sum(input_tokens)::float8, sum(output_tokens)::float8, sum(total_tokens)::float8,
        CASE WHEN bool_and(cost_usd IS NOT NULL) THEN round(sum(cost_usd), 9)::float8 END
      FROM models GROUP BY workflow_id, model`.withoutTransform.pipe(
      Effect.map((rows) => rows.map(toRow)),
      Effect.withSpan("UsageReports.byWorkflow", { captureStackTrace: false })
    )
  return UsageReports.of({ byWorkflow })
})

/** The report store as a layer. */
export const layer: Layer.Layer<UsageReports, never, SqlClient.SqlClient> = Layer.effect(UsageReports, make)
