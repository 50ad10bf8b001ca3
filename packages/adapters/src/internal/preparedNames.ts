/**
 * Which statement texts run often enough to be prepared, and under which name: shared by
 * `PgPreparedPool` (PostgreSQL) and `PgliteClient` (PGlite).
 */
import type { PrepareOptions } from "../PgPreparedPool.js"

/** Statement names by text: a text gets one once it has run `threshold` times, at most `maxStatements` texts. */
export class PreparedNames {
  private readonly seen = new Map<string, number>()
  private readonly names = new Map<string, string>()
  private readonly threshold: number
  private readonly max: number
  constructor(options: PrepareOptions = {}) {
    this.threshold = options.threshold ?? 5
    this.max = options.maxStatements ?? 256
  }

  /** The name to prepare `text` under, once it has been run often enough. */
  nameOf(text: string): string | undefined {
    const name = this.names.get(text)
    if (name !== undefined) return name
    if (this.names.size >= this.max) return undefined
    const runs = (this.seen.get(text) ?? 0) + 1
    if (runs < this.threshold) {
      this.seen.set(text, runs)
      return undefined
    }
    this.seen.delete(text)
    const named = `sire_${this.names.size + 1}`
    this.names.set(text, named)
    return named
  }
}
