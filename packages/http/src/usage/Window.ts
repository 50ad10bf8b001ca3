/**
 * The windows of `GET /api/v1/usage`: the quota period (the UTC calendar month the quota counts),
 * and the report's `from`/`to` (unix seconds, both included), which default to that period and span
 * at most 366 days.
 *
 * @since 0.1.0
 */
import { Either } from "effect"
import type * as Quota from "@sire/core/Quota"

/** The longest report, in seconds: 366 days. */
export const maxSpanSeconds = 366 * 86_400

/** A period in unix seconds: `start` included, `end` (the next period's start) excluded. */
export interface Period {
  readonly start: number
  readonly end: number
}

/** The quota period a `Quota.Usage` was counted in. */
export const quotaPeriod = (usage: Quota.Usage): Period => {
  const [year, month] = usage.period.split("-").map(Number)
  return { start: Date.UTC(year!, month! - 1, 1) / 1000, end: usage.resetsAt }
}

/** The report's window for the `from`/`to` asked (each defaulting to `period`'s bounds), or why it is refused. */
export const reportWindow = (
  asked: { readonly from?: number | undefined; readonly to?: number | undefined },
  period: Period
): Either.Either<{ readonly from: number; readonly to: number }, string> => {
  const from = asked.from ?? period.start
  const to = asked.to ?? period.end - 1
  if (from > to) return Either.left(`from (${from}) must not be after to (${to})`)
  if (to - from > maxSpanSeconds) return Either.left(`from and to may be at most 366 days apart (${maxSpanSeconds} seconds)`)
  return Either.right({ from, to })
}
