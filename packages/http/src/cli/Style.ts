/**
 * The marks and colours of `sire run`'s progress: a symbol per kind of entry, coloured with ANSI
 * escapes when colour is on (a terminal, and no `NO_COLOR`), and the test for colour.
 *
 * @since 0.1.0
 */
import type { Kind } from "./Progress.js"

/** The symbol of each kind of entry. */
export const symbols: Readonly<Record<Kind, string>> = {
  started: "▸",
  completed: "✓",
  retrying: "↻",
  waiting: "◷",
  failed: "✗",
  skipped: "-",
  cancelled: "⊘",
  log: "│"
}

const codes: Readonly<Record<Kind, string>> = {
  started: "36",
  completed: "32",
  retrying: "33",
  waiting: "36",
  failed: "31",
  skipped: "2",
  cancelled: "33",
  log: "2"
}

/** `text` in the colour of `kind`, when `color` is on. */
export const paint = (color: boolean, kind: Kind, text: string): string => (color ? `\x1b[${codes[kind]}m${text}\x1b[0m` : text)

/** `text` dimmed, when `color` is on. */
export const dim = (color: boolean, text: string): string => (color ? `\x1b[2m${text}\x1b[0m` : text)

/** Whether to colour what goes to a stream: it is a terminal, `NO_COLOR` is unset or empty, and `TERM` is not `dumb`. */
export const colorFor = (stream: { readonly isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): boolean =>
  stream.isTTY === true && (env.NO_COLOR ?? "") === "" && env.TERM !== "dumb"

/** Every ANSI escape sequence (colours, cursor moves) removed. */
export const strip = (text: string): string => text.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, "")
