/**
 * The model-based suite of the `WorkQueue` port: random sequences of enqueue, claim, heartbeat,
 * complete, release, cancel and nextDueAt run on the memory queue of `@sire/core` (the oracle) and
 * on the adapter under test must give the same results. Every time is an explicit `now`: no clock.
 * `subscribe` is left to the contract (it needs real time).
 */
import { assert, describe, it } from "@effect/vitest"
import type { Effect, Layer } from "effect"
import * as fc from "fast-check"
import { type Claim, layerMemory, WorkQueue, type WorkQueueError } from "@sire/core/WorkQueue"
import { execId, orgA, orgB } from "./fixtures.js"
import {
  checkAgainstOracle,
  command,
  compare,
  type ModelOptions,
  modelTimeout,
  owned,
  type Pair,
  plainOption
} from "./model.js"

type Queue = WorkQueue["Type"]

/** The executions the commands touch, with the organization each belongs to. */
const owners = { a: orgA, b: orgA, c: orgB, d: orgA } as const
const names = Object.keys(owners) as ReadonlyArray<keyof typeof owners>

interface Model {
  /** Every claim handed out so far, the oracle's and the subject's for the same job side by side. */
  readonly claims: Array<{ readonly oracle: Claim; readonly subject: Claim }>
  /** The highest token each side handed out so far. */
  readonly lastToken: { oracle: number; subject: number }
}

type Cmd = fc.AsyncCommand<Model, Pair<Queue>>

/**
 * A claim as compared. Normalisation: token values are adapter-specific (the memory queue counts
 * from 1, SQL draws from a sequence), so they are left out here and checked on their own: every
 * token is a positive integer above every token the same queue handed out before. The order of a
 * batch is adapter-specific too, so claims are compared in execution id order.
 */
const normaliseClaims = (claims: ReadonlyArray<Claim>) =>
  claims
    .map(({ executionId, leaseUntil, organizationId, workerId }) => ({ executionId, organizationId, workerId, leaseUntil }))
    .sort((a, b) => (a.executionId < b.executionId ? -1 : a.executionId > b.executionId ? 1 : 0))

/** Checks the tokens of a new batch against the highest one its queue handed out before; returns the new highest. */
const checkTokens = (side: string, claims: ReadonlyArray<Claim>, last: number): number => {
  const tokens = claims.map((c) => c.token)
  for (const token of tokens) {
    assert.isTrue(Number.isSafeInteger(token) && token > 0, `${side}: token ${token} is a positive integer`)
    assert.isAbove(token, last, `${side}: token ${token} is above every earlier token (${last})`)
  }
  assert.strictEqual(new Set(tokens).size, tokens.length, `${side}: tokens of one claim are distinct`)
  return Math.max(last, ...tokens)
}

/** Times and leases on one small scale, so that jobs fall due, leases run out and claims get lost. */
const time = fc.integer({ min: 0, max: 250 })
const lease = fc.integer({ min: 0, max: 120 })
const name = fc.constantFrom(...names)

/** Enqueues a job, mostly of its execution's organization (a job enqueued again keeps its first). */
const enqueue: fc.Arbitrary<Cmd> = fc
  .record({ job: owned(owners), runAt: fc.integer({ min: 0, max: 150 }) })
  .map(({ job: { name, org }, runAt }) => {
    const label = `enqueue(${name}, ${org}, runAt ${runAt})`
    return command(label, async (_m, pair) => {
      await compare(label, pair, (q) => q.enqueue({ organizationId: org, executionId: execId(name), runAt }))
    })
  })

/**
 * Normalisation: which of several due jobs a claim bounded by `max` picks is left to the adapter
 * (memory takes insertion order, SQL `run_at` then id), so a claim here has room for every job
 * (`max` at least the number of executions) or none (`max` 0). The contract checks that `max` bounds.
 */
const claim: fc.Arbitrary<Cmd> = fc
  .record({
    worker: fc.constantFrom("w1", "w2"),
    max: fc.constantFrom(0, names.length, names.length + 3),
    leaseMs: lease,
    now: time
  })
  .map(({ leaseMs, max, now, worker }) => {
    const label = `claim(${worker}, max ${max}, lease ${leaseMs}, now ${now})`
    return command(label, async (m, pair) => {
      const [oracle, subject] = await compare(
        label,
        pair,
        (q) => q.claim({ workerId: worker, max, leaseMs, now }),
        normaliseClaims
      )
      if (!("ok" in oracle) || !("ok" in subject)) return
      m.lastToken.oracle = checkTokens("oracle", oracle.ok, m.lastToken.oracle)
      m.lastToken.subject = checkTokens(`adapter, after ${label}`, subject.ok, m.lastToken.subject)
      for (const o of oracle.ok) {
        const s = subject.ok.find((c) => c.executionId === o.executionId)!
        m.claims.push({ oracle: o, subject: s })
      }
    })
  })

/** A command on one earlier claim (the `pick`-th, modulo their number; it may be lost by now), each side its own. */
const onClaim = <A, Args>(
  what: string,
  args: fc.Arbitrary<Args>,
  show: (args: Args) => string,
  operation: (q: Queue, claim: Claim, args: Args) => Effect.Effect<A, WorkQueueError>
): fc.Arbitrary<Cmd> =>
  fc.record({ pick: fc.nat(), args }).map(({ args, pick }) =>
    command(
      `${what}(claim #${pick} mod n${show(args)})`,
      async (m, pair) => {
        const claims = m.claims[pick % m.claims.length]
        const label = `${what}(${claims.oracle.executionId}'s claim by ${claims.oracle.workerId}, ` +
          `${m.claims.indexOf(claims) + 1} of ${m.claims.length}${show(args)})`
        await compare(label, pair, (q, side) => operation(q, claims[side], args))
      },
      (m) => m.claims.length > 0
    )
  )

const heartbeat = onClaim(
  "heartbeat",
  fc.record({ leaseMs: lease, now: time }),
  ({ leaseMs, now }) => `, lease ${leaseMs}, now ${now}`,
  (q, claim, { leaseMs, now }) => q.heartbeat(claim, leaseMs, now)
)
const noArgs = fc.constant(undefined)
const complete = onClaim("complete", noArgs, () => "", (q, claim) => q.complete(claim))
const release = onClaim("release", noArgs, () => "", (q, claim) => q.release(claim))

const cancel: fc.Arbitrary<Cmd> = name.map((name) => {
  const label = `cancel(${name})`
  return command(label, async (_m, pair) => {
    await compare(label, pair, (q) => q.cancel(execId(name)))
  })
})

const nextDueAt: fc.Arbitrary<Cmd> = fc.constant(
  command("nextDueAt", async (_m, pair) => {
    await compare("nextDueAt", pair, (q) => q.nextDueAt, plainOption)
  })
)

/** Runs the model-based suite of the work queue against `layer` (a fresh queue for every run). */
export const workQueueModel = (name: string, layer: Layer.Layer<WorkQueue>, options: ModelOptions = {}) =>
  describe(name, () => {
    it("model: any sequence of queue commands gives the same results as the memory oracle", () =>
      checkAgainstOracle({
        tag: WorkQueue,
        oracle: layerMemory,
        subject: layer,
        extra: fc.constant(undefined),
        model: (): Model => ({ claims: [], lastToken: { oracle: 0, subject: 0 } }),
        commands: [enqueue, enqueue, claim, claim, heartbeat, heartbeat, complete, complete, release, release, cancel, nextDueAt],
        // what is left: the next due time, then every job, claimed far in the future
        final: async (m, pair) => {
          await compare("final nextDueAt", pair, (q) => q.nextDueAt, plainOption)
          const label = "final claim of everything"
          const [oracle, subject] = await compare(
            label,
            pair,
            (q) => q.claim({ workerId: "final", max: names.length, leaseMs: 1, now: 1_000_000 }),
            normaliseClaims
          )
          if ("ok" in oracle && "ok" in subject) {
            checkTokens("oracle", oracle.ok, m.lastToken.oracle)
            checkTokens(`adapter, after ${label}`, subject.ok, m.lastToken.subject)
          }
        }
      }, options), modelTimeout)
  })
