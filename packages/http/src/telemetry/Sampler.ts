/**
 * The server's trace sampler: the one `OTEL_TRACES_SAMPLER` / `OTEL_TRACES_SAMPLER_ARG` name (the
 * SDK's own rules: `parentbased_always_on` by default, `always_on`, `always_off`, `traceidratio`,
 * `parentbased_always_off`, `parentbased_traceidratio`), except that storage calls outside any
 * trace — the work queue's and the outbox's polling, migrations — are not recorded: a storage call
 * is traced as part of the request, execution or delivery it serves, and an idle server exports
 * nothing.
 *
 * @since 0.1.0
 */
import { type Attributes, type Context, diag, type Link, type SpanKind, trace } from "@opentelemetry/api"
import {
  AlwaysOffSampler,
  AlwaysOnSampler,
  ParentBasedSampler,
  type Sampler,
  type SamplingResult,
  SamplingDecision,
  TraceIdRatioBasedSampler
} from "@opentelemetry/sdk-trace-base"

/** Span names of storage calls: `@effect/sql`'s statements and transactions, the SQL stores' operations. */
export const storageSpan = /^(sql\.|Sql[A-Za-z]+\.)/

/** The ratio of `OTEL_TRACES_SAMPLER_ARG`: a number in [0, 1], else 1. */
const ratio = (arg: string | undefined): number => {
  const n = arg === undefined || arg.trim() === "" ? Number.NaN : Number(arg)
  return Number.isFinite(n) && n >= 0 && n <= 1 ? n : 1
}

/** The sampler `OTEL_TRACES_SAMPLER` and `OTEL_TRACES_SAMPLER_ARG` name, as the SDK would build it. */
export const fromEnv = (name: string | undefined, arg: string | undefined): Sampler => {
  switch ((name ?? "").trim().toLowerCase()) {
    case "always_on":
      return new AlwaysOnSampler()
    case "always_off":
      return new AlwaysOffSampler()
    case "traceidratio":
      return new TraceIdRatioBasedSampler(ratio(arg))
    case "parentbased_always_off":
      return new ParentBasedSampler({ root: new AlwaysOffSampler() })
    case "parentbased_traceidratio":
      return new ParentBasedSampler({ root: new TraceIdRatioBasedSampler(ratio(arg)) })
    case "":
    case "parentbased_always_on":
      return new ParentBasedSampler({ root: new AlwaysOnSampler() })
    default:
      diag.error(`OTEL_TRACES_SAMPLER value "${name}" invalid, defaulting to parentbased_always_on`)
      return new ParentBasedSampler({ root: new AlwaysOnSampler() })
  }
}

/** `delegate`, except that root storage spans (calls outside any trace) are dropped. */
export class SkipBackgroundStorage implements Sampler {
  constructor(readonly delegate: Sampler) {}

  shouldSample(context: Context, traceId: string, name: string, kind: SpanKind, attributes: Attributes, links: Array<Link>): SamplingResult {
    return trace.getSpanContext(context) === undefined && storageSpan.test(name)
      ? { decision: SamplingDecision.NOT_RECORD }
      : this.delegate.shouldSample(context, traceId, name, kind, attributes, links)
  }

  toString(): string {
    return `SkipBackgroundStorage{${this.delegate.toString()}}`
  }
}

/** The server's sampler for the environment's sampler settings. */
export const make = (name: string | undefined, arg: string | undefined): Sampler => new SkipBackgroundStorage(fromEnv(name, arg))
