/**
 * `@sire/chat`: the embeddable chat widget for a Sire chat deployment. Importing it (or loading
 * `sire-chat.js` with a `<script>` tag) defines `<sire-chat>`; `createChat` adds one from script.
 *
 * @example
 * ```html
 * <script src="https://sire.example.com/chat/sire-chat.js" defer></script>
 * <sire-chat url="https://sire.example.com" publishable-key="pk_…"></sire-chat>
 * ```
 */
import { SireChatElement } from "./Element.js"
import type { Strings } from "./Strings.js"

export { SireChatElement } from "./Element.js"
export { ChatError, type ChatErrorKind } from "./ChatError.js"
export type { ChatConfig, ChatMessage } from "./Client.js"
export { defaults as defaultStrings, type Strings } from "./Strings.js"

/** The element's tag name. */
export const tagName = "sire-chat"

/** Defines `<sire-chat>` (once; a no-op outside a browser). */
export const define = (): void => {
  if (typeof customElements !== "undefined" && customElements.get(tagName) === undefined) customElements.define(tagName, SireChatElement)
}

define()

/** What `createChat` takes: the server and key, where to put the widget, and the element's options. */
export interface ChatOptions {
  /** The Sire server's base URL (`https://sire.example.com`). */
  readonly url: string
  /** The deployment's publishable key (`pk_…`). */
  readonly publishableKey: string
  /** Where to append the widget (an element or a selector); `document.body` by default. */
  readonly target?: Element | string
  /** `launcher` (a button that opens a panel; default) or `inline` (fills `target`). */
  readonly mode?: "launcher" | "inline"
  readonly title?: string
  readonly greeting?: string
  readonly suggestions?: ReadonlyArray<string>
  /** `#rrggbb`. */
  readonly accent?: string
  readonly scheme?: "auto" | "light" | "dark"
  /** Texts to replace (i18n). */
  readonly strings?: Partial<Strings>
  /** Open the panel at once. */
  readonly open?: boolean
}

/** A widget added by `createChat`. */
export interface Chat {
  readonly element: SireChatElement
  readonly open: () => void
  readonly close: () => void
  /** Removes the widget from the page. */
  readonly destroy: () => void
}

/**
 * Adds a `<sire-chat>` to the page.
 *
 * @example
 * ```ts
 * import { createChat } from "@sire/chat"
 * const chat = createChat({ url: "https://sire.example.com", publishableKey: "pk_…", greeting: "Hi! How can I help?" })
 * chat.open()
 * ```
 */
export const createChat = (options: ChatOptions): Chat => {
  define()
  const element = document.createElement(tagName) as SireChatElement
  const attributes: Record<string, string | undefined> = {
    url: options.url,
    "publishable-key": options.publishableKey,
    mode: options.mode,
    "chat-title": options.title,
    greeting: options.greeting,
    accent: options.accent,
    scheme: options.scheme
  }
  for (const [name, value] of Object.entries(attributes)) if (value !== undefined) element.setAttribute(name, value)
  if (options.suggestions !== undefined) element.suggestions = options.suggestions
  if (options.strings !== undefined) element.strings = options.strings
  if (options.open === true) element.setAttribute("open", "")
  const target = typeof options.target === "string" ? document.querySelector(options.target) : options.target ?? document.body
  if (target === null) throw new Error(`createChat: no element matches ${String(options.target)}`)
  target.append(element)
  return { element, open: () => element.open(), close: () => element.close(), destroy: () => element.remove() }
}
