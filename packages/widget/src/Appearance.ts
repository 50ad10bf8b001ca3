/**
 * What the view shows around the messages, from the texts, the deployment's config and the
 * element's attributes: title, labels of every control, greeting, suggestion buttons, whether the
 * message box is usable; and the theme (dark or light, the accent and the text readable on it).
 */
import type { Strings } from "./Strings.js"
import { textOn } from "./Theme.js"
import type { View } from "./View.js"

/** The texts and state the view is labelled from. */
export interface Labels {
  readonly strings: Strings
  readonly title: string
  readonly greeting: string
  readonly inline: boolean
  /** The site is refused (or the key unknown): the message box is disabled. */
  readonly refused: boolean
}

/** Labels every control, titles the panel, shows the greeting. */
export const applyLabels = (view: View, labels: Labels): void => {
  const { strings, title, inline } = labels
  view.root.classList.toggle("inline", inline)
  view.root.setAttribute("aria-label", title)
  view.panel.setAttribute("role", inline ? "region" : "dialog")
  view.title.textContent = title
  view.launcher.setAttribute("aria-label", strings.open)
  view.close.setAttribute("aria-label", strings.close)
  view.close.hidden = inline
  view.newConversation.setAttribute("aria-label", strings.newConversation)
  view.newConversation.title = strings.newConversation
  view.transcript.setAttribute("aria-label", strings.transcript)
  view.input.setAttribute("aria-label", strings.inputLabel)
  view.input.placeholder = strings.placeholder
  view.input.disabled = labels.refused
  view.send.setAttribute("aria-label", strings.send)
  view.send.disabled = labels.refused
  view.stop.setAttribute("aria-label", strings.stop)
  view.retry.textContent = strings.retry
  view.suggestions.setAttribute("aria-label", strings.suggestions)
  view.greeting.textContent = labels.greeting
  view.greeting.hidden = labels.greeting === ""
}

/** Shows `texts` as suggestion buttons (none: the row is hidden); a click picks one. */
export const showSuggestions = (view: View, texts: ReadonlyArray<string>, pick: (text: string) => void): void => {
  view.suggestions.replaceChildren(...texts.map((text) => {
    const button = view.root.ownerDocument.createElement("button")
    button.type = "button"
    button.className = "suggestion"
    button.setAttribute("part", "suggestion")
    button.textContent = text
    button.addEventListener("click", () => pick(text))
    return button
  }))
  view.suggestions.hidden = texts.length === 0
}

/** Dark or light, and the accent (`#rrggbb`) with the text colour readable on it; no accent keeps the stylesheet's. */
export const applyTheme = (view: View, dark: boolean, accent: string | undefined): void => {
  view.root.classList.toggle("dark", dark)
  if (accent === undefined) {
    view.root.style.removeProperty("--_accent-theme")
    view.root.style.removeProperty("--_on-accent-theme")
  } else {
    view.root.style.setProperty("--_accent-theme", accent)
    view.root.style.setProperty("--_on-accent-theme", textOn(accent))
  }
}
