/**
 * The bare `node:http` baseline of `http.ts`, in a process of its own: answers `GET /api/v1/workflows`
 * and `POST /api/v1/executions` with the response bodies captured from `sire serve` (the files named
 * by its two arguments), byte for byte, after reading the request body. No routing library, no
 * auth, no database. Prints `Listening on http://127.0.0.1:<port>` once it listens; exits on SIGTERM.
 *
 * Usage: `node --import tsx http-baseline.ts <list body file> <execution body file>`.
 */
import { readFileSync } from "node:fs"
import { createServer } from "node:http"
import type { AddressInfo } from "node:net"

const [listFile, executionFile] = process.argv.slice(2)
if (listFile === undefined || executionFile === undefined) {
  process.stderr.write("usage: http-baseline.ts <list body file> <execution body file>\n")
  process.exit(2)
}
const list = readFileSync(listFile)
const execution = readFileSync(executionFile)
const notFound = Buffer.from(JSON.stringify({ error: { code: "not_found", message: "not found" } }))

const server = createServer((request, response) => {
  const [status, body] = request.method === "GET" && request.url === "/api/v1/workflows"
    ? [200, list]
    : request.method === "POST" && request.url === "/api/v1/executions"
    ? [200, execution]
    : [404, notFound]
  request.resume()
  request.on("end", () => {
    response.writeHead(status, { "content-type": "application/json", "content-length": body.length })
    response.end(body)
  })
})

server.listen(0, "127.0.0.1", () => {
  process.stdout.write(`Listening on http://127.0.0.1:${(server.address() as AddressInfo).port}\n`)
})

process.once("SIGTERM", () => {
  server.close(() => process.exit(0))
  server.closeAllConnections()
})
