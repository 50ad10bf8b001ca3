#!/usr/bin/env node
// The `sire` command: the built server (`dist/sire.js`, made by `pnpm build`).
try {
  await import("../dist/sire.js")
} catch (error) {
  if (error?.code !== "ERR_MODULE_NOT_FOUND" || !String(error.message).includes("dist/sire.js")) throw error
  process.stderr.write("sire: the server is not built yet: run `pnpm build` (or `pnpm start` from the repository)\n")
  process.exit(1)
}
