/**
 * Typed, prefixed identifiers (`wf_…`, `exec_…`, `org_…`).
 *
 * @since 0.1.0
 */
import { Effect, Schema } from "effect"

/** A workflow id, `wf_` followed by 24 url-safe characters. */
export const WorkflowId = Schema.String.pipe(Schema.pattern(/^wf_[A-Za-z0-9_-]+$/), Schema.brand("@sire/core/WorkflowId"))
/** A workflow id. */
export type WorkflowId = typeof WorkflowId.Type

/** An execution id, `exec_` followed by url-safe characters. */
export const ExecutionId = Schema.String.pipe(
  Schema.pattern(/^exec_[A-Za-z0-9_-]+$/),
  Schema.brand("@sire/core/ExecutionId")
)
/** An execution id. */
export type ExecutionId = typeof ExecutionId.Type

/** An organization id; every stored resource belongs to exactly one. */
export const OrganizationId = Schema.String.pipe(Schema.minLength(1), Schema.brand("@sire/core/OrganizationId"))
/** An organization id. */
export type OrganizationId = typeof OrganizationId.Type

const alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"

// CSPRNG bytes drawn 4 KiB at a time: one call per ~170 ids instead of one per id.
const pool = new Uint8Array(4096)
let used = pool.length

/**
 * 24 characters (by default) from a CSPRNG (Web Crypto, available in Node ≥ 20, browsers and
 * workers), uniform over the 62 letters and digits: bytes ≥ 248 are drawn again.
 */
export const randomToken = (length = 24): string => {
  let out = ""
  while (out.length < length) {
    if (used === pool.length) {
      globalThis.crypto.getRandomValues(pool)
      used = 0
    }
    const byte = pool[used++]
    if (byte < 248) out += alphabet[byte % 62]
  }
  return out
}

/** Makes a new prefixed id such as `exec_3kTq…`. */
export const make = <A extends string>(prefix: string): Effect.Effect<A> =>
  Effect.sync(() => `${prefix}_${randomToken()}` as A)

/** A fresh workflow id. */
export const makeWorkflowId: Effect.Effect<WorkflowId> = make<WorkflowId>("wf")
/** A fresh execution id. */
export const makeExecutionId: Effect.Effect<ExecutionId> = make<ExecutionId>("exec")
/** The organization used when an embedding host does not name one. */
export const defaultOrganizationId = OrganizationId.make("org_default")
