/**
 * `GET /reset-password?token=…`: the page the password-reset mail links to. A form for the new
 * password whose script reads the token from the page's own address (it is never written into the
 * HTML) and calls `POST /api/v1/auth/reset-password`, then says what happened. The page allows its
 * own inline script (by hash) and style, a fetch to its origin, and nothing else.
 *
 * @since 0.1.0
 */
import { HttpApiBuilder, HttpServerResponse } from "@effect/platform"
import { Effect } from "effect"
import { createHash } from "node:crypto"

/** Where the reset mail's link points. */
export const resetPagePath = "/reset-password"

/** The page's script: posts the token and the new password as JSON, shows the answer. */
const script = `(function () {
  var form = document.getElementById("reset");
  var status = document.getElementById("status");
  var token = new URLSearchParams(location.search).get("token");
  if (!token) { status.textContent = "This link has no reset token: ask for a new password reset."; form.hidden = true; return; }
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var password = form.elements.password.value;
    if (password !== form.elements.confirm.value) { status.textContent = "The two passwords differ."; return; }
    status.textContent = "Saving…";
    fetch("/api/v1/auth/reset-password", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ token: token, password: password })
    }).then(function (response) {
      return response.json().then(function (body) {
        status.textContent = response.ok ? body.message : (body.error || "The password could not be changed.");
        if (response.ok) form.hidden = true;
      });
    }).catch(function () { status.textContent = "The server could not be reached: try again."; });
  });
})();`

/** What the page may load: its inline style, its own script (by hash), requests to its origin. */
export const resetPageSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; " +
  `script-src 'sha256-${createHash("sha256").update(script).digest("base64")}'; connect-src 'self'; ` +
  "base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

/** The page's HTML (the same for every token). */
export const resetPage = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>Reset your Sire password</title>
<style>
body { font-family: system-ui, -apple-system, sans-serif; max-width: 420px; margin: 48px auto; padding: 0 16px; color: #18181b; }
label { display: block; margin: 12px 0 4px; }
input { width: 100%; box-sizing: border-box; padding: 8px; font-size: 15px; }
button { margin-top: 16px; padding: 8px 16px; font-size: 15px; }
</style>
</head>
<body>
<h1>Reset your password</h1>
<form id="reset">
<label for="password">New password</label>
<input id="password" name="password" type="password" autocomplete="new-password" required minlength="8">
<label for="confirm">The same again</label>
<input id="confirm" name="confirm" type="password" autocomplete="new-password" required minlength="8">
<button type="submit">Change the password</button>
</form>
<p id="status" role="status"></p>
<script>${script}</script>
</body>
</html>
`

/** Serves the reset page (no cache, no referrer: the address holds the token). */
export const ResetPageLive = HttpApiBuilder.Router.use((router) =>
  router.get(resetPagePath, Effect.succeed(HttpServerResponse.text(resetPage, {
    contentType: "text/html; charset=utf-8",
    headers: {
      "content-security-policy": resetPageSecurityPolicy,
      "cache-control": "no-store",
      "referrer-policy": "no-referrer"
    }
  })))
)
