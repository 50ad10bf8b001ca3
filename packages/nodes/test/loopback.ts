/**
 * Loopback helpers for tests that need no database: a pause, a trap that proves no connection
 * was made to an address, and the list of address tricks the egress guard must refuse (also used
 * by `@sire/http`'s tests).
 */
import { createServer as createTcpServer, type Socket } from "node:net"

/** Resolves after `ms` milliseconds. */
export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms))

/** A TCP server that counts and drops every connection: proof that nothing was sent to its address. */
export interface Trap {
  readonly port: number
  readonly connections: () => number
  readonly close: () => Promise<void>
}

/** Starts a trap on `host` (a free port). */
export const trap = (host: string): Promise<Trap> =>
  new Promise((resolve, reject) => {
    let count = 0
    const sockets = new Set<Socket>()
    const server = createTcpServer((socket) => {
      count++
      sockets.add(socket)
      socket.on("error", () => undefined)
      socket.destroy()
    })
    server.once("error", reject)
    server.listen(0, host, () => {
      const address = server.address()
      resolve({
        port: typeof address === "object" && address !== null ? address.port : 0,
        connections: () => count,
        close: () =>
          new Promise((done) => {
            for (const socket of sockets) socket.destroy()
            server.close(() => done())
          })
      })
    })
  })

/**
 * Every way of writing a refused address the egress guard must see through: `[name, url for a
 * trap's port on 127.0.0.1 (or ::1), the blocked range it must name]`.
 */
export const bypasses: ReadonlyArray<readonly [string, (port: number) => string, string]> = [
  ["IPv4 loopback", (port) => `http://127.0.0.1:${port}/`, "loopback"],
  ["IPv4 loopback over https", (port) => `https://127.0.0.1:${port}/`, "loopback"],
  ["IPv4-mapped IPv6 loopback", (port) => `http://[::ffff:127.0.0.1]:${port}/`, "loopback"],
  ["IPv4-mapped IPv6 loopback in hex", (port) => `http://[::ffff:7f00:1]:${port}/`, "loopback"],
  ["IPv4-compatible IPv6 loopback", (port) => `http://[::127.0.0.1]:${port}/`, "loopback"],
  ["NAT64 loopback", (port) => `http://[64:ff9b::127.0.0.1]:${port}/`, "loopback"],
  ["integer notation 2130706433", (port) => `http://2130706433:${port}/`, "loopback"],
  ["octal notation 0177.0.0.1", (port) => `http://0177.0.0.1:${port}/`, "loopback"],
  ["short notation 127.1", (port) => `http://127.1:${port}/`, "loopback"],
  ["hex short notation 0x7f.1", (port) => `http://0x7f.1:${port}/`, "loopback"],
  ["hex integer notation 0x7f000001", (port) => `http://0x7f000001:${port}/`, "loopback"],
  ["unspecified 0.0.0.0 (reaches the local host)", (port) => `http://0.0.0.0:${port}/`, "unspecified"],
  ["unspecified ::", (port) => `http://[::]:${port}/`, "unspecified"],
  ["cloud metadata 169.254.169.254", () => "http://169.254.169.254/latest/meta-data/", "cloud metadata"],
  ["cloud metadata fd00:ec2::254", () => "http://[fd00:ec2::254]/latest/meta-data/", "cloud metadata"],
  ["private 10.0.0.1", () => "http://10.0.0.1/", "private"],
  ["private 192.168.1.1", () => "http://192.168.1.1/", "private"],
  ["CGNAT 100.64.0.1", () => "http://100.64.0.1/", "CGNAT"],
  ["link-local fe80::1", () => "http://[fe80::1]/", "link-local"],
  ["unique-local fd12::1", () => "http://[fd12::1]/", "unique-local"],
  ["multicast 224.0.0.1", () => "http://224.0.0.1/", "multicast"],
  ["broadcast 255.255.255.255", () => "http://255.255.255.255/", "broadcast"]
]
