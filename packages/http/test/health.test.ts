/** Readiness follows storage: `/readyz` answers 503 with the reason while the store fails, and never needs a token. */
import { HttpApiBuilder, HttpServer } from "@effect/platform"
import { assert, describe, it } from "@effect/vitest"
import { Effect, Layer } from "effect"
import * as WorkflowStore from "@sire/core/WorkflowStore"
import * as Server from "../src/Server.js"

/** A workflow store whose every listing fails, as when the database is gone. */
const unreachableStore = Layer.effect(
  WorkflowStore.WorkflowStore,
  Effect.map(WorkflowStore.WorkflowStore, (store) => ({
    ...store,
    list: () => Effect.fail(new WorkflowStore.WorkflowStoreError({ reason: "Unavailable", message: "connection refused" }))
  }))
).pipe(Layer.provide(WorkflowStore.layerMemory))

const handlerOver = (store: Layer.Layer<WorkflowStore.WorkflowStore>) =>
  HttpApiBuilder.toWebHandler(Layer.mergeAll(Server.app.pipe(Layer.provide(store)), HttpServer.layerContext))

describe("health", () => {
  it.effect("/readyz is 503 with the reason while storage fails, and 200 when it answers; /healthz is 200 either way", () =>
    Effect.promise(async () => {
      const down = handlerOver(unreachableStore)
      const up = handlerOver(WorkflowStore.layerMemory)
      try {
        const notReady = await down.handler(new Request("http://sire.test/readyz"))
        assert.strictEqual(notReady.status, 503)
        assert.deepStrictEqual(await notReady.json(), { _tag: "NotReady", error: "storage unreachable: connection refused" })
        assert.strictEqual((await down.handler(new Request("http://sire.test/healthz"))).status, 200)
        const ready = await up.handler(new Request("http://sire.test/readyz"))
        assert.strictEqual(ready.status, 200)
        assert.deepStrictEqual(await ready.json(), { status: "ready" })
      } finally {
        await down.dispose()
        await up.dispose()
      }
    }))
})
