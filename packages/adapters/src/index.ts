/**
 * @sire/adapters — implementations of `@sire/core`'s ports and the conformance testkit.
 *
 * @since 0.1.0
 */
export * as Testkit from "./testkit.js"
