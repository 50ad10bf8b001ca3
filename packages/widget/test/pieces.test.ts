/**
 * The widget's small pure pieces: HTTP errors to visitor-facing kinds (402, 429 with Retry-After,
 * 401, 403/404), the stored session per publishable key (and what survives a corrupt or missing
 * store), translations over the defaults, and readable text on any accent colour.
 */
import fc from "fast-check"
import { assert, describe, it } from "vitest"
import { ChatError, errorOfResponse, kindOfStatus, retryAfterSeconds, visitorMessage } from "../src/ChatError.js"
import { publicBase } from "../src/Client.js"
import * as Storage from "../src/Storage.js"
import { defaults, format, merge } from "../src/Strings.js"
import { contrast, textOn } from "../src/Theme.js"

const memoryStore = (): Storage.KeyValue & { readonly data: Map<string, string> } => {
  const data = new Map<string, string>()
  return { data, getItem: (key) => data.get(key) ?? null, setItem: (key, value) => void data.set(key, value), removeItem: (key) => void data.delete(key) }
}

describe("errors", () => {
  it("maps statuses to what the visitor is told", () => {
    assert.deepStrictEqual([402, 429, 401, 403, 404, 400, 500, 503].map(kindOfStatus), ["quota", "rate", "session", "unavailable", "unavailable", "invalid", "server", "server"])
  })

  it("reads Retry-After as seconds or as a date, at least one second", async () => {
    assert.strictEqual(retryAfterSeconds("12", 0), 12)
    assert.strictEqual(retryAfterSeconds("0", 0), 1)
    assert.strictEqual(retryAfterSeconds(new Date(30_000).toUTCString(), 0), 30)
    assert.strictEqual(retryAfterSeconds(null, 0), undefined)
    const error = await errorOfResponse(new Response(JSON.stringify({ error: "rate limit exceeded" }), { status: 429, headers: { "retry-after": "7" } }), 0)
    assert.deepStrictEqual([error.kind, error.retryAfter, error.message], ["rate", 7, "rate limit exceeded"])
  })

  it("tells the visitor a sentence for each kind, with the wait of a rate limit, and never the raw error", () => {
    const strings = merge({ rateLimited: "Attendez {seconds} s." })
    assert.strictEqual(visitorMessage(new ChatError("rate", "rate limit exceeded", 12), strings), "Attendez 12 s.")
    assert.strictEqual(visitorMessage(new ChatError("quota", "free tier limit reached"), strings), defaults.quota)
    assert.strictEqual(visitorMessage(new ChatError("network"), strings), defaults.network)
    assert.strictEqual(visitorMessage(new ChatError("unavailable"), strings), defaults.unavailable)
    assert.strictEqual(visitorMessage(new ChatError("invalid", "invalid request: content: …"), strings), defaults.invalid)
    assert.strictEqual(visitorMessage(new TypeError("Failed to fetch at internal.js:12"), strings), defaults.server)
  })

  it("builds the deployment's public base URL, the key encoded", () => {
    assert.strictEqual(publicBase("https://sire.example.com/", "pk_abc"), "https://sire.example.com/api/v1/chat/public/pk_abc")
    assert.strictEqual(publicBase("https://sire.example.com", "pk/../x"), "https://sire.example.com/api/v1/chat/public/pk%2F..%2Fx")
  })
})

describe("the stored session", () => {
  it("is kept per publishable key and read back; a corrupt entry reads as none", () => {
    const store = memoryStore()
    const message = { id: "msg_1", seq: 1, role: "user" as const, content: "hi", createdAt: 1 }
    Storage.save(store, "pk_a", { sessionId: "chat_1", visitorToken: "cvt_a", messages: [message] })
    assert.deepStrictEqual(Storage.load(store, "pk_a"), { sessionId: "chat_1", visitorToken: "cvt_a", messages: [message] })
    assert.strictEqual(Storage.load(store, "pk_b"), undefined)
    store.data.set("sire-chat:pk_b", "{not json")
    assert.strictEqual(Storage.load(store, "pk_b"), undefined)
    Storage.clear(store, "pk_a")
    assert.strictEqual(Storage.load(store, "pk_a"), undefined)
  })

  it("keeps at most the last 100 messages", () => {
    const store = memoryStore()
    const messages = Array.from({ length: 130 }, (_, index) => ({ id: `msg_${index}`, seq: index, role: "user" as const, content: String(index), createdAt: 0 }))
    Storage.save(store, "pk", { sessionId: "chat_1", visitorToken: "cvt", messages })
    assert.deepStrictEqual(Storage.load(store, "pk")!.messages.map((message) => message.id), messages.slice(30).map((message) => message.id))
  })

  it("survives a store that throws (blocked storage): nothing saved, nothing thrown", () => {
    const throwing: Storage.KeyValue = {
      getItem: () => {
        throw new Error("SecurityError")
      },
      setItem: () => {
        throw new Error("QuotaExceededError")
      },
      removeItem: () => {
        throw new Error("SecurityError")
      }
    }
    Storage.save(throwing, "pk", { sessionId: "s", visitorToken: "t", messages: [] })
    assert.strictEqual(Storage.load(throwing, "pk"), undefined)
    Storage.clear(throwing, "pk")
  })
})

describe("strings and theme", () => {
  it("takes only known string overrides over the defaults and fills {seconds}", () => {
    const strings = merge({ send: "Envoyer", unknown: "x", title: 42 })
    assert.strictEqual(strings.send, "Envoyer")
    assert.strictEqual(strings.title, defaults.title)
    assert.notProperty(strings, "unknown")
    assert.strictEqual(format(defaults.rateLimited, { seconds: 12 }), "Too many messages at once. Try again in 12 s.")
  })

  it("property: the text colour chosen for any accent contrasts with it at least 4.5:1 or the best possible", () => {
    const hex = fc.integer({ min: 0, max: 0xffffff }).map((value) => `#${value.toString(16).padStart(6, "0")}`)
    fc.assert(fc.property(hex, (accent) => {
      const chosen = contrast(accent, textOn(accent))
      assert.isAtLeast(chosen, Math.min(4.5, Math.max(contrast(accent, "#000000"), contrast(accent, "#ffffff"))) - 1e-9)
    }))
  })
})
