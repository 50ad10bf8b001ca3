/**
 * What the widget keeps in `localStorage` per deployment (key `sire-chat:<publishableKey>`): the
 * visitor's session id and token, and the last messages shown, so a reload shows the conversation
 * at once (the server's history then replaces them). No cookies. Where storage is unavailable
 * (blocked, private modes), it lives in memory for the page's lifetime.
 */
import type { ChatMessage } from "./Client.js"

/** A visitor's stored conversation. */
export interface Saved {
  readonly sessionId: string
  readonly visitorToken: string
  readonly messages: ReadonlyArray<ChatMessage>
}

/** The part of `Storage` used. */
export interface KeyValue {
  getItem(key: string): string | null
  setItem(key: string, value: string): void
  removeItem(key: string): void
}

/** The most messages kept locally. */
export const maxKept = 100

const memory = new Map<string, string>()
const inMemory: KeyValue = {
  getItem: (key) => memory.get(key) ?? null,
  setItem: (key, value) => void memory.set(key, value),
  removeItem: (key) => void memory.delete(key)
}

/** `localStorage` when it works, else an in-memory store. */
export const defaultStore = (): KeyValue => {
  try {
    const storage = globalThis.localStorage
    const probe = "sire-chat:probe"
    storage.setItem(probe, "1")
    storage.removeItem(probe)
    return storage
  } catch {
    return inMemory
  }
}

const keyOf = (publishableKey: string) => `sire-chat:${publishableKey}`

/** The stored conversation of a deployment, if any (and well-formed). */
export const load = (store: KeyValue, publishableKey: string): Saved | undefined => {
  try {
    const value = JSON.parse(store.getItem(keyOf(publishableKey)) ?? "null")
    if (typeof value?.sessionId !== "string" || typeof value?.visitorToken !== "string") return undefined
    const messages = Array.isArray(value.messages)
      ? value.messages.filter((message: any) => typeof message?.id === "string" && typeof message?.content === "string" && (message.role === "user" || message.role === "assistant"))
      : []
    return { sessionId: value.sessionId, visitorToken: value.visitorToken, messages }
  } catch {
    return undefined
  }
}

/** Stores a deployment's conversation (its last `maxKept` messages). */
export const save = (store: KeyValue, publishableKey: string, saved: Saved): void => {
  try {
    store.setItem(keyOf(publishableKey), JSON.stringify({ ...saved, messages: saved.messages.slice(-maxKept) }))
  } catch {
    return
  }
}

/** Forgets a deployment's conversation. */
export const clear = (store: KeyValue, publishableKey: string): void => {
  try {
    store.removeItem(keyOf(publishableKey))
  } catch {
    return
  }
}
