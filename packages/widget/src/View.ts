/**
 * The widget's DOM inside its shadow root, built once with `createElement` (no HTML parsing):
 * the launcher, the panel with its header, transcript (a polite live region), suggestions, status
 * line, alert and composer. Every control is labelled; every piece is a `::part`.
 */
import { styles } from "./Styles.js"

/** The elements the widget updates. */
export interface View {
  readonly root: HTMLElement
  readonly launcher: HTMLButtonElement
  readonly panel: HTMLElement
  readonly title: HTMLElement
  readonly newConversation: HTMLButtonElement
  readonly close: HTMLButtonElement
  readonly transcript: HTMLElement
  readonly greeting: HTMLElement
  readonly suggestions: HTMLElement
  readonly status: HTMLElement
  readonly alert: HTMLElement
  readonly alertText: HTMLElement
  readonly retry: HTMLButtonElement
  readonly composer: HTMLFormElement
  readonly input: HTMLTextAreaElement
  readonly send: HTMLButtonElement
  readonly stop: HTMLButtonElement
}

const svgNs = "http://www.w3.org/2000/svg"

/** An inline icon (decorative: hidden from assistive technology) from SVG path data. */
export const icon = (document: Document, path: string): SVGSVGElement => {
  const svg = document.createElementNS(svgNs, "svg")
  svg.setAttribute("viewBox", "0 0 24 24")
  svg.setAttribute("aria-hidden", "true")
  svg.setAttribute("focusable", "false")
  const shape = document.createElementNS(svgNs, "path")
  shape.setAttribute("d", path)
  shape.setAttribute("fill", "none")
  shape.setAttribute("stroke", "currentColor")
  shape.setAttribute("stroke-width", "2")
  shape.setAttribute("stroke-linecap", "round")
  shape.setAttribute("stroke-linejoin", "round")
  svg.append(shape)
  return svg
}

const paths = {
  chat: "M21 12a8 8 0 0 1-11.6 7.1L4 20.5l1.4-4.9A8 8 0 1 1 21 12z",
  close: "M6 6l12 12M18 6L6 18",
  restart: "M3 12a9 9 0 1 0 3-6.7M3 4v5h5",
  send: "M22 2L11 13M22 2l-7 20-4-9-9-4z",
  stop: "M7 7h10v10H7z"
}

/** An element with a class, a part name and attributes. */
export const element = <K extends keyof HTMLElementTagNameMap>(
  document: Document,
  tag: K,
  className: string,
  attributes: Readonly<Record<string, string>> = {}
): HTMLElementTagNameMap[K] => {
  const created = document.createElement(tag)
  if (className !== "") {
    created.className = className
    created.setAttribute("part", className)
  }
  for (const [name, value] of Object.entries(attributes)) created.setAttribute(name, value)
  return created
}

const iconButton = (document: Document, className: string, path: string, type: "button" | "submit" = "button") => {
  const button = element(document, "button", className, { type })
  button.append(icon(document, path))
  return button
}

/** Builds the view into `shadow`. */
export const build = (shadow: ShadowRoot): View => {
  const document = shadow.ownerDocument
  const style = document.createElement("style")
  style.textContent = styles
  const root = element(document, "aside", "root")
  const launcher = iconButton(document, "launcher", paths.chat)
  launcher.setAttribute("aria-expanded", "false")
  launcher.setAttribute("aria-controls", "sire-chat-panel")
  const panel = element(document, "div", "panel", { id: "sire-chat-panel", "aria-labelledby": "sire-chat-title" })
  const header = element(document, "div", "header")
  const title = element(document, "h2", "title", { id: "sire-chat-title" })
  const newConversation = iconButton(document, "icon new-conversation", paths.restart)
  const close = iconButton(document, "icon close", paths.close)
  header.append(title, newConversation, close)
  const transcript = element(document, "div", "transcript", { role: "log", "aria-live": "polite", tabindex: "0" })
  const greeting = element(document, "div", "msg assistant greeting")
  greeting.setAttribute("part", "message assistant-message greeting")
  transcript.append(greeting)
  const suggestions = element(document, "div", "suggestions", { role: "group" })
  const status = element(document, "div", "status note", { role: "status" })
  const alert = element(document, "div", "alert", { role: "alert" })
  const alertText = document.createElement("span")
  const retry = element(document, "button", "retry", { type: "button" })
  alert.append(alertText, retry)
  alert.hidden = true
  const composer = element(document, "form", "composer")
  const input = element(document, "textarea", "input", { rows: "1", enterkeyhint: "send", maxlength: "4000" })
  const send = iconButton(document, "send", paths.send, "submit")
  const stop = iconButton(document, "stop", paths.stop)
  stop.hidden = true
  composer.append(input, send, stop)
  panel.append(header, transcript, suggestions, status, alert, composer)
  root.append(launcher, panel)
  shadow.append(style, root)
  return { root, launcher, panel, title, newConversation, close, transcript, greeting, suggestions, status, alert, alertText, retry, composer, input, send, stop }
}
