/**
 * The in-memory credential and marketplace stores (what `sire run` runs its nodes over) against
 * the SQL stores the server uses, as the model: any sequence of operations gets the same answers
 * from both — organization scoping, newest-first pages with their cursors, updates, decryption,
 * idempotent installs, an unregistered server's installs gone — with ids compared by creation order.
 * On PGlite and PostgreSQL.
 */
import * as SqlClient from "@effect/sql/SqlClient"
import { afterAll, assert, beforeAll, describe, it } from "@effect/vitest"
import { Effect, Redacted } from "effect"
import fc from "fast-check"
import * as Credentials from "../src/credentials/Credentials.js"
import * as MemoryCredentials from "../src/credentials/MemoryCredentials.js"
import * as Marketplace from "../src/marketplace/Marketplace.js"
import * as MemoryMarketplace from "../src/marketplace/MemoryMarketplace.js"
import { databases, migratedDatabase, skip } from "./harness.js"

const orgIndex = fc.oneof({ weight: 3, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.constant(1) })
const ref = fc.integer({ min: 0, max: 5 })
const hosts = fc.array(fc.constantFrom("api.example.com", "acme.com"), { maxLength: 2 })

type CredentialOp =
  | { readonly op: "create"; readonly org: number; readonly name: string; readonly hosts: Array<string>; readonly value: unknown }
  | { readonly op: "list"; readonly org: number; readonly limit: number }
  | { readonly op: "get" | "remove" | "decrypt"; readonly org: number; readonly ref: number }
  | { readonly op: "update"; readonly org: number; readonly ref: number; readonly name?: string; readonly hosts?: Array<string>; readonly value?: unknown }

const credentialOps: fc.Arbitrary<Array<CredentialOp>> = fc.array(fc.oneof(
  { weight: 3, arbitrary: fc.record({ op: fc.constant("create" as const), org: orgIndex, name: fc.string({ maxLength: 6 }), hosts, value: fc.jsonValue({ maxDepth: 2 }) }) },
  fc.record({ op: fc.constant("list" as const), org: orgIndex, limit: fc.integer({ min: 1, max: 3 }) }),
  fc.record({ op: fc.constantFrom("get" as const, "remove" as const, "decrypt" as const), org: orgIndex, ref }),
  fc.record(
    { op: fc.constant("update" as const), org: orgIndex, ref, name: fc.string({ maxLength: 6 }), hosts, value: fc.jsonValue({ maxDepth: 2 }) },
    { requiredKeys: ["op", "org", "ref"] }
  )
), { maxLength: 14 })

type MarketplaceOp =
  | { readonly op: "register"; readonly org: number; readonly name: string; readonly url: number }
  | { readonly op: "servers" | "installs"; readonly org: number }
  | { readonly op: "server" | "unregister"; readonly org: number; readonly ref: number }
  | { readonly op: "install"; readonly org: number; readonly tool: number; readonly ref: number; readonly name: string }
  | { readonly op: "uninstall"; readonly org: number; readonly tool: number }
  | { readonly op: "serverAt"; readonly org: number; readonly url: number }

const tool = fc.integer({ min: 0, max: 3 })
const server = fc.integer({ min: 0, max: 2 })
const url = fc.integer({ min: 0, max: 2 })

const marketplaceOps: fc.Arbitrary<Array<MarketplaceOp>> = fc.array(fc.oneof(
  { weight: 3, arbitrary: fc.record({ op: fc.constant("register" as const), org: orgIndex, name: fc.string({ maxLength: 6 }), url }) },
  fc.record({ op: fc.constantFrom("servers" as const, "installs" as const), org: orgIndex }),
  fc.record({ op: fc.constantFrom("server" as const, "unregister" as const), org: orgIndex, ref: server }),
  { weight: 3, arbitrary: fc.record({ op: fc.constant("install" as const), org: orgIndex, tool, ref: server, name: fc.string({ maxLength: 6 }) }) },
  fc.record({ op: fc.constant("uninstall" as const), org: orgIndex, tool }),
  fc.record({ op: fc.constant("serverAt" as const), org: orgIndex, url })
), { maxLength: 24 })

/** Answers with the ids a store made replaced by their creation order (`#0`, `#1`, …), so two stores' answers compare. */
const normalized = (answers: ReadonlyArray<unknown>, ids: ReadonlyArray<string>): string =>
  ids.reduce((text, id, index) => text.split(id).join(`#${index}`), JSON.stringify(answers))

/** Runs credential operations on a store for two organizations; the answers, normalized. */
const runCredentials = (store: Credentials.Credentials["Type"], orgs: readonly [string, string], ops: ReadonlyArray<CredentialOp>) =>
  Effect.gen(function*() {
    const ids: Array<string> = []
    const answers: Array<unknown> = []
    let now = 1_700_000_000_000
    const idOf = (index: number) => ids[index] ?? "cred_missing"
    for (const step of ops) {
      now += 1
      const org = orgs[step.org]
      switch (step.op) {
        case "create": {
          const created = yield* store.create(org, { name: step.name, type: "bearer", value: step.value, allowedHosts: step.hosts }, now)
          ids.push(created.id)
          answers.push(created)
          break
        }
        case "list": {
          const pages: Array<unknown> = []
          let cursor: string | undefined
          do {
            const page = yield* store.list(org, step.limit, cursor)
            pages.push(page)
            cursor = page.nextCursor
          } while (cursor !== undefined && pages.length < 20)
          answers.push(pages)
          break
        }
        case "get":
          answers.push((yield* store.get(org, idOf(step.ref))) ?? null)
          break
        case "remove":
          answers.push(yield* store.remove(org, idOf(step.ref)))
          break
        case "decrypt":
          answers.push(yield* Effect.catchTag(store.decrypt(org, idOf(step.ref)), "CredentialNotFound", (error) => Effect.succeed(error.message)))
          break
        case "update": {
          const changes = {
            ...(step.name !== undefined ? { name: step.name } : {}),
            ...(step.hosts !== undefined ? { allowedHosts: step.hosts } : {}),
            ...(step.value !== undefined ? { value: step.value, type: "api_key" as const } : {})
          }
          answers.push((yield* store.update(org, idOf(step.ref), changes, now)) ?? null)
          break
        }
      }
    }
    return normalized(answers, ids)
  })

/** Runs marketplace operations on a store for two organizations; the answers, normalized. */
const runMarketplace = (store: Marketplace.Marketplace["Type"], orgs: readonly [string, string], ops: ReadonlyArray<MarketplaceOp>) =>
  Effect.gen(function*() {
    const ids: Array<string> = []
    const answers: Array<unknown> = []
    let now = 1_700_000_000_000
    const idOf = (index: number) => ids[index] ?? "mcps_missing"
    const urlOf = (index: number) => `https://mcp${index}.example.com/mcp`
    for (const step of ops) {
      now += 1
      const org = orgs[step.org]
      switch (step.op) {
        case "register": {
          const server = yield* store.register(org, { name: step.name, url: urlOf(step.url) }, now)
          ids.push(server.id)
          answers.push(server)
          break
        }
        case "servers":
          answers.push(yield* store.servers(org))
          break
        case "installs":
          answers.push(yield* store.installs(org))
          break
        case "server":
          answers.push((yield* store.server(org, idOf(step.ref))) ?? null)
          break
        case "unregister":
          answers.push(yield* store.unregister(org, idOf(step.ref)))
          break
        case "install":
          answers.push(yield* store.install(org, { toolId: `tool_${step.tool}`, serverId: idOf(step.ref), name: step.name }, now))
          break
        case "uninstall":
          answers.push(yield* store.uninstall(org, `tool_${step.tool}`))
          break
        case "serverAt":
          answers.push((yield* store.serverAt(org, urlOf(step.url))) ?? null)
          break
      }
    }
    return normalized(answers, ids)
  })

/** Always checked beside the generated sequences: an unregistered server's installs go with it. */
const unregisteredInstalls: Array<MarketplaceOp> = [
  { op: "register", org: 0, name: "a", url: 0 },
  { op: "install", org: 0, tool: 0, ref: 0, name: "t" },
  { op: "unregister", org: 0, ref: 0 },
  { op: "installs", org: 0 }
]

describe.each(databases)("the in-memory credential and marketplace stores, against the SQL ones on %s", (database) => {
  const db = migratedDatabase(database, 4)
  let sql: SqlClient.SqlClient
  beforeAll(async () => {
    if (!skip(database)) sql = await db.open()
  }, 120_000)
  afterAll(() => db.close())

  let run = 0
  /** Two new organizations in the database, so that each sequence starts from empty stores. */
  const organizations = Effect.suspend(() => {
    run += 1
    const orgs = [`org_mem${run}a`, `org_mem${run}b`] as const
    return Effect.as(
      Effect.forEach(orgs, (id) => sql`INSERT INTO sire_organizations (id, name, created_at) VALUES (${id}, ${id}, 0)`, { discard: true }),
      orgs
    )
  })

  it.skipIf(skip(database))("for any sequence of operations, the in-memory credential store answers as the SQL store", async () => {
    await fc.assert(fc.asyncProperty(credentialOps, async (ops) => {
      const program = Effect.gen(function*() {
        const orgs = yield* organizations
        const memory = yield* MemoryCredentials.make
        const stored = yield* Effect.provideService(Credentials.make(Redacted.make("memory-store-test-secret-0123456789")), SqlClient.SqlClient, sql)
        assert.strictEqual(yield* runCredentials(memory, orgs, ops), yield* runCredentials(stored, orgs, ops))
      })
      await Effect.runPromise(program)
    }), { numRuns: 40 })
  }, 120_000)

  it.skipIf(skip(database))("for any sequence of operations, the in-memory marketplace store answers as the SQL store", async () => {
    await fc.assert(fc.asyncProperty(marketplaceOps, async (ops) => {
      const program = Effect.gen(function*() {
        const orgs = yield* organizations
        const memory = yield* MemoryMarketplace.make
        const stored = yield* Effect.provideService(Marketplace.make, SqlClient.SqlClient, sql)
        assert.strictEqual(yield* runMarketplace(memory, orgs, ops), yield* runMarketplace(stored, orgs, ops))
      })
      await Effect.runPromise(program)
    }), { numRuns: 40, examples: [[unregisteredInstalls]] })
  }, 120_000)
})
