/**
 * `<sire-chat>`: the chat widget as a custom element in an open Shadow DOM. Attributes: `url`,
 * `publishable-key`, `mode` (`launcher`, default, or `inline`), `chat-title`, `greeting`,
 * `suggestions` (a JSON array, or lines), `accent` (`#rrggbb`), `scheme` (`auto`, `light`,
 * `dark`), `strings` (JSON), `open`. They override the deployment's config, loaded from the
 * server. The visitor's session lives in `localStorage` per publishable key; replies stream and
 * resume after a dropped connection.
 */
import { applyLabels, applyTheme, showSuggestions } from "./Appearance.js"
import { ChatError, visitorMessage } from "./ChatError.js"
import { type ChatClient, type ChatConfig, type ChatMessage, createClient } from "./Client.js"
import { initial, type ReplyState } from "./Reply.js"
import * as Storage from "./Storage.js"
import { streamReply } from "./Stream.js"
import { merge, type Strings } from "./Strings.js"
import { isHexColor } from "./Theme.js"
import { createEntry, draw, type Entry, entryOf } from "./Transcript.js"
import { build, type View } from "./View.js"

const Base: typeof HTMLElement = typeof HTMLElement === "undefined" ? (class {} as unknown as typeof HTMLElement) : HTMLElement

/** The attributes the element reads. */
export const attributes = ["url", "publishable-key", "mode", "chat-title", "greeting", "suggestions", "accent", "scheme", "strings", "open"] as const

const parseList = (value: string | null): ReadonlyArray<string> | undefined => {
  if (value === null) return undefined
  try {
    const parsed = JSON.parse(value)
    if (Array.isArray(parsed)) return parsed.filter((item): item is string => typeof item === "string")
  } catch {
    return value.split("\n").map((line) => line.trim()).filter((line) => line !== "")
  }
  return undefined
}

const parseObject = (value: string | null): unknown => {
  try {
    return value === null ? undefined : JSON.parse(value)
  } catch {
    return undefined
  }
}

/** The `<sire-chat>` element. */
export class SireChatElement extends Base {
  static readonly observedAttributes = attributes

  private view: View | undefined
  private client: ChatClient | undefined
  private config: ChatConfig = {}
  private stringsOverride: unknown
  private suggestionsOverride: ReadonlyArray<string> | undefined
  private entries: Array<Entry> = []
  private saved: Storage.Saved | undefined
  private readonly store = Storage.defaultStore()
  private busy: AbortController | undefined
  private history: Promise<void> | undefined
  private refused = false
  private media: MediaQueryList | undefined
  private retryTimer: ReturnType<typeof setTimeout> | undefined
  private readonly onScheme = () => this.applyTheme()

  /** The widget's texts (the defaults with any overrides). */
  get strings(): Strings {
    return merge({ ...(parseObject(this.getAttribute("strings")) as object | undefined), ...(this.stringsOverride as object | undefined) })
  }

  set strings(value: Partial<Strings> | undefined) {
    this.stringsOverride = value
    this.refresh()
  }

  /** The suggested prompts shown before the first message (over the deployment's). */
  get suggestions(): ReadonlyArray<string> {
    return this.suggestionsOverride ?? parseList(this.getAttribute("suggestions")) ?? this.config.suggestions ?? []
  }

  set suggestions(value: ReadonlyArray<string> | undefined) {
    this.suggestionsOverride = value
    this.refresh()
  }

  /** Whether the panel is open (always, inline). */
  get isOpen(): boolean {
    return this.inline || this.hasAttribute("open")
  }

  private get inline(): boolean {
    return this.getAttribute("mode") === "inline"
  }

  private get key(): string {
    return this.getAttribute("publishable-key") ?? ""
  }

  connectedCallback(): void {
    if (this.view === undefined) this.view = this.wire(build(this.attachShadow({ mode: "open" })))
    this.media = typeof matchMedia === "function" ? matchMedia("(prefers-color-scheme: dark)") : undefined
    this.media?.addEventListener("change", this.onScheme)
    this.connect()
  }

  disconnectedCallback(): void {
    this.media?.removeEventListener("change", this.onScheme)
    this.busy?.abort()
  }

  attributeChangedCallback(name: string, before: string | null, after: string | null): void {
    if (this.view === undefined || before === after) return
    if (name === "url" || name === "publishable-key") this.connect()
    else if (name === "open") this.showPanel(after !== null, true)
    else this.refresh()
  }

  /** Opens the panel and focuses the message box. */
  open(): void {
    this.setAttribute("open", "")
  }

  /** Closes the panel and gives focus back to the launcher. */
  close(): void {
    const wasOpen = this.hasAttribute("open")
    this.removeAttribute("open")
    if (wasOpen && !this.inline) this.view?.launcher.focus()
  }

  /** Forgets the conversation (the server keeps it) and starts a new one at the next message. */
  newConversation(): void {
    this.busy?.abort()
    Storage.clear(this.store, this.key)
    this.saved = undefined
    this.history = Promise.resolve()
    this.setEntries([])
    this.hideAlert()
    this.view?.input.focus()
  }

  /** Sends a message as the visitor (as if typed). */
  send(content: string): Promise<void> {
    return this.sendMessage(content)
  }

  private connect(): void {
    const url = this.getAttribute("url")
    this.busy?.abort()
    this.client = url !== null && url !== "" && this.key !== "" ? createClient({ url, publishableKey: this.key }) : undefined
    this.config = {}
    this.refused = false
    this.saved = this.client === undefined ? undefined : Storage.load(this.store, this.key)
    this.history = undefined
    this.setEntries(this.saved?.messages.map((message) => entryOf(this.view!.root.ownerDocument, message)) ?? [])
    this.hideAlert()
    this.refresh()
    if (this.client === undefined) return this.showAlert(this.strings.notConfigured)
    const client = this.client
    client.config().then((config) => {
      if (client !== this.client) return
      this.config = config ?? {}
      this.refresh()
    }, (error: unknown) => {
      if (client !== this.client || !(error instanceof ChatError) || error.kind !== "unavailable") return
      this.refused = true
      this.refresh()
      this.showAlert(this.strings.unavailable)
    })
    this.showPanel(this.isOpen)
  }

  private wire(view: View): View {
    view.launcher.addEventListener("click", () => (this.isOpen ? this.close() : this.open()))
    view.close.addEventListener("click", () => this.close())
    view.newConversation.addEventListener("click", () => this.newConversation())
    view.stop.addEventListener("click", () => this.busy?.abort())
    view.root.addEventListener("keydown", (event) => {
      if (event.key === "Escape" && !this.inline && this.isOpen) {
        event.preventDefault()
        this.close()
      }
    })
    view.composer.addEventListener("submit", (event) => {
      event.preventDefault()
      void this.sendMessage(view.input.value)
    })
    view.input.addEventListener("keydown", (event) => {
      if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
        event.preventDefault()
        void this.sendMessage(view.input.value)
      }
    })
    return view
  }

  private showPanel(open: boolean, focus = false): void {
    const view = this.view!
    const shown = this.inline || open
    view.panel.hidden = !shown
    view.launcher.hidden = this.inline
    view.launcher.setAttribute("aria-expanded", String(shown))
    if (!shown) return
    void this.loadHistory()
    if (focus && !this.inline) view.input.focus()
  }

  /** Applies texts, config and theme to the view. */
  private refresh(): void {
    const view = this.view
    if (view === undefined) return
    const strings = this.strings
    applyLabels(view, {
      strings,
      title: this.getAttribute("chat-title") ?? this.config.title ?? strings.title,
      greeting: this.getAttribute("greeting") ?? this.config.greeting ?? "",
      inline: this.inline,
      refused: this.refused
    })
    this.drawSuggestions()
    for (const entry of this.entries) draw(entry, strings)
    this.applyTheme()
    this.showPanel(this.isOpen)
  }

  private applyTheme(): void {
    if (this.view === undefined) return
    const scheme = this.getAttribute("scheme") ?? this.config.theme?.scheme ?? "auto"
    const dark = scheme === "dark" || (scheme !== "light" && this.media?.matches === true)
    applyTheme(this.view, dark, [this.getAttribute("accent"), this.config.theme?.accent].find(isHexColor))
  }

  private drawSuggestions(): void {
    const shown = this.entries.length === 0 && !this.refused ? this.suggestions.slice(0, 6) : []
    showSuggestions(this.view!, shown, (text) => void this.sendMessage(text))
  }

  private setEntries(entries: Array<Entry>): void {
    const view = this.view!
    this.entries = entries
    for (const entry of entries) draw(entry, this.strings)
    view.transcript.replaceChildren(view.greeting, ...entries.map((entry) => entry.node))
    this.drawSuggestions()
    this.scrollDown()
  }

  private add(entry: Entry): Entry {
    this.entries.push(entry)
    draw(entry, this.strings)
    this.view!.transcript.append(entry.node)
    this.drawSuggestions()
    this.scrollDown()
    return entry
  }

  private removeEntry(entry: Entry): void {
    this.entries = this.entries.filter((other) => other !== entry)
    entry.node.remove()
    this.drawSuggestions()
  }

  private update(entry: Entry, text: string, state: Entry["state"]): void {
    entry.text = text
    entry.state = state
    draw(entry, this.strings)
    this.scrollDown()
  }

  private scrollDown(): void {
    const transcript = this.view!.transcript
    transcript.scrollTop = transcript.scrollHeight
  }

  /** Shows an alert, with a Retry button when `retry` is given (enabled after `waitSeconds`, a rate limit's wait). */
  private showAlert(text: string, retry?: () => void, waitSeconds = 0): void {
    const view = this.view!
    view.alertText.textContent = text
    view.retry.hidden = retry === undefined
    view.retry.disabled = waitSeconds > 0
    clearTimeout(this.retryTimer)
    if (waitSeconds > 0) this.retryTimer = setTimeout(() => (view.retry.disabled = false), waitSeconds * 1000)
    view.retry.onclick = retry === undefined ? null : () => {
      this.hideAlert()
      retry()
    }
    view.alert.hidden = false
  }

  private hideAlert(): void {
    clearTimeout(this.retryTimer)
    this.view!.alert.hidden = true
    this.view!.status.textContent = ""
  }

  /** The stored messages shown, for saving. */
  private stored(): Array<ChatMessage> {
    return this.entries.flatMap((entry): Array<ChatMessage> =>
      entry.id === undefined || (entry.state !== "done" && entry.state !== "error")
        ? []
        : [{ id: entry.id, seq: 0, role: entry.role, content: entry.text, createdAt: 0, ...(entry.state === "error" ? { error: "failed" } : {}) }]
    )
  }

  private persist(): void {
    if (this.saved !== undefined) {
      this.saved = { ...this.saved, messages: this.stored() }
      Storage.save(this.store, this.key, this.saved)
    }
  }

  /** Loads the session's history from the server once; resumes a reply still being written. */
  private loadHistory(): Promise<void> {
    if (this.history !== undefined) return this.history
    const client = this.client
    const saved = this.saved
    if (client === undefined || saved === undefined) return (this.history = Promise.resolve())
    this.history = client.messages(saved.visitorToken).then((messages) => {
      if (client !== this.client || this.busy !== undefined) return
      const document = this.view!.root.ownerDocument
      this.setEntries(messages.map((message) => entryOf(document, message)))
      this.persist()
      const last = messages[messages.length - 1]
      if (last?.role === "user") void this.follow(client, saved.visitorToken, last, this.add(createEntry(document, "assistant", "", "typing")))
    }, (error: unknown) => {
      if (error instanceof ChatError && error.kind === "session") {
        Storage.clear(this.store, this.key)
        this.saved = undefined
        this.setEntries([])
      }
    })
    return this.history
  }

  private async session(client: ChatClient): Promise<string> {
    if (this.saved !== undefined) return this.saved.visitorToken
    const created = await client.createSession()
    this.saved = { sessionId: created.sessionId, visitorToken: created.visitorToken, messages: [] }
    Storage.save(this.store, this.key, this.saved)
    return created.visitorToken
  }

  private async sendMessage(raw: string): Promise<void> {
    const view = this.view!
    const content = raw.trim()
    const client = this.client
    if (client === undefined) return this.showAlert(this.strings.notConfigured)
    if (content === "" || this.busy !== undefined || this.refused) return
    await this.loadHistory()
    if (this.busy !== undefined || client !== this.client) return
    this.hideAlert()
    if (view.input.value.trim() === content) view.input.value = ""
    const document = view.root.ownerDocument
    const user = this.add(createEntry(document, "user", content, "streaming"))
    const reply = this.add(createEntry(document, "assistant", "", "typing"))
    const controller = this.begin()
    let state: ReplyState = initial
    const track = (next: ReplyState) => {
      state = next
      this.show(user, reply, next)
    }
    const attempt = async (token: string) =>
      streamReply({
        open: (signal) => client.send(token, content, signal),
        resume: (id, last, signal) => client.resume(token, id, last, signal),
        signal: controller.signal,
        onUpdate: track,
        onReconnect: () => (view.status.textContent = this.strings.reconnecting)
      })
    try {
      let token = await this.session(client)
      try {
        await attempt(token)
      } catch (error) {
        if (!(error instanceof ChatError && error.kind === "session" && state.user === undefined)) throw error
        Storage.clear(this.store, this.key)
        this.saved = undefined
        token = await this.session(client)
        await attempt(token)
      }
    } catch (error) {
      this.failed(client, error, user, reply, state, () => {
        this.removeEntry(user)
        void this.sendMessage(content)
      })
    } finally {
      this.end(controller)
    }
  }

  /** Follows a reply already under way (after a reload, or a retry once the message was stored). */
  private async follow(client: ChatClient, token: string, user: ChatMessage, reply: Entry): Promise<void> {
    const controller = this.begin()
    const from: ReplyState = { ...initial, user }
    const userEntry = this.entries.find((entry) => entry.id === user.id)
    let state = from
    try {
      await streamReply({
        open: (signal) => client.resume(token, user.id, undefined, signal),
        resume: (id, last, signal) => client.resume(token, id, last, signal),
        signal: controller.signal,
        from,
        onUpdate: (next) => {
          state = next
          if (userEntry !== undefined) this.show(userEntry, reply, next)
          else this.showReply(reply, next)
        },
        onReconnect: () => (this.view!.status.textContent = this.strings.reconnecting)
      })
    } catch (error) {
      this.failed(client, error, userEntry, reply, state, () => {})
    } finally {
      this.end(controller)
    }
  }

  private begin(): AbortController {
    const controller = new AbortController()
    this.busy = controller
    this.view!.send.hidden = true
    this.view!.stop.hidden = false
    return controller
  }

  private end(controller: AbortController): void {
    if (this.busy === controller) this.busy = undefined
    this.view!.send.hidden = false
    this.view!.stop.hidden = true
    this.view!.status.textContent = ""
    this.persist()
  }

  private show(user: Entry, reply: Entry, state: ReplyState): void {
    if (state.user !== undefined && user.id === undefined) {
      user.id = state.user.id
      this.update(user, state.user.content, "done")
    }
    this.showReply(reply, state)
  }

  private showReply(reply: Entry, state: ReplyState): void {
    if (state.reply !== undefined) {
      reply.id = state.reply.id
      this.update(reply, state.reply.content, state.reply.content === "" && state.reply.error !== undefined ? "error" : "done")
    } else if (state.text !== "") {
      this.update(reply, state.text, "streaming")
    }
  }

  private failed(client: ChatClient, error: unknown, user: Entry | undefined, reply: Entry, state: ReplyState, resend: () => void): void {
    if (error instanceof Error && error.name === "AbortError") {
      if (state.text === "") this.removeEntry(reply)
      else this.update(reply, state.text, "stopped")
      if (user !== undefined && user.id === undefined) this.update(user, user.text, "failed")
      return
    }
    const stored = state.user
    if (stored !== undefined && this.saved !== undefined) {
      const token = this.saved.visitorToken
      if (state.text === "") this.removeEntry(reply)
      else this.update(reply, state.text, "stopped")
      this.showAlert(visitorMessage(error, this.strings), () => {
        if (reply.node.isConnected) this.removeEntry(reply)
        void this.follow(client, token, stored, this.add(createEntry(this.view!.root.ownerDocument, "assistant", "", "typing")))
      })
      return
    }
    this.removeEntry(reply)
    if (user !== undefined) this.update(user, user.text, "failed")
    this.showAlert(visitorMessage(error, this.strings), resend, error instanceof ChatError && error.kind === "rate" ? error.retryAfter ?? 0 : 0)
  }
}
