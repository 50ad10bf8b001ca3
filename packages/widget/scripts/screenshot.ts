/**
 * Takes `docs/widget.png` (the root README's picture of the widget) the way the browser tests run
 * it: builds the widget and the server, starts `sire serve` and the fake model server, runs the
 * example's `setup.sh`, opens the example page in Chromium, asks a question and photographs the
 * answered conversation. Run with `npx -y pnpm@10 --filter @sire/chat screenshot`.
 */
import { join } from "node:path"
import { fakeModels } from "../../http/test/fakeModels.js"
import buildAll, { widgetDir } from "../test/buildAll.js"
import { browserMissing, launch, ownerPage, runExampleSetup, site, startSire } from "../test/browserKit.js"

const output = join(widgetDir, "..", "..", "docs", "widget.png")
const answer = [
  "Plant tomatoes outside **after the last frost**, once nights stay above 10 °C:",
  "",
  "1. Harden the seedlings off for a week",
  "2. Plant them deep, about `60 cm` apart",
  "3. Water at the base, not the leaves",
  "",
  "Our [planting guide](https://example.com/tomatoes) has more."
].join("\n")

if (browserMissing !== undefined) throw new Error(browserMissing)
buildAll()
const fake = await fakeModels()
const sire = await startSire()
const page = await site()
const browser = await launch()
try {
  const publishableKey = await runExampleSetup({ sire: sire.base, modelUrl: fake.openaiBaseUrl, site: page.origin })
  page.setPage(ownerPage(sire.base, publishableKey))
  const tab = await browser.context.newPage()
  await tab.setViewportSize({ width: 960, height: 720 })
  await tab.emulateMedia({ colorScheme: "light" })
  await tab.goto(page.origin)
  await tab.getByRole("button", { name: "Open chat" }).click()
  fake.queue({ text: answer, delayMs: 5 })
  const input = tab.getByRole("textbox", { name: "Message" })
  await input.fill("When should I plant tomatoes?")
  await input.press("Enter")
  await tab.waitForFunction(() => {
    const bubbles = document.querySelector("sire-chat")!.shadowRoot!.querySelectorAll(".transcript > .msg.assistant:not(.greeting)")
    return bubbles[bubbles.length - 1]?.getAttribute("aria-busy") === "false"
  })
  await input.blur()
  await tab.screenshot({ path: output })
  console.log(`wrote ${output}`)
} finally {
  await browser.close()
  await page.close()
  await sire.stop()
  await fake.close()
}
