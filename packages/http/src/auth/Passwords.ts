/**
 * Password hashing with Argon2id at OWASP's parameters (19 MiB, 2 passes, 1 lane), on
 * `@node-rs/argon2`'s prebuilt binaries (hashing runs off the event loop).
 *
 * @since 0.1.0
 */
import { type Algorithm, hash as argon2Hash, verify as argon2Verify } from "@node-rs/argon2"
import { Effect } from "effect"

/** OWASP's recommended Argon2id parameters. */
export const parameters = { algorithm: 2 as Algorithm /* Argon2id */, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const

/** The PHC string of a password. */
export const hash = (password: string): Effect.Effect<string> => Effect.promise(() => argon2Hash(password, parameters))

/** Whether `password` matches the PHC string (false for a malformed one). */
export const verify = (phc: string, password: string): Effect.Effect<boolean> =>
  Effect.promise(() => argon2Verify(phc, password).catch(() => false))

/** A hash of nothing anyone knows, verified against when the account does not exist so both paths take as long. */
export const decoy: Effect.Effect<string> = Effect.cached(hash(crypto.randomUUID())).pipe(Effect.runSync)
