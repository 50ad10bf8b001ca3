/**
 * The egress guard (issue 5): the one way out for the server's outbound requests — outgoing
 * webhooks now, the `http` node, MCP and model calls later. Only `http:` and `https:`; the address
 * of every connection is checked when it is made — inside the socket's DNS lookup, and just before
 * connecting for IP literals — so DNS rebinding between check and connect cannot slip past;
 * loopback, private, link-local, CGNAT, unique-local, multicast, unspecified, broadcast and metadata
 * addresses are refused (see `AddressPolicy`) unless `SIRE_EGRESS_ALLOW` lists them. Redirects are
 * followed here, every hop re-checked, up to a limit (or not at all when a request sets
 * `followRedirects: false`); a request has a time-out and a response size cap. `check` judges a URL
 * stored to be requested later (webhook registration) by the same rules, without connecting.
 *
 * @since 0.1.0
 */
import { Context, Duration, Effect, Either, Layer, Schema, type Scope, Stream } from "effect"
import { promises as dns, type LookupAddress } from "node:dns"
import type { LookupFunction } from "node:net"
import type { Agent, Dispatcher } from "undici"
import * as OutboundSpan from "./internal/OutboundSpan.js"
import { type AllowList, allowsHost, literalAddress, parseAllowList, refusal } from "./AddressPolicy.js"

/** Why an outbound request failed: `Refused` names the address and the blocked range it lies in. */
export class EgressError extends Schema.TaggedError<EgressError>()("EgressError", {
  reason: Schema.Literal("Invalid", "Protocol", "Refused", "Timeout", "TooLarge", "TooManyRedirects", "Network"),
  /** The URL of the failing hop, without credentials. */
  url: Schema.String,
  message: Schema.String,
  /** With `Refused`: the address refused. */
  address: Schema.optional(Schema.String),
  /** With `Refused`: the blocked range it lies in, e.g. `loopback 127.0.0.0/8`. */
  rule: Schema.optional(Schema.String)
}) {}

/** An outbound request; time-out and size cap default to the layer's. */
export interface EgressRequest {
  readonly method?: string
  readonly headers?: Readonly<Record<string, string>>
  readonly body?: string | Uint8Array
  readonly timeoutMs?: number
  readonly maxResponseBytes?: number
  /** `false`: a 3xx is answered as is (its body read within the cap) instead of followed; followed by default. */
  readonly followRedirects?: boolean
}

/** A response, read whole (within the size cap); `url` is the final hop's, after redirects. */
export interface EgressResponse {
  readonly url: string
  readonly status: number
  /** Lower-case names; repeated headers joined with `, `. */
  readonly headers: Readonly<Record<string, string>>
  readonly body: Uint8Array
  readonly text: () => string
}

/** A response whose body is read as it arrives (within the size cap, each chunk within the time-out); redirects are not followed. */
export interface EgressStream {
  readonly url: string
  readonly status: number
  /** Lower-case names; repeated headers joined with `, `. */
  readonly headers: Readonly<Record<string, string>>
  readonly body: Stream.Stream<Uint8Array, EgressError>
}

/** Resolves a host name to all its addresses (the system resolver unless injected, e.g. by tests). */
export type Resolver = (hostname: string) => Promise<ReadonlyArray<LookupAddress>>

/** The guard's settings: `allow` is `SIRE_EGRESS_ALLOW`; defaults 30 s, 10 MiB, 5 redirects. */
export interface EgressOptions {
  readonly allow: ReadonlyArray<string>
  readonly timeoutMs?: number
  readonly maxResponseBytes?: number
  readonly maxRedirects?: number
  readonly resolve?: Resolver
}

/** The one way out for outbound HTTP requests. */
export class EgressGuard extends Context.Tag("@sire/http/EgressGuard")<EgressGuard, {
  readonly fetch: (url: string, init?: EgressRequest) => Effect.Effect<EgressResponse, EgressError>
  /** Sends one request and answers once the headers arrive, the body streamed (server-sent events); the connection closes with the scope. */
  readonly stream: (url: string, init?: EgressRequest) => Effect.Effect<EgressStream, EgressError, Scope.Scope>
  /**
   * Judges a URL to be requested later (a webhook endpoint) without connecting or resolving it: what
   * `fetch` refuses before connecting (scheme, an IP address in any notation), and `localhost` names
   * as the loopback address they always name. Other host names are judged by every `fetch`, on the
   * addresses they resolve to then.
   */
  readonly check: (url: string) => Effect.Effect<URL, EgressError>
}>() {}

/** Thrown by the guarded lookup: the host resolved to a refused address. */
class RefusedAddress extends Error {
  constructor(readonly host: string, readonly address: string, readonly rule: string) {
    super(`${host} resolves to ${address} (${rule})`)
  }
}

/** Thrown while reading a response past the size cap. */
class TooLargeBody extends Error {}

const systemResolver: Resolver = (hostname) => dns.lookup(hostname, { all: true })

/** A socket `lookup` that resolves, then refuses the connection if any address it would use is refused. */
const guardedLookup = (allow: AllowList, resolve: Resolver): LookupFunction => (hostname, options, callback) => {
  const family = options.family === 4 || options.family === "IPv4" ? 4 : options.family === 6 || options.family === "IPv6" ? 6 : 0
  Promise.resolve(hostname).then(resolve).then((found) => {
    const addresses = found.filter((entry) => family === 0 || entry.family === family)
    const first = addresses[0]
    if (first === undefined) {
      return callback(Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: "ENOTFOUND" }), "", 0)
    }
    if (!allowsHost(allow, hostname)) {
      for (const { address } of addresses) {
        const rule = refusal(allow, address)
        if (rule !== undefined) return callback(new RefusedAddress(hostname, address, rule), "", 0)
      }
    }
    return options.all
      ? callback(null, addresses.map(({ address, family }) => ({ address, family })))
      : callback(null, first.address, first.family)
  }, (error: NodeJS.ErrnoException) => callback(error, "", 0))
}

/** The URL as reported in errors: credentials removed. */
const shown = (url: URL): string => {
  const copy = new URL(url)
  copy.username = ""
  copy.password = ""
  return copy.href
}

const redirects: ReadonlySet<number> = new Set([301, 302, 303, 307, 308])
const contentHeaders = ["content-type", "content-length", "content-encoding", "content-language", "content-location"]
const credentialHeaders = ["authorization", "cookie", "proxy-authorization"]

/** A request as sent on one hop: method upper-case, header names lower-case. */
type Hop = EgressRequest & { readonly method: string; readonly headers: Readonly<Record<string, string>> }

type Exchange =
  | { readonly _tag: "Redirect"; readonly location: string; readonly status: number }
  | { readonly _tag: "Response"; readonly response: EgressResponse }

/** undici's request function and the guard's `Agent`, made on the guard's first request. */
interface Client {
  readonly request: typeof import("undici").request
  readonly agent: Agent
}

/**
 * Builds the guard: one undici `Agent` whose connections all go through the guarded lookup, made
 * on the first request (see `internal/UndiciClient`).
 */
export const make = (options: EgressOptions) =>
  Effect.gen(function*() {
    const allow = yield* Either.mapLeft(parseAllowList(options.allow), (message) => new EgressError({ reason: "Invalid", url: "", message }))
    const defaultTimeoutMs = options.timeoutMs ?? 30_000
    const defaultMaxBytes = options.maxResponseBytes ?? 10 * 1_048_576
    const maxRedirects = options.maxRedirects ?? 5
    let loaded: Promise<Client> | undefined
    const client = (): Promise<Client> =>
      loaded ??= import("./internal/UndiciClient.js").then(({ Agent, request }) => ({
        request,
        agent: new Agent({ connect: { lookup: guardedLookup(allow, options.resolve ?? systemResolver), timeout: defaultTimeoutMs } })
      }))
    yield* Effect.addFinalizer(() =>
      loaded === undefined ? Effect.void : Effect.promise(() => loaded!.then(({ agent }) => agent.destroy()).catch(() => undefined))
    )

    const fail = (reason: EgressError["reason"], url: URL | undefined, message: string, refused?: { address: string; rule: string }) =>
      new EgressError({ reason, url: url === undefined ? "" : shown(url), message, ...refused })

    /** Parses a URL (relative to `base` for redirects) and refuses other schemes and refused IP literals. */
    const admit = (text: string, base?: URL): Effect.Effect<URL, EgressError> => {
      let url: URL
      try {
        url = new URL(text, base)
      } catch {
        return Effect.fail(fail("Invalid", base, `not a valid URL: ${JSON.stringify(text.slice(0, 200))}`))
      }
      if (url.protocol !== "http:" && url.protocol !== "https:") {
        return Effect.fail(fail("Protocol", url, `refused ${url.protocol} URL: only http: and https: may be requested`))
      }
      const address = literalAddress(url)
      const rule = address === undefined ? undefined : refusal(allow, address)
      return address !== undefined && rule !== undefined
        ? Effect.fail(fail("Refused", url, `refused ${url.host}: ${address} is ${rule}`, { address, rule }))
        : Effect.succeed(url)
    }

    /** `admit`, and a `localhost` name (RFC 6761: always loopback) judged as 127.0.0.1 unless the allow-list names it. */
    const check = (text: string): Effect.Effect<URL, EgressError> =>
      Effect.flatMap(admit(text), (url) => {
        const host = url.hostname.replace(/\.$/, "")
        if ((host !== "localhost" && !host.endsWith(".localhost")) || allowsHost(allow, host)) return Effect.succeed(url)
        const rule = refusal(allow, "127.0.0.1")
        return rule === undefined
          ? Effect.succeed(url)
          : Effect.fail(fail("Refused", url, `refused ${url.host}: ${host} names 127.0.0.1 (${rule})`, { address: "127.0.0.1", rule }))
      })

    /** Maps what undici (or the guarded lookup) threw to an `EgressError`. */
    const failure = (url: URL, maxBytes: number) => (error: unknown): EgressError => {
      for (let cause = error, depth = 0; cause instanceof Error && depth < 8; cause = cause.cause, depth++) {
        if (cause instanceof RefusedAddress) {
          return fail("Refused", url, `refused ${url.host}: ${cause.message}`, { address: cause.address, rule: cause.rule })
        }
        if (cause instanceof TooLargeBody) return fail("TooLarge", url, `the response from ${url.host} exceeds ${maxBytes} bytes`)
        const code = (cause as { readonly code?: unknown }).code
        if (code === "UND_ERR_CONNECT_TIMEOUT" || code === "UND_ERR_HEADERS_TIMEOUT" || code === "UND_ERR_BODY_TIMEOUT") {
          return fail("Timeout", url, `${url.host} timed out`)
        }
        if (code === "UND_ERR_INVALID_ARG") return fail("Invalid", url, cause.message)
      }
      const code = (error as { readonly cause?: { readonly code?: unknown } } | undefined)?.cause?.code
      const message = error instanceof Error ? error.message : String(error)
      return fail("Network", url, `request to ${url.host} failed: ${typeof code === "string" ? `${code} ` : ""}${message}`)
    }

    /** One hop: sends the request, then reads the body within the cap (or just the redirect's location). */
    const exchange = async (url: URL, init: Hop, maxBytes: number, signal: AbortSignal): Promise<Exchange> => {
      const { agent, request } = await client()
      const answer = await request(url, { dispatcher: agent, method: init.method as Dispatcher.HttpMethod, headers: init.headers, body: init.body ?? null, signal })
      const headers: Record<string, string> = {}
      for (const [name, value] of Object.entries(answer.headers)) {
        if (value !== undefined) headers[name.toLowerCase()] = Array.isArray(value) ? value.join(", ") : value
      }
      const location = headers["location"]
      if (init.followRedirects !== false && redirects.has(answer.statusCode) && location !== undefined) {
        await answer.body.dump().catch(() => undefined)
        return { _tag: "Redirect", location, status: answer.statusCode }
      }
      if (Number(headers["content-length"]) > maxBytes) {
        answer.body.on("error", () => undefined).destroy()
        throw new TooLargeBody()
      }
      const chunks: Array<Buffer> = []
      let size = 0
      for await (const chunk of answer.body as AsyncIterable<Buffer>) {
        size += chunk.length
        if (size > maxBytes) throw new TooLargeBody() // leaving the loop destroys the body
        chunks.push(chunk)
      }
      const body = Buffer.concat(chunks)
      return {
        _tag: "Response",
        response: { url: url.href, status: answer.statusCode, headers, body, text: () => body.toString("utf8") }
      }
    }

    const send = (input: string, init: EgressRequest = {}): Effect.Effect<EgressResponse, EgressError> => {
      const timeoutMs = init.timeoutMs ?? defaultTimeoutMs
      const maxBytes = init.maxResponseBytes ?? defaultMaxBytes
      const headers: Record<string, string> = {}
      for (const [name, value] of Object.entries(init.headers ?? {})) headers[name.toLowerCase()] = value

      const hop = (url: URL, current: Hop, hops: number): Effect.Effect<EgressResponse, EgressError> =>
        Effect.tryPromise({ try: (signal) => exchange(url, current, maxBytes, signal), catch: failure(url, maxBytes) }).pipe(
          Effect.flatMap((answer) => {
            if (answer._tag === "Response") return Effect.succeed(answer.response)
            if (hops >= maxRedirects) {
              return Effect.fail(fail("TooManyRedirects", url, `more than ${maxRedirects} redirects, the last from ${url.host}`))
            }
            return admit(answer.location, url).pipe(Effect.flatMap((next) => {
              const toGet = ((answer.status === 301 || answer.status === 302) && current.method === "POST") ||
                (answer.status === 303 && current.method !== "GET" && current.method !== "HEAD")
              const dropped = [...(toGet ? contentHeaders : []), ...(next.origin !== url.origin ? credentialHeaders : [])]
              const nextHeaders = Object.fromEntries(Object.entries(current.headers).filter(([name]) => !dropped.includes(name)))
              const { body: _body, ...rest } = current
              const following = toGet ? { ...rest, method: "GET", headers: nextHeaders } : { ...current, headers: nextHeaders }
              return hop(next, following, hops + 1)
            }))
          })
        )

      return admit(input).pipe(Effect.flatMap((url) =>
        hop(url, { ...init, method: (init.method ?? "GET").toUpperCase(), headers }, 0).pipe(Effect.timeoutFail({
          duration: Duration.millis(timeoutMs),
          onTimeout: () => fail("Timeout", url, `the request to ${url.host} timed out after ${timeoutMs} ms`)
        }))
      ))
    }

    const open = (input: string, init: EgressRequest = {}): Effect.Effect<EgressStream, EgressError, Scope.Scope> => {
      const timeoutMs = init.timeoutMs ?? defaultTimeoutMs
      const maxBytes = init.maxResponseBytes ?? defaultMaxBytes
      const headers: Record<string, string> = {}
      for (const [name, value] of Object.entries(init.headers ?? {})) headers[name.toLowerCase()] = value
      return admit(input).pipe(Effect.flatMap((url) =>
        Effect.acquireRelease(
          Effect.tryPromise({
            try: (signal) =>
              client().then(({ agent, request }) =>
                request(url, {
                  dispatcher: agent,
                  method: (init.method ?? "GET").toUpperCase() as Dispatcher.HttpMethod,
                  headers,
                  body: init.body ?? null,
                  signal
                })
              ),
            catch: failure(url, maxBytes)
          }).pipe(Effect.timeoutFail({
            duration: Duration.millis(timeoutMs),
            onTimeout: () => fail("Timeout", url, `the request to ${url.host} timed out after ${timeoutMs} ms`)
          })),
          (answer) => Effect.sync(() => answer.body.on("error", () => undefined).destroy())
        ).pipe(Effect.map((answer): EgressStream => {
          const answered: Record<string, string> = {}
          for (const [name, value] of Object.entries(answer.headers)) {
            if (value !== undefined) answered[name.toLowerCase()] = Array.isArray(value) ? value.join(", ") : value
          }
          const body = Stream.suspend(() => {
            let size = 0
            return Stream.fromAsyncIterable(answer.body as AsyncIterable<Buffer>, failure(url, maxBytes)).pipe(
              Stream.mapEffect((chunk) =>
                (size += chunk.length) > maxBytes
                  ? Effect.fail(fail("TooLarge", url, `the response from ${url.host} exceeds ${maxBytes} bytes`))
                  : Effect.succeed(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.length))
              ),
              Stream.timeoutFail(() => fail("Timeout", url, `${url.host} sent nothing for ${timeoutMs} ms`), Duration.millis(timeoutMs))
            )
          })
          return { url: url.href, status: answer.statusCode, headers: answered, body }
        }))
      ))
    }

    return EgressGuard.of({
      fetch: (input, init = {}) => OutboundSpan.client(input, init, (traced) => send(input, traced)),
      stream: (input, init = {}) => OutboundSpan.client(input, init, (traced) => open(input, traced)),
      check
    })
  })

/** The guard as a layer; fails if an allow-list entry is not a host name, IP address or CIDR. */
export const layer = (options: EgressOptions): Layer.Layer<EgressGuard, EgressError> => Layer.scoped(EgressGuard, make(options))
