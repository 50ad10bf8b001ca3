/**
 * The egress guard (issue 5) against local servers only: every bypass of the address check is
 * refused without a single connection reaching a listening trap; only http(s); the allow-list
 * (hosts, IPs, CIDRs) lets listed destinations through with headers and body intact; redirects
 * re-checked hop by hop up to the limit; time-outs and the size cap; `check`, which judges a URL
 * before it is stored without resolving it; and properties of the address classification over
 * random addresses in every IPv4 notation.
 */
import { afterAll, assert, beforeAll, describe, it } from "@effect/vitest"
import { Effect, Either } from "effect"
import * as fc from "fast-check"
import { promises as dns } from "node:dns"
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from "node:http"
import { createServer as createTcpServer, type Socket } from "node:net"
import { bypasses, sleep, type Trap, trap } from "./loopback.js"
import { blockedBy, literalAddress, parseAllowList, refusal } from "../src/AddressPolicy.js"
import { type EgressOptions, type EgressRequest, type EgressResponse, EgressError, EgressGuard, layer } from "../src/EgressGuard.js"

// ---------------------------------------------------------------------------------------------
// Local servers

const listen = (server: Server | ReturnType<typeof createTcpServer>, host: string) =>
  new Promise<number>((resolve, reject) => {
    server.once("error", reject)
    server.listen(0, host, () => {
      const address = server.address()
      resolve(typeof address === "object" && address !== null ? address.port : 0)
    })
  })

/** An HTTP server on 127.0.0.1 that counts requests. */
interface Local {
  readonly port: number
  readonly requests: () => number
  readonly close: () => Promise<void>
}

const serve = async (handler: (request: IncomingMessage, response: ServerResponse, body: Buffer) => void): Promise<Local> => {
  let count = 0
  const server = createHttpServer((request, response) => {
    count++
    const chunks: Array<Buffer> = []
    request.on("data", (chunk: Buffer) => chunks.push(chunk))
    request.on("end", () => handler(request, response, Buffer.concat(chunks)))
  })
  const port = await listen(server, "127.0.0.1")
  return {
    port,
    requests: () => count,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}

const canListen = async (host: string) => {
  try {
    await (await trap(host)).close()
    return true
  } catch {
    return false
  }
}

/** Runs one request through a fresh guard (closed afterwards); the error, if any, on the left. */
const attempt = (url: string, init?: EgressRequest, options: Partial<EgressOptions> = {}) =>
  Effect.runPromise(
    Effect.gen(function*() {
      const guard = yield* EgressGuard
      return yield* guard.fetch(url, init)
    }).pipe(Effect.provide(layer({ allow: [], ...options })), Effect.either)
  )

const refused = (result: Either.Either<EgressResponse, EgressError>, reason: EgressError["reason"] = "Refused"): EgressError => {
  assert.isTrue(Either.isLeft(result), `expected ${reason}, got a response`)
  const error = (result as Either.Left<EgressError, EgressResponse>).left
  assert.instanceOf(error, EgressError)
  assert.strictEqual(error.reason, reason, error.message)
  return error
}

const succeeded = (result: Either.Either<EgressResponse, EgressError>): EgressResponse => {
  if (Either.isLeft(result)) assert.fail(`expected a response, got ${result.left.reason}: ${result.left.message}`)
  return (result as Either.Right<EgressError, EgressResponse>).right
}

/** A resolver with made-up names (`.test`) on top of the system's, like a hosts file. */
const resolver = (table: Record<string, ReadonlyArray<string>>) => async (hostname: string) => {
  const addresses = table[hostname]
  if (addresses === undefined) return dns.lookup(hostname, { all: true })
  return addresses.map((address) => ({ address, family: address.includes(":") ? 6 : 4 }))
}

const ipv6 = await canListen("::1")

// ---------------------------------------------------------------------------------------------

describe("egress guard", () => {
  let blocked: Trap
  let blocked6: Trap | undefined
  let redirector: Local
  let redirectTo = ""

  beforeAll(async () => {
    blocked = await trap("127.0.0.1")
    blocked6 = ipv6 ? await trap("::1") : undefined
    redirector = await serve((_request, response) => {
      response.writeHead(302, { location: redirectTo }).end()
    })
  })

  afterAll(async () => {
    await blocked.close()
    await blocked6?.close()
    await redirector.close()
  })

  /** Asserts that no connection reached the traps (after letting any stray one arrive). */
  const noConnection = async () => {
    await sleep(25)
    assert.strictEqual(blocked.connections(), 0, "a connection reached the blocked server")
    assert.strictEqual(blocked6?.connections() ?? 0, 0, "a connection reached the blocked IPv6 server")
  }

  describe("refuses every bypass without opening a socket to it", () => {
    for (const [name, url, rule] of bypasses) {
      it(`${name}: refused before connecting, naming the rule`, async () => {
        const error = refused(await attempt(url(blocked.port), undefined, { timeoutMs: 2_000 }))
        assert.include(error.rule ?? "", rule)
        assert.isString(error.address)
        assert.include(error.message, error.address ?? "")
        await noConnection()
      })
    }

    it.skipIf(!ipv6)("IPv6 loopback [::1] (skipped when ::1 cannot be listened on)", async () => {
      const error = refused(await attempt(`http://[::1]:${blocked6!.port}/`))
      assert.strictEqual(error.address, "::1")
      await noConnection()
    })

    it("localhost: a name the system resolves to loopback, refused at connect time (http and https)", async () => {
      for (const scheme of ["http", "https"]) {
        const error = refused(await attempt(`${scheme}://localhost:${blocked.port}/`))
        assert.include(error.rule ?? "", "loopback")
      }
      await noConnection()
    })

    it("names resolving to loopback (also IPv4-mapped), or to a public and a loopback address, are refused in the socket's lookup", async () => {
      const lookedUp: Array<string> = []
      const table = resolver({
        "loopback.test": ["127.0.0.1"],
        "mapped.test": ["::ffff:127.0.0.1"],
        "mixed.test": ["93.184.216.34", "127.0.0.1"],
        "metadata.test": ["169.254.169.254"]
      })
      const resolve = (hostname: string) => {
        lookedUp.push(hostname)
        return table(hostname)
      }
      for (const host of ["loopback.test", "mapped.test", "mixed.test", "metadata.test"]) {
        const error = refused(await attempt(`http://${host}:${blocked.port}/`, undefined, { resolve }))
        assert.include(error.message, host)
      }
      assert.deepStrictEqual(lookedUp, ["loopback.test", "mapped.test", "mixed.test", "metadata.test"], "checked in the lookup")
      await noConnection()
    })

    it("a redirect from an allowed server to a blocked address is refused, every hop re-checked", async () => {
      const options = { allow: ["redirector.test"], resolve: resolver({ "redirector.test": ["127.0.0.1"] }) }
      const targets = [
        `http://127.0.0.1:${blocked.port}/`,
        `http://2130706433:${blocked.port}/`,
        `http://[::ffff:127.0.0.1]:${blocked.port}/`,
        `http://localhost:${blocked.port}/`,
        "http://169.254.169.254/latest/meta-data/"
      ]
      for (const target of targets) {
        redirectTo = target
        const before = redirector.requests()
        const error = refused(await attempt(`http://redirector.test:${redirector.port}/start`, undefined, options))
        assert.strictEqual(redirector.requests(), before + 1, "the allowed server was asked")
        assert.notInclude(error.url, "redirector.test", `refused on the redirect hop to ${target}`)
      }
      await noConnection()
    })

    it("the trap does count connections (control: allowed, it sees one)", async () => {
      const control = await trap("127.0.0.1")
      try {
        const result = await attempt(`http://127.0.0.1:${control.port}/`, undefined, { allow: ["127.0.0.1"], timeoutMs: 2_000 })
        assert.isTrue(Either.isLeft(result))
        await sleep(25)
        assert.strictEqual(control.connections(), 1)
      } finally {
        await control.close()
      }
    })
  })

  describe("only http: and https:", () => {
    for (const url of ["file:///etc/passwd", "ftp://example.com/file", "data:text/plain,hello", "javascript:alert(1)", "gopher://127.0.0.1:70/"]) {
      it(`refuses ${url.split(":")[0]}: with Protocol`, async () => {
        refused(await attempt(url), "Protocol")
      })
    }

    it("refuses a redirect to file: with Protocol, and an invalid URL with Invalid", async () => {
      redirectTo = "file:///etc/passwd"
      refused(await attempt(`http://127.0.0.1:${redirector.port}/`, undefined, { allow: ["127.0.0.1"] }), "Protocol")
      refused(await attempt("not a url"), "Invalid")
    })
  })
})

describe("allowed destinations", () => {
  let echo: Local
  let slow: Trap & { readonly held: Set<Socket> }
  let big: Local
  let chain: Local
  let seen: { method?: string; headers?: IncomingMessage["headers"]; body?: string } = {}

  beforeAll(async () => {
    echo = await serve((request, response, body) => {
      seen = { method: request.method ?? "", headers: request.headers, body: body.toString("utf8") }
      response.writeHead(201, { "content-type": "application/json", "x-echo": request.headers["x-sire"] ?? "" })
      response.end(JSON.stringify({ method: request.method, body: body.toString("utf8"), host: request.headers.host }))
    })
    const held = new Set<Socket>()
    const server = createTcpServer((socket) => {
      held.add(socket)
      socket.on("error", () => undefined)
    })
    const port = await listen(server, "127.0.0.1")
    slow = {
      port,
      held,
      connections: () => held.size,
      close: () =>
        new Promise((resolve) => {
          for (const socket of held) socket.destroy()
          server.close(() => resolve())
        })
    }
    big = await serve((request, response) => {
      const size = Number(new URL(request.url ?? "/", "http://x").searchParams.get("size"))
      const chunked = request.url?.includes("chunked") ?? false
      response.writeHead(200, chunked ? {} : { "content-length": String(size) })
      if (chunked) {
        for (let sent = 0; sent < size; sent += 500) response.write("x".repeat(Math.min(500, size - sent)))
        response.end()
      } else response.end("x".repeat(size))
    })
    chain = await serve((request, response) => {
      const url = new URL(request.url ?? "/", "http://x")
      const at = Number(url.pathname.split("/")[2] ?? 0)
      const end = Number(url.searchParams.get("end") ?? "1000")
      if (url.pathname === "/see-other") {
        response.writeHead(303, { location: `http://127.0.0.1:${echo.port}/after` }).end()
      } else if (at < end) {
        response.writeHead(302, { location: `/hop/${at + 1}${url.search}` }).end()
      } else response.writeHead(200).end(`arrived at ${at}`)
    })
  })

  afterAll(async () => {
    await Promise.all([echo.close(), slow.close(), big.close(), chain.close()])
  })

  it("with allow: [\"127.0.0.1\"] a request succeeds, headers and body round-trip", async () => {
    const response = succeeded(await attempt(`http://127.0.0.1:${echo.port}/in?q=1`, {
      method: "post",
      headers: { "Content-Type": "application/json", "X-Sire": "hello" },
      body: JSON.stringify({ ping: 1 })
    }, { allow: ["127.0.0.1"] }))
    assert.strictEqual(response.status, 201)
    assert.strictEqual(response.headers["x-echo"], "hello")
    assert.strictEqual(response.headers["content-type"], "application/json")
    assert.strictEqual(response.url, `http://127.0.0.1:${echo.port}/in?q=1`)
    assert.deepStrictEqual(JSON.parse(response.text()), { method: "POST", body: "{\"ping\":1}", host: `127.0.0.1:${echo.port}` })
    assert.strictEqual(seen.headers?.["content-type"], "application/json")
  })

  it("a CIDR, an IP in an odd notation, and a host name (any case, trailing dot) on the allow-list let the request through", async () => {
    for (const allow of [["127.0.0.0/8"], ["127.1"], ["2130706433"], ["10.0.0.0/8", "127.0.0.1/32"]]) {
      const response = succeeded(await attempt(`http://127.0.0.1:${echo.port}/`, undefined, { allow }))
      assert.strictEqual(response.status, 201, allow.join(","))
    }
    const byName = succeeded(await attempt(`http://Echo.Test.:${echo.port}/`, undefined, {
      allow: ["echo.test"],
      resolve: resolver({ "echo.test.": ["127.0.0.1"] })
    }))
    assert.strictEqual(JSON.parse(byName.text()).host, `echo.test.:${echo.port}`)
    const other = refused(await attempt(`http://other.test:${echo.port}/`, undefined, {
      allow: ["echo.test"],
      resolve: resolver({ "other.test": ["127.0.0.1"] })
    }))
    assert.strictEqual(other.address, "127.0.0.1")
  })

  it("allow-list entries that are not host names, IPs or CIDRs fail the layer with Invalid", async () => {
    for (const entry of ["10.0.0.0/33", "::1/129", "10.0.0.0/x", "*.example.com", "http://example.com/", "example.com:80", "a b", "user@host"]) {
      const result = await attempt("http://example.com/", undefined, { allow: [entry] })
      assert.include(refused(result, "Invalid").message, entry)
    }
    for (const entry of ["example.com", "10.0.0.0/8", "::1", "[::1]", "fd00::/8", "127.1", "0.0.0.0/0", "::/0"]) {
      assert.isTrue(Either.isRight(parseAllowList([entry])), entry)
    }
    const v6 = Either.getOrThrow(parseAllowList(["fd00::/8", "[::1]", "2001:db8::5"]))
    assert.isUndefined(refusal(v6, "fd12::1"))
    assert.isUndefined(refusal(v6, "::1"))
    assert.isUndefined(refusal(v6, "2001:db8::5"))
    assert.include(refusal(v6, "fe80::1") ?? "", "link-local")
    assert.include(refusal(v6, "2001:db8::6") ?? "", "documentation")
  })

  it("a server that never answers times out (layer default and per request)", async () => {
    const started = Date.now()
    refused(await attempt(`http://127.0.0.1:${slow.port}/`, undefined, { allow: ["127.0.0.1"], timeoutMs: 300 }), "Timeout")
    refused(await attempt(`http://127.0.0.1:${slow.port}/`, { timeoutMs: 200 }, { allow: ["127.0.0.1"] }), "Timeout")
    assert.isBelow(Date.now() - started, 5_000)
  })

  it("the size cap: refused past it (declared or chunked), read whole up to it", async () => {
    const options = { allow: ["127.0.0.1"], maxResponseBytes: 1_000 }
    refused(await attempt(`http://127.0.0.1:${big.port}/?size=4096`, undefined, options), "TooLarge")
    refused(await attempt(`http://127.0.0.1:${big.port}/chunked?size=4096`, undefined, options), "TooLarge")
    refused(await attempt(`http://127.0.0.1:${big.port}/chunked?size=1001`, undefined, options), "TooLarge")
    refused(await attempt(`http://127.0.0.1:${big.port}/?size=200`, { maxResponseBytes: 100 }, options), "TooLarge")
    assert.strictEqual(succeeded(await attempt(`http://127.0.0.1:${big.port}/chunked?size=1000`, undefined, options)).body.length, 1_000)
    assert.strictEqual(succeeded(await attempt(`http://127.0.0.1:${big.port}/?size=1000`, undefined, options)).body.length, 1_000)
  })

  it("redirects are followed up to the hop limit; a longer chain fails with TooManyRedirects", async () => {
    const options = { allow: ["127.0.0.1"], maxRedirects: 3 }
    const arrived = succeeded(await attempt(`http://127.0.0.1:${chain.port}/hop/0?end=3`, undefined, options))
    assert.strictEqual(arrived.text(), "arrived at 3")
    assert.strictEqual(arrived.url, `http://127.0.0.1:${chain.port}/hop/3?end=3`)
    const before = chain.requests()
    refused(await attempt(`http://127.0.0.1:${chain.port}/hop/0?end=4`, undefined, options), "TooManyRedirects")
    assert.strictEqual(chain.requests() - before, 4, "the first request and three redirects, no more")
  })

  it("a 303 turns a POST into a body-less GET, and credentials are not sent to another origin", async () => {
    const response = succeeded(await attempt(`http://127.0.0.1:${chain.port}/see-other`, {
      method: "POST",
      headers: { authorization: "Bearer secret", "content-type": "text/plain", "x-sire": "kept" },
      body: "payload"
    }, { allow: ["127.0.0.1"] }))
    assert.strictEqual(response.status, 201)
    assert.strictEqual(seen.method, "GET")
    assert.strictEqual(seen.body, "")
    assert.isUndefined(seen.headers?.authorization)
    assert.isUndefined(seen.headers?.["content-type"])
    assert.strictEqual(seen.headers?.["x-sire"], "kept")
  })
})

describe("check: a URL judged before it is stored (webhook registration)", () => {
  const check = (url: string, options: Partial<EgressOptions> = {}) =>
    Effect.runPromise(
      Effect.gen(function*() {
        const guard = yield* EgressGuard
        return yield* guard.check(url)
      }).pipe(Effect.provide(layer({ allow: [], ...options })), Effect.either)
    )

  it("refuses what fetch refuses before connecting and localhost names; resolves no other name; the allow-list exempts", async () => {
    const lookedUp: Array<string> = []
    const resolve = (hostname: string) => {
      lookedUp.push(hostname)
      return resolver({ "loopback.test": ["127.0.0.1"] })(hostname)
    }
    for (const url of ["http://2130706433/", "http://0x7f.1/", "http://[::ffff:127.0.0.1]/", "http://169.254.169.254/", "http://localhost:8080/", "http://a.localhost./"]) {
      const result = await check(url, { resolve })
      assert.isTrue(Either.isLeft(result), url)
      assert.strictEqual((result as Either.Left<EgressError, URL>).left.reason, "Refused", url)
    }
    const ftp = await check("ftp://example.com/")
    assert.isTrue(Either.isLeft(ftp) && ftp.left.reason === "Protocol", "only http: and https:")
    for (const url of ["https://hooks.example.com/", "http://loopback.test/", "https://93.184.215.14/"]) {
      assert.isTrue(Either.isRight(await check(url, { resolve })), url)
    }
    assert.deepStrictEqual(lookedUp, [], "no name is resolved: a name is judged by the addresses it resolves to at each delivery")
    const allow = ["localhost", "10.0.0.0/8", "::1"]
    for (const url of ["http://localhost:8080/", "http://10.1.2.3/", "http://[::1]/"]) {
      assert.isTrue(Either.isRight(await check(url, { allow })), `${url} allow-listed`)
    }
    assert.isTrue(Either.isRight(await check("http://localhost/", { allow: ["127.0.0.1"] })), "localhost by its address")
    assert.isTrue(Either.isLeft(await check("http://10.0.0.1/", { allow: ["localhost"] })), "only what is listed")
  })
})

// ---------------------------------------------------------------------------------------------
// Properties of the classification

/** The special-purpose IPv4 ranges, as numbers: an oracle independent of the module's BlockLists. */
const specialV4: ReadonlyArray<readonly [number, number]> = [
  ["0.0.0.0", 8], ["10.0.0.0", 8], ["100.64.0.0", 10], ["127.0.0.0", 8], ["169.254.0.0", 16], ["172.16.0.0", 12],
  ["192.0.0.0", 24], ["192.0.2.0", 24], ["192.88.99.0", 24], ["192.168.0.0", 16], ["198.18.0.0", 15],
  ["198.51.100.0", 24], ["203.0.113.0", 24], ["224.0.0.0", 4], ["240.0.0.0", 4], ["168.63.129.16", 32]
].map(([network, bits]) => [(network as string).split(".").reduce((n, part) => n * 256 + Number(part), 0), bits as number] as const)

const isSpecial = (n: number) => specialV4.some(([base, bits]) => Math.floor(n / 2 ** (32 - bits)) === Math.floor(base / 2 ** (32 - bits)))

const uint32 = fc.integer({ min: 0, max: 0xffffffff })
const inBlockedRange = fc.tuple(fc.constantFrom(...specialV4), uint32).map(([[base, bits], random]) =>
  base + (bits === 32 ? 0 : random % 2 ** (32 - bits))
)

/** How one IPv4 number part may be written: decimal, octal (leading 0) or hex (0x / 0X). */
const radix = fc.constantFrom<(value: number) => string>(
  (value) => value.toString(10),
  (value) => `0${value.toString(8)}`,
  (value) => `0x${value.toString(16)}`,
  (value) => `0X${value.toString(16).toUpperCase()}`
)

/** An IPv4 address in any WHATWG notation: 1 to 4 parts, the last one filling the remaining bytes, each in any radix; or IPv4-mapped IPv6. */
const notation = fc.oneof(
  fc.tuple(fc.integer({ min: 1, max: 4 }), fc.array(radix, { minLength: 4, maxLength: 4 })).map(([parts, radices]) => (n: number) => {
    const bytes = [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255]
    const leading = bytes.slice(0, parts - 1)
    const last = bytes.slice(parts - 1).reduce((total, byte) => total * 256 + byte, 0)
    return [...leading, last].map((value, index) => radices[index]!(value)).join(".")
  }),
  fc.constant((n: number) => `[::ffff:${n >>> 24}.${(n >>> 16) & 255}.${(n >>> 8) & 255}.${n & 255}]`),
  fc.constant((n: number) => `[::ffff:${(n >>> 16).toString(16)}:${(n & 0xffff).toString(16)}]`),
  fc.constant((n: number) => `[0:0:0:0:0:FFFF:${(n >>> 16).toString(16)}:${(n & 0xffff).toString(16)}]`)
)

/** Classifies a URL host as the guard does before connecting: parsed, then its literal address judged. */
const classify = (host: string) => {
  const address = literalAddress(new URL(`http://${host}:8080/`))
  assert.isDefined(address, host)
  return blockedBy(address!)
}

const group = (min: number, max: number) => fc.integer({ min, max }).map((value) => value.toString(16))
const rest = fc.array(group(0, 0xffff), { minLength: 7, maxLength: 7 })

describe("address classification properties", () => {
  it("property: every address in a blocked IPv4 range is refused, in any IPv4 notation and as IPv4-mapped IPv6", () => {
    fc.assert(fc.property(inBlockedRange, notation, (n, write) => classify(write(n)) !== undefined), { numRuns: 2_000 })
  })

  it("property: an IPv4 address (any notation) is refused exactly when it lies in a special-purpose range, so public ones are allowed", () => {
    const address = fc.oneof(uint32, inBlockedRange)
    fc.assert(fc.property(address, notation, (n, write) => (classify(write(n)) !== undefined) === isSpecial(n)), { numRuns: 3_000 })
  })

  it("property: IPv6 in fc00::/7, fe80::/10 and ff00::/8 is refused; global unicast 2400::–2fff:: is allowed", () => {
    const blocked = fc.tuple(fc.oneof(group(0xfc00, 0xfdff), group(0xfe80, 0xfebf), group(0xff00, 0xffff)), rest)
    const global = fc.tuple(group(0x2400, 0x2fff), rest)
    fc.assert(fc.property(blocked, ([first, others]) => classify(`[${[first, ...others].join(":")}]`) !== undefined), { numRuns: 1_000 })
    fc.assert(fc.property(global, ([first, others]) => classify(`[${[first, ...others].join(":")}]`) === undefined), { numRuns: 1_000 })
  })

  it("public examples are classified as allowed (classified only, never connected to)", () => {
    for (const host of ["8.8.8.8", "1.1.1.1", "134744072", "[2606:4700:4700::1111]", "[2001:4860:4860::8888]", "[::ffff:8.8.8.8]", "[64:ff9b::8.8.8.8]"]) {
      assert.isUndefined(classify(host), host)
    }
    assert.isUndefined(blockedBy("93.184.216.34"))
  })

  it("property: through the guard itself, blocked literals in any notation are refused before any connection", async () => {
    await fc.assert(
      fc.asyncProperty(inBlockedRange, notation, async (n, write) => {
        const result = await attempt(`http://${write(n)}:9/`, undefined, { timeoutMs: 1_000 })
        return Either.isLeft(result) && result.left.reason === "Refused"
      }),
      { numRuns: 100 }
    )
  })
})
