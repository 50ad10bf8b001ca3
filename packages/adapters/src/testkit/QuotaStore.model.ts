/**
 * The model-based suite of the `QuotaStore` port: random sequences of consume (bounded or not),
 * refund and current on a few keys run on the memory store of `@sire/core` (the oracle) and on the
 * adapter under test must give the same results. Runs share one adapter under test (each with keys
 * of its own, keys being independent by contract) and each gets a fresh oracle.
 */
import { describe, it } from "@effect/vitest"
import type { Layer } from "effect"
import * as fc from "fast-check"
import { layerMemory, QuotaStore } from "@sire/core/QuotaStore"
import { checkAgainstOracle, command, compare, type ModelOptions, modelTimeout, type Pair } from "./model.js"

type Store = QuotaStore["Type"]

interface Model {
  /** This run's prefix of every key: runs share one adapter, keys being independent (see below). */
  readonly prefix: string
}

type Cmd = fc.AsyncCommand<Model, Pair<Store>>

const key = fc.constantFrom("a", "b", "A", "a:b")

const consume: fc.Arbitrary<Cmd> = fc
  .record({ key, limit: fc.option(fc.integer({ min: 0, max: 4 }), { nil: null, freq: 4 }) })
  .map(({ key, limit }) => {
    return command<Model, Store>(`consume(${key}, limit ${limit})`, async (m, pair) => {
      const stored = `${m.prefix}${key}`
      await compare(`consume(${stored}, limit ${limit})`, pair, (s) => s.consume(stored, limit))
    })
  })

const refund: fc.Arbitrary<Cmd> = key.map((key) =>
  command<Model, Store>(`refund(${key})`, async (m, pair) => {
    const stored = `${m.prefix}${key}`
    await compare(`refund(${stored})`, pair, (s) => s.refund(stored))
  })
)

const current: fc.Arbitrary<Cmd> = key.map((key) =>
  command<Model, Store>(`current(${key})`, async (m, pair) => {
    const stored = `${m.prefix}${key}`
    await compare(`current(${stored})`, pair, (s) => s.current(stored))
  })
)

/** Runs the model-based suite of the quota store against `layer` (a fresh store for every run). */
export const quotaStoreModel = (name: string, layer: Layer.Layer<QuotaStore>, options: ModelOptions = {}) =>
  describe(name, () => {
    it("model: any sequence of quota commands gives the same results as the memory oracle", () =>
      checkAgainstOracle({
        tag: QuotaStore,
        oracle: layerMemory,
        subject: layer,
        extra: fc.constant(undefined),
        // one adapter for all runs, each with keys of its own: the contract checks that keys are
        // independent, and a store per run would cost a schema per run on SQL
        shareSubject: true,
        model: (_, run): Model => ({ prefix: `run${run}/` }),
        commands: [consume, consume, refund, current]
      }, options), modelTimeout)
  })
