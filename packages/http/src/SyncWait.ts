/**
 * The wait of a sync request: the execution once it ends, or as it stands once the sync time-out
 * (`Settings.syncTimeoutMs`) passes or the server begins to drain. `Sire.wait` stops on one signal,
 * raised by the shared `Deadlines` fiber or by the drain: a request forks no fiber (a time-out and
 * a race forked four, ≈ 1/6 of a sync execution's server CPU).
 *
 * @since 0.1.0
 */
import type { Execution } from "@sire/core/Execution"
import type { OrganizationId } from "@sire/core/Id"
import * as Signal from "@sire/core/Signal"
import { Sire } from "@sire/core/Sire"
import { Effect } from "effect"
import * as Deadlines from "./Deadlines.js"
import { Draining } from "./Draining.js"
import { Settings } from "./Settings.js"

/** Waits for executions of one organization as sync requests do. */
export type SyncWait = (executionId: string, scope: { readonly organizationId: OrganizationId }) => Effect.Effect<
  Execution,
  Effect.Effect.Error<ReturnType<Sire["Type"]["wait"]>>
>

/** A sync wait over this server's settings and drain, its deadlines kept by a fiber of the scope. */
export const make = Effect.gen(function*() {
  const sire = yield* Sire
  const draining = yield* Draining
  const deadlines = yield* Deadlines.make((yield* Settings).syncTimeoutMs)
  const wait: SyncWait = (executionId, scope) =>
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
    })
  return wait
})
