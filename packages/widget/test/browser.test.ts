/**
 * The widget in a real browser (Debian's Chromium through playwright-core) against a real
 * `sire serve` (PGlite) and the loopback fake of an OpenAI-compatible model server, set up by the
 * example's own `setup.sh`: the example page (`examples/widget/index.html`, one script tag and one
 * element) on a loopback origin loads `/chat/sire-chat.js`; the reply streams in increments after
 * a typing indicator; a reload shows the history from the server; a model's XSS payload runs
 * nothing; an origin outside `allowedOrigins` is refused with a clear message; a connection cut
 * mid-reply resumes and completes; Stop; offline, 429 and 402 each get a sentence and Retry;
 * `createChat` inline with translated strings and the deployment's theme, untouched by the page's
 * CSS; full screen on a phone; keyboard; axe-core finds nothing in light and dark; the served file
 * is the built one.
 */
import { afterAll, assert, beforeAll, describe, it } from "vitest"
import { readFileSync } from "node:fs"
import type { Page } from "playwright-core"
import { type FakeModels, fakeModels } from "../../http/test/fakeModels.js"
import {
  axeViolations,
  type Browser,
  browserMissing,
  call,
  deploy,
  launch,
  ownerPage,
  type Proxy,
  proxy,
  runExampleSetup,
  type Site,
  site,
  type Sire,
  startSire,
  widgetFile
} from "./browserKit.js"

/** The widget's element and shadow root, in the page. */
const inShadow = <A, R>(page: Page, run: (root: ShadowRoot, arg: A) => R, arg: A): Promise<R> =>
  page.evaluate(({ source, arg }) => {
    const root = document.querySelector("sire-chat")!.shadowRoot!
    return (0, eval)(`(${source})`)(root, arg)
  }, { source: run.toString(), arg })

/** Records every distinct state of the last assistant bubble (busy or not, its text) with its time. */
const recordReplies = (page: Page) =>
  inShadow(page, (root) => {
    const samples: Array<{ busy: boolean; typing: boolean; text: string; at: number }> = []
    ;(window as any).__samples = samples
    ;(window as any).__sentAt = undefined
    window.addEventListener("keydown", (event) => {
      if (event.key === "Enter" && !event.shiftKey) (window as any).__sentAt ??= performance.now()
    }, true)
    new MutationObserver(() => {
      const bubbles = root.querySelectorAll(".transcript > .msg.assistant:not(.greeting)")
      const last = bubbles[bubbles.length - 1]
      if (last === undefined) return
      const typing = last.querySelector(".typing") !== null
      const text = typing ? "" : last.querySelector(".body")?.textContent ?? ""
      const busy = last.getAttribute("aria-busy") === "true"
      const previous = samples[samples.length - 1]
      if (previous === undefined || previous.text !== text || previous.busy !== busy || previous.typing !== typing) {
        samples.push({ busy, typing, text, at: performance.now() })
      }
    }).observe(root, { subtree: true, childList: true, characterData: true, attributes: true })
    return true
  }, undefined)

const samplesOf = (page: Page): Promise<Array<{ busy: boolean; typing: boolean; text: string; at: number }>> =>
  page.evaluate(() => (window as any).__samples)

/** Waits until the last assistant bubble is done (not busy) and holds `text`. */
const waitForReply = (page: Page, text: string, timeout = 20_000) =>
  page.waitForFunction((expected) => {
    const root = document.querySelector("sire-chat")?.shadowRoot
    const bubbles = root?.querySelectorAll(".transcript > .msg.assistant:not(.greeting)") ?? []
    const last = bubbles[bubbles.length - 1]
    return last !== undefined && last.getAttribute("aria-busy") === "false" && last.querySelector(".body")?.textContent === expected
  }, text, { timeout })

/** Opens the page and the panel, ready to type. */
const openChat = async (page: Page, url: string) => {
  await page.goto(url)
  await page.waitForFunction(() => customElements.get("sire-chat") !== undefined)
  await page.getByRole("button", { name: "Open chat" }).click()
  await page.getByRole("textbox", { name: "Message" }).waitFor()
}

const ask = async (page: Page, question: string, label = "Message") => {
  const input = page.getByRole("textbox", { name: label })
  await input.fill(question)
  await input.press("Enter")
}

/** Executions a month per organization on this server: enough for the example's, few enough to spend in a test. */
const freeTier = 30

describe.skipIf(browserMissing !== undefined)("the widget in Chromium against sire serve", () => {
  let fake: FakeModels
  let sire: Sire
  let through: Proxy
  let allowed: Site
  let refused: Site
  let browser: Browser
  let publishableKey: string

  beforeAll(async () => {
    fake = await fakeModels()
    sire = await startSire({ SIRE_FREE_TIER_EXECUTIONS: String(freeTier) })
    through = await proxy(sire.port)
    allowed = await site()
    refused = await site()
    publishableKey = await runExampleSetup({ sire: sire.base, modelUrl: fake.openaiBaseUrl, site: allowed.origin })
    allowed.setPage(ownerPage(through.url, publishableKey))
    refused.setPage(ownerPage(through.url, publishableKey))
    browser = await launch()
  })

  afterAll(async () => {
    await browser?.close()
    await allowed?.close()
    await refused?.close()
    await through?.close()
    await sire?.stop()
    await fake?.close()
  })

  it("loads from one script tag, shows the deployment's title, greeting and suggestions, and streams a reply in several increments", async () => {
    const page = await browser.context.newPage()
    await openChat(page, allowed.origin)
    const dialog = page.getByRole("dialog", { name: "Acme helper" })
    await dialog.waitFor()
    assert.strictEqual(await page.locator("sire-chat .greeting").textContent(), "Hi! Ask me anything about your garden.")
    assert.deepStrictEqual(await page.locator("sire-chat .suggestion").allTextContents(), ["When should I plant tomatoes?", "Do you ship abroad?"])
    const answer = "Plant tomatoes outside after the last frost, when nights stay above 10 °C. Harden the seedlings off for a week first."
    fake.queue({ text: answer, chunks: answer.match(/[\s\S]{1,8}/g)!, delayMs: 60 })
    await recordReplies(page)
    await ask(page, "When should I plant tomatoes?")
    await waitForReply(page, answer)
    const samples = await samplesOf(page)
    const streamed = samples.filter((sample) => sample.busy && !sample.typing && sample.text !== "")
    assert.isAtLeast(streamed.length, 2, `the reply grew at least twice before it was final: ${JSON.stringify(samples.map((sample) => sample.text))}`)
    for (const sample of streamed) assert.isTrue(answer.startsWith(sample.text), `${sample.text} is a prefix of the reply`)
    assert.isTrue(samples[0]!.typing, "a typing indicator comes before the first token")
    const sentAt: number = await page.evaluate(() => (window as any).__sentAt)
    const firstMs = streamed[0]!.at - sentAt
    assert.strictEqual(fake.received.at(-1)?.body.messages.at(-1)?.content, "When should I plant tomatoes?")
    assert.strictEqual(fake.received.at(-1)?.headers.authorization, "Bearer sk-test-example", "the example's credential reaches the model")
    assert.deepStrictEqual(await page.locator("sire-chat .msg.user .body").allTextContents(), ["When should I plant tomatoes?"])
    assert.strictEqual(await page.locator("sire-chat .suggestions").isVisible(), false, "suggestions go once the conversation starts")

    // A second question, the session open: the fake model answers at once.
    fake.queue({ text: "Yes, we ship to most of Europe.", chunks: ["Yes, ", "we ship ", "to most ", "of Europe."], delayMs: 0 })
    await recordReplies(page)
    await ask(page, "Do you ship abroad?")
    await waitForReply(page, "Yes, we ship to most of Europe.")
    const again = await samplesOf(page)
    const againAt: number = await page.evaluate(() => (window as any).__sentAt)
    const nextMs = again.find((sample) => !sample.typing && sample.text !== "")!.at - againAt
    console.log(`time to first token through the widget (PGlite, fake model): ${firstMs.toFixed(0)} ms for the first message (opens the visitor session; the fake pauses 60 ms before its first chunk), ${nextMs.toFixed(0)} ms for the next`)
    await page.close()
  })

  it("keeps the visitor's token in localStorage (no cookies), and a reload shows the history from the server", async () => {
    const page = await browser.context.newPage()
    await openChat(page, allowed.origin)
    await page.locator("sire-chat .msg.user").first().waitFor()
    const questions = ["When should I plant tomatoes?", "Do you ship abroad?"]
    assert.deepStrictEqual(await page.locator("sire-chat .msg.user .body").allTextContents(), questions)
    assert.match(await page.locator("sire-chat .msg.assistant:not(.greeting) .body").first().textContent() ?? "", /^Plant tomatoes outside/)
    const stored = await page.evaluate((key) => localStorage.getItem(`sire-chat:${key}`), publishableKey)
    assert.match(JSON.parse(stored!).visitorToken, /^cvt_/)
    assert.deepStrictEqual(await browser.context.cookies(), [])
    // Only the token survives: what shows after the reload comes from the server.
    await page.evaluate(({ key, stored }) => localStorage.setItem(`sire-chat:${key}`, JSON.stringify({ ...JSON.parse(stored), messages: [] })), { key: publishableKey, stored: stored! })
    await page.reload()
    await page.waitForFunction(() => customElements.get("sire-chat") !== undefined)
    await page.getByRole("button", { name: "Open chat" }).click()
    await page.locator("sire-chat .msg.user").nth(1).waitFor()
    assert.deepStrictEqual(await page.locator("sire-chat .msg.user .body").allTextContents(), questions)
    assert.strictEqual(await page.locator("sire-chat .msg.assistant:not(.greeting)").count(), 2)
    await page.close()
  })

  it("renders the model's XSS payload as text: nothing runs, no element is created from it", async () => {
    const page = await browser.context.newPage()
    await openChat(page, allowed.origin)
    const payload = "Sure: <img src=x onerror=window.__pwned=1> <script>window.__pwned=2</script></style><script>window.__pwned=3</script> [click](javascript:window.__pwned=4) **done**"
    fake.queue({ text: payload, chunks: payload.match(/[\s\S]{1,5}/g)!, delayMs: 5 })
    await recordReplies(page)
    await ask(page, "<img src=y onerror=window.__pwned=5> hello")
    await page.waitForFunction(() => {
      const bubbles = document.querySelector("sire-chat")!.shadowRoot!.querySelectorAll(".transcript > .msg.assistant:not(.greeting)")
      const last = bubbles[bubbles.length - 1]
      return last?.getAttribute("aria-busy") === "false" && last.querySelector("strong")?.textContent === "done"
    })
    await page.waitForTimeout(300)
    assert.isUndefined(await page.evaluate(() => (window as any).__pwned))
    const found = await inShadow(page, (root) => ({
      images: root.querySelectorAll("img").length,
      scripts: root.querySelectorAll("script").length,
      links: Array.from(root.querySelectorAll("a"), (link) => link.getAttribute("href")),
      text: root.querySelector(".transcript > .msg.assistant:last-child .body")!.textContent
    }), undefined)
    assert.deepStrictEqual([found.images, found.scripts, found.links], [0, 0, []])
    assert.include(found.text, "<img src=x onerror=window.__pwned=1>")
    assert.include(found.text, "[click](javascript:window.__pwned=4)")
    assert.strictEqual(await page.locator("img").count(), 0)
    await page.close()
  })

  it("on an origin not in allowedOrigins, says the chat is not available here and disables the message box", async () => {
    const page = await browser.context.newPage()
    await page.goto(refused.origin)
    await page.waitForFunction(() => customElements.get("sire-chat") !== undefined)
    await page.getByRole("button", { name: "Open chat" }).click()
    const alert = page.locator("sire-chat .alert")
    await alert.waitFor()
    assert.strictEqual(await page.locator("sire-chat .alert span").textContent(), "This chat is not available on this website.")
    assert.isTrue(await page.getByRole("textbox", { name: "Message" }).isDisabled())
    await page.close()
  })

  it("resumes a reply whose connection is cut mid-stream and completes it exactly once", async () => {
    const page = await browser.context.newPage()
    await openChat(page, allowed.origin)
    await page.getByRole("button", { name: "New conversation" }).click()
    const answer = Array.from({ length: 24 }, (_, index) => `part ${index + 1}`).join(", ") + "."
    fake.queue({ text: answer, chunks: answer.match(/[\s\S]{1,6}/g)!, delayMs: 120 })
    await recordReplies(page)
    const before = through.requests.length
    await ask(page, "Tell me everything")
    await page.waitForFunction(() => {
      const samples = (window as any).__samples as Array<{ text: string }>
      return samples.some((sample) => sample.text.length >= 12)
    })
    through.cut()
    through.refuseFor(600)
    await waitForReply(page, answer, 30_000)
    const resumed = through.requests.slice(before).filter((line) => /^GET \/api\/v1\/chat\/public\/[^/]+\/messages\/msg_[^/]+\/stream /.test(line))
    assert.isAtLeast(resumed.length, 1, `resumed through the stream route: ${through.requests.slice(before).join(" | ")}`)
    const samples = await samplesOf(page)
    for (const sample of samples.filter((sample) => sample.text !== "")) assert.isTrue(answer.startsWith(sample.text), `${sample.text} is a prefix`)
    await page.close()
  })

  it("works by keyboard: Enter opens, Shift+Enter is a new line, Escape closes and gives focus back to the launcher", async () => {
    const page = await browser.context.newPage()
    await page.goto(allowed.origin)
    await page.waitForFunction(() => customElements.get("sire-chat") !== undefined)
    await page.keyboard.press("Tab")
    assert.strictEqual(await inShadow(page, (root) => root.activeElement?.getAttribute("aria-label"), undefined), "Open chat")
    const ring = await inShadow(page, (root) => getComputedStyle(root.activeElement!).outlineStyle + " " + getComputedStyle(root.activeElement!).outlineWidth, undefined)
    assert.strictEqual(ring, "solid 2px", "keyboard focus is visible")
    await page.keyboard.press("Enter")
    await page.getByRole("dialog").waitFor()
    assert.strictEqual(await inShadow(page, (root) => root.activeElement?.getAttribute("aria-label"), undefined), "Message")
    await page.keyboard.type("line one")
    await page.keyboard.press("Shift+Enter")
    await page.keyboard.type("line two")
    assert.strictEqual(await page.getByRole("textbox", { name: "Message" }).inputValue(), "line one\nline two")
    await page.keyboard.press("Escape")
    await page.getByRole("dialog").waitFor({ state: "hidden" })
    assert.strictEqual(await inShadow(page, (root) => root.activeElement?.getAttribute("aria-label"), undefined), "Open chat")
    assert.strictEqual(await page.getByRole("button", { name: "Open chat" }).getAttribute("aria-expanded"), "false")
    await page.close()
  })

  it("fills the screen on a narrow viewport (a phone), and sits in the corner on a wide one", async () => {
    const page = await browser.context.newPage()
    await page.setViewportSize({ width: 390, height: 700 })
    await openChat(page, allowed.origin)
    const panel = page.locator("sire-chat .panel")
    assert.deepStrictEqual(await panel.boundingBox(), { x: 0, y: 0, width: 390, height: 700 })
    await page.setViewportSize({ width: 1100, height: 760 })
    const wide = (await panel.boundingBox())!
    assert.isBelow(wide.width, 420)
    assert.strictEqual(Math.round(wide.x + wide.width), 1100 - 20)
    await page.close()
  })

  it("axe-core finds no violation, closed and open with a conversation, in light and in dark", async () => {
    for (const colorScheme of ["light", "dark"] as const) {
      const page = await browser.context.newPage()
      await page.emulateMedia({ colorScheme })
      await page.goto(allowed.origin)
      await page.waitForFunction(() => customElements.get("sire-chat") !== undefined)
      assert.deepStrictEqual(await axeViolations(page), [], `${colorScheme}, closed`)
      await page.getByRole("button", { name: "Open chat" }).click()
      await page.locator("sire-chat .msg.user").first().waitFor()
      assert.strictEqual(await inShadow(page, (root) => root.querySelector(".root")!.classList.contains("dark"), undefined), colorScheme === "dark")
      assert.deepStrictEqual(await axeViolations(page), [], `${colorScheme}, open`)
      await page.close()
    }
  })

  it("stops a reply on Stop: the partial text stays, marked stopped, and the message box is ready again", async () => {
    const page = await browser.context.newPage()
    await openChat(page, allowed.origin)
    await page.getByRole("button", { name: "New conversation" }).click()
    const answer = Array.from({ length: 30 }, (_, index) => `word${index}`).join(" ")
    fake.queue({ text: answer, chunks: answer.match(/[\s\S]{1,6}/g)!, delayMs: 100 })
    await recordReplies(page)
    await ask(page, "Talk for a while")
    await page.waitForFunction(() => ((window as any).__samples as Array<{ text: string }>).some((sample) => sample.text.length >= 6))
    await page.getByRole("button", { name: "Stop" }).click()
    await page.locator("sire-chat .msg.assistant .note").waitFor()
    assert.strictEqual(await page.locator("sire-chat .msg.assistant .note").textContent(), "(stopped)")
    assert.isTrue(await page.getByRole("button", { name: "Send" }).isVisible())
    assert.isFalse(await page.getByRole("button", { name: "Stop" }).isVisible())
    await page.close()
  })

  it("offline: a human message and a Retry button that sends the same message once the server is back", async () => {
    const page = await browser.context.newPage()
    await openChat(page, allowed.origin)
    await page.getByRole("button", { name: "New conversation" }).click()
    // Offline: open connections dropped, new ones refused.
    through.refuseFor(60_000)
    through.cut()
    try {
      await ask(page, "Are you there?")
      await page.locator("sire-chat .alert").waitFor()
      assert.strictEqual(await page.locator("sire-chat .alert span").textContent(), "You seem to be offline: the message was not sent.")
      assert.deepStrictEqual(await page.locator("sire-chat .msg.user .body").allTextContents(), ["Are you there?"], "the message is kept")
    } finally {
      through.refuseFor(0)
    }
    fake.queue({ text: "Yes, I am here." })
    await page.getByRole("button", { name: "Retry" }).click()
    await waitForReply(page, "Yes, I am here.")
    assert.deepStrictEqual(await page.locator("sire-chat .msg.user .body").allTextContents(), ["Are you there?"], "sent once")
    await page.close()
  })

  it("a visitor over the deployment's limit reads how long to wait (429), with a Retry button held until the Retry-After", async () => {
    const limited = await site()
    try {
      const { deployment } = await deploy(sire.base, fake.openaiBaseUrl, [limited.origin], { limits: { visitorMessagesPerMinute: 1 } })
      limited.setPage(ownerPage(through.url, deployment.publishableKey))
      const page = await browser.context.newPage()
      await openChat(page, limited.origin)
      fake.queue({ text: "First answer." })
      await ask(page, "First question")
      await waitForReply(page, "First answer.")
      await ask(page, "Second question")
      await page.locator("sire-chat .alert").waitFor()
      assert.match(await page.locator("sire-chat .alert span").textContent() ?? "", /^Too many messages at once\. Try again in \d+ s\.$/)
      const retry = page.getByRole("button", { name: "Retry" })
      assert.isTrue(await retry.isVisible())
      assert.isTrue(await retry.isDisabled(), "Retry waits for the Retry-After")
      assert.deepStrictEqual(await page.locator("sire-chat .msg.user .body").allTextContents(), ["First question", "Second question"])
      await page.close()
    } finally {
      await limited.close()
    }
  })

  it("when the site's organization has spent its quota (402), says the chat limit is reached, with Retry", async () => {
    const spent = await site()
    try {
      const { token, deployment } = await deploy(sire.base, fake.openaiBaseUrl, [spent.origin])
      const burner = await call(sire.base, "POST", "/api/v1/workflows", token, {
        name: "burner",
        nodes: [{ id: "start", type: "trigger" }, { id: "done", type: "output", params: { value: 1 } }],
        edges: [{ source: "start", target: "done" }]
      })
      for (let index = 0; index < freeTier; index++) await call(sire.base, "POST", `/api/v1/workflows/${burner.id}/execute`, token, {})
      spent.setPage(ownerPage(through.url, deployment.publishableKey))
      const page = await browser.context.newPage()
      await openChat(page, spent.origin)
      await ask(page, "Hello?")
      await page.locator("sire-chat .alert").waitFor()
      assert.strictEqual(await page.locator("sire-chat .alert span").textContent(), "This site's chat limit has been reached for now. Please try again later.")
      assert.isTrue(await page.getByRole("button", { name: "Retry" }).isEnabled())
      assert.deepStrictEqual(await page.locator("sire-chat .msg.user .body").allTextContents(), ["Hello?"], "the message is kept")
      await page.close()
    } finally {
      await spent.close()
    }
  })

  it("createChat mounts an inline widget with translated strings, the deployment's theme (dark, its accent) applies, and the page's CSS does not", async () => {
    const inline = await site()
    try {
      const { deployment } = await deploy(sire.base, fake.openaiBaseUrl, [inline.origin], { title: "Hilfe", theme: { accent: "#16a34a", scheme: "dark" } })
      inline.setPage(`<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Laden</title>
<style>button, textarea { display: none !important; } body { font: 40px/3 serif; color: #c00; }
sire-chat { --sire-chat-radius: 3px; } sire-chat::part(title) { letter-spacing: 3px; }</style>
<script src="${through.url}/chat/sire-chat.js"></script></head>
<body><main><h1>Laden</h1><div id="chat" style="height: 520px"></div></main>
<script>
SireChat.createChat({ target: "#chat", mode: "inline", url: ${JSON.stringify(through.url)}, publishableKey: ${JSON.stringify(deployment.publishableKey)},
  strings: { inputLabel: "Nachricht", placeholder: "Schreiben Sie…", send: "Senden", newConversation: "Neues Gespräch", transcript: "Unterhaltung" } })
</script></body></html>`)
      const page = await browser.context.newPage()
      await page.emulateMedia({ colorScheme: "light" })
      await page.goto(inline.origin)
      await page.getByRole("region", { name: "Hilfe" }).waitFor()
      assert.strictEqual(await page.getByRole("button", { name: "Open chat" }).count(), 0, "no launcher inline")
      assert.isTrue(await page.getByRole("textbox", { name: "Nachricht" }).isVisible())
      assert.isTrue(await page.getByRole("button", { name: "Senden" }).isVisible(), "the page's CSS does not reach into the widget")
      assert.strictEqual(await page.getByRole("textbox", { name: "Nachricht" }).evaluate((input) => getComputedStyle(input).fontSize), "15px")
      const look = await inShadow(page, (root) => ({
        dark: root.querySelector(".root")!.classList.contains("dark"),
        header: getComputedStyle(root.querySelector(".header")!).backgroundColor,
        radius: getComputedStyle(root.querySelector(".panel")!).borderTopLeftRadius,
        spacing: getComputedStyle(root.querySelector(".title")!).letterSpacing
      }), undefined)
      assert.deepStrictEqual(look, { dark: true, header: "rgb(22, 163, 74)", radius: "3px", spacing: "3px" }, "theme, custom property and ::part from the page")
      fake.queue({ text: "Hallo!" })
      await ask(page, "Hallo", "Nachricht")
      await waitForReply(page, "Hallo!")
      assert.deepStrictEqual(await axeViolations(page), [])
      await page.close()
    } finally {
      await inline.close()
    }
  })

  it("is served by sire serve exactly as built, with its caching headers", async () => {
    const response = await fetch(`${sire.base}/chat/sire-chat.js`)
    assert.strictEqual(response.status, 200)
    assert.strictEqual(response.headers.get("content-type"), "application/javascript; charset=utf-8")
    assert.strictEqual(await response.text(), readFileSync(widgetFile, "utf8"))
  })
})
