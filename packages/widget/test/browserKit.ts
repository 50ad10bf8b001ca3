/**
 * What the widget's real-browser tests stand on: Debian's Chromium driven by `playwright-core`
 * (headless, a fresh profile; missing Chromium fails the run when `SIRE_REQUIRE_BROWSER=1`, as CI
 * sets it, and skips it otherwise), static pages on loopback origins of their own, a loopback TCP
 * proxy the test can cut (a dropped connection mid-reply), axe-core injected into a page, and
 * `sire serve` as a real process with an account, a chat workflow over the fake model server and a
 * chat deployment.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs"
import { createServer as createHttpServer, type Server } from "node:http"
import { createRequire } from "node:module"
import { connect, createServer as createTcpServer, type Socket } from "node:net"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { type BrowserContext, chromium, type Page } from "playwright-core"
import * as SireProcess from "../../http/test/sireProcess.js"
import { widgetDir } from "./buildAll.js"

/** Where Debian's package puts Chromium (`SIRE_CHROMIUM` overrides). */
export const chromiumPath = process.env.SIRE_CHROMIUM ?? "/usr/bin/chromium"

/** Why the browser tests cannot run here, or `undefined` when they can. */
export const browserMissing: string | undefined = existsSync(chromiumPath) ? undefined : `no Chromium at ${chromiumPath} (apt-get install -y chromium)`
if (browserMissing !== undefined) {
  if (process.env.SIRE_REQUIRE_BROWSER === "1") throw new Error(`The browser tests are required (SIRE_REQUIRE_BROWSER=1): ${browserMissing}`)
  console.warn(`Skipping the browser tests: ${browserMissing}`)
}

/** The built IIFE a page loads. */
export const widgetFile = join(widgetDir, "dist", "sire-chat.js")

/** A headless Chromium on a fresh profile; `close` also removes the profile. */
export interface Browser {
  readonly context: BrowserContext
  readonly close: () => Promise<void>
}

/** Launches Chromium as the tests use it. */
export const launch = async (): Promise<Browser> => {
  const profile = mkdtempSync(join(tmpdir(), "sire-chromium-"))
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    viewport: { width: 1100, height: 760 }
  })
  return {
    context,
    close: async () => {
      await context.close()
      rmSync(profile, { recursive: true, force: true })
    }
  }
}

/** A server on a loopback port of its own: its origin (`http://127.0.0.1:<port>`). */
export interface Site {
  readonly origin: string
  /** Sets the HTML answered at `/`. */
  readonly setPage: (html: string) => void
  readonly close: () => Promise<void>
}

const listen = (server: Server | ReturnType<typeof createTcpServer>): Promise<number> =>
  new Promise((resolve, reject) => {
    server.once("error", reject)
    server.listen(0, "127.0.0.1", () => {
      const address = server.address()
      resolve(typeof address === "object" && address !== null ? address.port : 0)
    })
  })

/** A static site on loopback answering `html` at `/` (and 404 elsewhere). */
export const site = async (html = ""): Promise<Site> => {
  let page = html
  const server = createHttpServer((request, response) => {
    if ((request.url ?? "/").split("?")[0] !== "/") {
      response.writeHead(404, { "content-type": "text/plain" })
      return response.end("not found")
    }
    response.writeHead(200, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" })
    response.end(page)
  })
  const port = await listen(server)
  return {
    origin: `http://127.0.0.1:${port}`,
    setPage: (next) => void (page = next),
    close: () => new Promise((done) => (server.closeAllConnections(), server.close(() => done())))
  }
}

/** A page as a site owner writes it: the widget's script tag and one element, as the README shows. */
export const ownerPage = (sire: string, publishableKey: string, attributes = ""): string => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Acme Garden Supplies</title>
<script src="${sire}/chat/sire-chat.js" defer></script>
</head>
<body>
<main>
<h1>Acme Garden Supplies</h1>
<p>Seeds, tools and advice for your garden.</p>
</main>
<sire-chat url="${sire}" publishable-key="${publishableKey}"${attributes === "" ? "" : ` ${attributes}`}></sire-chat>
</body>
</html>
`

/** A loopback TCP proxy in front of a port: `cut` drops every open connection, `refuseFor` refuses new ones a while. */
export interface Proxy {
  readonly url: string
  readonly cut: () => void
  readonly refuseFor: (ms: number) => void
  /** The request lines seen (`GET /path HTTP/1.1`), in order. */
  readonly requests: Array<string>
  readonly close: () => Promise<void>
}

/** Starts a proxy to `127.0.0.1:<port>`. */
export const proxy = async (targetPort: number): Promise<Proxy> => {
  const sockets = new Set<Socket>()
  const requests: Array<string> = []
  let refuseUntil = 0
  const server = createTcpServer((client) => {
    if (Date.now() < refuseUntil) return client.destroy()
    const upstream = connect(targetPort, "127.0.0.1")
    sockets.add(client)
    sockets.add(upstream)
    client.on("data", (chunk: Buffer) => {
      for (const line of chunk.toString("latin1").match(/^(GET|POST|OPTIONS|PUT|PATCH|DELETE|HEAD) \S+ HTTP\/1\.1/gm) ?? []) requests.push(line)
    })
    client.pipe(upstream).pipe(client)
    const end = () => {
      client.destroy()
      upstream.destroy()
      sockets.delete(client)
      sockets.delete(upstream)
    }
    client.on("error", end).on("close", end)
    upstream.on("error", end).on("close", end)
  })
  const port = await listen(server)
  return {
    url: `http://127.0.0.1:${port}`,
    cut: () => {
      for (const socket of sockets) socket.destroy()
    },
    refuseFor: (ms) => void (refuseUntil = Date.now() + ms),
    requests,
    close: () =>
      new Promise((done) => {
        for (const socket of sockets) socket.destroy()
        server.close(() => done())
      })
  }
}

/** The violations axe-core finds in the page (its shadow roots included), as `id: targets` lines. */
export const axeViolations = async (page: Page): Promise<Array<string>> => {
  const source = readFileSync(createRequire(join(widgetDir, "package.json")).resolve("axe-core/axe.min.js"), "utf8")
  await page.addScriptTag({ content: source })
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document) => Promise<{ violations: Array<{ id: string; nodes: Array<{ target: unknown }> }> }> } }).axe
    const result = await axe.run(document)
    return result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => JSON.stringify(node.target)).join(", ")}`)
  })
}

/** A running `sire serve` with its data dir. */
export interface Sire {
  readonly running: SireProcess.Running
  readonly base: string
  readonly port: number
  readonly stop: () => Promise<void>
}

/** Starts `sire serve` (PGlite in a fresh data dir; loopback egress allowed for the fake model server; relaxed rate limits). */
export const startSire = async (env: Readonly<Record<string, string>> = {}): Promise<Sire> => {
  const dataDir = mkdtempSync(join(tmpdir(), "sire-widget-serve-"))
  const running = await SireProcess.serve({
    dataDir,
    label: "widget tests",
    env: {
      SIRE_SECRET: "widget-test-secret-0123456789abcdef0123456789",
      SIRE_EGRESS_ALLOW: "127.0.0.1",
      SIRE_RATE_LIMIT_AUTH: "1000/60",
      SIRE_RATE_LIMIT_WRITE: "10000/60",
      SIRE_RATE_LIMIT_READ: "10000/60",
      SIRE_LOG_LEVEL: "warning",
      ...env
    }
  })
  return {
    running,
    base: running.base,
    port: Number(new URL(running.base).port),
    stop: async () => {
      await SireProcess.stop(running)
      rmSync(dataDir, { recursive: true, force: true })
    }
  }
}

/** A JSON call to the admin API. */
export const call = async (base: string, method: string, path: string, token?: string, body?: unknown): Promise<any> => {
  const response = await fetch(base + path, {
    method,
    headers: { ...(token === undefined ? {} : { authorization: `Bearer ${token}` }), ...(body === undefined ? {} : { "content-type": "application/json" }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) })
  })
  const text = await response.text()
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`)
  return text === "" ? undefined : JSON.parse(text)
}

/** The chat workflow of the tests and the example: the visitor's message to an `llm` node (streamed), its text as the reply. */
export const chatWorkflow = (modelBaseUrl: string) => ({
  name: "Website chat",
  nodes: [
    { id: "start", type: "trigger", params: { kind: "chat" } },
    {
      id: "model",
      type: "llm",
      params: {
        provider: "openai",
        model: "gpt-4o-mini",
        baseUrl: modelBaseUrl,
        system: "You are the friendly assistant of Acme Garden Supplies.",
        prompt: "{{ input.message }}",
        stream: true
      }
    },
    { id: "done", type: "output", params: { value: { reply: "{{ nodes.model.text }}" } } }
  ],
  edges: [{ source: "start", target: "model" }, { source: "model", target: "done" }]
})

/** An account with a chat workflow and a deployment allowing `origins`: the admin token, the workflow and the deployment. */
export const deploy = async (
  base: string,
  modelBaseUrl: string,
  origins: ReadonlyArray<string>,
  extra: Record<string, unknown> = {}
): Promise<{ readonly token: string; readonly workflowId: string; readonly deployment: any }> => {
  const email = `owner-${Math.random().toString(36).slice(2)}@example.com`
  const { token } = await call(base, "POST", "/api/v1/auth/signup", undefined, { email, password: "correct horse battery staple" })
  const workflow = await call(base, "POST", "/api/v1/workflows", token, chatWorkflow(modelBaseUrl))
  const deployment = await call(base, "POST", "/api/v1/chat/deployments", token, { workflowId: workflow.id, allowedOrigins: origins, ...extra })
  return { token, workflowId: workflow.id, deployment }
}
