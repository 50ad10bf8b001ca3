/**
 * The mail sender: a scoped background fiber that claims due messages of the queue (`MailQueue`)
 * and hands them to the SMTP server (`Smtp`). A failed attempt is tried again after an exponential
 * backoff (jittered ±20%, capped), until `maxAttempts`; a permanent refusal (5xx) stops after
 * `permanentAttempts`. The message is then `failed`, with its last error. Messages left by a stopped
 * or crashed server are claimed again once their lease ends, by any server on the database.
 *
 * @since 0.1.0
 */
import { Cause, Clock, Duration, Effect, Layer } from "effect"
import { Settings } from "../Settings.js"
import { type Claimed, MailQueue } from "./MailQueue.js"
import { Smtp } from "./Smtp.js"

/** How the sender works. */
export interface Policy {
  /** How often it looks for due messages when the queue is idle. */
  readonly pollMs: number
  /** The wait before the first retry; it doubles with each failed attempt. */
  readonly retryBaseMs: number
  /** The longest wait between attempts. */
  readonly retryMaxMs: number
  /** Attempts after which a message that keeps failing is `failed`. */
  readonly maxAttempts: number
  /** Attempts after which a message the server refuses for good (5xx) is `failed`. */
  readonly permanentAttempts: number
  /** How long a claimed message is held (longer than an attempt can take: `Smtp.timeouts`). */
  readonly leaseMs: number
}

/** Poll every second; retry after 10 s, doubling up to 1 h (30 attempts: about a day); 3 attempts on a 5xx; 2-minute leases. */
export const defaultPolicy: Policy = {
  pollMs: 1_000,
  retryBaseMs: 10_000,
  retryMaxMs: 3_600_000,
  maxAttempts: 30,
  permanentAttempts: 3,
  leaseMs: 120_000
}

/** Messages claimed per round. */
const batchSize = 10

/** The wait after `attempts` failed attempts: `retryBaseMs` doubled each time, capped, jittered ±20%. */
export const retryDelay = (policy: Policy, attempts: number): number => {
  const base = Math.min(policy.retryMaxMs, policy.retryBaseMs * 2 ** Math.min(Math.max(attempts - 1, 0), 30))
  return Math.round(base * (0.8 + Math.random() * 0.4))
}

/** What to do after a failed attempt (the `attempts`-th): retry at a time, or give up. */
export const afterFailure = (policy: Policy, attempts: number, permanent: boolean, now: number): number | undefined =>
  attempts >= (permanent ? policy.permanentAttempts : policy.maxAttempts) ? undefined : now + retryDelay(policy, attempts)

/** The sender, running while its scope is open. */
export const worker: Layer.Layer<never, never, MailQueue | Smtp | Settings> = Layer.scopedDiscard(
  Effect.gen(function*() {
    const queue = yield* MailQueue
    const smtp = yield* Smtp
    const settings = yield* Settings
    const policy: Policy = { ...defaultPolicy, ...settings.mail }

    const deliver = (message: Claimed) =>
      Effect.gen(function*() {
        const outcome = yield* Effect.either(smtp.deliver(message))
        const now = yield* Clock.currentTimeMillis
        if (outcome._tag === "Right") {
          const held = yield* queue.sent(message, now)
          if (!held) yield* Effect.logWarning(`mail ${message.id} was sent after its lease ended: it may be sent twice`)
          return
        }
        const error = outcome.left
        const attempts = message.attempts + 1
        const retryAt = afterFailure(policy, attempts, error.permanent, now)
        if (retryAt === undefined) {
          yield* queue.fail(message, error.message)
          yield* Effect.logError(`mail ${message.id} to ${message.to} failed after ${attempts} attempts: ${error.message}`)
        } else {
          yield* queue.retry(message, error.message, retryAt)
          yield* Effect.logWarning(
            `mail ${message.id} to ${message.to} not sent (attempt ${attempts}), retrying in ${Math.round((retryAt - now) / 1000)} s: ${error.message}`
          )
        }
      }).pipe(
        // Stopping mid-attempt: the message is due again at once, for this server's next start or another server.
        Effect.onInterrupt(() => Effect.ignore(Effect.flatMap(Clock.currentTimeMillis, (now) => queue.release(message, now)))),
        Effect.catchAllCause((cause) =>
          Cause.isInterruptedOnly(cause) ? Effect.failCause(cause) : Effect.logWarning(`could not settle mail ${message.id}`, Cause.squash(cause))
        )
      )

    const round = Effect.gen(function*() {
      const claimed = yield* queue.claim(batchSize, yield* Clock.currentTimeMillis, policy.leaseMs)
      yield* Effect.forEach(claimed, deliver, { concurrency: 2, discard: true })
      return claimed.length
    }).pipe(
      Effect.catchAllCause((cause) =>
        Cause.isInterruptedOnly(cause) ? Effect.failCause(cause) : Effect.as(Effect.logWarning("could not claim mail", Cause.squash(cause)), 0)
      )
    )

    yield* Effect.forkScoped(Effect.forever(
      Effect.flatMap(round, (count) => count >= batchSize ? Effect.void : Effect.sleep(Duration.millis(policy.pollMs)))
    ))
  })
)
