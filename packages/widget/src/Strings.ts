/**
 * Every text the widget shows or announces, in English by default; a page replaces any of them
 * (the `strings` property or attribute, or `createChat({ strings })`) to translate the widget.
 * `{seconds}` in `rateLimited` is replaced by the wait.
 */

/** The widget's texts. */
export interface Strings {
  readonly title: string
  readonly open: string
  readonly close: string
  readonly newConversation: string
  readonly transcript: string
  readonly inputLabel: string
  readonly placeholder: string
  readonly send: string
  readonly stop: string
  readonly retry: string
  readonly suggestions: string
  readonly typing: string
  readonly you: string
  readonly assistant: string
  readonly stopped: string
  readonly reconnecting: string
  readonly replyFailed: string
  readonly network: string
  readonly rateLimited: string
  readonly quota: string
  readonly unavailable: string
  readonly invalid: string
  readonly server: string
  readonly notConfigured: string
}

/** The English texts. */
export const defaults: Strings = {
  title: "Chat",
  open: "Open chat",
  close: "Close chat",
  newConversation: "New conversation",
  transcript: "Conversation",
  inputLabel: "Message",
  placeholder: "Write a message…",
  send: "Send",
  stop: "Stop",
  retry: "Retry",
  suggestions: "Suggestions",
  typing: "The assistant is typing…",
  you: "You",
  assistant: "Assistant",
  stopped: "(stopped)",
  reconnecting: "Connection lost, reconnecting…",
  replyFailed: "Sorry, the assistant could not answer this time.",
  network: "You seem to be offline: the message was not sent.",
  rateLimited: "Too many messages at once. Try again in {seconds} s.",
  quota: "This site's chat limit has been reached for now. Please try again later.",
  unavailable: "This chat is not available on this website.",
  invalid: "This message cannot be sent (messages are 1 to 4,000 characters).",
  server: "Something went wrong on our side. Please try again.",
  notConfigured: "This chat is not set up: it needs the url and publishable-key attributes."
}

/** The texts with the given ones over the defaults (only strings are taken). */
export const merge = (overrides: unknown): Strings => {
  if (overrides === null || typeof overrides !== "object") return defaults
  const picked = Object.entries(overrides).filter(([key, value]) => key in defaults && typeof value === "string")
  return { ...defaults, ...Object.fromEntries(picked) }
}

/** `rateLimited` with its wait filled in. */
export const format = (template: string, values: Readonly<Record<string, string | number>>): string =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole))
