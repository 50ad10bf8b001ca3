/**
 * `PgliteClient`: statements, helpers, transactions on PGlite's single connection, persistence,
 * and (printed, not asserted) cold start and resident memory.
 */
import { SqlClient, Statement } from "@effect/sql"
import * as PgClient from "@effect/sql-pg/PgClient"
import { assert, describe, it, layer } from "@effect/vitest"
import { Chunk, Config, ConfigProvider, Deferred, Effect, Exit, Fiber, Option, Stream, String as Str } from "effect"
import { execFileSync } from "node:child_process"
import * as Fs from "node:fs"
import * as Os from "node:os"
import * as Path from "node:path"
import * as PgliteClient from "../src/PgliteClient.js"

const withinSeconds = (seconds: number) => Effect.timeoutFail({ duration: `${seconds} seconds`, onTimeout: () => "hang" })

const countRows = (table: string) =>
  Effect.flatMap(SqlClient.SqlClient, (sql) => sql<{ n: string }>`SELECT count(*) AS n FROM ${sql(table)}`).pipe(
    Effect.map((rows) => Number(rows[0].n))
  )

const createTable = (table: string, columns: string) =>
  Effect.flatMap(SqlClient.SqlClient, (sql) => sql.unsafe(`CREATE TABLE ${table} (${columns})`))

describe("PgliteClient.makeCompiler", () => {
  it("compiles statements exactly as @effect/sql-pg's compiler does", () => {
    const ourSql = Statement.make(Effect.die("unused"), PgliteClient.makeCompiler(), [], undefined)
    const transformed = PgliteClient.makeCompiler(Str.camelToSnake)
    const pgPlain = PgClient.makeCompiler()
    const pgTransformed = PgClient.makeCompiler(Str.camelToSnake)
    const json = Statement.custom<Statement.Custom<"PgJson", unknown>>("PgJson")
    const statements: ReadonlyArray<Statement.Fragment> = [
      ourSql`SELECT * FROM ${ourSql("userAccounts")} WHERE id = ${1} AND name = ${"a"}`,
      ourSql`INSERT INTO t ${ourSql.insert([{ firstName: "a", age: 1 }, { firstName: "b", age: 2 }])} RETURNING *`,
      ourSql`INSERT INTO t ${ourSql.insert({ firstName: "a" }).returning("*")}`,
      ourSql`SELECT * FROM t WHERE ${ourSql.in("userId", [1, 2, 3])} AND x IN ${ourSql.in(["a", "b"])}`,
      ourSql`UPDATE t SET ${ourSql.update({ id: 1, firstName: "c", age: 3 }, ["id"])} WHERE id = ${1}`,
      ourSql`UPDATE t SET first_name = data.first_name FROM ${
        ourSql.updateValues([{ id: 1, firstName: "x" }], "data")
      } WHERE t.id = data.id`,
      ourSql`SELECT * FROM t WHERE ${ourSql.and([ourSql`a = ${1}`, ourSql.or([ourSql`b = ${2}`, ourSql`c = ${3}`])])}`,
      ourSql`INSERT INTO t (doc) VALUES (${json({ someKey: [1, { nestedKey: true }] })})`
    ]
    for (const statement of statements) {
      assert.deepStrictEqual(PgliteClient.makeCompiler().compile(statement, false), pgPlain.compile(statement, false))
      assert.deepStrictEqual(transformed.compile(statement, false), pgTransformed.compile(statement, false))
      assert.deepStrictEqual(transformed.compile(statement, true), pgTransformed.compile(statement, true))
    }
  })
})

describe("PgliteClient (in memory)", () => {
  layer(PgliteClient.layer({}), { excludeTestServices: true, timeout: "60 seconds" })((it) => {
    it.effect("selects, inserts and updates with parameters; int8 comes back as a string", () =>
      Effect.gen(function*() {
        const sql = yield* SqlClient.SqlClient
        yield* createTable("people", "id serial PRIMARY KEY, name text NOT NULL, age int4, active boolean, big int8")
        yield* sql`INSERT INTO people (name, age, active, big) VALUES (${"ada"}, ${36}, ${true}, ${"9007199254740993"})`
        yield* sql`INSERT INTO people (name, age, active) VALUES (${"alan"}, ${41}, ${false})`
        const updated = yield* sql`UPDATE people SET age = age + ${1} WHERE name = ${"ada"} RETURNING id, age`
        assert.deepStrictEqual(updated, [{ id: 1, age: 37 }])
        const rows = yield* sql`SELECT * FROM people WHERE age > ${30} ORDER BY id`
        assert.deepStrictEqual(rows, [
          { id: 1, name: "ada", age: 37, active: true, big: "9007199254740993" },
          { id: 2, name: "alan", age: 41, active: false, big: null }
        ])
        assert.deepStrictEqual(yield* sql`SELECT 1.5::numeric AS n, 2.5::float8 AS f`, [{ n: "1.5", f: 2.5 }])
      }))

    it.effect("round-trips jsonb, from a plain parameter and from PgliteClient.json", () =>
      Effect.gen(function*() {
        const sql = yield* SqlClient.SqlClient
        const pglite = yield* PgliteClient.PgliteClient
        const doc = { a: [1, 2.5, null, "é ✓"], nested: { flag: true, empty: {} }, text: "it's \"quoted\"" }
        yield* createTable("docs", "id int PRIMARY KEY, doc jsonb NOT NULL")
        yield* sql`INSERT INTO docs ${sql.insert({ id: 1, doc })}`
        yield* sql`INSERT INTO docs (id, doc) VALUES (${2}, ${pglite.json(doc)})`
        yield* sql`INSERT INTO docs (id, doc) VALUES (${3}, ${JSON.stringify([doc])}::jsonb)`
        const rows = yield* sql<{ id: number; doc: unknown }>`SELECT id, doc FROM docs ORDER BY id`
        assert.deepStrictEqual(rows, [{ id: 1, doc }, { id: 2, doc }, { id: 3, doc: [doc] }])
        const fields = yield* sql`SELECT doc->'nested'->>'flag' AS flag FROM docs WHERE doc @> ${{ text: doc.text }}`
        assert.deepStrictEqual(fields, [{ flag: "true" }, { flag: "true" }])
      }))

    it.effect("sql.insert (many rows, RETURNING), sql.in and sql.update work", () =>
      Effect.gen(function*() {
        const sql = yield* SqlClient.SqlClient
        yield* createTable("items", "id int PRIMARY KEY, label text NOT NULL")
        const inserted = yield* sql`INSERT INTO items ${
          sql.insert([1, 2, 3, 4].map((id) => ({ id, label: `item ${id}` })))
        } RETURNING id`
        assert.deepStrictEqual(inserted, [{ id: 1 }, { id: 2 }, { id: 3 }, { id: 4 }])
        yield* sql`UPDATE items SET ${sql.update({ label: "second" })} WHERE id = ${2}`
        const picked = yield* sql`SELECT id, label FROM items WHERE ${sql.in("id", [2, 4])} ORDER BY id`
        assert.deepStrictEqual(picked, [{ id: 2, label: "second" }, { id: 4, label: "item 4" }])
        const byLabel = yield* sql`SELECT id FROM items WHERE label IN ${sql.in(["item 1", "item 3"])} ORDER BY id`
        assert.deepStrictEqual(byLabel, [{ id: 1 }, { id: 3 }])
      }))

    it.effect("runs unprepared multi-statement SQL, .values and .stream (a stream's consumer may query)", () =>
      Effect.gen(function*() {
        const sql = yield* SqlClient.SqlClient
        yield* sql.unsafe("CREATE TABLE multi (a int); INSERT INTO multi VALUES (1), (2), (3)")
        assert.deepStrictEqual(yield* sql`SELECT a FROM multi ORDER BY a`.values, [[1], [2], [3]])
        const doubled = yield* sql<{ a: number }>`SELECT a FROM multi ORDER BY a`.stream.pipe(
          Stream.mapEffect((row) => sql<{ b: number }>`SELECT ${row.a}::int * 2 AS b`),
          Stream.map((rows) => rows[0].b),
          Stream.runCollect,
          withinSeconds(10)
        )
        assert.deepStrictEqual(Chunk.toReadonlyArray(doubled), [2, 4, 6])
      }))

    it.effect("a transaction commits", () =>
      Effect.gen(function*() {
        const sql = yield* SqlClient.SqlClient
        yield* createTable("committed", "id int PRIMARY KEY")
        yield* sql.withTransaction(Effect.zipRight(sql`INSERT INTO committed VALUES (1)`, sql`INSERT INTO committed VALUES (2)`))
        assert.strictEqual(yield* countRows("committed"), 2)
      }))

    it.effect("a failing transaction rolls back, as does one whose statement fails", () =>
      Effect.gen(function*() {
        const sql = yield* SqlClient.SqlClient
        yield* createTable("failed", "id int PRIMARY KEY")
        const error = yield* sql.withTransaction(
          Effect.zipRight(sql`INSERT INTO failed VALUES (1)`, Effect.fail("boom" as const))
        ).pipe(Effect.flip)
        assert.strictEqual(error, "boom")
        const sqlError = yield* sql.withTransaction(
          Effect.zipRight(sql`INSERT INTO failed VALUES (2)`, sql`SELECT 1 / 0`)
        ).pipe(Effect.flip)
        assert.strictEqual(sqlError._tag, "SqlError")
        assert.strictEqual(yield* countRows("failed").pipe(withinSeconds(5)), 0)
        yield* sql.withTransaction(sql`INSERT INTO failed VALUES (3)`).pipe(withinSeconds(5))
        assert.strictEqual(yield* countRows("failed"), 1)
      }))

    it.effect("an interrupted transaction rolls back and frees the connection", () =>
      Effect.gen(function*() {
        const sql = yield* SqlClient.SqlClient
        yield* createTable("interrupted", "id int PRIMARY KEY")
        const inside = yield* Deferred.make<void>()
        const fiber = yield* sql.withTransaction(
          sql`INSERT INTO interrupted VALUES (1)`.pipe(Effect.zipRight(Deferred.succeed(inside, void 0)), Effect.zipRight(Effect.never))
        ).pipe(Effect.fork)
        yield* Deferred.await(inside)
        const exit = yield* Fiber.interrupt(fiber).pipe(withinSeconds(5))
        assert.isTrue(Exit.isInterrupted(exit))
        assert.strictEqual(yield* countRows("interrupted").pipe(withinSeconds(5)), 0)
        yield* sql.withTransaction(sql`INSERT INTO interrupted VALUES (2)`).pipe(withinSeconds(5))
        assert.strictEqual(yield* countRows("interrupted"), 1)
      }))

    it.effect("transactions interrupted at any point are all-or-nothing and free the connection", () =>
      Effect.gen(function*() {
        const sql = yield* SqlClient.SqlClient
        yield* createTable("cut", "id int PRIMARY KEY")
        let interrupted = 0
        for (let i = 0; i < 100; i++) {
          const fiber = yield* sql.withTransaction(
            Effect.zipRight(sql`INSERT INTO cut VALUES (${i})`, sql`INSERT INTO cut VALUES (${i + 1000})`)
          ).pipe(Effect.fork)
          for (let k = 0; k < i % 25; k++) yield* Effect.yieldNow()
          if (i % 4 === 3) yield* Effect.sleep("1 millis")
          if (Exit.isInterrupted(yield* Fiber.interrupt(fiber).pipe(withinSeconds(5)))) interrupted++
        }
        const rows = yield* sql<{ id: number }>`SELECT id FROM cut ORDER BY id`.pipe(withinSeconds(5))
        const ids = new Set(rows.map((row) => row.id))
        for (let i = 0; i < 100; i++) assert.strictEqual(ids.has(i), ids.has(i + 1000), `transaction ${i}`)
        assert.strictEqual(rows.length, 2 * (100 - interrupted))
        assert.isAbove(interrupted, 0)
        assert.isBelow(interrupted, 100)
      }))

    it.effect("a transaction waiting for the connection can be interrupted", () =>
      Effect.gen(function*() {
        const sql = yield* SqlClient.SqlClient
        const inside = yield* Deferred.make<void>()
        const release = yield* Deferred.make<void>()
        const holder = yield* sql.withTransaction(
          sql`SELECT 1`.pipe(Effect.zipRight(Deferred.succeed(inside, void 0)), Effect.zipRight(Deferred.await(release)))
        ).pipe(Effect.fork)
        yield* Deferred.await(inside)
        const waiter = yield* sql.withTransaction(sql`SELECT 2`).pipe(Effect.fork)
        yield* Effect.sleep("20 millis")
        assert.isTrue(Exit.isInterrupted(yield* Fiber.interrupt(waiter).pipe(withinSeconds(5))))
        yield* Deferred.succeed(release, void 0)
        yield* Fiber.join(holder).pipe(withinSeconds(5))
        assert.deepStrictEqual(yield* sql`SELECT 3 AS n`.pipe(withinSeconds(5)), [{ n: 3 }])
      }))

    it.effect("a nested transaction is a savepoint: its failure is rolled back, the outer one goes on", () =>
      Effect.gen(function*() {
        const sql = yield* SqlClient.SqlClient
        yield* createTable("nested", "id int PRIMARY KEY")
        yield* sql.withTransaction(Effect.gen(function*() {
          yield* sql`INSERT INTO nested VALUES (1)`
          const inner = yield* sql.withTransaction(
            Effect.zipRight(sql`INSERT INTO nested VALUES (2)`, Effect.fail("inner" as const))
          ).pipe(Effect.flip)
          assert.strictEqual(inner, "inner")
          yield* sql.withTransaction(sql`INSERT INTO nested VALUES (3)`)
          yield* sql`INSERT INTO nested VALUES (4)`
        }))
        const rows = yield* sql<{ id: number }>`SELECT id FROM nested ORDER BY id`
        assert.deepStrictEqual(rows.map((row) => row.id), [1, 3, 4])
      }))

    it.effect("20 concurrent read-modify-write transactions lose no update", () =>
      Effect.gen(function*() {
        const sql = yield* SqlClient.SqlClient
        yield* createTable("counter", "id int PRIMARY KEY, n int NOT NULL")
        yield* sql`INSERT INTO counter VALUES (1, 0)`
        const increment = sql.withTransaction(Effect.gen(function*() {
          const [row] = yield* sql<{ n: number }>`SELECT n FROM counter WHERE id = 1`
          yield* Effect.sleep("1 millis")
          yield* sql`UPDATE counter SET n = ${row.n + 1} WHERE id = 1`
        }))
        yield* Effect.all(Array.from({ length: 20 }, () => increment), { concurrency: "unbounded" }).pipe(
          withinSeconds(20)
        )
        assert.deepStrictEqual(yield* sql`SELECT n FROM counter WHERE id = 1`, [{ n: 20 }])
      }))

    it.effect("a statement issued while a transaction holds the connection waits, then sees its commit", () =>
      Effect.gen(function*() {
        const sql = yield* SqlClient.SqlClient
        yield* createTable("waiting", "id int PRIMARY KEY")
        const inside = yield* Deferred.make<void>()
        const release = yield* Deferred.make<void>()
        const transaction = yield* sql.withTransaction(
          sql`INSERT INTO waiting VALUES (1)`.pipe(
            Effect.zipRight(Deferred.succeed(inside, void 0)),
            Effect.zipRight(Deferred.await(release)),
            Effect.zipRight(sql`INSERT INTO waiting VALUES (2)`)
          )
        ).pipe(Effect.fork)
        yield* Deferred.await(inside)
        const outside = yield* countRows("waiting").pipe(Effect.fork)
        yield* Effect.sleep("50 millis")
        assert.isTrue(Option.isNone(yield* Fiber.poll(outside)))
        yield* Deferred.succeed(release, void 0)
        yield* Fiber.join(transaction).pipe(withinSeconds(5))
        assert.strictEqual(yield* Fiber.join(outside).pipe(withinSeconds(5)), 2)
      }))

    it.effect("pg_advisory_xact_lock inside transactions neither deadlocks nor lets updates interleave", () =>
      Effect.gen(function*() {
        const sql = yield* SqlClient.SqlClient
        yield* createTable("locked", "id int PRIMARY KEY, n int NOT NULL")
        yield* sql`INSERT INTO locked VALUES (1, 0)`
        const step = sql.withTransaction(Effect.gen(function*() {
          yield* sql`SELECT pg_advisory_xact_lock(${42})`
          yield* sql`SELECT pg_advisory_xact_lock(${42})`
          yield* sql.withTransaction(sql`SELECT pg_advisory_xact_lock(${42})`)
          const [row] = yield* sql<{ n: number }>`SELECT n FROM locked WHERE id = 1`
          yield* sql`UPDATE locked SET n = ${row.n + 1} WHERE id = 1`
        }))
        yield* Effect.all(Array.from({ length: 5 }, () => step), { concurrency: "unbounded" }).pipe(withinSeconds(10))
        assert.deepStrictEqual(yield* sql`SELECT n FROM locked WHERE id = 1`, [{ n: 5 }])
        assert.deepStrictEqual(yield* sql`SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory'`, [{ n: 0 }])
      }))
  })
})

describe("PgliteClient (prepared statements)", () => {
  const prepared = (sql: SqlClient.SqlClient, like: string) =>
    Effect.map(
      sql.unsafe<{ readonly n: number }>(`SELECT count(*)::int AS n FROM pg_prepared_statements WHERE statement LIKE '${like}'`),
      (rows) => rows[0].n
    )

  layer(PgliteClient.layer({ prepare: { threshold: 3 } }), { excludeTestServices: true, timeout: "60 seconds" })((it) => {
    it.effect("a statement run `threshold` times is prepared once and gives the same rows, types included, as before", () =>
      Effect.gen(function*() {
        const sql = yield* SqlClient.SqlClient
        yield* createTable("typed", "id int4 PRIMARY KEY, big int8, doc jsonb, flag boolean, note text")
        const rows = []
        for (let i = 1; i <= 8; i++) {
          const doc = i % 2 === 0 ? { i, nested: [true, null, "x"] } : null
          rows.push(
            ...(yield* sql`INSERT INTO typed (id, big, doc, flag, note) VALUES (${i}, ${"9007199254740993"}, ${doc}, ${i % 3 === 0}, ${
              i === 4 ? null : `n${i}`
            }) RETURNING id, big, doc, flag, note`)
          )
        }
        assert.deepStrictEqual(rows.map((r) => ({ ...r })), Array.from({ length: 8 }, (_, k) => ({
          id: k + 1,
          big: "9007199254740993",
          doc: (k + 1) % 2 === 0 ? { i: k + 1, nested: [true, null, "x"] } : null,
          flag: (k + 1) % 3 === 0,
          note: k + 1 === 4 ? null : `n${k + 1}`
        })))
        assert.strictEqual(yield* prepared(sql, "INSERT INTO typed%"), 1, "prepared once, then reused")
        const values = yield* sql`SELECT id, doc FROM typed WHERE id = ${2}`.values
        for (let i = 0; i < 4; i++) assert.deepStrictEqual(yield* sql`SELECT id, doc FROM typed WHERE id = ${2}`.values, values)
        assert.deepStrictEqual(values, [[2, { i: 2, nested: [true, null, "x"] }]])
      }))

    it.effect("a prepared statement reading a table that changed shape is parsed again, and returns the new shape", () =>
      Effect.gen(function*() {
        const sql = yield* SqlClient.SqlClient
        yield* createTable("shaped", "id int4 PRIMARY KEY")
        yield* sql`INSERT INTO shaped (id) VALUES (${1})`
        for (let i = 0; i < 4; i++) assert.deepStrictEqual(yield* sql`SELECT * FROM shaped WHERE id = ${1}`, [{ id: 1 }])
        yield* sql.unsafe("ALTER TABLE shaped ADD COLUMN label text DEFAULT 'a'")
        assert.deepStrictEqual(yield* sql`SELECT * FROM shaped WHERE id = ${1}`, [{ id: 1, label: "a" }])
        assert.strictEqual(yield* prepared(sql, "SELECT * FROM shaped%"), 1, "the old statement is closed")
      }))

    it.effect("errors of a prepared statement are reported like any other, in and out of a transaction, and the session stays usable", () =>
      Effect.gen(function*() {
        const sql = yield* SqlClient.SqlClient
        yield* createTable("unique_names", "name text PRIMARY KEY")
        for (let i = 0; i < 4; i++) yield* sql`INSERT INTO unique_names (name) VALUES (${`n${i}`})`
        const failed = yield* Effect.flip(sql`INSERT INTO unique_names (name) VALUES (${"n0"})`)
        assert.strictEqual(failed._tag, "SqlError")
        assert.strictEqual((failed.cause as { code?: string }).code, "23505")
        const inTransaction = yield* Effect.flip(sql.withTransaction(Effect.gen(function*() {
          yield* sql`INSERT INTO unique_names (name) VALUES (${"fresh"})`
          yield* sql`INSERT INTO unique_names (name) VALUES (${"n1"})`
        })))
        assert.strictEqual(inTransaction._tag, "SqlError")
        assert.strictEqual(yield* countRows("unique_names"), 4, "the transaction rolled back")
        yield* sql`INSERT INTO unique_names (name) VALUES (${"fresh"})`
        assert.strictEqual(yield* countRows("unique_names"), 5)
      }))
  })
})

describe("PgliteClient (dataDir)", () => {
  const temp = () => Fs.mkdtempSync(Path.join(Os.tmpdir(), "sire-pglite-"))

  it.live("keeps its data across closing and reopening (creating missing directories; reopened via layerConfig)", () => {
    const root = temp()
    const dataDir = Path.join(root, "nested", "db")
    const write = Effect.gen(function*() {
      const sql = yield* SqlClient.SqlClient
      yield* createTable("kept", "id int PRIMARY KEY, doc jsonb")
      yield* sql.withTransaction(sql`INSERT INTO kept ${sql.insert([{ id: 1, doc: { a: 1 } }, { id: 2, doc: null }])}`)
    })
    const read = Effect.flatMap(SqlClient.SqlClient, (sql) => sql`SELECT id, doc FROM kept ORDER BY id`)
    return Effect.gen(function*() {
      yield* write.pipe(Effect.provide(PgliteClient.layer({ dataDir })))
      const rows = yield* read.pipe(
        Effect.provide(PgliteClient.layerConfig({ dataDir: Config.string("SIRE_PGLITE_DIR") })),
        Effect.withConfigProvider(ConfigProvider.fromMap(new Map([["SIRE_PGLITE_DIR", dataDir]])))
      )
      assert.deepStrictEqual(rows, [{ id: 1, doc: { a: 1 } }, { id: 2, doc: null }])
    }).pipe(Effect.ensuring(Effect.sync(() => Fs.rmSync(root, { recursive: true, force: true }))))
  })

  it.live("measures cold start and resident memory; a kill -9 keeps committed rows", () => {
    const root = temp()
    const dataDir = Path.join(root, "db")
    const child = (dataDir: string | undefined, then: "close" | "kill") =>
      Effect.sync(() => {
        const script = `
          const { Effect } = await import("effect")
          const Reactivity = await import("@effect/experimental/Reactivity")
          const PgliteClient = await import(${JSON.stringify(Path.resolve(import.meta.dirname, "../src/PgliteClient.ts"))})
          const rssBefore = process.memoryUsage().rss
          const started = performance.now()
          await Effect.runPromise(Effect.scoped(Effect.gen(function*() {
            const sql = yield* PgliteClient.make(${JSON.stringify(dataDir === undefined ? {} : { dataDir })})
            yield* sql\`SELECT 1\`
            const openMs = performance.now() - started
            const rssAfter = process.memoryUsage().rss
            yield* sql\`CREATE TABLE IF NOT EXISTS survivors (id serial PRIMARY KEY)\`
            yield* sql\`INSERT INTO survivors DEFAULT VALUES\`
            const [{ n }] = yield* sql\`SELECT count(*)::int AS n FROM survivors\`
            console.log(JSON.stringify({ openMs, rssBefore, rssAfter, rows: n }))
            if (${JSON.stringify(then)} === "kill") process.kill(process.pid, "SIGKILL")
          })).pipe(Effect.provide(Reactivity.layer)))
        `
        let output: string
        try {
          output = execFileSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], {
            cwd: Path.resolve(import.meta.dirname, ".."),
            encoding: "utf8",
            timeout: 30_000
          })
        } catch (error) {
          output = (error as { stdout: string }).stdout
        }
        return JSON.parse(output.trim().split("\n").pop()!) as {
          openMs: number
          rssBefore: number
          rssAfter: number
          rows: number
        }
      })
    const show = (label: string, m: { openMs: number; rssBefore: number; rssAfter: number }) =>
      console.log(
        `[PgliteClient] ${label}: open ${m.openMs.toFixed(0)} ms, RSS ${(m.rssBefore / 2 ** 20).toFixed(0)} → ${
          (m.rssAfter / 2 ** 20).toFixed(0)
        } MiB`
      )
    return Effect.gen(function*() {
      const memory = yield* child(undefined, "close")
      show("in memory", memory)
      const first = yield* child(dataDir, "close")
      show("dataDir, first init", first)
      const reopen = yield* child(dataDir, "kill")
      show("dataDir, reopen (then kill -9)", reopen)
      const afterKill = yield* child(dataDir, "close")
      show("dataDir, reopen after kill -9", afterKill)
      assert.deepStrictEqual([memory.rows, first.rows, reopen.rows, afterKill.rows], [1, 1, 2, 3])
    }).pipe(Effect.ensuring(Effect.sync(() => Fs.rmSync(root, { recursive: true, force: true }))))
  })
})
