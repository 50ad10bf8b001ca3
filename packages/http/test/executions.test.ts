/**
 * The executions group through the real server and a real HTTP client, on PGlite and PostgreSQL:
 * async and sync starts (and the `/workflows/:id/execute` alias), input validation, idempotency
 * keys, list and search with paging, cancel, and the log as Server-Sent Events.
 */
import { afterAll, assert, beforeAll, describe, it } from "@effect/vitest"
import { type Account, type Answer, constantWorkflow, contractExample, databases, failingWorkflow, nextLink, signup, skip, start, type TestServer } from "./harness.js"

const api = "/api/v1"

/** A workflow that waits `ms` (a durable delay), then outputs `"slept"`. */
const sleeper = (ms: number) => ({
  name: `sleep ${ms}`,
  nodes: [
    { id: "start", type: "trigger" },
    { id: "wait", type: "delay", params: { ms } },
    { id: "done", type: "output", params: { value: "slept" } }
  ],
  edges: [
    { source: "start", target: "wait" },
    { source: "wait", target: "done" }
  ]
})

const final = new Set(["completed", "failed", "cancelled"])

/** Reads until `done` holds, or fails after `timeoutMs` with the last value read. */
const until = async <A>(what: string, read: () => Promise<A>, done: (value: A) => boolean, timeoutMs = 20_000): Promise<A> => {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = await read()
    if (done(value)) return value
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; last: ${JSON.stringify(value)}`)
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
}

/** One Server-Sent Event, and when it arrived (unix ms). */
interface SseEvent {
  readonly id: string | undefined
  readonly event: string | undefined
  readonly data: any
  readonly receivedAt: number
}

/** An SSE response read to its end. */
interface SseLog {
  readonly status: number
  readonly contentType: string | null
  readonly events: ReadonlyArray<SseEvent>
  readonly body: any
}

/** Parses SSE blocks out of `buffer`, returning the events and the unparsed rest. */
const parseBlocks = (buffer: string, receivedAt: number) => {
  const events: Array<SseEvent> = []
  const blocks = buffer.replace(/\r\n?/g, "\n").split("\n\n")
  const rest = blocks.pop() ?? ""
  for (const block of blocks) {
    let id: string | undefined
    let event: string | undefined
    const data: Array<string> = []
    for (const line of block.split("\n")) {
      if (line === "" || line.startsWith(":")) continue
      const colon = line.indexOf(":")
      const field = colon === -1 ? line : line.slice(0, colon)
      const value = colon === -1 ? "" : line.slice(colon + 1).replace(/^ /, "")
      if (field === "id") id = value
      else if (field === "event") event = value
      else if (field === "data") data.push(value)
    }
    if (data.length > 0) events.push({ id, event, data: JSON.parse(data.join("\n")), receivedAt })
  }
  return { events, rest }
}

/** GETs an execution's log and reads the stream until the server closes it (failing after `timeoutMs`). */
const readLog = async (
  server: TestServer,
  executionId: string,
  token: string,
  options: { readonly lastEventId?: string; readonly timeoutMs?: number } = {}
): Promise<SseLog> => {
  const controller = new AbortController()
  const timeoutMs = options.timeoutMs ?? 20_000
  const timer = setTimeout(() => controller.abort(), timeoutMs)
  try {
    const response = await fetch(`${server.base}${api}/executions/${executionId}/logs`, {
      headers: {
        authorization: `Bearer ${token}`,
        accept: "text/event-stream",
        ...(options.lastEventId !== undefined ? { "last-event-id": options.lastEventId } : {})
      },
      signal: controller.signal
    })
    const contentType = response.headers.get("content-type")
    if (response.status !== 200) {
      return { status: response.status, contentType, events: [], body: await response.json() }
    }
    const reader = response.body!.getReader()
    const decoder = new TextDecoder()
    const events: Array<SseEvent> = []
    let buffer = ""
    for (;;) {
      const chunk = await reader.read().catch((error) => {
        throw controller.signal.aborted ? new Error(`the log stream did not close within ${timeoutMs} ms`) : error
      })
      if (chunk.done) break
      buffer += decoder.decode(chunk.value, { stream: true })
      const parsed = parseBlocks(buffer, Date.now())
      events.push(...parsed.events)
      buffer = parsed.rest
    }
    events.push(...parseBlocks(`${buffer}\n\n`, Date.now()).events)
    return { status: 200, contentType, events, body: undefined }
  } finally {
    clearTimeout(timer)
  }
}

describe.each(databases)("executions on %s", (db) => {
  describe.skipIf(skip(db))("", () => {
    let server: TestServer
    let user: Account
    let lead: string
    beforeAll(async () => {
      server = await start(db)
      user = await signup(server, "executions")
      lead = (await server.request("POST", `${api}/workflows`, { token: user.token, body: contractExample })).body.id
    })
    afterAll(async () => {
      await server?.close()
    })
    const send = (method: string, path: string, body?: unknown, token = user.token): Promise<Answer> =>
      server.request(method, `${api}${path}`, { token, ...(body !== undefined ? { body } : {}) })
    const create = async (document: unknown, token = user.token): Promise<string> => {
      const created = await send("POST", "/workflows", document, token)
      assert.strictEqual(created.status, 201, created.text)
      return created.body.id
    }
    const finished = (id: string, token = user.token) =>
      until(`execution ${id} to finish`, () => send("GET", `/executions/${id}`, undefined, token), (a) => final.has(a.body?.status))

    describe("starting", () => {
      it("an async start answers 201 at once with a queued or running execution and its Location; it then completes with output and timed steps", async () => {
        const email = "ada@acme.com"
        const started = await send("POST", "/executions", { workflowId: lead, input: { email } })
        assert.strictEqual(started.status, 201, started.text)
        assert.match(started.body.id, /^exec_/)
        assert.include(["queued", "running"], started.body.status)
        assert.strictEqual(started.body.workflowId, lead)
        assert.strictEqual(started.body.trigger, "api")
        assert.strictEqual(started.body.version, null)
        assert.deepStrictEqual(started.body.input, { email })
        assert.strictEqual(started.headers.get("location"), `${api}/executions/${started.body.id}`)

        const done = await finished(started.body.id)
        assert.strictEqual(done.body.status, "completed", done.text)
        assert.deepStrictEqual(done.body.output, { tier: "vip", to: email })
        assert.strictEqual(done.body.createdAt, started.body.createdAt)
        assert.isTrue(Number.isInteger(done.body.durationMs) && done.body.durationMs >= 0)
        assert.isAtLeast(done.body.endedAt, done.body.startedAt)
        const steps = done.body.steps as Array<Record<string, any>>
        assert.sameMembers(steps.map((s) => s.nodeId), ["start", "check", "vip", "done"])
        for (const step of steps) {
          assert.strictEqual(step.status, "completed", JSON.stringify(step))
          assert.strictEqual(step.attempts, 1)
          assert.isTrue(Number.isInteger(step.startedAt) && Number.isInteger(step.endedAt), JSON.stringify(step))
          assert.isAtLeast(step.endedAt, step.startedAt)
          assert.isTrue(Number.isInteger(step.durationMs) && step.durationMs >= 0, JSON.stringify(step))
        }
        assert.deepStrictEqual(steps.find((s) => s.nodeId === "check")?.handles, ["true"])
        assert.deepStrictEqual(steps.find((s) => s.nodeId === "vip")?.output, { tier: "vip", to: email })
      })

      it("a sync start answers 200 with the completed execution and the CONTRACT output for an @acme.com email", async () => {
        const email = "grace@acme.com"
        const answer = await send("POST", "/executions", { workflowId: lead, input: { email }, mode: "sync" })
        assert.strictEqual(answer.status, 200, answer.text)
        assert.strictEqual(answer.body.status, "completed")
        assert.deepStrictEqual(answer.body.output, { tier: "vip", to: email })
        assert.strictEqual(answer.headers.get("location"), `${api}/executions/${answer.body.id}`)
      })

      it("a sync start of an email outside acme.com completes with the vip branch skipped", async () => {
        const answer = await send("POST", "/executions", { workflowId: lead, input: { email: "bob@example.com" }, mode: "sync" })
        assert.strictEqual(answer.status, 200, answer.text)
        assert.strictEqual(answer.body.status, "completed")
        const steps = (await send("GET", `/executions/${answer.body.id}`)).body.steps as Array<{ nodeId: string; status: string }>
        assert.strictEqual(steps.find((s) => s.nodeId === "vip")?.status, "skipped")
        assert.strictEqual(steps.find((s) => s.nodeId === "done")?.status, "skipped")
      })

      it("POST /workflows/:id/execute behaves as POST /executions: 201 async with Location, 200 sync with the output", async () => {
        const email = "alan@acme.com"
        const async = await send("POST", `/workflows/${lead}/execute`, { input: { email } })
        assert.strictEqual(async.status, 201, async.text)
        assert.include(["queued", "running"], async.body.status)
        assert.strictEqual(async.body.workflowId, lead)
        assert.strictEqual(async.headers.get("location"), `${api}/executions/${async.body.id}`)
        assert.deepStrictEqual((await finished(async.body.id)).body.output, { tier: "vip", to: email })

        const sync = await send("POST", `/workflows/${lead}/execute`, { input: { email }, mode: "sync" })
        assert.strictEqual(sync.status, 200, sync.text)
        assert.strictEqual(sync.body.status, "completed")
        assert.deepStrictEqual(sync.body.output, { tier: "vip", to: email })
      })

      it("POST /workflows/:id/execute without a body starts the draft as with {}", async () => {
        const workflowId = await create(constantWorkflow("no body", "ran"))
        const bare = await server.request("POST", `${api}/workflows/${workflowId}/execute`, { token: user.token })
        assert.strictEqual(bare.status, 201, bare.text)
        assert.strictEqual(bare.body.input, null)
        assert.strictEqual((await finished(bare.body.id)).body.output, "ran")
        const required = await server.request("POST", `${api}/workflows/${lead}/execute`, { token: user.token })
        assert.strictEqual(required.status, 400, required.text)
        assert.deepStrictEqual(required.body.details.map((d: { path: string }) => d.path), ["input.email"])
      })

      it("an input missing a required field is 400 with details, on both endpoints, and starts nothing", async () => {
        for (const [path, body] of [["/executions", { workflowId: lead, input: {} }], [`/workflows/${lead}/execute`, { input: { name: "x" } }]] as const) {
          const answer = await send("POST", path, body)
          assert.strictEqual(answer.status, 400, answer.text)
          assert.isString(answer.body.error)
          assert.deepInclude(answer.body.details.map((d: { path: string }) => d.path), "input.email")
        }
        const wrongType = await send("POST", "/executions", { workflowId: lead, input: { email: 42 } })
        assert.strictEqual(wrongType.status, 400)
        assert.deepStrictEqual(wrongType.body.details.map((d: { path: string }) => d.path), ["input.email"])
      })

      it("an unknown workflow is 404 on both endpoints", async () => {
        const one = await send("POST", "/executions", { workflowId: "wf_doesnotexist", input: {} })
        assert.strictEqual(one.status, 404, one.text)
        assert.isString(one.body.error)
        const two = await send("POST", "/workflows/wf_doesnotexist/execute", { input: {} })
        assert.strictEqual(two.status, 404, two.text)
      })

      it("an unknown field, a missing workflowId or a bad mode in the body is 400", async () => {
        const cases: Array<[string, unknown]> = [
          ["/executions", { workflowId: lead, input: { email: "a@acme.com" }, priority: 1 }],
          ["/executions", { input: { email: "a@acme.com" } }],
          ["/executions", { workflowId: lead, input: { email: "a@acme.com" }, mode: "later" }],
          ["/executions", { workflowId: lead, input: { email: "a@acme.com" }, version: 0 }],
          [`/workflows/${lead}/execute`, { workflowId: lead, input: { email: "a@acme.com" } }]
        ]
        for (const [path, body] of cases) {
          const answer = await send("POST", path, body)
          assert.strictEqual(answer.status, 400, `${JSON.stringify(body)}: ${answer.text}`)
          assert.isString(answer.body.error)
        }
      })

      it("the same idempotencyKey twice returns the same execution, and a different key a new one", async () => {
        const body = { workflowId: lead, input: { email: "once@acme.com" }, idempotencyKey: "order-1" }
        const first = await send("POST", "/executions", body)
        const second = await send("POST", "/executions", body)
        assert.strictEqual(first.status, 201, first.text)
        assert.strictEqual(second.status, 201, second.text)
        assert.strictEqual(second.body.id, first.body.id)
        assert.strictEqual(second.body.idempotencyKey, "order-1")
        const viaAlias = await send("POST", `/workflows/${lead}/execute`, { input: body.input, idempotencyKey: "order-1" })
        assert.strictEqual(viaAlias.body.id, first.body.id)
        const other = await send("POST", "/executions", { ...body, idempotencyKey: "order-2" })
        assert.notStrictEqual(other.body.id, first.body.id)
      })

      it("an idempotencyKey already used for another workflow is a 400 naming the first execution, not its answer", async () => {
        const first = await send("POST", "/executions", { workflowId: lead, input: { email: "k@acme.com" }, idempotencyKey: "shared-key" })
        assert.strictEqual(first.status, 201, first.text)
        const otherWorkflow = await create(constantWorkflow("other-for-key", 2))
        const reused = await send("POST", "/executions", { workflowId: otherWorkflow, idempotencyKey: "shared-key" })
        assert.strictEqual(reused.status, 400, reused.text)
        assert.include(reused.body.error, first.body.id)
        assert.notProperty(reused.body, "output")
      })

      it("five concurrent starts with one idempotencyKey create exactly one execution", async () => {
        const workflowId = await create(constantWorkflow("idempotent", 1))
        const answers = await Promise.all(
          Array.from({ length: 5 }, () => send("POST", "/executions", { workflowId, idempotencyKey: "concurrent-key" }))
        )
        for (const answer of answers) assert.strictEqual(answer.status, 201, answer.text)
        assert.strictEqual(new Set(answers.map((a) => a.body.id)).size, 1, answers.map((a) => a.body.id).join(", "))
        await finished(answers[0].body.id)
        const listed = await send("GET", `/executions/search?workflowId=${workflowId}`)
        assert.deepStrictEqual(listed.body.map((e: { id: string }) => e.id), [answers[0].body.id])
      })
    })

    describe("listing and searching", () => {
      it("the list holds the organization's executions, newest first, paged by limit and Link", async () => {
        const owner = await signup(server, "list")
        const workflowId = await create(constantWorkflow("listed", 1), owner.token)
        const ids: Array<string> = []
        for (let i = 0; i < 5; i++) {
          ids.push((await send("POST", "/executions", { workflowId, mode: "sync" }, owner.token)).body.id)
        }
        const seen: Array<string> = []
        let path: string | undefined = `${api}/executions?limit=2`
        let pages = 0
        while (path !== undefined) {
          const page = await server.request("GET", path, { token: owner.token })
          assert.strictEqual(page.status, 200, page.text)
          assert.isAtMost(page.body.length, 2)
          seen.push(...page.body.map((e: { id: string }) => e.id))
          path = nextLink(page)
          assert.isAtMost(++pages, 5)
        }
        assert.strictEqual(pages, 3)
        assert.deepStrictEqual(seen, [...ids].reverse())
      })

      describe("search", () => {
        let owner: Account
        let quick: string
        let broken: string
        let slow: string
        const quickIds: Array<string> = []
        let failedId: string
        let slowId: string
        const createdAts: Array<number> = []
        beforeAll(async () => {
          owner = await signup(server, "search")
          quick = await create(constantWorkflow("quick", 1), owner.token)
          broken = await create(failingWorkflow(), owner.token)
          slow = await create(sleeper(1_000), owner.token)
          const run = async (workflowId: string) => {
            const answer = await send("POST", "/executions", { workflowId, mode: "sync" }, owner.token)
            assert.strictEqual(answer.status, 200, answer.text)
            assert.isTrue(final.has(answer.body.status), answer.text)
            createdAts.push(answer.body.createdAt)
            return answer.body.id as string
          }
          for (let i = 0; i < 3; i++) quickIds.push(await run(quick))
          failedId = await run(broken)
          slowId = await run(slow)
        })
        const search = async (query: string) => {
          const ids: Array<string> = []
          let path: string | undefined = `${api}/executions/search?${query}`
          let pages = 0
          while (path !== undefined) {
            const page = await server.request("GET", path, { token: owner.token })
            assert.strictEqual(page.status, 200, page.text)
            ids.push(...page.body.map((e: { id: string }) => e.id))
            path = nextLink(page)
            assert.isAtMost(++pages, 10)
          }
          assert.strictEqual(new Set(ids).size, ids.length, "no duplicates across pages")
          return ids
        }

        it("by workflowId, following the pages", async () => {
          assert.sameMembers(await search(`workflowId=${quick}&limit=2`), quickIds)
          assert.deepStrictEqual(await search(`workflowId=${slow}`), [slowId])
          assert.deepStrictEqual(await search("workflowId=wf_doesnotexist"), [])
        })

        it("by status, alone and with a workflowId", async () => {
          assert.deepStrictEqual(await search("status=failed"), [failedId])
          assert.sameMembers(await search("status=completed&limit=1"), [...quickIds, slowId])
          assert.sameMembers(await search(`status=completed&workflowId=${quick}`), quickIds)
          assert.deepStrictEqual(await search(`status=failed&workflowId=${quick}`), [])
          const bad = await server.request("GET", `${api}/executions/search?status=sleeping`, { token: owner.token })
          assert.strictEqual(bad.status, 400)
          assert.isString(bad.body.error)
        })

        it("by trigger", async () => {
          assert.sameMembers(await search("trigger=api&limit=2"), [...quickIds, failedId, slowId])
          assert.deepStrictEqual(await search("trigger=webhook"), [])
        })

        it("by creation time from/to in unix seconds, both bounds inclusive", async () => {
          const first = Math.min(...createdAts)
          const last = Math.max(...createdAts)
          const all = [...quickIds, failedId, slowId]
          assert.sameMembers(await search(`from=${first}&to=${last}`), all)
          assert.sameMembers(await search(`from=${first}`), all)
          assert.sameMembers(await search(`to=${last}`), all)
          assert.deepStrictEqual(await search(`to=${first - 1}`), [])
          assert.deepStrictEqual(await search(`from=${last + 1}`), [])
          const bad = await server.request("GET", `${api}/executions/search?from=yesterday`, { token: owner.token })
          assert.strictEqual(bad.status, 400)
        })

        it("by duration: minDurationMs finds the slow one, maxDurationMs the quick ones", async () => {
          const slowRun = await send("GET", `/executions/${slowId}`, undefined, owner.token)
          assert.isAtLeast(slowRun.body.durationMs, 1_000)
          assert.deepStrictEqual(await search("minDurationMs=900"), [slowId])
          assert.sameMembers(await search("maxDurationMs=900&limit=2"), [...quickIds, failedId])
          assert.deepStrictEqual(await search(`minDurationMs=900&workflowId=${quick}`), [])
          assert.sameMembers(await search("minDurationMs=0"), [...quickIds, failedId, slowId])
        })

        it("another organization's executions never appear", async () => {
          assert.notInclude(await search("limit=100"), (await send("GET", "/executions?limit=1")).body[0]?.id)
          const others = await send("GET", `/executions/search?workflowId=${quick}`)
          assert.deepStrictEqual(others.body, [])
        })
      })
    })

    describe("cancelling", () => {
      it("cancelling an execution parked on a 60 s delay answers 200 with status cancelled, and it stays cancelled", async () => {
        const workflowId = await create(sleeper(60_000))
        const started = await send("POST", "/executions", { workflowId })
        assert.strictEqual(started.status, 201)
        await until(
          "the delay to start",
          () => send("GET", `/executions/${started.body.id}`),
          (a) => (a.body.steps as Array<{ nodeId: string; status: string }>).some((s) => s.nodeId === "wait")
        )
        const cancelled = await send("POST", `/executions/${started.body.id}/cancel`)
        assert.strictEqual(cancelled.status, 200, cancelled.text)
        assert.strictEqual(cancelled.body.id, started.body.id)
        assert.strictEqual(cancelled.body.status, "cancelled")
        const got = await send("GET", `/executions/${started.body.id}`)
        assert.strictEqual(got.body.status, "cancelled")
        assert.strictEqual(got.body.steps.find((s: { nodeId: string }) => s.nodeId === "wait")?.status, "cancelled")
        assert.notInclude(got.body.steps.map((s: { status: string }) => s.status), "running")
        assert.notInclude(got.body.steps.map((s: { nodeId: string }) => s.nodeId), "done")
        const again = await send("POST", `/executions/${started.body.id}/cancel`)
        assert.strictEqual(again.status, 200)
        assert.strictEqual(again.body.status, "cancelled")
      })

      it("cancelling right after an async start ends the execution cancelled", async () => {
        const workflowId = await create(sleeper(60_000))
        const started = await send("POST", "/executions", { workflowId })
        const cancelled = await send("POST", `/executions/${started.body.id}/cancel`)
        assert.strictEqual(cancelled.status, 200, cancelled.text)
        assert.strictEqual(cancelled.body.status, "cancelled")
        assert.strictEqual((await send("GET", `/executions/${started.body.id}`)).body.status, "cancelled")
      })

      it("cancelling a completed execution returns it unchanged", async () => {
        const done = await send("POST", "/executions", { workflowId: lead, input: { email: "z@acme.com" }, mode: "sync" })
        assert.strictEqual(done.body.status, "completed")
        const cancelled = await send("POST", `/executions/${done.body.id}/cancel`)
        assert.strictEqual(cancelled.status, 200, cancelled.text)
        assert.deepStrictEqual(cancelled.body, done.body)
        const { steps: _, ...got } = (await send("GET", `/executions/${done.body.id}`)).body
        assert.deepStrictEqual(got, done.body)
      })

      it("cancelling an unknown execution is 404", async () => {
        const answer = await send("POST", "/executions/exec_doesnotexist/cancel")
        assert.strictEqual(answer.status, 404)
        assert.isString(answer.body.error)
      })
    })

    describe("logs as Server-Sent Events", () => {
      it("a finished execution's log replays every event in order, ids 1..n, from execution.queued to execution.completed, then closes", async () => {
        const done = await send("POST", "/executions", { workflowId: lead, input: { email: "sse@acme.com" }, mode: "sync" })
        const log = await readLog(server, done.body.id, user.token)
        assert.strictEqual(log.status, 200)
        assert.match(log.contentType ?? "", /^text\/event-stream/)
        const ids = log.events.map((e) => Number(e.id))
        assert.deepStrictEqual(ids, Array.from({ length: ids.length }, (_, i) => i + 1))
        const names = log.events.map((e) => e.event)
        assert.strictEqual(names[0], "execution.queued")
        assert.strictEqual(names.at(-1), "execution.completed")
        assert.include(names, "execution.started")
        for (const node of ["start", "check", "vip", "done"]) {
          const started = log.events.findIndex((e) => e.event === "step.started" && e.data.nodeId === node)
          const completed = log.events.findIndex((e) => e.event === "step.completed" && e.data.nodeId === node)
          assert.isTrue(started >= 0 && completed > started, `${node} started then completed`)
        }
        for (const event of log.events) {
          assert.strictEqual(event.data.type, event.event)
          assert.strictEqual(event.data.seq, Number(event.id))
          assert.isTrue(Number.isInteger(event.data.at))
        }
        assert.deepStrictEqual(log.events.at(-1)!.data.output, { tier: "vip", to: "sse@acme.com" })
      })

      it("with Last-Event-ID: k the log replays only the events after k", async () => {
        const done = await send("POST", "/executions", { workflowId: lead, input: { email: "resume@acme.com" }, mode: "sync" })
        const full = await readLog(server, done.body.id, user.token)
        const n = full.events.length
        assert.isAtLeast(n, 4)
        const strip = (events: ReadonlyArray<SseEvent>) => events.map(({ receivedAt: _, ...rest }) => rest)
        const after3 = await readLog(server, done.body.id, user.token, { lastEventId: "3" })
        assert.deepStrictEqual(strip(after3.events), strip(full.events.slice(3)))
        const afterLast = await readLog(server, done.body.id, user.token, { lastEventId: String(n) })
        assert.strictEqual(afterLast.status, 200)
        assert.deepStrictEqual(afterLast.events, [])
      })

      it("a running execution's log delivers events live and closes after the final one", async () => {
        const workflowId = await create(sleeper(1_500))
        const started = await send("POST", "/executions", { workflowId })
        const log = await readLog(server, started.body.id, user.token)
        assert.strictEqual(log.status, 200)
        const names = log.events.map((e) => e.event)
        assert.strictEqual(names[0], "execution.queued")
        assert.strictEqual(names.at(-1), "execution.completed")
        assert.strictEqual(names.filter((n) => n === "execution.completed").length, 1)
        const ids = log.events.map((e) => Number(e.id))
        assert.deepStrictEqual(ids, Array.from({ length: ids.length }, (_, i) => i + 1))
        const completed = log.events.at(-1)!
        const early = log.events.filter((e) => e.receivedAt < completed.data.atMs)
        assert.strictEqual(early[0]?.event, "execution.queued", "events arrived while the execution ran")
        assert.isTrue(early.some((e) => e.data.nodeId === "wait"), "the delay's start arrived while it ran")
        assert.isAtLeast(completed.receivedAt, completed.data.atMs)
        assert.deepStrictEqual(completed.data.output, "slept")
        assert.strictEqual((await send("GET", `/executions/${started.body.id}`)).body.status, "completed")
      })

      it("a hundred clients following one running execution each get the whole log, ending with its completion", async () => {
        const workflowId = await create(sleeper(1_000))
        const started = await send("POST", "/executions", { workflowId })
        const logs = await Promise.all(Array.from({ length: 100 }, () => readLog(server, started.body.id, user.token)))
        for (const log of logs) {
          assert.strictEqual(log.status, 200)
          assert.strictEqual(log.events[0]?.event, "execution.queued")
          assert.strictEqual(log.events.at(-1)?.event, "execution.completed")
          assert.deepStrictEqual(log.events.map((e) => Number(e.id)), logs[0]!.events.map((e) => Number(e.id)))
        }
      })

      it("a cancelled execution's log ends with execution.cancelled", async () => {
        const workflowId = await create(sleeper(60_000))
        const started = await send("POST", "/executions", { workflowId })
        const reading = readLog(server, started.body.id, user.token)
        await until("the execution to park", () => send("GET", `/executions/${started.body.id}`), (a) => a.body.status === "waiting")
        await send("POST", `/executions/${started.body.id}/cancel`)
        const log = await reading
        assert.strictEqual(log.events.at(-1)?.event, "execution.cancelled")
      })

      it("another organization's execution log is 404, and an unknown one too", async () => {
        const done = await send("POST", "/executions", { workflowId: lead, input: { email: "mine@acme.com" }, mode: "sync" })
        const stranger = await signup(server, "stranger")
        const log = await readLog(server, done.body.id, stranger.token)
        assert.strictEqual(log.status, 404)
        assert.isString(log.body.error)
        assert.strictEqual((await readLog(server, "exec_doesnotexist", user.token)).status, 404)
      })
    })
  })
})

describe.each(databases)("sync starts that outlast the wait on %s", (db) => {
  describe.skipIf(skip(db))("", () => {
    let server: TestServer
    let user: Account
    beforeAll(async () => {
      server = await start(db, { settings: { syncTimeoutMs: 300 } })
      user = await signup(server, "slowsync")
    })
    afterAll(async () => {
      await server?.close()
    })
    const send = (method: string, path: string, body?: unknown): Promise<Answer> =>
      server.request(method, `${api}${path}`, { token: user.token, ...(body !== undefined ? { body } : {}) })
    const delayed = (ms: number) => ({
      name: `waits ${ms} ms`,
      nodes: [
        { id: "start", type: "trigger" },
        { id: "wait", type: "delay", params: { ms } },
        { id: "done", type: "output", params: { value: "late" } }
      ],
      edges: [{ source: "start", target: "wait" }, { source: "wait", target: "done" }]
    })

    it("sync starts still running when the wait ends answer 200 with the execution as it stands, each after the wait, and complete later", async () => {
      const slow = (await send("POST", "/workflows", delayed(4_000))).body.id as string
      const fast = (await send("POST", "/workflows", constantWorkflow("fast", "ran"))).body.id as string
      const began = performance.now()
      const answers = await Promise.all(Array.from({ length: 5 }, () => send("POST", "/executions", { workflowId: slow, mode: "sync" })))
      const waited = performance.now() - began
      for (const answer of answers) {
        assert.strictEqual(answer.status, 200, answer.text)
        assert.include(["queued", "running", "waiting"], answer.body.status, answer.text)
      }
      // each answered once its own wait (300 ms) passed, not when the delay (4 s) ended
      assert.isAtLeast(waited, 250)
      assert.isBelow(waited, 3_000)
      const quick = await send("POST", "/executions", { workflowId: fast, mode: "sync" })
      assert.strictEqual(quick.body.status, "completed", "a start that ends within the wait still answers finished")
      assert.strictEqual(quick.body.output, "ran")
      for (const answer of answers) {
        const done = await until(`execution ${answer.body.id} to finish`, () => send("GET", `/executions/${answer.body.id}`), (a) => final.has(a.body?.status))
        assert.strictEqual(done.body.status, "completed", done.text)
        assert.strictEqual(done.body.output, "late")
      }
    })
  })
})
