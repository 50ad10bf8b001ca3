/**
 * A `SqlClient` for PGlite (PostgreSQL in WebAssembly), built like `@effect/sql-pg`'s `PgClient`
 * so that SQL written once against `SqlClient` runs unchanged on PGlite and on PostgreSQL.
 *
 * PGlite has a single session. Every statement outside a transaction takes a `Semaphore(1)` for
 * its own duration; a transaction (or `sql.reserve`) holds it from `BEGIN` to `COMMIT`/`ROLLBACK`,
 * so nothing interleaves with a transaction and statements issued meanwhile wait their turn.
 * Do not wait, inside a transaction, for a fiber that runs statements outside it: it would wait
 * for the transaction to end. `.stream` reads the whole result before emitting (no cursor), so its
 * consumer may run statements. Queries run on the JavaScript thread: a long one blocks the event loop.
 * A statement text with parameters run 5 times becomes a named prepared statement (`prepare`), as
 * on PostgreSQL through `PgPreparedPool`: parsed once, then one crossing into the backend per run.
 *
 * PGlite's default start parameters include `-F` (fsync off): a killed process keeps what was
 * committed, a power loss may not. Memory: `shared_buffers=16MB`, and a data directory created by
 * this open is closed and opened again, which leaves the process at ≈ 1/3 of the resident memory
 * that creating the database took.
 *
 * @since 0.1.0
 */
import * as Reactivity from "@effect/experimental/Reactivity"
import * as Client from "@effect/sql/SqlClient"
import type { Connection } from "@effect/sql/SqlConnection"
import { SqlError } from "@effect/sql/SqlError"
import * as Statement from "@effect/sql/Statement"
import { PGlite, types as PgTypes } from "@electric-sql/pglite"
import type { PGliteOptions, Results } from "@electric-sql/pglite"
import * as Config from "effect/Config"
import type * as ConfigError from "effect/ConfigError"
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import { identity } from "effect/Function"
import * as Layer from "effect/Layer"
import * as Option from "effect/Option"
import type * as Scope from "effect/Scope"
import * as Stream from "effect/Stream"
import { pgliteTypeId } from "./internal/clients.js"
import { makePreparedRunner } from "./internal/pglitePrepared.js"
import type { PrepareOptions } from "./PgPreparedPool.js"

type PreparedRunner = ReturnType<typeof makePreparedRunner>

/** The type id of a `PgliteClient`. */
export const TypeId: TypeId = pgliteTypeId

/** The type id of a `PgliteClient`. */
export type TypeId = typeof pgliteTypeId

/** A `SqlClient` backed by one embedded PGlite instance. */
export interface PgliteClient extends Client.SqlClient {
  readonly [TypeId]: TypeId
  readonly config: PgliteClientConfig
  /** A `jsonb` parameter, as `PgClient.json` (the value is serialized, key transforms applied). */
  readonly json: (value: unknown) => Statement.Fragment
  /**
   * `LISTEN`s on `channel` until the scope closes: `onNotify` gets each payload, delivered as the
   * statement that notified completes (PGlite has one session, so every notification is this process's).
   */
  readonly listen: (channel: string, onNotify: (payload: string) => void) => Effect.Effect<void, SqlError, Scope.Scope>
}

/** The `PgliteClient` service. */
export const PgliteClient = Context.GenericTag<PgliteClient>("@sire/adapters/PgliteClient")

/** Options of a `PgliteClient`. */
export interface PgliteClientConfig {
  /** Directory of the database files (created if missing); omitted: in memory. PGlite URLs (`idb://…`) work too. */
  readonly dataDir?: string | undefined
  /** When statements with parameters become named prepared statements (after 5 runs of a text, at most 256 texts). */
  readonly prepare?: PrepareOptions | undefined
  /** Passed to PGlite as is; its `startParams` replace `defaultStartParams`, its `parsers` extend `defaultParsers`. */
  readonly pglite?: Omit<PGliteOptions, "dataDir"> | undefined
  /** Added to every `sql.execute` and `sql.transaction` span. */
  readonly spanAttributes?: Record<string, unknown> | undefined
  /** Renames result columns, e.g. `String.snakeToCamel`. */
  readonly transformResultNames?: ((str: string) => string) | undefined
  /** Renames identifiers in queries, e.g. `String.camelToSnake`. */
  readonly transformQueryNames?: ((str: string) => string) | undefined
  /** Whether the name transforms also apply inside JSON values (default `true`, as sql-pg). */
  readonly transformJson?: boolean | undefined
}

/** PGlite's default start parameters plus `shared_buffers=16MB` (≈ 110 MiB less resident memory on reopen). */
export const defaultStartParams: ReadonlyArray<string> = [...PGlite.defaultStartParams, "-c", "shared_buffers=16MB"]

/** Result parsers over PGlite's: `int8` comes back as a string, as node-postgres returns it. */
export const defaultParsers: NonNullable<PGliteOptions["parsers"]> = { [PgTypes.INT8]: identity<string> }

type TransformRows = (<A extends object>(rows: ReadonlyArray<A>) => ReadonlyArray<A>) | undefined

const statementError = (cause: unknown) => new SqlError({ cause, message: "Failed to execute statement" })

const rowsOf = (results: ReadonlyArray<Results>): ReadonlyArray<unknown> =>
  results.length === 1 ? results[0].rows : results.map((result) => result.rows)

const makeConnection = (
  pg: PGlite,
  query: PreparedRunner,
  guard: <A>(effect: Effect.Effect<A, SqlError>) => Effect.Effect<A, SqlError>
): Connection => {
  const run = <A>(f: () => Promise<A>) => guard(Effect.tryPromise({ try: f, catch: statementError }))
  const unprepared: PreparedRunner = (sql, params, rowMode) => pg.query(sql, [...params], { rowMode })
  const rows = (sql: string, params: ReadonlyArray<unknown>, rowMode: "object" | "array", runner = query) =>
    params.length === 0
      ? run(() => pg.exec(sql, { rowMode })).pipe(Effect.map(rowsOf))
      : run(() => runner(sql, params, rowMode)).pipe(Effect.map((result) => result.rows))
  const executeWith = (runner: PreparedRunner) => (sql: string, params: ReadonlyArray<unknown>, transformRows: TransformRows) =>
    transformRows === undefined
      ? rows(sql, params, "object", runner)
      : Effect.map(rows(sql, params, "object", runner), (rows) => transformRows(rows as ReadonlyArray<object>))
  const execute = executeWith(query)
  return {
    execute,
    executeUnprepared: executeWith(unprepared),
    executeRaw: (sql, params) =>
      params.length === 0 ? run(() => pg.exec(sql)) : run(() => query(sql, params, "object")),
    executeValues: (sql, params) =>
      rows(sql, params, "array") as Effect.Effect<ReadonlyArray<ReadonlyArray<unknown>>, SqlError>,
    executeStream: (sql, params, transformRows) => Stream.fromIterableEffect(execute(sql, params, transformRows))
  }
}

/** Opens PGlite and builds the client; PGlite is closed when the scope closes. */
export const make = (
  options: PgliteClientConfig
): Effect.Effect<PgliteClient, SqlError, Scope.Scope | Reactivity.Reactivity> =>
  Effect.gen(function*() {
    const pg = yield* Effect.acquireRelease(open(options), (pg) =>
      Effect.tryPromise(() => pg.close()).pipe(
        Effect.catchAll((error) => Effect.logWarning("PgliteClient: failed to close PGlite", error))
      ))
    const semaphore = yield* Effect.makeSemaphore(1)
    const query = makePreparedRunner(pg, options.prepare)
    const exclusive = makeConnection(pg, query, identity)
    const shared = makeConnection(pg, query, semaphore.withPermits(1))
    const reserve: Connection.Acquirer = Effect.flatMap(
      Effect.serviceOption(Client.TransactionConnection),
      Option.match({
        onSome: ([connection]) => Effect.succeed(connection),
        onNone: () =>
          Effect.as(
            Effect.acquireRelease(Effect.interruptible(semaphore.take(1)), () => semaphore.release(1)),
            exclusive
          )
      })
    )
    const client = yield* Client.make({
      acquirer: Effect.succeed(shared),
      transactionAcquirer: reserve,
      compiler: makeCompiler(options.transformQueryNames, options.transformJson),
      spanAttributes: [
        ...(options.spanAttributes ? Object.entries(options.spanAttributes) : []),
        ["db.system.name", "postgresql"],
        ["db.namespace", options.pglite?.database ?? "postgres"]
      ],
      transformRows: options.transformResultNames
        ? Statement.defaultTransforms(options.transformResultNames, options.transformJson).array
        : undefined
    })
    const listen = (channel: string, onNotify: (payload: string) => void) =>
      Effect.acquireRelease(
        semaphore.withPermits(1)(Effect.tryPromise({ try: () => pg.listen(channel, onNotify), catch: statementError })),
        (unlisten) => Effect.ignore(semaphore.withPermits(1)(Effect.tryPromise(() => unlisten())))
      ).pipe(Effect.asVoid)
    return Object.assign(client, {
      [TypeId]: TypeId,
      config: options,
      json: (value: unknown) => PgJson(value),
      listen
    })
  })

const open = (options: PgliteClientConfig) =>
  Effect.tryPromise({
    try: async () => {
      const create = () =>
        PGlite.create({
          ...options.pglite,
          ...(options.dataDir !== undefined ? { dataDir: options.dataDir } : {}),
          startParams: options.pglite?.startParams ?? [...defaultStartParams],
          parsers: { ...defaultParsers, ...options.pglite?.parsers }
        })
      if (options.dataDir === undefined || options.dataDir.includes("://")) return create()
      const fs = await import("node:fs/promises")
      const path = await import("node:path")
      await fs.mkdir(options.dataDir, { recursive: true })
      const fresh = await fs.access(path.join(options.dataDir, "PG_VERSION")).then(() => false, () => true)
      const pg = await create()
      if (!fresh) return pg
      // Creating the database grows PGlite's WebAssembly memory to ≈ 700 MiB, and WebAssembly memory
      // never shrinks: close that instance and open the new files again (≈ 0.4 s) to run in ≈ 1/3.
      await pg.close()
      return create()
    },
    catch: (cause) => new SqlError({ cause, message: "PgliteClient: failed to open PGlite" })
  })

/** A layer of the client, as `PgliteClient` and as `SqlClient`. */
export const layer = (config: PgliteClientConfig): Layer.Layer<PgliteClient | Client.SqlClient, SqlError> =>
  Layer.scopedContext(
    Effect.map(make(config), (client) => Context.make(PgliteClient, client).pipe(Context.add(Client.SqlClient, client)))
  ).pipe(Layer.provide(Reactivity.layer))

/** `layer` with its options read from `Config`, e.g. `{ dataDir: Config.option(Config.string("SIRE_DATA_DIR")) }`. */
export const layerConfig = (
  config: Config.Config.Wrap<PgliteClientConfig>
): Layer.Layer<PgliteClient | Client.SqlClient, ConfigError.ConfigError | SqlError> =>
  Layer.unwrapEffect(Effect.map(Config.unwrap(config), layer))

/** The PostgreSQL statement compiler, configured as `@effect/sql-pg` 0.53's `PgClient.makeCompiler`. */
export const makeCompiler = (transform?: (_: string) => string, transformJson = true): Statement.Compiler => {
  const transformValue = transformJson && transform ? Statement.defaultTransforms(transform).value : undefined
  return Statement.makeCompiler<PgJson>({
    dialect: "pg",
    placeholder: (index) => `$${index}`,
    onIdentifier: transform
      ? (value, withoutTransform) => escape(withoutTransform ? value : transform(value))
      : escape,
    onRecordUpdate: (placeholders, valueAlias, valueColumns, values, returning) => [
      `(values ${placeholders}) AS ${valueAlias}${valueColumns}${returning ? ` RETURNING ${returning[0]}` : ""}`,
      returning ? values.flat().concat(returning[1]) : values.flat()
    ],
    onCustom: (type, placeholder, withoutTransform) => [
      placeholder(undefined),
      [withoutTransform || transformValue === undefined ? type.i0 : transformValue(type.i0)]
    ]
  })
}

const escape = Statement.defaultEscape("\"")

interface PgJson extends Statement.Custom<"PgJson", unknown> {}

const PgJson = Statement.custom<PgJson>("PgJson")
