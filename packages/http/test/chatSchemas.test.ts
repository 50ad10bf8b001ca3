/**
 * The chat deployment and public chat wire schemas round-trip (decode ∘ encode = identity), and the
 * origin rule accepts exactly what a browser sends as `Origin`.
 */
import { assert, describe, it } from "@effect/vitest"
import { Arbitrary, Schema } from "effect"
import * as fc from "fast-check"
import { CreateDeployment, Deployment, UpdateDeployment } from "../src/deployments/Api.js"
import { isOrigin } from "../src/deployments/Origins.js"
import { PublicConfig, PublicMessage, SendPublicMessage, VisitorSession } from "../src/publicchat/Api.js"

const roundTrips = <A, I>(schema: Schema.Schema<A, I>) => {
  const encode = Schema.encodeSync(schema)
  const decode = Schema.decodeUnknownSync(schema)
  fc.assert(fc.property(Arbitrary.make(schema), (value) => {
    assert.deepStrictEqual(decode(encode(value)), value)
  }), { numRuns: 100 })
}

describe("chat wire schemas", () => {
  it("property: Deployment, PublicConfig, VisitorSession, PublicMessage and the send body decode what they encode", () => {
    roundTrips(Deployment)
    roundTrips(PublicConfig)
    roundTrips(VisitorSession)
    roundTrips(PublicMessage)
    roundTrips(SendPublicMessage)
  })

  it("property: an origin is accepted exactly when it is the http(s) origin of itself, as a browser sends it", () => {
    const host = fc.oneof(fc.domain(), fc.ipV4(), fc.constant("localhost"), fc.ipV6().map((ip) => `[${ip}]`))
    const url = fc.tuple(fc.constantFrom("http", "https", "ftp", "HTTP"), host, fc.option(fc.integer({ min: 0, max: 70_000 })), fc.constantFrom("", "/", "/path", "?q=1", "#x"))
      .map(([scheme, name, port, rest]) => `${scheme}://${name}${port === null ? "" : `:${port}`}${rest}`)
    fc.assert(fc.property(fc.oneof(url, fc.string()), (text) => {
      let expected = false
      try {
        const parsed = new URL(text)
        expected = (parsed.protocol === "http:" || parsed.protocol === "https:") && parsed.origin === text
      } catch {
        expected = false
      }
      assert.strictEqual(isOrigin(text), expected, text)
    }), { numRuns: 500 })
    for (const accepted of ["https://example.com", "http://localhost:3000", "http://127.0.0.1:5173", "http://[::1]:8080"]) assert.isTrue(isOrigin(accepted), accepted)
    for (const refused of ["*", "null", "https://example.com/", "https://Example.com", "https://example.com:443", "file:///x", "https://a@example.com"]) assert.isFalse(isOrigin(refused), refused)
  })

  it("the deployment bodies refuse unknown fields", () => {
    assert.throws(() => Schema.decodeUnknownSync(CreateDeployment)({ workflowId: "wf_x", allowedOrigins: ["https://example.com"], publishableKey: "pk_x" }))
    assert.throws(() => Schema.decodeUnknownSync(UpdateDeployment)({ id: "chd_x" }))
  })
})
