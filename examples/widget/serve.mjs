// Serves index.html on http://localhost:5500 (PORT) with your server and key filled in:
//   SIRE_URL=http://localhost:8080 SIRE_PUBLISHABLE_KEY=pk_… node examples/widget/serve.mjs
import { readFileSync } from "node:fs"
import { createServer } from "node:http"

const port = Number(process.env.PORT ?? 5500)
const page = readFileSync(new URL("index.html", import.meta.url), "utf8")
  .replaceAll("https://sire.example.com", process.env.SIRE_URL ?? "http://localhost:8080")
  .replaceAll("pk_your_publishable_key", process.env.SIRE_PUBLISHABLE_KEY ?? "pk_your_publishable_key")

createServer((request, response) => {
  if (request.url !== "/" && request.url !== "/index.html") {
    response.writeHead(404, { "content-type": "text/plain" })
    return response.end("not found")
  }
  response.writeHead(200, { "content-type": "text/html; charset=utf-8" })
  response.end(page)
}).listen(port, "localhost", () => console.log(`The page is at http://localhost:${port}`))
