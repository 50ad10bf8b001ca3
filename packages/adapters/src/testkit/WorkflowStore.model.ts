/**
 * The model-based suite of the `WorkflowStore` port: random sequences of insert, update, get,
 * remove, list, freeze (publish), version and versions run on the memory store of `@sire/core`
 * (the oracle) and on the adapter under test must give the same results. Every time is explicit.
 */
import { describe, it } from "@effect/vitest"
import type { Effect, Layer } from "effect"
import type { OrganizationId, WorkflowId } from "@sire/core/Id"
import * as fc from "fast-check"
import { layerMemory, type ListQuery, WorkflowStore } from "@sire/core/WorkflowStore"
import { document, orgA, orgB, pageAll, wfId, workflow } from "./fixtures.js"
import {
  checkAgainstOracle,
  command,
  compare,
  type ModelOptions,
  modelTimeout,
  type Outcome,
  owned,
  type Pair,
  plainOption,
  resolve,
  showTarget,
  target,
  tiesInIdOrder
} from "./model.js"

type Store = WorkflowStore["Type"]

interface Model {
  /** The workflows that exist (by name), with their organization. */
  readonly existing: Map<Name, OrganizationId>
}

type Cmd = fc.AsyncCommand<Model, Pair<Store>>

/** The workflows the commands touch, with the organization each belongs to. */
const owners = { a: orgA, b: orgA, c: orgB, d: orgA } as const
type Name = keyof typeof owners
const names = Object.keys(owners) as ReadonlyArray<Name>
const org = fc.constantFrom(orgA, orgB)
/** The workflow a command addresses, mostly an existing one in its own organization. */
const addressed = target(names)
const time = fc.integer({ min: 0, max: 12 })
/** Document names with LIKE's special characters and mixed case, to exercise the name filter. */
const title = fc.constantFrom("Alpha", "alpha beta", "BETA", "50% off", "snake_case", "back\\slash", "ünï")
/** Name filters, for the same reason. */
const needles = ["alpha", "A", "beta", "%", "_", "\\", "ÜNÏ", "ünï", "zzz"] as const

/** Inserts a workflow, mostly in its own organization; ids are global, so an existing one is a conflict. */
const insert: fc.Arbitrary<Cmd> = fc
  .record({ workflow: owned(owners), title, createdAt: time })
  .map(({ createdAt, title, workflow: { name, org } }) => {
    const w = workflow({ id: wfId(name), organizationId: org, document: document(title), createdAt, updatedAt: createdAt })
    const label = `insert(${name}, ${org}, ${JSON.stringify(title)}, createdAt ${createdAt})`
    return command<Model, Store>(label, async (m, pair) => {
      const [oracle] = await compare(label, pair, (s) => s.insert(w))
      if ("ok" in oracle) m.existing.set(name, org)
    })
  })

/** A command on one workflow, by its target; `then` updates the model from the oracle's outcome. */
const onWorkflow = <Args, A, E, B>(
  what: string,
  args: fc.Arbitrary<Args>,
  show: (args: Args) => string,
  operation: (s: Store, org: OrganizationId, id: WorkflowId, args: Args) => Effect.Effect<A, E>,
  normalise: (a: A) => B,
  then: (m: Model, name: Name, oracle: Outcome<A>) => void = () => {}
): fc.Arbitrary<Cmd> =>
  fc.record({ target: addressed, args }).map(({ args, target: t }) =>
    command<Model, Store>(`${what}(${showTarget(t)}${show(args)})`, async (m, pair) => {
      const { name, org } = resolve(t, m.existing, owners)
      const [oracle] = await compare(
        `${what}(${name}, ${org}${show(args)})`,
        pair,
        (s) => operation(s, org, wfId(name), args),
        normalise
      )
      then(m, name, oracle)
    })
  )

const noArgs = fc.constant(undefined)
const none = () => ""

const update = onWorkflow(
  "update",
  fc.record({ title, now: time }),
  ({ now, title }) => `, ${JSON.stringify(title)}, now ${now}`,
  (s, org, id, { now, title }) => s.update(org, id, document(title), now),
  plainOption
)
const get = onWorkflow("get", noArgs, none, (s, org, id) => s.get(org, id), plainOption)
const remove = onWorkflow("remove", noArgs, none, (s, org, id) => s.remove(org, id), (removed) => removed, (m, name, oracle) => {
  if ("ok" in oracle && oracle.ok) m.existing.delete(name)
})
const freeze = onWorkflow("freeze", time, (now) => `, now ${now}`, (s, org, id, now) => s.freeze(org, id, now), plainOption)
const version = onWorkflow(
  "version",
  fc.constantFrom(1, 1, 2, 2, 3, -1, 0, 1.5),
  (n) => `, ${n}`,
  (s, org, id, n) => s.version(org, id, n),
  plainOption
)
const versions = onWorkflow("versions", noArgs, none, (s, org, id) => s.versions(org, id), (all) => all)

/**
 * Pages through a listing. Normalisation: cursors are opaque and ties on `createdAt` may come in
 * any order, so the whole listing is compared, ties in id order, after checking it is newest first.
 */
const listAll = (query: Omit<ListQuery, "cursor">) => (s: Store) =>
  pageAll(query.limit, (cursor) => s.list({ ...query, ...(cursor !== undefined ? { cursor } : {}) }))

const list: fc.Arbitrary<Cmd> = fc
  .record({
    organizationId: org,
    name: fc.constantFrom(...needles),
    limit: fc.integer({ min: 1, max: 4 })
  }, { requiredKeys: ["organizationId", "limit"] })
  .map((query: Omit<ListQuery, "cursor">) => {
    const label = `list(${JSON.stringify(query)})`
    return command(label, async (_m, pair) => {
      await compare(label, pair, listAll(query), tiesInIdOrder)
    })
  })

/** Runs the model-based suite of the workflow store against `layer` (a fresh store for every run). */
export const workflowStoreModel = (name: string, layer: Layer.Layer<WorkflowStore>, options: ModelOptions = {}) =>
  describe(name, () => {
    it("model: any sequence of workflow store commands gives the same results as the memory oracle", () =>
      checkAgainstOracle({
        tag: WorkflowStore,
        oracle: layerMemory,
        subject: layer,
        extra: fc.constant(undefined),
        model: (): Model => ({ existing: new Map() }),
        commands: [insert, insert, update, update, get, remove, freeze, freeze, version, versions, list],
        // everything stored at the end: each organization's listings, each workflow's versions
        final: async (m, pair) => {
          for (const organizationId of [orgA, orgB]) {
            await compare(`final list(${organizationId})`, pair, listAll({ organizationId, limit: 100 }), tiesInIdOrder)
            for (const name of needles) {
              const label = `final list(${organizationId}, ${JSON.stringify(name)})`
              await compare(label, pair, listAll({ organizationId, name, limit: 100 }), tiesInIdOrder)
            }
          }
          for (const name of names) {
            const organizationId = m.existing.get(name) ?? owners[name]
            await compare(`final versions(${name}, ${organizationId})`, pair, (s) => s.versions(organizationId, wfId(name)))
          }
        }
      }, options), modelTimeout)
  })
