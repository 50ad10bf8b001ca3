/**
 * Loopback helpers for tests that need no database: a pause, and a trap that proves no connection
 * was made to an address.
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
