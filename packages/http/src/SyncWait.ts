/**
 * The wait of a sync request: the execution once it ends, or as it stands once the sync time-out
 * (`Settings.syncTimeoutMs`) passes or the server begins to drain. `Sire.wait` stops on one signal,
 * raised by the server's one `Deadlines` fiber or by the drain: a request forks no fiber (a
 * time-out and a race forked four, ≈ 1/6 of a sync execution's server CPU).
 *
 * @since 0.1.0
 */
import type { Execution } from "@sire/core/Execution"
import type { OrganizationId } from "@sire/core/Id"
import * as Signal from "@sire/core/Signal"
import { Sire } from "@sire/core/Sire"
import { Context, Effect, Layer } from "effect"
import * as Deadlines from "./Deadlines.js"
import { Draining } from "./Draining.js"
import { Settings } from "./Settings.js"

/** Waits for an execution of one organization as sync requests do (executions, chat). */
export class SyncWait extends Context.Tag("@sire/http/SyncWait")<SyncWait, (
  executionId: string,
  scope: { readonly organizationId: OrganizationId }
) => Effect.Effect<Execution, Effect.Effect.Error<ReturnType<Sire["Type"]["wait"]>>>>() {}

/** The server's sync wait over its settings and drain, its deadlines kept by one fiber of the layer's scope. */
export const layer: Layer.Layer<SyncWait, never, Sire | Draining | Settings> = Layer.scoped(
  SyncWait,
  Effect.gen(function*() {
    const sire = yield* Sire
    const draining = yield* Draining
    const deadlines = yield* Deadlines.make((yield* Settings).syncTimeoutMs)
    return SyncWait.of((executionId, scope) =>
      Effect.suspend(() => {
        const until = Signal.make()
        const undrain = draining.listen(until.raise)
        const cancel = deadlines.after(until)
        return Effect.ensuring(
          sire.wait(executionId, { ...scope, until }),
          Effect.sync(() => {
            cancel()
            undrain()
          })
        )
      }))
  })
)
