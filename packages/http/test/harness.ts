/**
 * The real server for tests: `Server.layer` listening on a free loopback port, on in-memory
 * PGlite or on a fresh PostgreSQL schema (dropped afterwards), with a fetch-based client.
 */
import { HttpServer } from "@effect/platform"
import { readFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import * as Reactivity from "@effect/experimental/Reactivity"
import { PgClient } from "@effect/sql-pg"
import * as SqlClient from "@effect/sql/SqlClient"
import { Context, Effect, Exit, Layer, LogLevel, Logger, Option, Redacted, Scope } from "effect"
import { request as httpRequest } from "node:http"
import { randomToken } from "@sire/core/Id"
import * as PgliteClient from "@sire/adapters/PgliteClient"
import { assert } from "vitest"
import * as Mailer from "../src/auth/Mailer.js"
import * as Server from "../src/Server.js"
import type { ServerConfig } from "../src/ServerConfig.js"
import * as ServerMigrations from "../src/ServerMigrations.js"
import type { Settings } from "../src/Settings.js"

/** The test PostgreSQL. */
export const postgresUrl = process.env.SIRE_TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test"

/** Why PostgreSQL cannot be used, or `undefined` when it can. */
export const postgresUnreachable: string | undefined = await Effect.runPromise(
  Effect.scoped(Effect.flatMap(
    PgClient.make({ url: Redacted.make(postgresUrl), maxConnections: 1, connectTimeout: "3 seconds" }),
    (sql) => sql`SELECT 1`
  )).pipe(
    Effect.provide(Reactivity.layer),
    Effect.as(undefined),
    Effect.catchAll((error) => Effect.succeed(error.message))
  )
)
if (postgresUnreachable !== undefined) {
  if (process.env.SIRE_REQUIRE_POSTGRES === "1") throw new Error(`PostgreSQL unreachable: ${postgresUnreachable}`)
  console.warn(`Skipping the PostgreSQL server tests: ${postgresUnreachable}`)
}

/** The databases the suites run on. */
export const databases = ["pglite", "postgres"] as const
/** A database the suites run on. */
export type Database = typeof databases[number]

/** Whether a suite on `database` is skipped here. */
export const skip = (database: Database): boolean => database === "postgres" && postgresUnreachable !== undefined

/** An HTTP answer, with its body parsed as JSON when it is JSON. */
export interface Answer {
  readonly status: number
  readonly headers: Headers
  readonly body: any
  readonly text: string
}

/** What a request may carry. */
export interface Send {
  readonly body?: unknown
  readonly token?: string
  readonly headers?: Record<string, string>
}

/** A running test server. */
export interface TestServer {
  readonly base: string
  readonly database: Database
  /** Mail the server sent, newest last. */
  readonly mail: ReadonlyArray<Mailer.Message>
  readonly request: (method: string, path: string, send?: Send) => Promise<Answer>
  readonly close: () => Promise<void>
  /** The PostgreSQL URL (schema included) the server runs on, to start another on it (`StartOptions.databaseUrl`); absent on PGlite. */
  readonly databaseUrl?: string
}

/** Options of `start`. */
export interface StartOptions {
  readonly rateLimits?: Partial<ServerConfig["rateLimits"]>
  readonly freeTierExecutions?: number
  readonly settings?: Partial<Settings>
  readonly accessTtlSeconds?: number
  readonly secret?: string
  /**
   * PostgreSQL only: run on this database (another server's `databaseUrl`) instead of a fresh
   * schema, to share its data and counters; the schema is left to the server that made it.
   */
  readonly databaseUrl?: string
  /** Builds the server from the options `Server.layer` would get, instead of `Server.layer` (e.g. to wrap a store). */
  readonly serverLayer?: (options: Server.Options) => Layer.Layer<HttpServer.HttpServer, unknown>
  /** Captures every log line of the server (all levels, not only warnings) here, formatted as logfmt, instead of printing them. */
  readonly logs?: Array<string>
  /** The egress allow-list (`SIRE_EGRESS_ALLOW`), e.g. `["127.0.0.1"]` for a local webhook receiver; empty by default. */
  readonly egressAllow?: ReadonlyArray<string>
  /** Stripe billing (`STRIPE_*`); not configured when absent. */
  readonly stripe?: ServerConfig["stripe"]
  /** OpenTelemetry for the server (`Server.Options.telemetry`), e.g. over in-memory exporters; none by default. */
  readonly telemetry?: Server.Options["telemetry"]
  /** The `code` node's sandbox workers (`SIRE_SANDBOX_WORKERS`); 2, the fewest, by default. */
  readonly sandboxWorkers?: number
  /** The largest `timeoutMs` of a `code` node (`SIRE_CODE_TIMEOUT_MAX_MS`); 30 s by default. */
  readonly codeTimeoutMaxMs?: number
  /** Where the server's mail goes instead of `TestServer.mail` (which then stays empty), e.g. a mailer that blocks. */
  readonly mailer?: Mailer.Mailer["Type"]
  /**
   * SMTP settings (`SIRE_SMTP_URL`, `SIRE_MAIL_FROM`): the server queues its mail in the outbox
   * table and delivers it there, as in production (`TestServer.mail` stays empty).
   */
  readonly smtp?: { readonly url: string; readonly from: string }
  /** Sign-in providers (`SIRE_OAUTH_*`); none by default. */
  readonly oauth?: ServerConfig["oauth"]
  /** The app the browser returns to after a provider sign-in (`SIRE_APP_URL`); the public URL by default. */
  readonly appUrl?: string
  /** PGlite only: keep the database in this directory (to start another server on it after this one stops) instead of in memory. */
  readonly pgliteDir?: string
}

const relaxed = { limit: 100_000, windowMs: 60_000 }

/** A new schema on the test PostgreSQL: its URL (every session's `search_path` set to it), an admin client, and its drop. */
export interface FreshSchema {
  readonly name: string
  readonly url: string
  readonly admin: PgClient.PgClient
  readonly drop: () => Promise<void>
}

/** Creates a schema of its own on the test PostgreSQL; `drop` removes it and closes the admin client. */
export const freshSchema = async (): Promise<FreshSchema> => {
  const name = `sire_test_${randomToken(16).toLowerCase()}`
  const scope = Effect.runSync(Scope.make())
  const admin = await Effect.runPromise(Scope.extend(
    PgClient.make({ url: Redacted.make(postgresUrl), maxConnections: 1 }).pipe(Effect.provide(Reactivity.layer)),
    scope
  ))
  await Effect.runPromise(admin`CREATE SCHEMA ${admin(name)}`)
  const url = new URL(postgresUrl)
  url.searchParams.set("options", `-c search_path=${name}`)
  return {
    name,
    url: url.toString(),
    admin,
    drop: () =>
      Effect.runPromise(Effect.asVoid(admin`DROP SCHEMA ${admin(name)} CASCADE`).pipe(Effect.ensuring(Scope.close(scope, Exit.void))))
  }
}

/** A database with the server's migrations for a store's own test: PGlite in memory, or a fresh PostgreSQL schema. */
export interface MigratedDatabase {
  /** Opens and migrates it (nothing on a skipped database); the client to test against. */
  readonly open: () => Promise<SqlClient.SqlClient>
  /** Closes the client and drops the schema. */
  readonly close: () => Promise<void>
}

/** A migrated database on `database` for a test file, opened in its `beforeAll` and closed in its `afterAll`. */
export const migratedDatabase = (database: Database, maxConnections = 8): MigratedDatabase => {
  const scope = Effect.runSync(Scope.make())
  let schema: FreshSchema | undefined
  return {
    open: async () => {
      let client: Layer.Layer<SqlClient.SqlClient, unknown>
      if (database === "postgres") {
        schema = await freshSchema()
        client = PgClient.layer({ url: Redacted.make(schema.url), maxConnections }).pipe(Layer.provide(Reactivity.layer))
      } else {
        client = PgliteClient.layer({})
      }
      const sql = Context.get(await Effect.runPromise(Layer.buildWithScope(client, scope)), SqlClient.SqlClient)
      await Effect.runPromise(Effect.provideService(ServerMigrations.migrate, SqlClient.SqlClient, sql))
      return sql
    },
    close: async () => {
      await Effect.runPromise(Scope.close(scope, Exit.void))
      await schema?.drop()
    }
  }
}

/** Starts the server on `database`. Rate limits are relaxed unless given. */
export const start = async (database: Database, options: StartOptions = {}): Promise<TestServer> => {
  const scope = Effect.runSync(Scope.make())
  const memory = Mailer.makeMemory()
  let sqlLayer: Server.Options["database"]
  let pgUrl: string | undefined
  let dropSchema: (() => Promise<void>) | undefined
  if (database === "pglite" && options.databaseUrl !== undefined) throw new Error("databaseUrl is for PostgreSQL only")
  if (database === "postgres" && options.databaseUrl !== undefined) {
    pgUrl = options.databaseUrl
  } else if (database === "postgres") {
    // Dropped after the server's scope (and its pool) is closed.
    const schema = await freshSchema()
    dropSchema = schema.drop
    pgUrl = schema.url
  } else {
    sqlLayer = PgliteClient.layer(options.pgliteDir !== undefined ? { dataDir: options.pgliteDir } : {})
  }
  if (database === "postgres" && options.pgliteDir !== undefined) throw new Error("pgliteDir is for PGlite only")
  const config: ServerConfig = {
    port: 0,
    host: "127.0.0.1",
    dataDir: "/nonexistent",
    databaseUrl: pgUrl === undefined ? Option.none() : Option.some(Redacted.make(pgUrl)),
    secret: Redacted.make(options.secret ?? "test-secret-0123456789abcdef0123456789abcdef"),
    egressAllow: options.egressAllow ?? [],
    publicUrl: "http://sire.test",
    rateLimits: {
      auth: options.rateLimits?.auth ?? relaxed,
      write: options.rateLimits?.write ?? relaxed,
      read: options.rateLimits?.read ?? relaxed
    },
    freeTierExecutions: options.freeTierExecutions ?? 100_000,
    workerConcurrency: 64,
    sandboxWorkers: options.sandboxWorkers ?? 2,
    codeTimeoutMaxMs: options.codeTimeoutMaxMs ?? 30_000,
    logLevel: options.logs === undefined ? LogLevel.Warning : LogLevel.All,
    ...(options.stripe !== undefined ? { stripe: options.stripe } : {}),
    ...(options.oauth !== undefined ? { oauth: options.oauth } : {}),
    ...(options.appUrl !== undefined ? { appUrl: options.appUrl } : {}),
    ...(options.smtp !== undefined ? { smtp: { url: Redacted.make(options.smtp.url), from: options.smtp.from } } : {})
  }
  const serverOptions: Server.Options = {
    config,
    ...(options.smtp === undefined ? { mailer: Layer.succeed(Mailer.Mailer, options.mailer ?? memory.mailer) } : {}),
    ...(sqlLayer !== undefined ? { database: sqlLayer } : {}),
    // The retention job's first run waits an hour unless a test asks (`test/retention.test.ts` runs it itself).
    settings: { retention: { firstDelayMs: 3_600_000 }, ...options.settings },
    ...(options.accessTtlSeconds !== undefined ? { accessTtlSeconds: options.accessTtlSeconds } : {}),
    telemetry: options.telemetry ?? Layer.empty
  }
  const layer = (options.serverLayer ?? Server.layer)(serverOptions).pipe(
    Layer.provide(
      options.logs === undefined
        ? Logger.minimumLogLevel(LogLevel.Warning)
        : Layer.merge(
          Logger.minimumLogLevel(LogLevel.All),
          Logger.replace(Logger.defaultLogger, Logger.map(Logger.logfmtLogger, (line) => void options.logs!.push(line)))
        )
    )
  )
  const context = await Effect.runPromise(Layer.buildWithScope(layer, scope))
  const server = Effect.runSync(Effect.provide(HttpServer.HttpServer, context))
  const address = server.address
  if (address._tag !== "TcpAddress") throw new Error("expected a TCP address")
  const base = `http://127.0.0.1:${address.port}`
  return {
    base,
    database,
    ...(pgUrl !== undefined ? { databaseUrl: pgUrl } : {}),
    mail: memory.sent,
    request: async (method, path, send = {}) => {
      const headers: Record<string, string> = { ...send.headers }
      if (send.token !== undefined) headers.authorization = `Bearer ${send.token}`
      let body: string | undefined
      if (send.body !== undefined) {
        body = typeof send.body === "string" ? send.body : JSON.stringify(send.body)
        headers["content-type"] ??= "application/json"
      }
      const response = await fetch(`${base}${path}`, { method, headers, ...(body !== undefined ? { body } : {}) })
      const text = await response.text()
      let parsed: unknown = undefined
      try {
        parsed = text === "" ? undefined : JSON.parse(text)
      } catch {
        parsed = undefined
      }
      return { status: response.status, headers: response.headers, body: parsed, text }
    },
    close: async () => {
      await Effect.runPromise(Scope.close(scope, Exit.void))
      if (dropSchema !== undefined) await dropSchema()
    }
  }
}

/** What `raw` sends. */
export interface RawSend {
  readonly headers?: Record<string, string>
  /** The body, written one chunk at a time (send `transfer-encoding: chunked` for a chunked body). */
  readonly chunks?: ReadonlyArray<string | Uint8Array>
  /** The client's address, to be another client by IP (any of 127.0.0.0/8 on loopback). */
  readonly localAddress?: string
}

/** One request through `node:http` (chunked bodies, a chosen source address), answered like `request`. */
export const raw = (server: TestServer, method: string, path: string, send: RawSend = {}): Promise<Answer> =>
  new Promise((resolve, reject) => {
    const url = new URL(path, server.base)
    const outgoing = httpRequest({
      host: url.hostname,
      port: url.port,
      method,
      path: `${url.pathname}${url.search}`,
      agent: false,
      headers: send.headers ?? {},
      ...(send.localAddress !== undefined ? { localAddress: send.localAddress } : {})
    }, (response) => {
      const parts: Array<Buffer> = []
      response.on("data", (chunk: Buffer) => parts.push(chunk))
      response.on("error", reject)
      response.on("end", () => {
        const headers = new Headers()
        for (const [name, value] of Object.entries(response.headers)) {
          for (const item of Array.isArray(value) ? value : value === undefined ? [] : [value]) headers.append(name, item)
        }
        const text = Buffer.concat(parts).toString("utf8")
        let body: unknown = undefined
        try {
          body = text === "" ? undefined : JSON.parse(text)
        } catch {
          body = undefined
        }
        resolve({ status: response.statusCode ?? 0, headers, body, text })
      })
    })
    outgoing.setTimeout(30_000, () => outgoing.destroy(new Error(`${method} ${path}: no answer within 30 s`)))
    // Once answered, a server that stops reading may reset the rest of an upload: only earlier errors count.
    let answered = false
    outgoing.once("response", () => (answered = true))
    outgoing.on("error", (error) => (answered ? undefined : reject(error)))
    const write = async () => {
      for (const chunk of send.chunks ?? []) {
        if (outgoing.destroyed) return
        if (!outgoing.write(chunk)) {
          await new Promise<void>((next) => {
            const go = () => {
              outgoing.off("drain", go)
              outgoing.off("close", go)
              next()
            }
            outgoing.on("drain", go)
            outgoing.on("close", go)
          })
        }
      }
      if (!outgoing.destroyed) outgoing.end()
    }
    write().catch(reject)
  })

/** The CONTRACT §3 example workflow. */
export const contractExample: Record<string, unknown> = JSON.parse(
  readFileSync(fileURLToPath(new URL("../../../examples/server/lead-notification.json", import.meta.url)), "utf8")
)

/** A signed-up user: their access token, refresh token and organization. */
export interface Account {
  readonly email: string
  readonly password: string
  readonly token: string
  readonly refreshToken: string
  readonly organizationId: string
  readonly userId: string
}

/** Signs up a fresh user (and organization). */
export const signup = async (server: TestServer, label = "user"): Promise<Account> => {
  const email = `${label}-${randomToken(10).toLowerCase()}@example.com`
  const password = "correct horse battery staple"
  const answer = await server.request("POST", "/api/v1/auth/signup", { body: { email, password } })
  if (answer.status !== 201) throw new Error(`signup failed: ${answer.status} ${answer.text}`)
  return {
    email,
    password,
    token: answer.body.token,
    refreshToken: answer.body.refreshToken,
    organizationId: answer.body.user.organization.id,
    userId: answer.body.user.id
  }
}

/** Asserts `status` with a body that is exactly `{ error: <a non-empty message> }`. */
export const assertError = (answer: Answer, status: number): void => {
  assert.strictEqual(answer.status, status, answer.text)
  assert.deepStrictEqual(Object.keys(answer.body), ["error"], answer.text)
  assert.isString(answer.body.error)
  assert.isNotEmpty(answer.body.error)
}

/** The target of a `Link: <…>; rel="next"` header, if any (a malformed one fails the test). */
export const nextLink = (answer: { readonly headers: Headers }): string | undefined => {
  const link = answer.headers.get("link")
  if (link === null) return undefined
  const match = /^<([^>]+)>;\s*rel="next"$/.exec(link)
  assert.isNotNull(match, `malformed Link header: ${link}`)
  return match![1]
}

/** A workflow whose single output node answers `value` at once. */
export const constantWorkflow = (name: string, value: unknown) => ({
  name,
  nodes: [
    { id: "start", type: "trigger" },
    { id: "done", type: "output", params: { value } }
  ],
  edges: [{ source: "start", target: "done" }]
})

/** A workflow whose `boom` node always fails with the message "boom". */
export const failingWorkflow = (name = "always fails") => ({
  name,
  nodes: [
    { id: "start", type: "trigger" },
    { id: "boom", type: "fail", params: { message: "boom" } }
  ],
  edges: [{ source: "start", target: "boom" }]
})

/**
 * Asks again every 20 ms, for up to 2 s, until `done` holds; answers the last answer. For what holds
 * on another server once a change's `NOTIFY` reaches it (well under a millisecond on one host): a
 * request racing the notification may still be answered from that server's cache.
 */
export const soon = async <A>(ask: () => Promise<A>, done: (answer: A) => boolean): Promise<A> => {
  const deadline = Date.now() + 2_000
  let answer = await ask()
  while (!done(answer) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 20))
    answer = await ask()
  }
  return answer
}

/** Polls `check` until it holds (every 50 ms, up to `ms`); fails with `message` otherwise. */
export const eventually = async (check: () => boolean | Promise<boolean>, message: string, ms = 10_000): Promise<void> => {
  const deadline = Date.now() + ms
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`not within ${ms} ms: ${message}`)
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

/** `eventually` with the description first: waits until `check` holds, failing with `what` after `ms`. */
export const until = (what: string, check: () => Promise<boolean>, ms = 20_000): Promise<void> => eventually(check, what, ms)
