/**
 * Named prepared statements on PGlite. `PGlite#query` parses, analyses and plans its statement on
 * every call and crosses into the WebAssembly backend six times (Parse, Describe, Bind, Describe,
 * Execute, Sync). Like `PgPreparedPool` on PostgreSQL, a statement text run `threshold` times is
 * prepared under a name once (Parse and Describe), and each later run is one crossing carrying
 * Bind, Describe, Execute and Sync: about a third less CPU for Sire's commit statement.
 * Parameters are serialized, and results parsed, exactly as `query` does (PGlite's own
 * serializers by the parameter types PostgreSQL reports, its parsers by the result's column types).
 */
import type { PGlite, Results, RowMode } from "@electric-sql/pglite"
import { parse as parsing, protocol } from "@electric-sql/pglite"
import type { PrepareOptions } from "../PgPreparedPool.js"
import { PreparedNames } from "./preparedNames.js"

interface Prepared {
  readonly name: string
  /** PostgreSQL's type of each parameter, which picks its serializer. */
  readonly types: ReadonlyArray<number>
}

/** SQLSTATEs after which a prepared statement is parsed again: it was dropped, or a table it reads changed shape. */
const stale = new Set(["26000", "0A000"])

const concat = (parts: ReadonlyArray<Uint8Array>): Uint8Array => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0))
  let offset = 0
  for (const part of parts) {
    out.set(part, offset)
    offset += part.length
  }
  return out
}

/** Runs statements with parameters on `pg`, prepared once they have run often enough. */
export const makePreparedRunner = (pg: PGlite, options: PrepareOptions = {}) => {
  const names = new PreparedNames(options)
  /** The statements prepared in this session, by name. */
  const prepared = new Map<string, Prepared>()

  /** One crossing into the backend: the messages, then `Sync`, whose answer ends an errored batch too. */
  const send = (messages: ReadonlyArray<Uint8Array>) =>
    pg.execProtocolStream(concat([...messages, protocol.serialize.sync()]), { syncToFs: false })

  /** Parses `text` under `name` (closing what had that name first, when `again`). */
  const prepare = async (name: string, text: string, again: boolean): Promise<Prepared> => {
    const answer = await send([
      ...(again ? [protocol.serialize.close({ type: "S", name })] : []),
      protocol.serialize.parse({ name, text, types: [] }),
      protocol.serialize.describe({ type: "S", name })
    ])
    const statement = { name, types: parsing.parseDescribeStatementResults(answer) }
    prepared.set(name, statement)
    return statement
  }

  const execute = async (statement: Prepared, params: ReadonlyArray<unknown>, rowMode: RowMode): Promise<Results> => {
    const values = params.map((value, i) => {
      if (value === null || value === undefined) return null
      const serialize = pg.serializers[statement.types[i]]
      return serialize ? serialize(value) : String(value)
    })
    const answer = await send([
      protocol.serialize.bind({ statement: statement.name, values }),
      protocol.serialize.describe({ type: "P" }),
      protocol.serialize.execute({})
    ])
    if (!pg.isInTransaction()) await pg.syncToFs()
    return parsing.parseResults(answer, pg.parsers, { rowMode })[0]
  }

  /** Runs `text` with `params` (one statement), as `pg.query(text, params, { rowMode })` would. */
  return (text: string, params: ReadonlyArray<unknown>, rowMode: RowMode): Promise<Results> => {
    const name = names.nameOf(text)
    if (name === undefined) return pg.query(text, [...params], { rowMode })
    return pg._runExclusiveQuery(async () => {
      const known = prepared.get(name)
      if (known === undefined) return execute(await prepare(name, text, false), params, rowMode)
      try {
        return await execute(known, params, rowMode)
      } catch (error) {
        // inside a transaction the error has aborted it: nothing to retry there
        if (!stale.has((error as { code?: string }).code ?? "") || pg.isInTransaction()) throw error
        return execute(await prepare(name, text, true), params, rowMode)
      }
    })
  }
}
