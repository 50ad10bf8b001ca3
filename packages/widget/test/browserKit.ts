/**
 * What the widget's real-browser tests stand on: Debian's Chromium driven by `playwright-core`
 * (headless, a fresh profile; missing Chromium fails the run when `SIRE_REQUIRE_BROWSER=1`, as CI
 * sets it, and skips it otherwise), static pages on loopback origins of their own, a loopback TCP
 * proxy the test can cut (a dropped connection mid-reply), axe-core injected into a page, and
 * `sire serve` as a real process with an account, a chat workflow over the fake model server and a
 * chat deployment.
 */
import { execFile } from "node:child_process"
import { randomUUID } from "node:crypto"
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs"
import { createServer as createHttpServer, type Server } from "node:http"
import { createRequire } from "node:module"
import { connect, createServer as createTcpServer, type Socket } from "node:net"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { promisify } from "node:util"
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

/** The example's directory (`examples/widget`). */
export const exampleDir = join(widgetDir, "..", "..", "examples", "widget")

/** The example page a site owner copies (`examples/widget/index.html`), with their server and key filled in as its README says. */
export const ownerPage = (sire: string, publishableKey: string): string =>
  readFileSync(join(exampleDir, "index.html"), "utf8")
    .replaceAll("https://sire.example.com", sire)
    .replaceAll("pk_your_publishable_key", publishableKey)

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

/** Runs the example's `setup.sh` (from the repository root, as its README does): the publishable key it prints. */
export const runExampleSetup = async (env: { readonly sire: string; readonly modelUrl: string; readonly site: string }): Promise<string> => {
  const { stdout } = await promisify(execFile)("bash", [join(exampleDir, "setup.sh")], {
    cwd: join(widgetDir, "..", ".."),
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", SIRE_URL: env.sire, MODEL_URL: env.modelUrl, SITE_ORIGIN: env.site, OPENAI_API_KEY: "sk-test-example" },
    timeout: 60_000
  })
  const key = /^publishable key: (pk_\S+)$/m.exec(stdout)?.[1]
  if (key === undefined) throw new Error(`setup.sh printed no publishable key:\n${stdout}`)
  return key
}

/** The example's chat workflow pointed at `modelBaseUrl`, without a credential. */
export const chatWorkflow = (modelBaseUrl: string) => {
  const workflow = JSON.parse(readFileSync(join(exampleDir, "chat-workflow.json"), "utf8"))
  workflow.nodes[1].params.baseUrl = modelBaseUrl
  delete workflow.nodes[1].params.credentialId
  return workflow
}

/** A new account with the chat workflow and a deployment of it allowing `origins` (and `extra` settings): its token, workflow id and deployment. */
export const deploy = async (
  base: string,
  modelBaseUrl: string,
  origins: ReadonlyArray<string>,
  extra: Record<string, unknown> = {}
): Promise<{ readonly token: string; readonly workflowId: string; readonly deployment: any }> => {
  const email = `owner-${randomUUID()}@example.com`
  const { token } = await call(base, "POST", "/api/v1/auth/signup", undefined, { email, password: "correct horse battery staple" })
  const workflow = await call(base, "POST", "/api/v1/workflows", token, chatWorkflow(modelBaseUrl))
  const deployment = await call(base, "POST", "/api/v1/chat/deployments", token, { workflowId: workflow.id, allowedOrigins: origins, ...extra })
  return { token, workflowId: workflow.id, deployment }
}
