/**
 * Which addresses the egress guard refuses (issue 5): the special-purpose ranges — loopback, private
 * (RFC 1918), link-local, CGNAT, unique-local, multicast, unspecified, broadcast, reserved,
 * documentation — and cloud metadata addresses; an IPv4 address embedded in IPv6 (mapped, translated,
 * compatible, NAT64, 6to4) is judged as the IPv4 address it reaches. And the allow-list
 * (`SIRE_EGRESS_ALLOW`): host names, IPs and CIDRs (v4 and v6) exempt from all that.
 *
 * @since 0.1.0
 */
import { Either } from "effect"
import { BlockList, isIP } from "node:net"

/** One blocked range, named for messages: `loopback 127.0.0.0/8`. */
interface Rule {
  readonly label: string
  readonly list: BlockList
}

const rule = (name: string, cidr: string): Rule => {
  const [network, bits] = cidr.split("/") as [string, string]
  const list = new BlockList()
  list.addSubnet(network, Number(bits), isIP(network) === 6 ? "ipv6" : "ipv4")
  return { label: `${name} ${cidr}`, list }
}

const ipv4Rules: ReadonlyArray<Rule> = [
  rule("cloud metadata", "169.254.169.254/32"),
  rule("cloud metadata", "100.100.100.200/32"),
  rule("cloud platform service", "168.63.129.16/32"),
  rule("unspecified", "0.0.0.0/32"),
  rule("this network", "0.0.0.0/8"),
  rule("private", "10.0.0.0/8"),
  rule("shared address space (CGNAT)", "100.64.0.0/10"),
  rule("loopback", "127.0.0.0/8"),
  rule("link-local", "169.254.0.0/16"),
  rule("private", "172.16.0.0/12"),
  rule("IETF protocol assignments", "192.0.0.0/24"),
  rule("documentation", "192.0.2.0/24"),
  rule("6to4 relay anycast", "192.88.99.0/24"),
  rule("private", "192.168.0.0/16"),
  rule("benchmarking", "198.18.0.0/15"),
  rule("documentation", "198.51.100.0/24"),
  rule("documentation", "203.0.113.0/24"),
  rule("multicast", "224.0.0.0/4"),
  rule("broadcast", "255.255.255.255/32"),
  rule("reserved", "240.0.0.0/4")
]

/** Judged before looking for an embedded IPv4 address. */
const ipv6First: ReadonlyArray<Rule> = [
  rule("cloud metadata", "fd00:ec2::254/128"),
  rule("unspecified", "::/128"),
  rule("loopback", "::1/128")
]

/** Judged after the embedded IPv4 address, if any, passed. */
const ipv6Rules: ReadonlyArray<Rule> = [
  rule("IPv4-compatible (deprecated)", "::/96"),
  rule("discard-only", "100::/64"),
  rule("NAT64 local-use", "64:ff9b:1::/48"),
  rule("documentation", "2001:db8::/32"),
  rule("unique-local", "fc00::/7"),
  rule("link-local", "fe80::/10"),
  rule("site-local (deprecated)", "fec0::/10"),
  rule("multicast", "ff00::/8")
]

const firstMatch = (rules: ReadonlyArray<Rule>, address: string, family: "ipv4" | "ipv6") =>
  rules.find((candidate) => candidate.list.check(address, family))?.label

/** The eight 16-bit groups of an IPv6 address (canonicalised by the WHATWG URL parser), if it is one. */
const groupsOf = (address: string): ReadonlyArray<number> | undefined => {
  let host: string
  try {
    host = new URL(`http://[${address}]/`).hostname.slice(1, -1)
  } catch {
    return undefined
  }
  const [head = "", tail] = host.split("::")
  const front = head === "" ? [] : head.split(":")
  const back = tail === undefined || tail === "" ? [] : tail.split(":")
  const zeros = tail === undefined ? [] : Array<string>(8 - front.length - back.length).fill("0")
  return [...front, ...zeros, ...back].map((group) => parseInt(group, 16))
}

/** The IPv4 address an IPv6 address embeds, and how: mapped, translated, compatible, NAT64 or 6to4. */
const embeddedIpv4 = (groups: ReadonlyArray<number>): { readonly address: string; readonly kind: string } | undefined => {
  const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0, g = 0, h = 0] = groups
  const dotted = (high: number, low: number) => `${high >> 8}.${high & 255}.${low >> 8}.${low & 255}`
  const zeroTo = (end: number) => groups.slice(0, end).every((group) => group === 0)
  if (zeroTo(5) && f === 0xffff) return { address: dotted(g, h), kind: "IPv4-mapped" }
  if (zeroTo(4) && e === 0xffff && f === 0) return { address: dotted(g, h), kind: "IPv4-translated" }
  if (zeroTo(6)) return { address: dotted(g, h), kind: "IPv4-compatible" }
  if (a === 0x64 && b === 0xff9b && c === 0 && d === 0 && e === 0 && f === 0) return { address: dotted(g, h), kind: "NAT64" }
  if (a === 0x2002) return { address: dotted(b, c), kind: "6to4" }
  return undefined
}

/** The blocked range an address lies in (`loopback 127.0.0.0/8`), or `undefined` when it may be reached. */
export const blockedBy = (address: string): string | undefined => {
  const family = isIP(address)
  if (family === 4) return firstMatch(ipv4Rules, address, "ipv4")
  if (family !== 6) return "not an IP address"
  const groups = groupsOf(address)
  if (groups === undefined) return "not a plain IPv6 address"
  const first = firstMatch(ipv6First, address, "ipv6")
  if (first !== undefined) return first
  const embedded = embeddedIpv4(groups)
  const inner = embedded && firstMatch(ipv4Rules, embedded.address, "ipv4")
  if (embedded && inner !== undefined) return `${inner} (${embedded.kind} ${embedded.address})`
  return firstMatch(ipv6Rules, address, "ipv6")
}

/** The destinations `SIRE_EGRESS_ALLOW` exempts: host names (exact), and addresses and CIDRs. */
export interface AllowList {
  readonly hosts: ReadonlySet<string>
  readonly addresses: BlockList
}

/** A host name as compared with the allow-list: lower case, without a trailing dot. */
const normalHost = (host: string) => host.toLowerCase().replace(/\.$/, "")

/** Parses allow-list entries (`example.com`, `10.0.0.5`, `10.0.0.0/8`, `::1`, `[::1]`, `fd00::/8`); fails naming a bad one. */
export const parseAllowList = (entries: ReadonlyArray<string>): Either.Either<AllowList, string> => {
  const hosts = new Set<string>()
  const addresses = new BlockList()
  for (const raw of entries) {
    const entry = raw.trim().replace(/^\[(.*)\]$/, "$1")
    const invalid = Either.left(`egress allow-list entry "${raw}" is not a host name, IP address or CIDR`)
    if (entry.includes("/")) {
      const [network = "", bits = ""] = entry.split("/")
      const family = isIP(network)
      const prefix = Number(bits)
      if (family === 0 || !/^\d+$/.test(bits) || prefix > (family === 4 ? 32 : 128)) return invalid
      addresses.addSubnet(network, prefix, family === 4 ? "ipv4" : "ipv6")
      continue
    }
    if (isIP(entry) !== 0) {
      addresses.addAddress(entry, isIP(entry) === 4 ? "ipv4" : "ipv6")
      continue
    }
    let url: URL
    try {
      url = new URL(`http://${entry}/`)
    } catch {
      return invalid
    }
    if (entry === "" || /[*:]/.test(entry) || url.pathname !== "/" || url.port !== "" || url.username !== "" || url.search !== "") return invalid
    if (isIP(url.hostname) === 4) addresses.addAddress(url.hostname, "ipv4")
    else hosts.add(normalHost(url.hostname))
  }
  return Either.right({ hosts, addresses })
}

/** Whether the allow-list names this host, which exempts every address it resolves to. */
export const allowsHost = (allow: AllowList, host: string): boolean => allow.hosts.has(normalHost(host))

/** Why connecting to an address is refused (the blocked range), or `undefined` when allowed or listed. */
export const refusal = (allow: AllowList, address: string): string | undefined => {
  const family = isIP(address)
  if (family !== 0 && allow.addresses.check(address, family === 4 ? "ipv4" : "ipv6")) return undefined
  return blockedBy(address)
}

/** The IP address a URL's host is written as (any IPv4 notation, canonical after URL parsing), if it is one. */
export const literalAddress = (url: URL): string | undefined => {
  const host = url.hostname.replace(/^\[(.*)\]$/, "$1")
  return isIP(host) !== 0 ? host : undefined
}
