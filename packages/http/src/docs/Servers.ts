/**
 * The `servers` of the served OpenAPI document: `SIRE_PUBLIC_URL` when it is set, else the origin
 * the request reached the server at (`X-Forwarded-Proto`/`X-Forwarded-Host` from a proxy, else
 * `http://` and `Host`), so that a client generated from the document calls this server.
 *
 * @since 0.1.0
 */
import type { Headers } from "@effect/platform"

/** A host with an optional port, as `Host` carries it: a name, an IPv4 address or a bracketed IPv6 address. */
const hostShape = /^(?:[A-Za-z0-9](?:[A-Za-z0-9.-]{0,252})|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/

/** The first value of a header a chain of proxies may have extended (`a, b`). */
const first = (value: string | undefined): string | undefined => value?.split(",")[0]?.trim() || undefined

/** The origin (`scheme://host[:port]`) the request was addressed to, or `undefined` when its headers name none that is well formed. */
export const requestOrigin = (headers: Headers.Headers): string | undefined => {
  const forwardedProto = first(headers["x-forwarded-proto"])?.toLowerCase()
  const scheme = forwardedProto === "https" || forwardedProto === "http" ? forwardedProto : "http"
  const host = first(headers["x-forwarded-host"]) ?? headers["host"]
  return host !== undefined && hostShape.test(host) ? `${scheme}://${host}` : undefined
}

/** The document's `servers`: the configured public URL, else the request's origin, else the document's own origin (`/`). */
export const servers = (publicUrl: string | undefined, headers: Headers.Headers): Array<{ url: string; description: string }> => [
  publicUrl !== undefined
    ? { url: publicUrl, description: "This server (SIRE_PUBLIC_URL)" }
    : { url: requestOrigin(headers) ?? "/", description: "This server" }
]
