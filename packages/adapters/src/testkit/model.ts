/**
 * The harness of the model-based suites (`*.model.ts`): for every fast-check run, a fresh memory
 * adapter of `@sire/core` (the oracle) and a fresh adapter under test are built side by side (or
 * one adapter under test serves every run, where keys are independent by contract), every command
 * runs on both, and its outcome (success value or typed failure) must be equal.
 */
import { assert } from "@effect/vitest"
import { Cause, Context, Effect, Exit, Layer, Option, Scope } from "effect"
import * as fc from "fast-check"
import type { OrganizationId } from "@sire/core/Id"
import { orgA, orgB } from "./fixtures.js"

/** How hard a model-based suite tries: fast-check runs (a fresh adapter each) and commands per run. */
export interface ModelOptions {
  /** Runs of each property; each builds a fresh adapter (on SQL, a schema) but for rate limits and quotas. Default 15. */
  readonly numRuns?: number
  /** The longest command sequence of a run. Default 20. */
  readonly maxCommands?: number
}

/** The default number of runs of each model property. */
export const defaultNumRuns = 15

/** The default length bound of a command sequence. */
export const defaultMaxCommands = 20

/** How long one model property may take, shrinking included (SQL adapters build a schema per run). */
export const modelTimeout = 180_000

/** The oracle and the adapter under test of one run. */
export interface Pair<S> {
  readonly oracle: S
  readonly subject: S
}

/** The observable outcome of one operation: its value, or its typed failure reduced by `errorShape`. */
export type Outcome<A> = { readonly ok: A } | { readonly error: unknown }

/**
 * A typed failure as compared between adapters: its tag and every own field but `message` (and
 * `stack`). Normalisation: messages are adapter-specific text (a SQL adapter adds driver details),
 * the tag and the structured fields (`reason`, `fence`, `current`…) are the contract.
 */
export const errorShape = (error: unknown): unknown => {
  if (typeof error !== "object" || error === null) return error
  const shape: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(error)) {
    if (key !== "message" && key !== "stack") shape[key] = value
  }
  if ("_tag" in error) shape._tag = (error as { readonly _tag: unknown })._tag
  return shape
}

/** Runs an operation to its outcome; a defect (an untyped failure) fails the test at once. */
export const outcome = async <A, E>(effect: Effect.Effect<A, E>): Promise<Outcome<A>> => {
  const exit = await Effect.runPromiseExit(effect)
  if (Exit.isSuccess(exit)) return { ok: exit.value }
  const failure = Cause.failureOption(exit.cause)
  if (Option.isSome(failure)) return { error: errorShape(failure.value) }
  throw new Error(`the operation died: ${Cause.pretty(exit.cause)}`)
}

/** Which adapter of a pair an operation runs on. */
export type Side = "oracle" | "subject"

/** Runs `operation` on the oracle, then on the subject, and returns both outcomes. */
export const both = async <S, A, E>(
  pair: Pair<S>,
  operation: (service: S, side: Side) => Effect.Effect<A, E>
): Promise<readonly [Outcome<A>, Outcome<A>]> => {
  const oracle = await outcome(operation(pair.oracle, "oracle"))
  const subject = await outcome(operation(pair.subject, "subject"))
  return [oracle, subject]
}

/** Applies `f` to a successful outcome's value (to normalise it), leaving failures as they are. */
export const mapOk = <A, B>(o: Outcome<A>, f: (a: A) => B): Outcome<B> => ("ok" in o ? { ok: f(o.ok) } : o)

/** Asserts that the subject's outcome equals the oracle's. */
export const same = <A>(command: string, oracle: Outcome<A>, subject: Outcome<A>): void =>
  assert.deepStrictEqual(subject, oracle, `${command}: the adapter (actual) differs from the memory oracle (expected)`)

/**
 * Runs `operation` on both (told which side it runs on, to pass each its own earlier results) and
 * asserts equal outcomes, after `normalise` on success; returns both.
 */
export const compare = async <S, A, E, B = A>(
  command: string,
  pair: Pair<S>,
  operation: (service: S, side: Side) => Effect.Effect<A, E>,
  normalise: (a: A) => B = (a) => a as unknown as B
): Promise<readonly [Outcome<A>, Outcome<A>]> => {
  const [oracle, subject] = await both(pair, operation)
  same(command, mapOk(oracle, normalise), mapOk(subject, normalise))
  return [oracle, subject]
}

/** Options as plain data (`{ _tag: "None" }`, `{ _tag: "Some", value }`), for readable diffs. */
export const plainOption = <A>(option: Option.Option<A>) =>
  Option.isSome(option) ? { _tag: "Some" as const, value: option.value } : { _tag: "None" as const }

/** A command of a model run, given as a label, a body and an optional precondition on the model. */
export const command = <M extends object, S>(
  label: string,
  run: (model: M, pair: Pair<S>) => Promise<void>,
  check: (model: Readonly<M>) => boolean = () => true
): fc.AsyncCommand<M, Pair<S>> => ({ check, run, toString: () => label })

/**
 * Asserts a listing is newest first, then puts items of equal `createdAt` in id order.
 * Normalisation: the ports leave the order of ties on `createdAt` to the adapter.
 */
export const tiesInIdOrder = <A extends { readonly createdAt: number; readonly id: string }>(
  items: ReadonlyArray<A>
): ReadonlyArray<A> => {
  for (let i = 1; i < items.length; i++) {
    assert.isTrue(items[i - 1].createdAt >= items[i].createdAt, `newest first: ${items.map((e) => e.createdAt)}`)
  }
  return [...items].sort((a, b) => b.createdAt - a.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
}

/** The other organization of the two the suites use. */
export const otherOrg = (org: OrganizationId): OrganizationId => (org === orgA ? orgB : orgA)

/**
 * A name of `owners` with an organization: the name's owner five times out of six, the other
 * organization otherwise (to check that nothing leaks across organizations).
 */
export const owned = <N extends string>(owners: Readonly<Record<N, OrganizationId>>) =>
  fc
    .tuple(fc.constantFrom(...(Object.keys(owners) as Array<N>)), fc.nat(5))
    .map(([name, die]) => ({ name, org: die === 0 ? otherOrg(owners[name]) : owners[name] }))

/** What a command addresses, before it is resolved against what exists at the time it runs. */
export interface Target<N extends string> {
  /** Whether to address something that exists (if anything does), the `pick`-th of them, or `name`. */
  readonly existing: boolean
  readonly pick: number
  readonly name: N
  /** Whether to name it in the other organization. */
  readonly foreign: boolean
}

/**
 * A target: four times out of five something that exists at the time, otherwise any name (it may
 * not exist); five times out of six in its own organization. Commands on things that exist are
 * what reach the interesting states (fences, versions, leases), random names rarely do.
 */
export const target = <N extends string>(names: ReadonlyArray<N>): fc.Arbitrary<Target<N>> =>
  fc.record({
    existing: fc.nat(4).map((n) => n > 0),
    pick: fc.nat(),
    name: fc.constantFrom(...names),
    foreign: fc.nat(5).map((n) => n === 0)
  })

/** Shows a target as generated (the resolved name shows in the failure message). */
export const showTarget = <N extends string>(t: Target<N>): string =>
  `${t.existing ? `existing #${t.pick}` : t.name}${t.foreign ? " in the other org" : ""}`

/** Resolves a target against what exists (name → organization) and each name's owner. */
export const resolve = <N extends string>(
  t: Target<N>,
  existing: ReadonlyMap<N, OrganizationId>,
  owners: Readonly<Record<N, OrganizationId>>
): { readonly name: N; readonly org: OrganizationId } => {
  const names = [...existing.keys()].sort()
  const name = t.existing && names.length > 0 ? names[t.pick % names.length] : t.name
  const owner = existing.get(name) ?? owners[name]
  return { name, org: t.foreign ? otherOrg(owner) : owner }
}

/** Builds a layer in `scope` and returns its service. */
const build = <I, S>(tag: Context.Tag<I, S>, layer: Layer.Layer<I>, scope: Scope.Scope) =>
  Effect.runPromise(Effect.map(Layer.buildWithScope(layer, scope), Context.get(tag)))

/**
 * Checks that any command sequence gives the same results on the oracle and on the subject: each
 * run builds a fresh oracle and (unless `shareSubject`) a fresh subject, runs the commands, then
 * `final` (a last full comparison), and releases what it built (on SQL, dropping the run's schema)
 * whatever happened. `shareSubject` builds one subject for all runs: only for ports whose keys are
 * independent by contract, each run using keys of its own (`model` gets the run's number).
 */
export const checkAgainstOracle = async <I, S, M extends object, X>(
  spec: {
    readonly tag: Context.Tag<I, S>
    readonly oracle: Layer.Layer<I>
    readonly subject: Layer.Layer<I>
    readonly shareSubject?: boolean
    readonly commands: ReadonlyArray<fc.Arbitrary<fc.AsyncCommand<M, Pair<S>>>>
    readonly model: (extra: X, run: number) => M
    readonly extra: fc.Arbitrary<X>
    readonly final?: (model: M, pair: Pair<S>) => Promise<void>
  },
  options: ModelOptions
): Promise<void> => {
  const outer = Effect.runSync(Scope.make())
  try {
    const shared = spec.shareSubject === true ? await build(spec.tag, spec.subject, outer) : undefined
    let run = 0
    await fc.assert(
      fc.asyncProperty(
        spec.extra,
        fc.commands([...spec.commands], { maxCommands: options.maxCommands ?? defaultMaxCommands, size: "max" }),
        async (extra, commands) => {
          const scope = Effect.runSync(Scope.make())
          try {
            const pair: Pair<S> = {
              oracle: await build(spec.tag, spec.oracle, scope),
              subject: shared ?? await build(spec.tag, spec.subject, scope)
            }
            const model = spec.model(extra, ++run)
            await fc.asyncModelRun(() => ({ model, real: pair }), commands)
            await spec.final?.(model, pair)
          } finally {
            await Effect.runPromise(Scope.close(scope, Exit.void))
          }
        }
      ),
      { numRuns: options.numRuns ?? defaultNumRuns }
    )
  } finally {
    await Effect.runPromise(Scope.close(outer, Exit.void))
  }
}
