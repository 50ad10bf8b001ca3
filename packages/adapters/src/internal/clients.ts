/**
 * Which database a `SqlClient` talks to, told without loading a driver: a module that only asks
 * (the queue, the change feed, the delta relay) works in an app that installed only one of
 * `pg`/`@effect/sql-pg` and `@electric-sql/pglite`.
 *
 * @since 0.1.0
 */
import type * as SqlClient from "@effect/sql/SqlClient"
import type { PgClient } from "@effect/sql-pg"
import type { PgliteClient } from "../PgliteClient.js"

/** `@effect/sql-pg`'s `PgClient.TypeId` (the string it sets on every client it makes). */
const pgTypeId = "~@effect/sql-pg/PgClient"

/** The brand of `PgliteClient`. */
export const pgliteTypeId = "~@sire/adapters/PgliteClient" as const

/** True when `sql` is a PostgreSQL client of `@effect/sql-pg`. */
export const isPgClient = (sql: SqlClient.SqlClient): sql is PgClient.PgClient => pgTypeId in sql

/** True when `sql` is an embedded PGlite client. */
export const isPglite = (sql: SqlClient.SqlClient): sql is PgliteClient => pgliteTypeId in sql
