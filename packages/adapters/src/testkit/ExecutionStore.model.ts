/**
 * The model-based suite of the `ExecutionStore` port: random sequences of create (with and without
 * idempotency keys), commit (patches, steps, events, fences), get, findByKey, steps, events,
 * requestCancel and search run on the memory store of `@sire/core` (the oracle) and on the adapter
 * under test must give the same results. Every time is explicit: no clock.
 */
import { describe, it } from "@effect/vitest"
import type { Effect, Layer } from "effect"
import * as fc from "fast-check"
import type { EventBody, Execution, Patch, Status, Step, StepStatus } from "@sire/core/Execution"
import { ExecutionStore, layerMemory, type Ref, type SearchQuery } from "@sire/core/ExecutionStore"
import type { OrganizationId } from "@sire/core/Id"
import { execId, execution, orgA, orgB, pageAll, wfId } from "./fixtures.js"
import {
  checkAgainstOracle,
  command,
  compare,
  type ModelOptions,
  modelTimeout,
  type Pair,
  plainOption,
  resolve,
  showTarget,
  target,
  tiesInIdOrder
} from "./model.js"

type Store = ExecutionStore["Type"]

interface Model {
  /** The executions stored so far (by name), with their organization. */
  readonly stored: Map<Name, OrganizationId>
}

type Cmd = fc.AsyncCommand<Model, Pair<Store>>

const statuses: ReadonlyArray<Status> = ["queued", "running", "waiting", "completed", "failed", "cancelled"]
const stepStatuses: ReadonlyArray<StepStatus> = ["pending", "running", "completed", "failed", "skipped", "cancelled"]

/** The executions the commands touch, with the organization each belongs to. */
const owners = { a: orgA, b: orgA, c: orgA, d: orgB, e: orgB } as const
type Name = keyof typeof owners
const names = Object.keys(owners) as ReadonlyArray<Name>
const org = fc.constantFrom(orgA, orgB)
/** The execution a command addresses, mostly a stored one in its own organization. */
const addressed = target(names)
const time = fc.integer({ min: 0, max: 40 })
const nodeId = fc.constantFrom("n1", "n2", "n3")
const key = fc.constantFrom("k1", "k2")
const json = fc.constantFrom<Execution["input"]>(
  null,
  0,
  -7,
  1.5,
  2 ** 53 - 1,
  true,
  "text",
  "ünïcödé ✓ \"quoted\" \\ back",
  [],
  {},
  { a: [1, "two", { b: null, c: false }] }
)
/** A value or `undefined`, half and half. */
const optional = <A>(arb: fc.Arbitrary<A>) => fc.option(arb, { nil: undefined, freq: 2 })

/**
 * Step records as compared. Normalisation: the port does not order `steps` (memory returns them
 * in first-write order, SQL by node id), so they are compared in node id order.
 */
const byNodeId = (steps: ReadonlyArray<Step>) => [...steps].sort((a, b) => (a.nodeId < b.nodeId ? -1 : a.nodeId > b.nodeId ? 1 : 0))

/** A ref from a name and an organization. */
const ref = (name: string, organizationId: OrganizationId): Ref => ({ organizationId, executionId: execId(name) })

/**
 * Creates a new execution (the `pick`-th name not stored yet) in its organization. Ids are global:
 * the commands never create an id that is stored already (the port leaves that case open: memory
 * replaces, SQL refuses), but idempotency keys repeat, within and across organizations.
 */
const create: fc.Arbitrary<Cmd> = fc
  .record({
    pick: fc.nat(),
    key: optional(key),
    workflow: fc.constantFrom("x", "y"),
    trigger: fc.constantFrom("api", "webhook"),
    status: fc.constantFrom(...statuses),
    createdAt: time,
    duration: optional(fc.integer({ min: 0, max: 30 })),
    version: fc.option(fc.integer({ min: 1, max: 3 }), { nil: null }),
    input: json,
    depth: fc.integer({ min: 0, max: 2 }),
    queuedAt: time
  })
  .map((r) => {
    const build = (name: Name) =>
      execution({
        id: execId(name),
        organizationId: owners[name],
        workflowId: wfId(r.workflow),
        trigger: r.trigger,
        status: r.status,
        createdAt: r.createdAt,
        version: r.version,
        input: r.input,
        depth: r.depth,
        ...(r.key !== undefined ? { idempotencyKey: r.key } : {}),
        ...(r.duration !== undefined ? { startedAt: r.createdAt, endedAt: r.createdAt + r.duration } : {})
      })
    const rest = `key ${r.key}, ${r.status}, createdAt ${r.createdAt}` +
      `${r.duration !== undefined ? `, duration ${r.duration}` : ""}, queuedAt ${r.queuedAt})`
    return command<Model, Store>(
      `create(new #${r.pick}, ${rest}`,
      async (m, pair) => {
        const fresh = names.filter((n) => !m.stored.has(n))
        const name = fresh[r.pick % fresh.length]
        const e = build(name)
        const [oracle] = await compare(`create(${e.id}, ${e.organizationId}, ${rest}`, pair, (s) => s.create(e, r.queuedAt))
        if ("ok" in oracle && oracle.ok.created) m.stored.set(name, e.organizationId)
      },
      (m) => m.stored.size < names.length
    )
  })

/** A patch of some fields; a present key set to `undefined` removes the field. */
const patch: fc.Arbitrary<Patch> = fc.record({
  status: fc.constantFrom(...statuses),
  output: optional(json),
  error: optional(fc.record({ message: fc.constantFrom("boom", "timeout"), nodeId }, { requiredKeys: ["message"] })),
  startedAt: optional(time),
  endedAt: optional(time),
  wakeAt: optional(time),
  cancelRequested: fc.boolean()
}, { requiredKeys: [] })

const step: fc.Arbitrary<Step> = fc
  .record({
    nodeId,
    status: fc.constantFrom(...stepStatuses),
    attempts: fc.integer({ min: 1, max: 3 }),
    output: optional(json),
    handles: fc.subarray(["out", "error"]),
    endedAt: optional(time)
  })
  .map(({ endedAt, output, ...rest }) => ({
    ...rest,
    nodeType: "transform",
    ...(output !== undefined ? { output } : {}),
    ...(endedAt !== undefined ? { endedAt } : {})
  }))

const event: fc.Arbitrary<EventBody> = fc
  .record({
    kind: fc.constantFrom(...(["started", "waiting", "log", "completed", "failed"] as const)),
    at: time,
    nodeId,
    wakeAt: optional(time),
    output: json,
    flag: fc.boolean()
  })
  .map(({ at, flag, kind, nodeId, output, wakeAt }): EventBody => {
    switch (kind) {
      case "started":
        return { _tag: "execution.started", at, resumed: flag }
      case "waiting":
        return { _tag: "execution.waiting", at, ...(wakeAt !== undefined ? { wakeAt } : {}) }
      case "log":
        return { _tag: "step.log", at, nodeId, message: flag ? "hello" : "ünï ✓" }
      case "completed":
        return { _tag: "step.completed", at, nodeId, output, handles: flag ? ["out"] : [] }
      case "failed":
        return { _tag: "execution.failed", at, error: { message: "boom", nodeId } }
    }
  })

/** Shows a patch, `undefined` (a removed key) included. */
const showPatch = (p: Patch) =>
  `{${Object.entries(p).map(([k, v]) => `${k}: ${v === undefined ? "undefined" : JSON.stringify(v)}`).join(", ")}}`

const commit: fc.Arbitrary<Cmd> = fc
  .record({
    target: addressed,
    fence: fc.integer({ min: 0, max: 4 }),
    patch: optional(patch),
    steps: optional(fc.array(step, { maxLength: 3 })),
    events: fc.array(event, { maxLength: 3 })
  })
  .map((r) => {
    const body = {
      ...(r.patch !== undefined ? { execution: r.patch } : {}),
      ...(r.steps !== undefined ? { steps: r.steps } : {}),
      events: r.events
    }
    const rest = `fence ${r.fence}, patch ${r.patch === undefined ? "none" : showPatch(r.patch)}, ` +
      `steps ${JSON.stringify(r.steps)}, events ${JSON.stringify(r.events)})`
    return command<Model, Store>(`commit(${showTarget(r.target)}, ${rest}`, async (m, pair) => {
      const { name, org } = resolve(r.target, m.stored, owners)
      await compare(`commit(${name}, ${org}, ${rest}`, pair, (s) => s.commit(ref(name, org), body, r.fence))
    })
  })

/** A command on one execution, by its target. */
const onExecution = <A, E, B>(
  what: string,
  operation: (s: Store, ref: Ref) => Effect.Effect<A, E>,
  normalise: (a: A) => B
): fc.Arbitrary<Cmd> =>
  addressed.map((t) =>
    command<Model, Store>(`${what}(${showTarget(t)})`, async (m, pair) => {
      const { name, org } = resolve(t, m.stored, owners)
      await compare(`${what}(${name}, ${org})`, pair, (s) => operation(s, ref(name, org)), normalise)
    })
  )

const get = onExecution("get", (s, at) => s.get(at), plainOption)
const steps = onExecution("steps", (s, at) => s.steps(at), byNodeId)
const requestCancel = onExecution("requestCancel", (s, at) => s.requestCancel(at), plainOption)

const events: fc.Arbitrary<Cmd> = fc
  .record({ target: addressed, afterSeq: fc.integer({ min: -1, max: 6 }) })
  .map(({ afterSeq, target: t }) =>
    command<Model, Store>(`events(${showTarget(t)}, after ${afterSeq})`, async (m, pair) => {
      const { name, org } = resolve(t, m.stored, owners)
      await compare(`events(${name}, ${org}, after ${afterSeq})`, pair, (s) => s.events(ref(name, org), afterSeq))
    })
  )

const findByKey: fc.Arbitrary<Cmd> = fc.record({ org, key }).map(({ key, org }) => {
  const label = `findByKey(${org}, ${key})`
  return command<Model, Store>(label, async (_m, pair) => {
    await compare(label, pair, (s) => s.findByKey(org, key), plainOption)
  })
})

/**
 * Pages through a search. Normalisation: cursors are opaque and ties on `createdAt` may come in
 * any order, so the whole listing is compared, ties in id order, after checking it is newest first.
 */
const search: fc.Arbitrary<Cmd> = fc
  .record({
    organizationId: org,
    workflowId: fc.constantFrom(wfId("x"), wfId("y")),
    status: fc.constantFrom(...statuses),
    trigger: fc.constantFrom("api", "webhook"),
    from: time,
    to: time,
    minDurationMs: fc.integer({ min: 0, max: 30 }),
    maxDurationMs: fc.integer({ min: 0, max: 30 }),
    limit: fc.integer({ min: 1, max: 4 })
  }, { requiredKeys: ["organizationId", "limit"] })
  .map((query: Omit<SearchQuery, "cursor">) => {
    const label = `search(${JSON.stringify(query)})`
    return command<Model, Store>(label, async (_m, pair) => {
      await compare(
        label,
        pair,
        (s) => pageAll(query.limit, (cursor) => s.search({ ...query, ...(cursor !== undefined ? { cursor } : {}) })),
        tiesInIdOrder
      )
    })
  })

/** Runs the model-based suite of the execution store against `layer` (a fresh store for every run). */
export const executionStoreModel = (name: string, layer: Layer.Layer<ExecutionStore>, options: ModelOptions = {}) =>
  describe(name, () => {
    it("model: any sequence of execution store commands gives the same results as the memory oracle", () =>
      checkAgainstOracle({
        tag: ExecutionStore,
        oracle: layerMemory,
        subject: layer,
        extra: fc.constant(undefined),
        model: (): Model => ({ stored: new Map() }),
        commands: [create, create, commit, commit, commit, commit, get, findByKey, steps, events, requestCancel, search],
        // everything stored at the end: each execution, its steps and its event log after every seq
        final: async (m, pair) => {
          for (const [name, organizationId] of m.stored) {
            const at = ref(name, organizationId)
            const id = at.executionId
            await compare(`final get(${id})`, pair, (s) => s.get(at), plainOption)
            await compare(`final steps(${id})`, pair, (s) => s.steps(at), byNodeId)
            const [log] = await compare(`final events(${id})`, pair, (s) => s.events(at, 0))
            const length = "ok" in log ? log.ok.length : 0
            for (let after = 1; after <= length; after++) {
              await compare(`final events(${id}, after ${after})`, pair, (s) => s.events(at, after))
            }
          }
        }
      }, options), modelTimeout)
  })
