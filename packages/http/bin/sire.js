#!/usr/bin/env node
// The `sire` command: loads the TypeScript sources through tsx, then runs src/bin.ts.
import { register } from "tsx/esm/api"

register()
await import("../src/bin.ts")
