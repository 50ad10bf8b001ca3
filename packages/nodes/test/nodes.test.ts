/**
 * The integration nodes in a host of their own, without the server: `Nodes.layer` registers all
 * six in a memory runtime, and the memory ports behave as the server's do — a `waitForEvent` node
 * completes with the payload delivered through `Signals`; a credential from the memory vault is
 * sent to its allowed host only, and only for its organization; an MCP tool the host did not list
 * is refused before any connection.
 */
import { assert, describe, it } from "@effect/vitest"
import { Effect } from "effect"
import { createServer, type IncomingHttpHeaders } from "node:http"
import type { AddressInfo } from "node:net"
import * as Id from "@sire/core/Id"
import * as Sire from "@sire/core/Sire"
import * as Nodes from "../src/Nodes.js"
import { Signals } from "../src/Signals.js"

/** A loopback HTTP server that records the headers of each request and answers `{ ok: true }`. */
const recordingServer = Effect.acquireRelease(
  Effect.async<{ readonly port: number; readonly seen: Array<IncomingHttpHeaders>; readonly close: () => void }>((resume) => {
    const seen: Array<IncomingHttpHeaders> = []
    const server = createServer((request, response) => {
      seen.push(request.headers)
      response.setHeader("content-type", "application/json")
      response.end(JSON.stringify({ ok: true }))
    })
    server.listen(0, "127.0.0.1", () => resume(Effect.succeed({ port: (server.address() as AddressInfo).port, seen, close: () => server.close() })))
  }),
  (server) => Effect.sync(server.close)
)

const acme = Id.OrganizationId.make("org_acme")
const other = Id.OrganizationId.make("org_other")

describe("Nodes.layer", () => {
  it.scopedLive("registers every integration node type in the host's runtime", () =>
    Effect.gen(function*() {
      const sire = yield* Sire.Sire
      for (const type of ["http", "code", "waitForEvent", "llm", "agent", "mcp"]) {
        const created = yield* Effect.either(sire.createWorkflow({ name: type, nodes: [{ id: "start", type: "trigger" }, { id: "n", type }], edges: [{ source: "start", target: "n" }] }))
        // unknown types are refused as unknown; these are known (any refusal is about their params)
        if (created._tag === "Left") assert.notMatch(String(created.left), /unknown node type/, type)
      }
    }).pipe(Effect.provide(Nodes.layer((nodes) => Sire.layerMemory({ nodes })))))

  it.scopedLive("a waitForEvent node completes with the payload delivered through Signals, after a wake", () =>
    Effect.gen(function*() {
      const sire = yield* Sire.Sire
      const signals = yield* Signals
      const workflow = yield* sire.createWorkflow({
        name: "approval",
        nodes: [{ id: "start", type: "trigger" }, { id: "approve", type: "waitForEvent" }],
        edges: [{ source: "start", target: "approve" }]
      })
      const started = yield* sire.start({ workflowId: workflow.id, input: {} })
      let waiting = yield* sire.get(started.id)
      for (let i = 0; i < 200 && waiting.status !== "waiting"; i++) {
        yield* Effect.sleep("10 millis")
        waiting = yield* sire.get(started.id)
      }
      assert.strictEqual(waiting.status, "waiting")
      const target = { organizationId: Id.defaultOrganizationId, executionId: started.id, nodeId: "approve" }
      assert.isTrue(yield* signals.deliver(target, { approved: true }, 0))
      assert.isFalse(yield* signals.deliver(target, { approved: false }, 0), "the first delivery wins")
      yield* sire.wake(started.id)
      const done = yield* sire.wait(started.id)
      assert.strictEqual(done.status, "completed")
      assert.deepStrictEqual(done.output, { approve: { approved: true } })
    }).pipe(Effect.provide(Nodes.layer((nodes) => Sire.layerMemory({ nodes })))))

  it.scopedLive("a memory credential is sent to its allowed host for its organization only; another organization's run is refused and sends nothing", () =>
    Effect.gen(function*() {
      const api = yield* recordingServer
      const run = (organizationId: Id.OrganizationId) =>
        Effect.gen(function*() {
          const sire = yield* Sire.Sire
          const workflow = yield* sire.createWorkflow({
            name: "call",
            nodes: [
              { id: "start", type: "trigger" },
              { id: "call", type: "http", params: { url: `http://127.0.0.1:${api.port}/`, credentialId: "acme-token" } }
            ],
            edges: [{ source: "start", target: "call" }]
          }, { organizationId })
          return yield* sire.run({ workflowId: workflow.id, organizationId })
        }).pipe(Effect.provide(Nodes.layer((nodes) => Sire.layerMemory({ nodes }), {
          egressAllow: ["127.0.0.1"],
          credentials: [{ id: "acme-token", type: "bearer", value: "s3cret", allowedHosts: ["127.0.0.1"], organizationId: acme }]
        })))
      const own = yield* run(acme)
      assert.strictEqual(own.status, "completed", JSON.stringify(own.error))
      assert.strictEqual(api.seen.length, 1)
      assert.strictEqual(api.seen[0]!.authorization, "Bearer s3cret")
      const foreign = yield* run(other)
      assert.strictEqual(foreign.status, "failed")
      assert.match(JSON.stringify(foreign.error), /credential acme-token not found/)
      assert.notMatch(JSON.stringify(foreign), /s3cret/)
      assert.strictEqual(api.seen.length, 1, "nothing was sent for the other organization")
    }))

  it.scopedLive("an MCP tool of a server the host did not list, or a tool it did not allow, is refused before any connection", () =>
    Effect.gen(function*() {
      const mcp = yield* recordingServer
      yield* Effect.gen(function*() {
        const sire = yield* Sire.Sire
        for (const [serverId, tool] of [["unknown", "search"], ["docs", "delete_everything"]] as const) {
          const workflow = yield* sire.createWorkflow({
            name: "mcp",
            nodes: [{ id: "start", type: "trigger" }, { id: "tool", type: "mcp", params: { serverId, tool } }],
            edges: [{ source: "start", target: "tool" }]
          })
          const failed = yield* sire.run({ workflowId: workflow.id })
          assert.strictEqual(failed.status, "failed")
          assert.match(JSON.stringify(failed.error), /is not installed/)
        }
      }).pipe(Effect.provide(Nodes.layer((nodes) => Sire.layerMemory({ nodes }), {
        egressAllow: ["127.0.0.1"],
        mcpServers: [{ id: "docs", url: `http://127.0.0.1:${mcp.port}/mcp`, tools: ["search"] }]
      })))
      assert.strictEqual(mcp.seen.length, 0)
    }))
})
