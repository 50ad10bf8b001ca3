/**
 * The model-based suite of the `RateLimitStore` port: random sequences of hits on a few keys run on
 * the memory store of `@sire/core` (the oracle) and on the adapter under test must give the same
 * results. Every hit carries its own `now`: no clock. Runs share one adapter under test (each with
 * keys of its own, keys being independent by contract) and each gets a fresh oracle.
 */
import { describe, it } from "@effect/vitest"
import type { Layer } from "effect"
import * as fc from "fast-check"
import { layerMemory, RateLimitStore } from "@sire/core/RateLimitStore"
import { checkAgainstOracle, command, compare, type ModelOptions, modelTimeout, type Pair } from "./model.js"

type Store = RateLimitStore["Type"]

interface Model {
  /** The time of the latest hit: times never go back (a store may forget expired keys, see the port). */
  now: number
  /** This run's prefix of every key: runs share one adapter, keys being independent (see below). */
  readonly prefix: string
}

/** Each key keeps one window, as the port asks of callers. */
const windows = { a: 1_000, b: 2_500, "a:b": 300 } as const

const hit: fc.Arbitrary<fc.AsyncCommand<Model, Pair<Store>>> = fc
  .record({
    key: fc.constantFrom(...(Object.keys(windows) as Array<keyof typeof windows>)),
    limit: fc.integer({ min: 0, max: 3 }),
    gapMs: fc.oneof(fc.integer({ min: 0, max: 1_500 }), fc.constantFrom(0, 300, 1_000))
  })
  .map(({ gapMs, key, limit }) => {
    const windowMs = windows[key]
    const label = `hit(${key}, limit ${limit}, window ${windowMs}, now + ${gapMs})`
    return command(label, async (m, pair) => {
      m.now += gapMs
      const stored = `${m.prefix}${key}`
      await compare(`hit(${stored}, limit ${limit}, window ${windowMs}, now ${m.now})`, pair, (s) => s.hit(stored, { limit, windowMs, now: m.now }))
    })
  })

/** Runs the model-based suite of the rate-limit store against `layer` (a fresh store for every run). */
export const rateLimitStoreModel = (name: string, layer: Layer.Layer<RateLimitStore>, options: ModelOptions = {}) =>
  describe(name, () => {
    it("model: any sequence of hits gives the same results as the memory oracle", () =>
      checkAgainstOracle({
        tag: RateLimitStore,
        oracle: layerMemory,
        subject: layer,
        extra: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 2 ** 42 })),
        // one adapter for all runs, each with keys of its own: the contract checks that keys are
        // independent, and a store per run would cost a schema per run on SQL
        shareSubject: true,
        model: (start, run): Model => ({ now: start, prefix: `run${run}/` }),
        commands: [hit]
      }, options), modelTimeout)
  })
