/**
 * Where the browser goes after signing in: a path of the app (`SIRE_APP_URL`), never another site.
 * Only a path starting with one `/` is taken, without backslashes, control characters or a
 * fragment, so that no reading of it (`//evil.example`, `/\evil.example`, `https://…`) leaves the
 * app's origin; the one-time code is added to its query.
 *
 * @since 0.1.0
 */

/** Why a return path is refused, or `undefined` when it is a path of the app. */
export const refusal = (returnTo: string, appUrl: string): string | undefined => {
  if (returnTo.length > 2048) return "returnTo is longer than 2048 characters"
  if (!returnTo.startsWith("/") || returnTo.startsWith("//")) return "returnTo must be a path of the app starting with a single /, not a URL"
  // eslint-disable-next-line no-control-regex
  if (/[\\\u0000-\u001f\u007f#]/.test(returnTo)) return "returnTo must not hold backslashes, control characters or a fragment"
  if (new URL(destination(appUrl, returnTo, "")).origin !== new URL(appUrl).origin) return "returnTo must stay on the app's origin"
  return undefined
}

/** The app URL for a (checked) return path, with the one-time code in its query (none when `code` is empty). */
export const destination = (appUrl: string, returnTo: string, code: string): string => {
  const url = new URL(`${appUrl.replace(/\/+$/, "")}${returnTo}`)
  if (code !== "") url.searchParams.set("code", code)
  return url.toString()
}
