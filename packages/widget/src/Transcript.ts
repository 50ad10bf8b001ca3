/**
 * The messages in the transcript: one entry per bubble, user text shown as text (`white-space:
 * pre-wrap`), assistant text as safe Markdown (`Markdown`, `MarkdownDom`), a typing indicator
 * before the first token, `aria-busy` while a reply streams, and a visually hidden speaker label
 * for screen readers.
 */
import type { ChatMessage } from "./Client.js"
import { parse } from "./Markdown.js"
import { render } from "./MarkdownDom.js"
import type { Strings } from "./Strings.js"
import { element } from "./View.js"

/** What a bubble shows: text as it stands, or typing, or a failure. */
export type EntryState = "done" | "typing" | "streaming" | "stopped" | "failed" | "error"

/** A bubble and what it holds. */
export interface Entry {
  readonly role: "user" | "assistant"
  readonly node: HTMLElement
  id: string | undefined
  text: string
  state: EntryState
}

/** A new bubble (not yet in the transcript). */
export const createEntry = (document: Document, role: "user" | "assistant", text: string, state: EntryState, id?: string): Entry => ({
  role,
  node: element(document, "div", `msg ${role}`),
  id,
  text,
  state
})

/** The bubble of a stored message. */
export const entryOf = (document: Document, message: ChatMessage): Entry =>
  createEntry(document, message.role, message.content, message.role === "assistant" && message.error !== undefined && message.content === "" ? "error" : "done", message.id)

/** Redraws a bubble from its entry. */
export const draw = (entry: Entry, strings: Strings): void => {
  const { node } = entry
  const document = node.ownerDocument
  const label = element(document, "span", "", { class: "sr" })
  label.textContent = `${entry.role === "user" ? strings.you : strings.assistant}: `
  node.className = `msg ${entry.role}${entry.state === "failed" ? " failed" : ""}${entry.state === "error" ? " error" : ""}`
  node.setAttribute("part", `message ${entry.role}-message${entry.state === "error" ? " error-message" : ""}`)
  node.setAttribute("aria-busy", String(entry.state === "typing" || entry.state === "streaming"))
  const body = element(document, "div", "", { class: "body" })
  if (entry.state === "typing") {
    const dots = element(document, "span", "", { class: "typing", "aria-hidden": "true" })
    dots.append(document.createElement("i"), document.createElement("i"), document.createElement("i"))
    const said = element(document, "span", "", { class: "sr" })
    said.textContent = strings.typing
    body.append(dots, said)
  } else if (entry.state === "error") {
    body.textContent = strings.replyFailed
  } else if (entry.role === "user") {
    body.textContent = entry.text
  } else {
    body.append(render(document, parse(entry.text)))
    if (entry.state === "stopped") {
      const note = element(document, "p", "", { class: "note" })
      note.textContent = strings.stopped
      body.append(note)
    }
  }
  node.replaceChildren(label, body)
}
