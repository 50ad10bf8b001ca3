/**
 * The public chat API of one deployment, as a browser calls it:
 * `/api/v1/chat/public/:publishableKey/{config,sessions,messages,messages/:id/stream}`, the
 * visitor token as `Authorization: Bearer cvt_…`, no cookies (`credentials: "omit"`).
 */
import { ChatError, errorOfResponse } from "./ChatError.js"

/** A stored message of a visitor's session. */
export interface ChatMessage {
  readonly id: string
  readonly seq: number
  readonly role: "user" | "assistant"
  readonly content: string
  readonly error?: string
  readonly createdAt: number
}

/** A deployment's public settings. */
export interface ChatConfig {
  readonly title?: string | null
  readonly greeting?: string | null
  readonly suggestions?: ReadonlyArray<string> | null
  readonly theme?: { readonly accent?: string | null; readonly scheme?: "auto" | "light" | "dark" | null } | null
}

/** A new visitor session. */
export interface ChatSession {
  readonly sessionId: string
  readonly visitorToken: string
}

/** The calls the widget makes. */
export interface ChatClient {
  readonly config: () => Promise<ChatConfig>
  readonly createSession: () => Promise<ChatSession>
  readonly messages: (token: string) => Promise<ReadonlyArray<ChatMessage>>
  /** Sends a message: the response is the reply's event stream (rejects before the stream for 4xx/5xx). */
  readonly send: (token: string, content: string, signal: AbortSignal) => Promise<Response>
  /** Resumes the reply to `messageId` after event `lastEventId`. */
  readonly resume: (token: string, messageId: string, lastEventId: string | undefined, signal: AbortSignal) => Promise<Response>
}

/** Where the client talks, and the `fetch` it uses. */
export interface ClientOptions {
  readonly url: string
  readonly publishableKey: string
  readonly fetch?: typeof fetch
  readonly now?: () => number
}

/** The deployment's public base URL: `<url>/api/v1/chat/public/<key>`. */
export const publicBase = (url: string, publishableKey: string): string =>
  `${url.replace(/\/+$/, "")}/api/v1/chat/public/${encodeURIComponent(publishableKey)}`

const isAbort = (error: unknown) => error instanceof Error && error.name === "AbortError"

/** A client of one deployment. */
export const createClient = (options: ClientOptions): ChatClient => {
  const base = publicBase(options.url, options.publishableKey)
  const now = options.now ?? (() => Date.now())
  const doFetch = (path: string, init: RequestInit, probe = false): Promise<Response> =>
    (options.fetch ?? fetch)(base + path, { ...init, credentials: "omit", mode: "cors" }).then(
      async (response) => {
        if (response.ok) return response
        throw await errorOfResponse(response, now())
      },
      async (error: unknown) => {
        if (isAbort(error)) throw error
        throw probe ? await refusedOrOffline() : new ChatError("network", "the chat server could not be reached")
      }
    )
  /**
   * A refused origin (or an unknown key) gets an answer without CORS headers, which `fetch` shows
   * as a network error: when the server still answers an opaque `no-cors` probe, it is a refusal.
   */
  const refusedOrOffline = async (): Promise<ChatError> => {
    try {
      await (options.fetch ?? fetch)(`${base}/config`, { mode: "no-cors", credentials: "omit" })
      return new ChatError("unavailable", "the chat server refused this site")
    } catch {
      return new ChatError("network", "the chat server could not be reached")
    }
  }
  const auth = (token: string, extra: Record<string, string> = {}) => ({ authorization: `Bearer ${token}`, ...extra })
  const json = async <A>(response: Response): Promise<A> => {
    try {
      return await response.json() as A
    } catch {
      throw new ChatError("server", "the chat server answered something that is not JSON")
    }
  }
  const stream = (response: Response): Response => {
    if (!(response.headers.get("content-type") ?? "").startsWith("text/event-stream") || response.body === null) {
      throw new ChatError("server", "the chat server did not answer with an event stream")
    }
    return response
  }
  return {
    config: () => doFetch("/config", { method: "GET" }, true).then((response) => json<ChatConfig>(response)),
    createSession: () =>
      doFetch("/sessions", { method: "POST", headers: { "content-type": "application/json" }, body: "{}" }).then((response) => json<ChatSession>(response)),
    messages: (token) =>
      doFetch("/messages", { method: "GET", headers: auth(token) }).then((response) => json<{ data: ReadonlyArray<ChatMessage> }>(response)).then((body) => body.data ?? []),
    send: (token, content, signal) =>
      doFetch("/messages", {
        method: "POST",
        headers: auth(token, { "content-type": "application/json", accept: "text/event-stream" }),
        body: JSON.stringify({ content }),
        signal
      }).then(stream),
    resume: (token, messageId, lastEventId, signal) =>
      doFetch(`/messages/${encodeURIComponent(messageId)}/stream`, {
        method: "GET",
        headers: auth(token, { accept: "text/event-stream", ...(lastEventId === undefined ? {} : { "last-event-id": lastEventId }) }),
        signal
      }).then(stream)
  }
}
