/**
 * Helpers of the public chat tests: a deployment on a workflow, a visitor, and a reply stream read
 * as a browser reads it (fetch with `Origin`), parsed into its events.
 */
import { assert } from "@effect/vitest"
import type { Account, Answer, TestServer } from "./harness.js"

/** The page origin the tests' deployments allow. */
export const origin = "http://127.0.0.1:5173"

/** One event of a reply stream. */
export interface StreamEvent {
  readonly id: number | undefined
  readonly event: string
  readonly data: any
}

/** Parses SSE text into its events (comments dropped). */
export const parseEvents = (text: string): Array<StreamEvent> =>
  text.split("\n\n").filter((block) => block.trim() !== "" && !block.startsWith(":")).map((block) => {
    const fields = new Map<string, string>()
    for (const line of block.split("\n")) {
      const at = line.indexOf(": ")
      if (at > 0) fields.set(line.slice(0, at), line.slice(at + 2))
    }
    const id = fields.get("id")
    return { id: id === undefined ? undefined : Number(id), event: fields.get("event") ?? "message", data: JSON.parse(fields.get("data") ?? "null") }
  })

/** A public path of a deployment. */
export const publicPath = (key: string, rest: string) => `/api/v1/chat/public/${key}${rest}`

/** Creates a deployment of `workflowId` (allowing `origin`) and answers it. */
export const deploy = async (server: TestServer, account: Account, workflowId: string, extra: Record<string, unknown> = {}) => {
  const created = await server.request("POST", "/api/v1/chat/deployments", {
    token: account.token,
    body: { workflowId, allowedOrigins: [origin], ...extra }
  })
  assert.strictEqual(created.status, 201, created.text)
  return created.body as { id: string; publishableKey: string } & Record<string, any>
}

/** A request to a public route from `origin` (or the given one), with a visitor token when given. */
export const visit = (
  server: TestServer,
  method: string,
  key: string,
  rest: string,
  options: { readonly token?: string; readonly body?: unknown; readonly origin?: string | null; readonly headers?: Record<string, string> } = {}
): Promise<Answer> =>
  server.request(method, publicPath(key, rest), {
    ...(options.token !== undefined ? { token: options.token } : {}),
    ...(options.body !== undefined ? { body: options.body } : {}),
    headers: { ...(options.origin === null ? {} : { origin: options.origin ?? origin }), ...options.headers }
  })

/** Opens a visitor session; answers its id and token. */
export const openSession = async (server: TestServer, key: string): Promise<{ sessionId: string; visitorToken: string }> => {
  const opened = await visit(server, "POST", key, "/sessions", { body: {} })
  assert.strictEqual(opened.status, 201, opened.text)
  return opened.body
}

/** Reads a reply stream to its end (or until `stopAfter` events, then drops the connection). */
export const readStream = async (
  base: string,
  method: string,
  path: string,
  options: { readonly token: string; readonly body?: unknown; readonly lastEventId?: number; readonly stopAfter?: (events: ReadonlyArray<StreamEvent>) => boolean }
): Promise<{ status: number; headers: Headers; events: Array<StreamEvent>; text: string }> => {
  const controller = new AbortController()
  const response = await fetch(`${base}${path}`, {
    method,
    headers: {
      origin,
      authorization: `Bearer ${options.token}`,
      ...(options.body !== undefined ? { "content-type": "application/json" } : {}),
      ...(options.lastEventId !== undefined ? { "last-event-id": String(options.lastEventId) } : {})
    },
    ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
    signal: AbortSignal.any([controller.signal, AbortSignal.timeout(30_000)])
  })
  if (!(response.headers.get("content-type") ?? "").startsWith("text/event-stream")) {
    const text = await response.text()
    return { status: response.status, headers: response.headers, events: [], text }
  }
  const reader = response.body!.getReader()
  const decoder = new TextDecoder()
  let text = ""
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    text += decoder.decode(value, { stream: true })
    const complete = text.slice(0, text.lastIndexOf("\n\n") + 2)
    if (options.stopAfter?.(parseEvents(complete))) {
      controller.abort()
      return { status: response.status, headers: response.headers, events: parseEvents(complete), text: complete }
    }
  }
  return { status: response.status, headers: response.headers, events: parseEvents(text), text }
}

/** A chat workflow whose `llm` node streams from the fake model at `baseUrl`; its output's `reply` is the model's text. */
export const modelWorkflow = (baseUrl: string, credentialId: string) => ({
  name: `streamed chat ${Math.random().toString(36).slice(2)}`,
  nodes: [
    { id: "start", type: "trigger", params: { kind: "chat" } },
    { id: "ask", type: "llm", params: { provider: "openai", model: "gpt-4o-mini", baseUrl, credentialId, prompt: "{{ input.message }}", stream: true } },
    { id: "done", type: "output", params: { value: { reply: "{{ nodes.ask.text }}" } } }
  ],
  edges: [{ source: "start", target: "ask" }, { source: "ask", target: "done" }]
})
