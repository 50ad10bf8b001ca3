/**
 * The pages a person opens in a browser: the home page at `/`, which says what the server is and
 * links its documents and probes, and the paths of the documents. Self-contained: no script, no
 * style sheet, font or image from anywhere (the server may have no network).
 *
 * @since 0.1.0
 */

/** The interactive API reference. */
export const referencePath = "/docs/api-reference"

/** Where `/docs` leads. */
export const docsPath = "/docs"

/** The home page. */
export const homePath = "/"

/** What the home page may load: its inline style, nothing else. */
export const homeSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

/** The home page's HTML. */
export const homePage = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Sire</title>
<style>
body { font: 16px/1.5 system-ui, sans-serif; max-width: 42rem; margin: 3rem auto; padding: 0 1rem; color: #1f2328; background: #fff; }
code, pre { font: 0.9em ui-monospace, monospace; background: #f3f4f6; border-radius: 4px; }
code { padding: 0.1em 0.3em; }
pre { padding: 0.75rem; overflow-x: auto; }
a { color: #0969da; }
@media (prefers-color-scheme: dark) {
  body { color: #e6edf3; background: #0d1117; }
  code, pre { background: #161b22; }
  a { color: #58a6ff; }
}
</style>
</head>
<body>
<h1>Sire</h1>
<p>This is <code>sire serve</code>, the HTTP server of Sire, the embeddable workflow engine.
The REST API is under <code>/api/v1</code>.</p>
<ul>
<li><a href="${referencePath}">API reference</a>: every endpoint, with a client to try them (works offline)</li>
<li><a href="/openapi.json">OpenAPI document</a> (also as <a href="/openapi.yaml">YAML</a>)</li>
<li><a href="/healthz">Health</a> (the process answers) and <a href="/readyz">readiness</a> (the database is reachable and migrated)</li>
</ul>
<h2>First steps</h2>
<p>Sign up: the answer's <code>token</code> authenticates the other requests
(<code>Authorization: Bearer &lt;token&gt;</code>).</p>
<pre>B=http://localhost:8080   # this server's address
curl -X POST "$B/api/v1/auth/signup" -H 'Content-Type: application/json' \\
  -d '{"email":"ada@example.com","password":"correct horse battery staple"}'</pre>
<p>Then create a workflow with <code>POST /api/v1/workflows</code> and run it with
<code>POST /api/v1/workflows/:id/execute</code>; the repository's README walks through a whole session.</p>
</body>
</html>
`
