/**
 * Who gets the sandbox's next free worker: `size` permits shared by organizations so that no
 * organization can keep another's code waiting behind its own. Two rules:
 *
 * - **The last free permit goes only to an organization holding none.** An organization already
 *   running code waits rather than take it, so one organization holds at most `size - 1` workers
 *   and an organization with nothing running finds a worker at once, unless several other
 *   organizations each hold some (then it waits for the first to finish, and that run is bounded
 *   by the code node's timeout ceiling).
 * - **Waiting organizations are served in turn** (round robin): each has its own first-come queue,
 *   and a freed permit goes to the next organization in the ring that may take it; that
 *   organization then moves to the back. An organization with a thousand queued runs delays
 *   another's next run by at most one of its own.
 *
 * The permits are plain counters updated synchronously, so every decision is atomic on the one
 * JavaScript thread; a wait can be interrupted (the node's timeout, a cancelled execution) and
 * then leaves its queue, or gives back the permit granted in the meantime.
 *
 * @since 0.1.0
 */
import { Effect } from "effect"

/** A run waiting for a permit. */
interface Turn {
  readonly organizationId: string
  readonly resume: () => void
  granted: boolean
}

/** Permits and queues of one moment, for tests and health checks. */
export interface Snapshot {
  /** Permits nobody holds. */
  readonly free: number
  /** Permits held, by organization (organizations holding none are absent). */
  readonly held: Readonly<Record<string, number>>
  /** Runs waiting, by organization, in the order they will be served. */
  readonly waiting: Readonly<Record<string, number>>
}

/** `size` permits handed out fairly across organizations (see the module's comment). */
export interface FairShare {
  /** Runs `use` once `organizationId` has a permit, and gives it back however `use` ends; waiting can be interrupted. */
  readonly withPermit: <A, E, R>(organizationId: string, use: Effect.Effect<A, E, R>) => Effect.Effect<A, E, R>
  /** The permits and queues now. */
  readonly snapshot: Effect.Effect<Snapshot>
}

/** A fair share of `size` permits (at least 1). */
export const make = (size: number): FairShare => {
  let free = size
  const held = new Map<string, number>()
  // Insertion order is the ring: an organization served goes to the back (deleted, then set again).
  const waiting = new Map<string, Array<Turn>>()

  const holding = (organizationId: string) => held.get(organizationId) ?? 0
  const mayTake = (organizationId: string) => free > 1 || (free === 1 && holding(organizationId) === 0)

  const next = (): Turn | undefined => {
    for (const [organizationId, queue] of waiting) {
      if (!mayTake(organizationId)) continue
      const turn = queue.shift()!
      waiting.delete(organizationId)
      if (queue.length > 0) waiting.set(organizationId, queue)
      return turn
    }
    return undefined
  }

  const dispatch = () => {
    for (let turn = next(); turn !== undefined; turn = next()) {
      free--
      held.set(turn.organizationId, holding(turn.organizationId) + 1)
      turn.granted = true
      turn.resume()
    }
  }

  const give = (organizationId: string) =>
    Effect.sync(() => {
      const count = holding(organizationId) - 1
      if (count > 0) held.set(organizationId, count)
      else held.delete(organizationId)
      free++
      dispatch()
    })

  const leave = (turn: Turn) => {
    const queue = waiting.get(turn.organizationId)
    const index = queue?.indexOf(turn) ?? -1
    if (queue === undefined || index < 0) return
    queue.splice(index, 1)
    if (queue.length === 0) waiting.delete(turn.organizationId)
  }

  const take = (organizationId: string) =>
    Effect.async<void>((resume) => {
      const turn: Turn = { organizationId, resume: () => resume(Effect.void), granted: false }
      const queue = waiting.get(organizationId)
      if (queue === undefined) waiting.set(organizationId, [turn])
      else queue.push(turn)
      dispatch()
      return Effect.suspend(() => (turn.granted ? give(organizationId) : Effect.sync(() => leave(turn))))
    })

  return {
    withPermit: (organizationId, use) =>
      Effect.uninterruptibleMask((restore) =>
        Effect.zipRight(restore(take(organizationId)), Effect.ensuring(restore(use), give(organizationId)))
      ),
    snapshot: Effect.sync(() => ({
      free,
      held: Object.fromEntries(held),
      waiting: Object.fromEntries([...waiting].map(([organizationId, queue]) => [organizationId, queue.length]))
    }))
  }
}
