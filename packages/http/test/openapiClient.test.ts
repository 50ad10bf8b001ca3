/**
 * The served OpenAPI document as API tooling sees it, through the real server: Redocly's
 * `recommended` ruleset finds no error in it; `openapi-typescript` turns it into types that a
 * strict `openapi-fetch` program (the README's, as printed) type-checks against, and that program
 * (compiled by `tsc`, run by plain `node`) signs up, creates a workflow and runs it to completion; Effect's `HttpApiClient`
 * over `SireApi` (the README's example) does the same. On PGlite only: the document does not
 * depend on the database.
 */
import { HttpApiClient, HttpClient, HttpClientRequest } from "@effect/platform"
import { NodeHttpClient } from "@effect/platform-node"
import { afterAll, assert, beforeAll, describe, it } from "@effect/vitest"
import { BaseResolver, createConfig, lintFromString } from "@redocly/openapi-core"
import { Effect } from "effect"
import { execFile } from "node:child_process"
import { readFileSync } from "node:fs"
import { mkdtemp, readFile, rm, symlink, writeFile } from "node:fs/promises"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { promisify } from "node:util"
import { SireApi } from "../src/Api.js"
import { signup, start, type TestServer } from "./harness.js"
import { packageDir } from "./sireProcess.js"

const run = promisify(execFile)
const bin = (name: string) => join(packageDir, "node_modules", ".bin", name)

/** The README's openapi-fetch program (between `<!-- openapi-fetch -->` markers), as printed. */
const readmeProgram = (): string => {
  const readme = readFileSync(join(packageDir, "README.md"), "utf8")
  const shown = /<!-- openapi-fetch -->\n```ts\n([\s\S]*?)```\n<!-- \/openapi-fetch -->/.exec(readme)?.[1]
  assert.isDefined(shown, "packages/http/README.md shows the program between <!-- openapi-fetch --> markers")
  return shown!
}

/** Appended to the README's program: what the generated types refuse (never called; each line must be a type error). */
const refusals = `
export const refused = () => {
  // @ts-expect-error: no such path
  void sire.GET("/api/v1/nope", { headers })
  // @ts-expect-error: the path's id is required
  void sire.POST("/api/v1/workflows/{id}/execute", { headers, body: {} })
  // @ts-expect-error: mode is "async" or "sync"
  void sire.POST("/api/v1/executions", { headers, body: { workflowId: "wf_1", mode: "later" } })
  // @ts-expect-error: an execution's status is one of the documented ones
  const status: "done" = ran.data.status
  return status
}
`

describe("the OpenAPI document as API tooling sees it", () => {
  let server: TestServer
  let source: string
  let dir: string
  beforeAll(async () => {
    server = await start("pglite")
    const answer = await server.request("GET", "/openapi.json")
    assert.strictEqual(answer.status, 200)
    source = answer.text
    dir = await mkdtemp(join(tmpdir(), "sire-client-"))
    // The program resolves openapi-fetch and @types/node from this package, as a project that installed them would.
    await symlink(join(packageDir, "node_modules"), join(dir, "node_modules"), "dir")
    await writeFile(join(dir, "package.json"), JSON.stringify({ type: "module", private: true }))
  })
  afterAll(async () => {
    await server?.close()
    if (dir !== undefined) await rm(dir, { recursive: true, force: true })
  })

  it("Redocly's recommended ruleset reports zero errors", async () => {
    // Everything is in the document: a reference to anywhere else is refused rather than fetched.
    const offline = new BaseResolver({
      http: { headers: [], customFetch: (url: string) => Promise.reject(new Error(`no network in tests: ${url}`)) }
    })
    const config = await createConfig({ extends: ["recommended"] })
    const problems = await lintFromString({ source, absoluteRef: join(dir, "openapi.json"), config, externalRefResolver: offline })
    const describe = (problem: typeof problems[number]) =>
      `${problem.severity} ${problem.ruleId} at ${problem.location[0]?.pointer ?? "?"}: ${problem.message}`
    const warnings = problems.filter((problem) => problem.severity !== "error")
    if (warnings.length > 0) console.log(`Redocly warnings (${warnings.length}):\n${warnings.map(describe).join("\n")}`)
    assert.deepStrictEqual(problems.filter((problem) => problem.severity === "error").map(describe), [])
  }, 120_000)

  it("the README's openapi-fetch program type-checks (tsc --strict) against openapi-typescript's types, then signs up, creates a workflow and runs it", async () => {
    await run(bin("openapi-typescript"), [`${server.base}/openapi.json`, "-o", join(dir, "sire.d.ts")], { cwd: dir, timeout: 120_000 })
    const types = await readFile(join(dir, "sire.d.ts"), "utf8")
    assert.include(types, "export interface paths")
    assert.include(types, "startExecution: {", "operations are named by operationId")
    await writeFile(join(dir, "program.ts"), `${readmeProgram()}${refusals}`)
    const compile = await run(bin("tsc"), [
      "--strict",
      "--module",
      "nodenext",
      "--moduleResolution",
      "nodenext",
      "--target",
      "es2022",
      "--types",
      "node",
      "--outDir",
      join(dir, "out"),
      join(dir, "program.ts")
    ], { cwd: dir, timeout: 120_000 }).catch((error: { stdout?: string; message: string }) => {
      throw new Error(`the program does not type-check:\n${error.stdout ?? error.message}`)
    })
    assert.strictEqual(compile.stdout, "")
    const { stdout } = await run(process.execPath, [join(dir, "out", "program.js")], {
      cwd: dir,
      timeout: 60_000,
      env: { ...process.env, SIRE_URL: server.base }
    })
    assert.strictEqual(stdout, "completed \"Hello, Ada\"\n")
    // The workflow is the signed-up user's, as the server sees it.
    const login = await server.request("POST", "/api/v1/auth/login", { body: { email: "ada@example.com", password: "correct horse battery staple" } })
    assert.strictEqual(login.status, 200, login.text)
    const stored = await server.request("GET", "/api/v1/workflows", { token: login.body.token })
    assert.deepStrictEqual(stored.body.map((workflow: { name: string }) => workflow.name), ["Hello"])
  }, 240_000)

  it.effect("Effect's HttpApiClient over SireApi (the README's example) lists, creates and runs a workflow", () =>
    Effect.gen(function*() {
      const account = yield* Effect.promise(() => signup(server, "effect-client"))
      const client = yield* HttpApiClient.make(SireApi, {
        baseUrl: server.base,
        transformClient: HttpClient.mapRequest(HttpClientRequest.bearerToken(account.token))
      })
      assert.deepStrictEqual(yield* client.workflows.list({ urlParams: {} }), [])
      const workflow = yield* client.workflows.create({
        payload: {
          name: "Constant",
          nodes: [{ id: "start", type: "trigger" }, { id: "done", type: "output", params: { value: 42 } }],
          edges: [{ source: "start", target: "done" }]
        }
      })
      const execution = yield* client.executions.execute({ path: { id: workflow.id }, payload: { mode: "sync" } })
      assert.strictEqual(execution.status, "completed")
      assert.strictEqual(execution.output, 42)
    }).pipe(Effect.provide(NodeHttpClient.layerUndici)))
})
