/**
 * The example stays true to itself: `examples/widget/README.md` shows `setup.sh` verbatim, and
 * `index.html` is what the README promises a site owner — one script tag loading
 * `/chat/sire-chat.js` with `defer`, and one `<sire-chat>` with the two placeholders `serve.mjs`
 * and the tests fill in.
 */
import { readFileSync } from "node:fs"
import { join } from "node:path"
import { assert, describe, it } from "vitest"
import { exampleDir } from "./browserKit.js"

const read = (name: string) => readFileSync(join(exampleDir, name), "utf8")

describe("examples/widget", () => {
  it("shows setup.sh in its README exactly as the file is", () => {
    const blocks = Array.from(read("README.md").matchAll(/```sh\n([\s\S]*?)```/g), (match) => match[1])
    assert.include(blocks, read("setup.sh"))
  })

  it("index.html has one deferred script tag for /chat/sire-chat.js and one <sire-chat> with the placeholders", () => {
    const page = read("index.html")
    assert.deepStrictEqual(page.match(/<script\b[^>]*>/g), ["<script src=\"https://sire.example.com/chat/sire-chat.js\" defer>"])
    assert.deepStrictEqual(page.match(/<sire-chat\b[^>]*>/g), ["<sire-chat url=\"https://sire.example.com\" publishable-key=\"pk_your_publishable_key\">"])
  })
})
