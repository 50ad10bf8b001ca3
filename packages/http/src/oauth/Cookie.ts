/**
 * The cookie that binds a sign-in to the browser that started it: a random value whose SHA-256
 * names the flow on the server (`Store`). HttpOnly, scoped to `/api/v1/auth/oauth`, ten minutes,
 * `Secure` on an https server. `SameSite=Lax` lets it ride the provider's redirect back (a
 * top-level GET); Apple POSTs its answer from its own site, which only `SameSite=None` (hence
 * `Secure`) survives.
 *
 * @since 0.1.0
 */

/** The cookie's name. */
export const name = "sire_oauth_flow"

/** How long a sign-in may take, in milliseconds. */
export const lifetimeMs = 10 * 60_000

/** The `Set-Cookie` that starts a flow. */
export const set = (value: string, options: { readonly secure: boolean; readonly crossSitePost: boolean }): string =>
  [
    `${name}=${value}`,
    "Path=/api/v1/auth/oauth",
    `Max-Age=${lifetimeMs / 1000}`,
    "HttpOnly",
    options.crossSitePost ? "SameSite=None" : "SameSite=Lax",
    ...(options.secure || options.crossSitePost ? ["Secure"] : [])
  ].join("; ")

/** The `Set-Cookie` that removes it. */
export const clear = (secure: boolean): string =>
  [`${name}=`, "Path=/api/v1/auth/oauth", "Max-Age=0", "HttpOnly", "SameSite=Lax", ...(secure ? ["Secure"] : [])].join("; ")

/** The flow cookie's value in a `Cookie` header, if any. */
export const read = (header: string | undefined): string | undefined => {
  for (const part of (header ?? "").split(";")) {
    const index = part.indexOf("=")
    if (index > 0 && part.slice(0, index).trim() === name) {
      const value = part.slice(index + 1).trim()
      return /^oaf_[0-9a-f]{64}$/.test(value) ? value : undefined
    }
  }
  return undefined
}
