/**
 * Schema helpers shared by the groups: strict request bodies, unix-second times, and paging.
 *
 * @since 0.1.0
 */
import { HttpServerResponse } from "@effect/platform"
import { Schema } from "effect"

/** A request body schema that rejects unknown fields (400) instead of dropping them. */
export const strict = <S extends Schema.Schema.Any>(schema: S): S =>
  schema.annotations({ parseOptions: { onExcessProperty: "error" } }) as S

/** A workflow version number as a body sends it: 1 to 2147483647 (versions are 32-bit in storage: a larger one is a 400, not a failed query). */
export const VersionNumber = Schema.Int.pipe(Schema.between(1, 2_147_483_647))

/** Unix seconds. */
export const UnixSeconds = Schema.Int.annotations({ description: "Unix time in seconds" })

/** Unix milliseconds (as stored) to unix seconds (as the API shows them). */
export const seconds = (millis: number): number => Math.floor(millis / 1000)

/** A non-empty, trimmed display name. */
export const Name = Schema.Trim.pipe(Schema.minLength(1), Schema.maxLength(200))

/** `limit` (1–100, default 20) and `cursor` query parameters of list endpoints. */
export const PageParams = Schema.Struct({
  limit: Schema.optional(Schema.NumberFromString.pipe(Schema.int(), Schema.between(1, 100))),
  cursor: Schema.optional(Schema.String)
})

/** The default page size. */
export const defaultLimit = 20

/** A JSON array response, with `Link: <…>; rel="next"` when there is a next page. */
export const pageResponse = (
  items: ReadonlyArray<unknown>,
  nextCursor: string | undefined,
  url: string
): HttpServerResponse.HttpServerResponse => {
  const response = HttpServerResponse.unsafeJson(items)
  if (nextCursor === undefined) return response
  const next = new URL(url, "http://placeholder")
  next.searchParams.set("cursor", nextCursor)
  return HttpServerResponse.setHeader(response, "link", `<${next.pathname}${next.search}>; rel="next"`)
}

/** Any JSON value, passed through as is (documented as such). */
export const JsonValue = Schema.Unknown.annotations({ jsonSchema: {}, description: "Any JSON value" })
