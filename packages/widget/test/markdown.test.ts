/**
 * The Markdown subset as data (the DOM is built from it in the browser tests): paragraphs and line
 * breaks, emphasis, code, lists, links; links only to `http(s)`/`mailto`; HTML stays text. Properties:
 * whatever the input, every link is safe; text without Markdown syntax comes out exactly as written.
 */
import fc from "fast-check"
import { assert, describe, it } from "vitest"
import { type Block, type Inline, parse, parseInline, safeHref } from "../src/Markdown.js"

const links = (nodes: ReadonlyArray<Inline | Block>): Array<string> =>
  nodes.flatMap((node): Array<string> => {
    if (node.t === "link") return [node.href, ...links(node.c)]
    if (node.t === "strong" || node.t === "em" || node.t === "p") return links(node.c)
    if (node.t === "ul" || node.t === "ol") return node.items.flatMap(links)
    return []
  })

const plain = (nodes: ReadonlyArray<Inline>): string =>
  nodes.map((node) => (node.t === "text" || node.t === "code" ? node.v : node.t === "br" ? "\n" : plain(node.c))).join("")

describe("the Markdown subset", () => {
  it("parses paragraphs (a newline is a line break), emphasis, code spans and links", () => {
    assert.deepStrictEqual(parse("Hello **big** *world* with `a < b`\nand [docs](https://example.com/x?y=1)\n\nSecond"), [
      {
        t: "p",
        c: [
          { t: "text", v: "Hello " },
          { t: "strong", c: [{ t: "text", v: "big" }] },
          { t: "text", v: " " },
          { t: "em", c: [{ t: "text", v: "world" }] },
          { t: "text", v: " with " },
          { t: "code", v: "a < b" },
          { t: "br" },
          { t: "text", v: "and " },
          { t: "link", href: "https://example.com/x?y=1", c: [{ t: "text", v: "docs" }] }
        ]
      },
      { t: "p", c: [{ t: "text", v: "Second" }] }
    ])
  })

  it("parses bullet and numbered lists, fenced code and headings", () => {
    const blocks = parse("# Steps\n1. first\n2. second\n   continued\n\n- a\n* b\n\n```js\nconst x = '<b>'\n```")
    assert.deepStrictEqual(blocks, [
      { t: "p", c: [{ t: "strong", c: [{ t: "text", v: "Steps" }] }] },
      { t: "ol", items: [[{ t: "text", v: "first" }], [{ t: "text", v: "second" }, { t: "br" }, { t: "text", v: "continued" }]] },
      { t: "ul", items: [[{ t: "text", v: "a" }], [{ t: "text", v: "b" }]] },
      { t: "pre", v: "const x = '<b>'" }
    ])
  })

  it("autolinks bare http(s) URLs without their trailing punctuation; snake_case stays text", () => {
    assert.deepStrictEqual(parseInline("see https://sire.dev/docs. and my_var_name"), [
      { t: "text", v: "see " },
      { t: "link", href: "https://sire.dev/docs", c: [{ t: "text", v: "https://sire.dev/docs" }] },
      { t: "text", v: ". and my_var_name" }
    ])
  })

  it("keeps links to javascript:, data:, vbscript: and relative addresses as the text written", () => {
    for (const href of ["javascript:alert(1)", "JaVaScRiPt:alert(1)", "data:text/html,<script>x</script>", "vbscript:x", "/relative", "//evil.example"]) {
      const nodes = parseInline(`[click](${href})`)
      assert.deepStrictEqual(links(nodes), [], href)
      assert.strictEqual(plain(nodes), `[click](${href})`)
    }
    assert.strictEqual(safeHref("mailto:ada@example.com"), "mailto:ada@example.com")
    assert.strictEqual(safeHref(" javascript:alert(1)"), undefined)
  })

  it("leaves HTML as text: an <img onerror> and a </style><script> are text nodes", () => {
    const payload = "<img src=x onerror=window.__pwned=1> </style><script>window.__pwned=2</script>"
    assert.deepStrictEqual(parse(payload), [{ t: "p", c: [{ t: "text", v: payload }] }])
  })

  it("property: whatever the input, every link is absolute http(s) or mailto", () => {
    const piece = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.constantFrom("[", "](", ")", "javascript:", "https://", "mailto:", "data:", "*", "**", "`", "\n", " ", "_", "h", "&#106;")
    )
    fc.assert(fc.property(fc.array(piece, { maxLength: 30 }).map((parts) => parts.join("")), (text) => {
      for (const href of links(parse(text))) assert.match(href, /^(https?:\/\/|mailto:)/i)
    }), { numRuns: 1000 })
  })

  it("property: text without Markdown syntax comes out as written, one paragraph per blank-line-separated block", () => {
    const char = fc.constantFrom("a", "Z", " ", "<", ">", "=", "\"", "'", "/", "é", "!", "?", "(", ")", ";", "&")
    const word = fc.string({ unit: char, minLength: 1, maxLength: 20 }).filter((line) => line.trim() !== "" && !/^\s*(#|\d)/.test(line))
    fc.assert(fc.property(fc.array(word, { minLength: 1, maxLength: 4 }), (lines) => {
      const blocks = parse(lines.join("\n"))
      assert.strictEqual(blocks.length, 1)
      assert.strictEqual(plain((blocks[0] as { c: ReadonlyArray<Inline> }).c), lines.join("\n"))
    }), { numRuns: 500 })
  })
})
