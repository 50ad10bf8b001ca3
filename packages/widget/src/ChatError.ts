/**
 * What can go wrong talking to the chat server, as the widget tells a visitor: each kind has its
 * own message (`Strings`), never the raw error.
 */
import { format, type Strings } from "./Strings.js"

/** Why a request failed: the site's quota (402), a rate limit (429), the site not allowed (403/404 or a CORS refusal), a lost visitor session (401), bad input (400), the network, or the server. */
export type ChatErrorKind = "quota" | "rate" | "unavailable" | "session" | "invalid" | "network" | "server"

/** A failed chat request; `retryAfter` (seconds) on a rate limit. */
export class ChatError extends Error {
  /** The kind, which chooses the visitor's message. */
  readonly kind: ChatErrorKind
  /** Seconds to wait before sending again, from `Retry-After`. */
  readonly retryAfter: number | undefined
  constructor(kind: ChatErrorKind, detail?: string, retryAfter?: number) {
    super(detail ?? kind)
    this.name = "ChatError"
    this.kind = kind
    this.retryAfter = retryAfter
  }
}

/** The kind of error an HTTP status stands for. */
export const kindOfStatus = (status: number): ChatErrorKind =>
  status === 402 ? "quota"
  : status === 429 ? "rate"
  : status === 401 ? "session"
  : status === 403 || status === 404 ? "unavailable"
  : status === 400 || status === 413 || status === 415 ? "invalid"
  : "server"

/** Seconds from a `Retry-After` header (delta seconds or an HTTP date), at least 1. */
export const retryAfterSeconds = (header: string | null, now: number): number | undefined => {
  if (header === null || header.trim() === "") return undefined
  const seconds = Number(header)
  if (Number.isFinite(seconds)) return Math.max(1, Math.ceil(seconds))
  const date = Date.parse(header)
  return Number.isNaN(date) ? undefined : Math.max(1, Math.ceil((date - now) / 1000))
}

/** The error of a non-2xx response, with the server's `{ error }` message as detail. */
export const errorOfResponse = async (response: Response, now: number): Promise<ChatError> => {
  let detail: string | undefined
  try {
    const body = await response.json() as { error?: unknown }
    if (typeof body?.error === "string") detail = body.error
  } catch {
    detail = undefined
  }
  return new ChatError(kindOfStatus(response.status), detail ?? `HTTP ${response.status}`, retryAfterSeconds(response.headers.get("retry-after"), now))
}

/** The sentence a visitor reads for an error: its kind's text (a rate limit with its wait), never the raw error. */
export const visitorMessage = (error: unknown, strings: Strings): string => {
  if (!(error instanceof ChatError)) return strings.server
  switch (error.kind) {
    case "rate":
      return format(strings.rateLimited, { seconds: error.retryAfter ?? 60 })
    case "quota":
      return strings.quota
    case "unavailable":
      return strings.unavailable
    case "invalid":
      return strings.invalid
    case "network":
      return strings.network
    default:
      return strings.server
  }
}
