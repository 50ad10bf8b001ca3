import { assert, describe, it } from "@effect/vitest"
import { Effect, Either } from "effect"
import * as fc from "fast-check"
import jsonata from "jsonata"
import * as Expression from "../src/Expression.js"

const ctx = (over: Partial<Expression.Context> = {}): Expression.Context => ({
  input: { email: "ann@acme.com", n: 42, tags: ["a", "b"], nothing: null },
  nodes: { vip: { tier: "vip", to: "ann@acme.com" } },
  vars: { team: "sales" },
  execution: { id: "exec_1", workflowId: "wf_1", trigger: "api" },
  ...over
})

const render = (value: unknown, context = ctx(), limits?: Expression.Limits) =>
  Expression.render(value, context, limits)

const syntaxErrors = (value: unknown) =>
  Either.match(Expression.compile(value), { onLeft: (errors) => errors, onRight: () => assert.fail("expected syntax errors") })

describe("Expression", () => {
  describe("raw value vs interpolation", () => {
    it.effect("a whole template keeps the value's type", () =>
      Effect.gen(function*() {
        assert.strictEqual(yield* render("{{ input.n }}"), 42)
        assert.strictEqual(yield* render("{{input.n}}"), 42)
        assert.deepStrictEqual(yield* render("{{ nodes.vip }}"), { tier: "vip", to: "ann@acme.com" })
        assert.deepStrictEqual(yield* render("{{ input.tags }}"), ["a", "b"])
        assert.strictEqual(yield* render("{{ input.n > 1 }}"), true)
        assert.strictEqual(yield* render("{{ input.nothing }}"), null)
        assert.strictEqual(yield* render("{{ true }}"), true)
        assert.strictEqual(yield* render("{{ false }}"), false)
      }))

    it.effect("a whole template that yields nothing (undefined) becomes null", () =>
      Effect.gen(function*() {
        assert.strictEqual(yield* render("{{ input.missing }}"), null)
      }))

    it.effect("raw results are plain JSON (no JSONata sequence artefacts)", () =>
      Effect.gen(function*() {
        const out = yield* render("{{ [1..3].($ * 2) }}")
        assert.deepStrictEqual(out, [2, 4, 6])
        assert.strictEqual(JSON.stringify(out), "[2,4,6]")
        const obj = yield* render("{{ {'a': input.n} }}")
        assert.strictEqual(Object.getPrototypeOf(obj), Object.prototype)
        assert.deepStrictEqual(obj, { a: 42 })
      }))

    it.effect("text around a template interpolates", () =>
      Effect.gen(function*() {
        assert.strictEqual(yield* render("Hello {{ input.email }}!"), "Hello ann@acme.com!")
        assert.strictEqual(yield* render("n={{ input.n }}"), "n=42")
        assert.strictEqual(yield* render(" {{ input.n }}"), " 42")
        assert.strictEqual(yield* render("{{ input.n }}{{ input.n }}"), "4242")
        assert.strictEqual(yield* render("v: {{ nodes.vip }}"), `v: {"tier":"vip","to":"ann@acme.com"}`)
        assert.strictEqual(yield* render("t={{ input.tags }}"), `t=["a","b"]`)
        assert.strictEqual(yield* render("[{{ input.nothing }}|{{ input.missing }}]"), "[|]")
      }))

    it.effect("nested objects and arrays are walked; non-strings pass through", () =>
      Effect.gen(function*() {
        const out = yield* render({
          to: "{{ input.email }}",
          list: [1, "{{ input.n + 1 }}", { deep: "x{{ vars.team }}" }, true, null],
          literal: "plain"
        })
        assert.deepStrictEqual(out, { to: "ann@acme.com", list: [1, 43, { deep: "xsales" }, true, null], literal: "plain" })
      }))

    it.effect("object literals and '}}' inside strings stay inside the template", () =>
      Effect.gen(function*() {
        assert.deepStrictEqual(yield* render("{{ {'a': {'b': input.n}} }}"), { a: { b: 42 } })
        assert.strictEqual(yield* render("{{ 'a}}b' }}"), "a}}b")
      }))

    it.effect("a value without templates is static and evaluates to the same reference", () =>
      Effect.gen(function*() {
        const value = { a: [1, { b: "text" }], c: "no braces }}" }
        const compiled = Either.getOrThrow(Expression.compile(value))
        assert.isTrue(compiled.isStatic)
        assert.strictEqual(yield* Expression.evaluate(compiled, ctx()), value)
      }))

    it.effect("static subtrees keep their identity inside a dynamic value", () =>
      Effect.gen(function*() {
        const fixed = { keep: ["me"] }
        const compiled = Either.getOrThrow(Expression.compile({ fixed, dyn: "{{ input.n }}" }))
        assert.isFalse(compiled.isStatic)
        const out = (yield* Expression.evaluate(compiled, ctx())) as { fixed: unknown; dyn: unknown }
        assert.strictEqual(out.fixed, fixed)
        assert.strictEqual(out.dyn, 42)
      }))

    it("simple path templates over objects evaluate synchronously (no Promise)", () => {
      const compiled = Either.getOrThrow(Expression.compile({ to: "{{ input.email }}", tier: "{{ nodes.vip.tier }}", s: "t={{ vars.team }}" }))
      assert.deepStrictEqual(Effect.runSync(Expression.evaluate(compiled, ctx())), { to: "ann@acme.com", tier: "vip", s: "t=sales" })
    })

    it.effect("a compiled value can be evaluated many times against different contexts", () =>
      Effect.gen(function*() {
        const compiled = Either.getOrThrow(Expression.compile("{{ input.n * 2 }}"))
        assert.strictEqual(yield* Expression.evaluate(compiled, ctx({ input: { n: 1 } })), 2)
        assert.strictEqual(yield* Expression.evaluate(compiled, ctx({ input: { n: 5 } })), 10)
      }))
  })

  describe("context", () => {
    const check = "{{ $contains(input.email, /@acme\\.com$/) }}"

    it.effect("the CONTRACT condition is true for acme and false otherwise", () =>
      Effect.gen(function*() {
        assert.strictEqual(yield* render(check), true)
        assert.strictEqual(yield* render(check, ctx({ input: { email: "bob@other.com" } })), false)
      }))

    it.effect("nodes, vars, execution, item and index are visible", () =>
      Effect.gen(function*() {
        assert.strictEqual(yield* render("{{ nodes.vip.tier }}"), "vip")
        assert.strictEqual(yield* render("{{ vars.team }}"), "sales")
        assert.strictEqual(yield* render("{{ execution.id }}/{{ execution.workflowId }}/{{ execution.trigger }}"), "exec_1/wf_1/api")
        const withItem = ctx({ item: { sku: "X1" }, index: 3 })
        assert.strictEqual(yield* render("{{ item.sku }}#{{ index }}", withItem), "X1#3")
        assert.strictEqual(yield* render("{{ index }}", withItem), 3)
        assert.strictEqual(yield* render("{{ item }}"), null)
      }))
  })

  describe("syntax", () => {
    it("hasTemplate and isWholeTemplate classify strings", () => {
      assert.isFalse(Expression.hasTemplate("plain } text"))
      assert.isTrue(Expression.hasTemplate("a {{ b }}"))
      assert.isTrue(Expression.isWholeTemplate("{{ a }}"))
      assert.isTrue(Expression.isWholeTemplate("{{a}}"))
      assert.isFalse(Expression.isWholeTemplate(" {{ a }}"))
      assert.isFalse(Expression.isWholeTemplate("{{ a }} {{ b }}"))
      assert.isFalse(Expression.isWholeTemplate("{{ a"))
    })

    it("every bad template is reported at once with its path", () => {
      const errors = syntaxErrors({
        value: { to: "{{ input.( }}", ok: "{{ input.email }}" },
        cases: [{ name: "a", equals: "x {{ 1 + }}" }, { equals: "{{ }}" }],
        open: "hello {{ input.email"
      })
      assert.deepStrictEqual(errors.map((e) => e.path), ["value.to", "cases[0].equals", "cases[1].equals", "open"])
      assert.isTrue(errors.every((e) => e._tag === "ExpressionSyntaxError" && e.message.length > 0))
      assert.strictEqual(errors[0]!.expression, "input.(")
      assert.strictEqual(errors[1]!.expression, "1 +")
      assert.strictEqual(typeof errors[1]!.position, "number")
      assert.include(errors[2]!.message, "empty")
      assert.include(errors[3]!.message, "unclosed")
    })

    it("a root-level bad template has an empty path, and errors are serializable", () => {
      const [error] = syntaxErrors("{{ $$$( }}")
      assert.strictEqual(error!.path, "")
      const json = JSON.parse(JSON.stringify(error))
      assert.strictEqual(json._tag, "ExpressionSyntaxError")
      assert.strictEqual(json.expression, "$$$(")
    })

    it.effect("render fails with the syntax error", () =>
      Effect.gen(function*() {
        const error = yield* Effect.flip(render({ a: "{{ ( }}" }))
        assert.strictEqual(error._tag, "ExpressionSyntaxError")
        assert.strictEqual(error.path, "a")
      }))

    it("templates lists every template with its path", () => {
      assert.deepStrictEqual(
        Expression.templates({ a: "{{ x }} and {{ y }}", b: ["lit", "{{ z }}"], "odd key": "{{ w }}", n: 1 }),
        [
          { path: "a", expression: "x" },
          { path: "a", expression: "y" },
          { path: "b[1]", expression: "z" },
          { path: `["odd key"]`, expression: "w" }
        ]
      )
    })
  })

  describe("evaluation errors", () => {
    it.effect("a runtime error names the expression and path", () =>
      Effect.gen(function*() {
        const error = yield* Effect.flip(render({ value: { to: "{{ $number('abc') }}" } }))
        assert.strictEqual(error._tag, "ExpressionEvaluationError")
        assert.strictEqual(error.path, "value.to")
        assert.strictEqual(error.expression, "$number('abc')")
        assert.isString(error.message)
        assert.notInclude(error.message, "[object Object]")
      }))

    it.effect("a function result fails as not serializable instead of throwing", () =>
      Effect.gen(function*() {
        const error = yield* Effect.flip(render("{{ function($x){ $x } }}"))
        assert.include(error.message, "not JSON-serializable")
      }))
  })

  describe("malicious expressions are bounded", () => {
    it("a regex that could backtrack catastrophically is refused at compile time, naming the regex", () => {
      for (const source of ["{{ $contains(input.s, /(a+)+$/) }}", "{{ $match(input.s, /(x*)*y/) }}"]) {
        const result = Expression.compile({ value: source })
        assert.isTrue(Either.isLeft(result), source)
        if (Either.isLeft(result)) {
          assert.strictEqual(result.left[0].path, "value")
          assert.include(result.left[0].message, "backtrack catastrophically")
        }
      }
    })

    it.effect("a catastrophic regex built at run time through $eval fails its evaluation instead of stalling the engine", () =>
      Effect.gen(function*() {
        const error = yield* Effect.flip(Expression.render("{{ $eval(input.code) }}", {
          input: { code: "$contains('aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab', /(a+)+$/)" },
          nodes: {},
          vars: {},
          execution: { id: "exec_1", workflowId: "wf_1", trigger: "api" }
        }))
        assert.include(error.message, "backtrack catastrophically")
      }))

    it.effect("ordinary regexes still work", () =>
      Effect.gen(function*() {
        const value = yield* Expression.render("{{ $contains(input.email, /@acme\\.com$/) }}", {
          input: { email: "ceo@acme.com" },
          nodes: {},
          vars: {},
          execution: { id: "exec_1", workflowId: "wf_1", trigger: "api" }
        })
        assert.strictEqual(value, true)
      }))

    it.effect("unbounded recursion fails with the depth message", () =>
      Effect.gen(function*() {
        const error = yield* Effect.flip(render("{{ ( $f := function($n){ 1 + $f($n+1) }; $f(0) ) }}"))
        assert.strictEqual(error._tag, "ExpressionEvaluationError")
        assert.strictEqual(error.message, "expression too deeply nested or recursive")
      }))

    it.effect("tail-recursive infinite loops (optimised by JSONata) fail by timeout", () =>
      Effect.gen(function*() {
        const limits = { ...Expression.defaultLimits, timeoutMs: 50 }
        const error = yield* Effect.flip(render("{{ ( $f := function($n){ $f($n+1) }; $f(0) ) }}", ctx(), limits))
        assert.strictEqual(error.message, "expression timed out after 50 ms")
      }))

    it.effect("the time limit leaves out waits for the event loop (a turn held by other work is not the expression's time)", () =>
      Effect.gen(function*() {
        const limits = { ...Expression.defaultLimits, timeoutMs: 1000 }
        // Queued before the evaluation: the first turn of the loop it waits for holds the thread 1.5 s.
        setImmediate!(() => {
          const until = performance.now() + 1500
          while (performance.now() < until) { /* another task holding the loop */ }
        })
        const started = performance.now()
        const value = yield* render("{{ $sum($map([1..20000], function($x){ $x })) }}", ctx(), limits)
        assert.strictEqual(value, 200010000)
        assert.isAbove(performance.now() - started, 1500)
      }))

    it.effect("an endless evaluation interleaved with many others still fails on its own limit", () =>
      Effect.gen(function*() {
        const limits = { ...Expression.defaultLimits, timeoutMs: 100 }
        const endless = Effect.flip(render("{{ ( $f := function($n){ $f($n+1) }; $f(0) ) }}", ctx(), limits))
        const short = Effect.forEach(Array.from({ length: 2000 }, (_, i) => i), (i) => render("{{ $string(input.n) & '!' }}", ctx({ input: { n: i } }), limits), {
          concurrency: 31,
          discard: true
        })
        const [error] = yield* Effect.all([endless, short], { concurrency: "unbounded" })
        assert.strictEqual(error.message, "expression timed out after 100 ms")
      }))

    it.effect("huge ranges fail by the sequence cap", () =>
      Effect.gen(function*() {
        const a = yield* Effect.flip(render("{{ $sum([1..100000000]) }}"))
        assert.strictEqual(a.message, "sequence too large (max 100000)")
        const b = yield* Effect.flip(render("{{ $count([1..1e7]) }}"))
        assert.strictEqual(b.message, "sequence too large (max 100000)")
        assert.strictEqual(yield* render("{{ $count([1..100000]) }}"), 100000)
      }))

    it.effect("long-running nested loops fail by timeout", () =>
      Effect.gen(function*() {
        const limits = { ...Expression.defaultLimits, timeoutMs: 50 }
        const error = yield* Effect.flip(
          render("{{ $sum($map([1..50000], function($x){ $sum($map([1..50000], function($y){ $y })) })) }}", ctx(), limits)
        )
        assert.strictEqual(error.message, "expression timed out after 50 ms")
      }))

    it.effect("huge results fail by the output cap, raw or interpolated", () =>
      Effect.gen(function*() {
        const raw = yield* Effect.flip(render("{{ $pad('x', 5000000) }}"))
        assert.strictEqual(raw.message, "result too large (max 1000000 bytes)")
        const text = yield* Effect.flip(render("big: {{ $pad('x', 5000000) }}"))
        assert.strictEqual(text.message, "result too large (max 1000000 bytes)")
        const limits = { ...Expression.defaultLimits, maxOutputBytes: 100 }
        const obj = yield* Effect.flip(render("{{ [1..1000] }}", ctx(), limits))
        assert.strictEqual(obj.message, "result too large (max 100 bytes)")
        const joined = yield* Effect.flip(render("{{ $pad('a', 60) }}{{ $pad('b', 60) }}", ctx(), limits))
        assert.strictEqual(joined.expression, "$pad('b', 60)")
      }))
  })

  describe("properties", () => {
    const context = ctx()

    it.effect.prop("a string without {{ evaluates to itself", [fc.string().filter((s) => !s.includes("{{"))], ([s]) =>
      Effect.gen(function*() {
        const compiled = Either.getOrThrow(Expression.compile(s))
        assert.isTrue(compiled.isStatic)
        assert.strictEqual(yield* Expression.evaluate(compiled, context), s)
      }))

    it.effect.prop(
      "interpolating a number literal template equals String(n)",
      [fc.integer(), fc.string().filter((s) => !s.includes("{") && !s.includes("}")).map((s) => s + "|")],
      ([n, prefix]) =>
        Effect.gen(function*() {
          assert.strictEqual(yield* render(`${prefix}{{ ${n} }}`, context), `${prefix}${String(n)}`)
        })
    )

    it.effect.prop("a whole template of a JSON value returns that value", [fc.jsonValue()], ([v]) =>
      Effect.gen(function*() {
        const out = yield* render("{{ input }}", ctx({ input: v }))
        assert.strictEqual(JSON.stringify(out), JSON.stringify(v) ?? "null")
      }))

    const tree: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: "small", withCrossShrink: true },
        fc.integer(),
        fc.string({ maxLength: 3 }),
        fc.constant(null),
        fc.boolean(),
        fc.array(tie("node"), { maxLength: 3 }),
        fc.dictionary(fc.constantFrom("a", "b", "constructor"), tie("node"), { maxKeys: 3 })
      )
    })).node
    const paths = fc.array(fc.constantFrom("a", "b", "constructor", "toString", "length"), { maxLength: 3 })

    it.effect.prop("a simple path template agrees with JSONata itself", [tree, paths], ([input, fields]) =>
      Effect.gen(function*() {
        const expression = ["input", ...fields].join(".")
        const doc = { ...ctx({ input }), item: undefined, index: undefined }
        const expected = yield* Effect.promise(() => jsonata(expression).evaluate(doc))
        const out = yield* render(`{{ ${expression} }}`, ctx({ input }))
        assert.deepStrictEqual(out, expected === undefined ? null : JSON.parse(JSON.stringify(expected)))
        const text = yield* render(`<{{ ${expression} }}>`, ctx({ input }))
        assert.strictEqual(text, `<${expected == null ? "" : typeof expected === "string" ? expected : JSON.stringify(expected)}>`)
      }))

    it.prop("templates finds one entry per template written", [fc.array(fc.constantFrom("a", "b.c", "$x"), { maxLength: 6 })], ([exprs]) => {
      const value = { s: exprs.map((e) => `{{ ${e} }}`).join(" - "), list: exprs.map((e) => `{{${e}}}`) }
      const found = Expression.templates(value)
      assert.strictEqual(found.length, exprs.length * 2)
      assert.deepStrictEqual(found.map((t) => t.expression), [...exprs, ...exprs])
    })

    it.prop("static JSON values compile as static", [fc.jsonValue().filter((v) => !JSON.stringify(v).includes("{{"))], ([v]) => {
      assert.isTrue(Either.getOrThrow(Expression.compile(v)).isStatic)
    })
  })
})

describe("Expression and the event loop", () => {
  it("a long evaluation hands the loop back: a timer fires again and again while it runs, and it still fails on its limit", async () => {
    const ctx = { input: {}, nodes: {}, vars: {}, execution: { id: "e", workflowId: "w", trigger: "api" } }
    let ticks = 0
    const timer = setInterval(() => ticks++, 1)
    try {
      const started = performance.now()
      const result = await Effect.runPromise(Effect.either(Expression.render("{{ [1..5000].([1..5000]) ~> $count() }}", ctx)))
      const took = performance.now() - started
      assert.isTrue(Either.isLeft(result))
      if (Either.isLeft(result)) assert.match(result.left.message, /sequence too large|timed out/)
      // held throughout, the loop would run the timer only after the evaluation
      assert.isAtLeast(ticks, 3, `${ticks} ticks in ${took.toFixed(0)} ms`)
    } finally {
      clearInterval(timer)
    }
  })
})
