/**
 * Sign-in providers on loopback for `oauth.test.ts`: a certified OpenID Provider (`oidc-provider`)
 * standing in for Google, Okta and Apple, whose login and consent are answered at once for the
 * account a test picks; a fake of GitHub's OAuth endpoints (authorize, access_token, /user,
 * /user/emails) that keeps GitHub's documented behaviour (codes single use and bound to the
 * redirect URI and PKCE challenge, errors as 200 `{ error }`); and a tiny browser with a cookie jar.
 */
import { createHash, randomBytes } from "node:crypto"
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http"
import type { AddressInfo } from "node:net"
import Provider from "oidc-provider"

/** An account of a fake provider. */
export interface FakeAccount {
  readonly sub: string
  readonly email?: string
  readonly email_verified?: boolean | string
  readonly name?: string
}

const listen = async (server: Server): Promise<string> => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}

const close = (server: Server) => new Promise<void>((resolve) => {
  server.closeAllConnections()
  server.close(() => resolve())
})

const readBody = (request: IncomingMessage): Promise<string> =>
  new Promise((resolve, reject) => {
    const chunks: Array<Buffer> = []
    request.on("data", (chunk: Buffer) => chunks.push(chunk))
    request.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")))
    request.on("error", reject)
  })

/** A running OpenID Provider. */
export interface OidcFake {
  readonly issuer: string
  /** Signs `account` in at the next login (and registers it). */
  readonly signInAs: (account: FakeAccount) => void
  /** Makes the next interaction end with `access_denied`, as a user pressing "Cancel". */
  readonly denyNext: () => void
  readonly close: () => Promise<void>
}

/** A registered client of the OpenID Provider. */
export interface FakeClient {
  readonly client_id: string
  readonly client_secret: string
  readonly redirect_uris: ReadonlyArray<string>
  /** `form_post` for Apple's way. */
  readonly response_modes?: ReadonlyArray<string>
}

/**
 * Starts `oidc-provider` on loopback with the clients. `rewriteClientSecret` may replace the
 * client secret of a token request before the provider checks it (Apple's secret is a JWT the
 * fake verifies itself); it answers the registered secret, or `undefined` to refuse.
 */
export const startOidc = async (
  clients: ReadonlyArray<FakeClient>,
  rewriteClientSecret?: (clientId: string, secret: string, issuer: string) => Promise<string | undefined>
): Promise<OidcFake> => {
  const accounts = new Map<string, FakeAccount>()
  let next: string | undefined
  let deny = false
  const server = createServer()
  const issuer = await listen(server)
  const provider = new Provider(issuer, {
    clients: clients.map((client) => ({
      ...client,
      grant_types: ["authorization_code"],
      response_types: ["code"],
      token_endpoint_auth_method: "client_secret_post"
    })),
    findAccount: async (_: unknown, id: string) => {
      const account = accounts.get(id)
      return account === undefined ? undefined : { accountId: id, claims: async () => ({ ...account }) }
    },
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_: unknown, interaction: { uid: string }) => `/interaction/${interaction.uid}` },
    cookies: { keys: ["oidc-fake-cookie-key-0123456789abcdef"] },
    pkce: { required: () => true }
  })
  const handle = provider.callback()
  server.on("request", (request: IncomingMessage, response: ServerResponse) => {
    void (async () => {
      if (/^\/interaction\//.test(request.url ?? "")) {
        const details = await provider.interactionDetails(request, response)
        if (deny) {
          deny = false
          return provider.interactionFinished(request, response, { error: "access_denied", error_description: "End-User aborted interaction" }, {
            mergeWithLastSubmission: false
          })
        }
        if (details.prompt.name === "login") {
          return provider.interactionFinished(request, response, { login: { accountId: next } }, { mergeWithLastSubmission: false })
        }
        const grant = new provider.Grant({ accountId: details.session!.accountId!, clientId: String(details.params.client_id) })
        const scope = details.prompt.details.missingOIDCScope as ReadonlyArray<string> | undefined
        if (scope !== undefined) grant.addOIDCScope(scope.join(" "))
        const claims = details.prompt.details.missingOIDCClaims as ReadonlyArray<string> | undefined
        if (claims !== undefined) grant.addOIDCClaims(claims)
        return provider.interactionFinished(request, response, { consent: { grantId: await grant.save() } }, { mergeWithLastSubmission: true })
      }
      if (rewriteClientSecret !== undefined && request.method === "POST" && request.url === "/token") {
        const form = new URLSearchParams(await readBody(request))
        const secret = await rewriteClientSecret(form.get("client_id") ?? "", form.get("client_secret") ?? "", issuer)
        if (secret === undefined) {
          response.writeHead(401, { "content-type": "application/json" })
          return response.end(JSON.stringify({ error: "invalid_client", error_description: "client secret JWT refused" }))
        }
        form.set("client_secret", secret)
        const body = form.toString()
        const { Readable } = await import("node:stream")
        const replay = Object.assign(Readable.from([Buffer.from(body)]), {
          headers: { ...request.headers, "content-length": String(Buffer.byteLength(body)) },
          method: request.method,
          url: request.url,
          socket: request.socket,
          connection: request.socket,
          httpVersion: request.httpVersion
        })
        return handle(replay as unknown as IncomingMessage, response)
      }
      return handle(request, response)
    })().catch((error: unknown) => {
      response.statusCode = 500
      response.end(String(error))
    })
  })
  return {
    issuer,
    signInAs: (account) => {
      accounts.set(account.sub, account)
      next = account.sub
    },
    denyNext: () => (deny = true),
    close: () => close(server)
  }
}

/** A GitHub user of the fake. */
export interface GitHubUser {
  readonly id: number
  readonly login: string
  readonly name: string | null
  readonly emails: ReadonlyArray<{ readonly email: string; readonly primary: boolean; readonly verified: boolean }>
}

/** A running GitHub fake. */
export interface GitHubFake {
  readonly url: string
  readonly signInAs: (user: GitHubUser) => void
  /** Token requests received (the codes exchanged). */
  readonly exchanges: Array<string>
  readonly close: () => Promise<void>
}

const base64url = (bytes: Buffer) => bytes.toString("base64url")

/** Starts the GitHub fake for one OAuth app. */
export const startGitHub = async (clientId: string, clientSecret: string): Promise<GitHubFake> => {
  let next: GitHubUser | undefined
  const codes = new Map<string, { user: GitHubUser; redirectUri: string; challenge: string; used: boolean }>()
  const tokens = new Map<string, GitHubUser>()
  const exchanges: Array<string> = []
  const server = createServer((request, response) => {
    void (async () => {
      const url = new URL(request.url ?? "/", "http://github.test")
      const json = (status: number, body: unknown) => {
        response.writeHead(status, { "content-type": "application/json; charset=utf-8" })
        response.end(JSON.stringify(body))
      }
      if (request.method === "GET" && url.pathname === "/login/oauth/authorize") {
        const redirectUri = url.searchParams.get("redirect_uri") ?? ""
        if (url.searchParams.get("client_id") !== clientId || next === undefined) return json(404, { message: "Not Found" })
        const code = randomBytes(10).toString("hex")
        codes.set(code, { user: next, redirectUri, challenge: url.searchParams.get("code_challenge") ?? "", used: false })
        const back = new URL(redirectUri)
        back.searchParams.set("code", code)
        back.searchParams.set("state", url.searchParams.get("state") ?? "")
        response.writeHead(302, { location: back.toString() })
        return response.end()
      }
      if (request.method === "POST" && url.pathname === "/login/oauth/access_token") {
        const form = new URLSearchParams(await readBody(request))
        exchanges.push(form.get("code") ?? "")
        if (form.get("client_id") !== clientId || form.get("client_secret") !== clientSecret) {
          return json(200, { error: "incorrect_client_credentials", error_description: "The client_id and/or client_secret passed are incorrect." })
        }
        const entry = codes.get(form.get("code") ?? "")
        const verifier = form.get("code_verifier") ?? ""
        if (entry === undefined || entry.used || base64url(createHash("sha256").update(verifier).digest()) !== entry.challenge) {
          if (entry !== undefined) entry.used = true
          return json(200, { error: "bad_verification_code", error_description: "The code passed is incorrect or expired." })
        }
        entry.used = true
        if (form.get("redirect_uri") !== entry.redirectUri) {
          return json(200, { error: "redirect_uri_mismatch", error_description: "The redirect_uri MUST match the registered callback URL for this application." })
        }
        const token = `gho_${randomBytes(18).toString("hex")}`
        tokens.set(token, entry.user)
        return json(200, { access_token: token, token_type: "bearer", scope: "read:user,user:email" })
      }
      const user = tokens.get((request.headers.authorization ?? "").replace(/^Bearer /, ""))
      if (request.method === "GET" && (url.pathname === "/user" || url.pathname === "/user/emails")) {
        if (user === undefined) return json(401, { message: "Requires authentication" })
        if (url.pathname === "/user") return json(200, { id: user.id, login: user.login, name: user.name, email: null })
        return json(200, user.emails.map((entry) => ({ ...entry, visibility: entry.primary ? "private" : null })))
      }
      return json(404, { message: "Not Found" })
    })().catch((error: unknown) => {
      response.statusCode = 500
      response.end(String(error))
    })
  })
  const url = await listen(server)
  return {
    url,
    signInAs: (user) => (next = user),
    exchanges,
    close: () => close(server)
  }
}

/** A response as the browser saw it. */
export interface Seen {
  readonly status: number
  readonly location: string | null
  readonly setCookie: ReadonlyArray<string>
  readonly body: any
  readonly text: string
}

/** A browser: cookies per origin (names and values only), redirects followed by hand. */
export class Browser {
  readonly jar = new Map<string, Map<string, string>>()

  /** One request; the cookies it sets are kept for its origin. */
  async send(url: string, init: { method?: string; body?: string; headers?: Record<string, string> } = {}): Promise<Seen> {
    const origin = new URL(url).origin
    const cookies = this.jar.get(origin) ?? new Map<string, string>()
    this.jar.set(origin, cookies)
    const cookie = Array.from(cookies, ([name, value]) => `${name}=${value}`).join("; ")
    const response = await fetch(url, {
      method: init.method ?? "GET",
      redirect: "manual",
      headers: { ...(cookie !== "" ? { cookie } : {}), ...init.headers },
      ...(init.body !== undefined ? { body: init.body } : {}),
      signal: AbortSignal.timeout(30_000)
    })
    const setCookie = response.headers.getSetCookie()
    for (const line of setCookie) {
      const [pair = "", ...attributes] = line.split(";")
      const index = pair.indexOf("=")
      const name = pair.slice(0, index).trim()
      const value = pair.slice(index + 1).trim()
      if (value === "" || attributes.some((attribute) => /^\s*max-age=0\s*$/i.test(attribute))) cookies.delete(name)
      else cookies.set(name, value)
    }
    const text = await response.text()
    let body: unknown
    try {
      body = text === "" ? undefined : JSON.parse(text)
    } catch {
      body = undefined
    }
    return { status: response.status, location: response.headers.get("location"), setCookie, body, text }
  }

  /** Follows redirects from `url` until one leads to `prefix`; answers that URL (or fails with what was seen). */
  async followUntil(url: string, prefix: string): Promise<string> {
    const reached = await this.followToCallback(url, prefix)
    if (reached.form !== undefined) throw new Error(`${reached.url}: a form post, not a redirect`)
    return reached.url
  }

  /**
   * Follows redirects from `url` until one leads to `prefix`, or a page posts a form there
   * (`response_mode=form_post`, as the script of the page would); answers the URL and the form.
   */
  async followToCallback(url: string, prefix: string): Promise<{ readonly url: string; readonly form?: URLSearchParams }> {
    let current = url
    for (let hop = 0; hop < 20; hop++) {
      const seen = await this.send(current)
      const action = /<form method="post" action="([^"]+)">/.exec(seen.text)?.[1]
      if (seen.location === null && action !== undefined && action.startsWith(prefix)) {
        const form = new URLSearchParams()
        for (const input of seen.text.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)"\/>/g)) {
          form.append(input[1]!, input[2]!.replace(/&quot;/g, "\"").replace(/&#39;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&"))
        }
        return { url: action, form }
      }
      if (seen.location === null) throw new Error(`${current}: ${seen.status} without a redirect: ${seen.text.slice(0, 500)}`)
      const next = new URL(seen.location, current).toString()
      if (next.startsWith(prefix)) return { url: next }
      current = next
    }
    throw new Error(`too many redirects from ${url}`)
  }
}
