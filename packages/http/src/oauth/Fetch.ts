/**
 * The `fetch` the sign-in providers' libraries call, over the server's egress guard: every
 * request to a provider (discovery, keys, token, user info) obeys `SIRE_EGRESS_ALLOW`, the
 * time-out and the size cap like every other outbound request of the server.
 *
 * @since 0.1.0
 */
import { Effect } from "effect"
import type * as client from "openid-client"
import type { EgressGuard } from "@sire/nodes/EgressGuard"

/** A Fetch API function over the guard: redirects answered as they are (OAuth libraries ask for `redirect: "manual"`). */
export const guardedFetch = (egress: EgressGuard["Type"]): client.CustomFetch =>
async (input, init) => {
  const url = input
  const headers: Record<string, string> = { ...init.headers }
  const body: unknown = init.body
  const text = body === undefined || body === null
    ? undefined
    : typeof body === "string"
    ? body
    : body instanceof URLSearchParams
    ? body.toString()
    : body instanceof Uint8Array
    ? body
    : await new Response(body as ReadableStream).text()
  const response = await Effect.runPromise(egress.fetch(url, {
    method: init.method,
    headers,
    ...(text !== undefined ? { body: text } : {}),
    followRedirects: false,
    timeoutMs: 15_000,
    maxResponseBytes: 1_048_576
  }).pipe(Effect.mapError((error) => new TypeError(`${error.message} (${error.url})`))))
  return new Response(response.status === 204 || response.status === 304 ? null : response.body, {
    status: response.status,
    headers: response.headers
  })
}
