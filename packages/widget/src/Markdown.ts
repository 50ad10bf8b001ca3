/**
 * The small Markdown subset the widget renders assistant replies in: paragraphs (a single newline
 * is a line break), fenced code blocks, bullet and numbered lists, headings (shown bold),
 * `**strong**`, `*emphasis*`, `` `code` ``, `[links](https://…)` and bare `http(s)://` URLs. It
 * parses into a tree of plain data (`MarkdownDom` builds DOM nodes from it, never HTML text):
 * links keep only `http:`, `https:` and `mailto:` addresses; any other link stays text as written.
 */

/** Inline content. */
export type Inline =
  | { readonly t: "text"; readonly v: string }
  | { readonly t: "code"; readonly v: string }
  | { readonly t: "strong" | "em"; readonly c: ReadonlyArray<Inline> }
  | { readonly t: "link"; readonly href: string; readonly c: ReadonlyArray<Inline> }
  | { readonly t: "br" }

/** Block content. */
export type Block =
  | { readonly t: "p"; readonly c: ReadonlyArray<Inline> }
  | { readonly t: "pre"; readonly v: string }
  | { readonly t: "ul" | "ol"; readonly items: ReadonlyArray<ReadonlyArray<Inline>>; readonly start?: number }

/** The address of a link when it is `http:`, `https:` or `mailto:` (absolute), else `undefined`. */
export const safeHref = (raw: string): string | undefined => {
  let url: URL
  try {
    url = new URL(raw.trim())
  } catch {
    return undefined
  }
  return url.protocol === "http:" || url.protocol === "https:" || url.protocol === "mailto:" ? url.href : undefined
}

const punctuation = /[!-/:-@[-`{-~]/
const bareUrl = /^https?:\/\/[^\s<>"'`]+/
const wordChar = /[\p{L}\p{N}]/u

const pushText = (out: Array<Inline>, text: string) => {
  if (text === "") return
  const last = out[out.length - 1]
  if (last?.t === "text") out[out.length - 1] = { t: "text", v: last.v + text }
  else out.push({ t: "text", v: text })
}

/** The closing delimiter of an emphasis opened at `from`: not after whitespace, not empty. */
const closing = (text: string, delimiter: string, from: number): number => {
  for (let at = text.indexOf(delimiter, from + 1); at >= 0; at = text.indexOf(delimiter, at + 1)) {
    if (at > from && !/\s/.test(text[at - 1]!) && text[at - 1] !== "\\") {
      if (delimiter[0] === "_" && wordChar.test(text[at + delimiter.length] ?? "")) continue
      return at
    }
  }
  return -1
}

/** Parses inline Markdown. */
export const parseInline = (text: string, depth = 0): Array<Inline> => {
  const out: Array<Inline> = []
  let index = 0
  while (index < text.length) {
    const char = text[index]!
    const rest = text.slice(index)
    if (char === "\\" && punctuation.test(text[index + 1] ?? "")) {
      pushText(out, text[index + 1]!)
      index += 2
      continue
    }
    if (char === "\n") {
      out.push({ t: "br" })
      index++
      continue
    }
    if (char === "`") {
      const run = /^`+/.exec(rest)![0]
      const end = text.indexOf(run, index + run.length)
      if (end > index) {
        out.push({ t: "code", v: text.slice(index + run.length, end) })
        index = end + run.length
        continue
      }
      pushText(out, run)
      index += run.length
      continue
    }
    if ((char === "*" || char === "_") && depth < 8) {
      const double = text[index + 1] === char
      const delimiter = double ? char + char : char
      const opensWord = char === "_" ? !wordChar.test(text[index - 1] ?? "") : true
      const inner = index + delimiter.length
      if (opensWord && inner < text.length && !/\s/.test(text[inner]!)) {
        const end = closing(text, delimiter, inner - 1)
        if (end > inner) {
          out.push({ t: double ? "strong" : "em", c: parseInline(text.slice(inner, end), depth + 1) })
          index = end + delimiter.length
          continue
        }
      }
      pushText(out, delimiter)
      index += delimiter.length
      continue
    }
    if (char === "[" && depth < 8) {
      const link = /^\[([^\]\n]+)\]\(\s*([^\s()]+)\s*\)/.exec(rest)
      if (link !== null) {
        const href = safeHref(link[2]!)
        if (href !== undefined) out.push({ t: "link", href, c: parseInline(link[1]!, depth + 1) })
        else pushText(out, link[0])
        index += link[0].length
        continue
      }
    }
    if ((char === "h" || char === "H") && !wordChar.test(text[index - 1] ?? "")) {
      const url = bareUrl.exec(rest)
      if (url !== null) {
        const trimmed = url[0].replace(/[.,;:!?)\]]+$/, "")
        const href = safeHref(trimmed)
        if (href !== undefined) {
          out.push({ t: "link", href, c: [{ t: "text", v: trimmed }] })
          index += trimmed.length
          continue
        }
      }
    }
    const next = rest.slice(1).search(/[\\\n`*_[hH]/)
    const length = next < 0 ? rest.length : next + 1
    pushText(out, rest.slice(0, length))
    index += length
  }
  return out
}

const fence = /^\s{0,3}(```+|~~~+)/
const bullet = /^\s{0,3}[-*+]\s+(.*)$/
const numbered = /^\s{0,3}(\d{1,9})[.)]\s+(.*)$/
const heading = /^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/

/** Parses a reply into blocks. */
export const parse = (markdown: string): Array<Block> => {
  const lines = markdown.replace(/\r\n?/g, "\n").split("\n")
  const blocks: Array<Block> = []
  let paragraph: Array<string> = []
  const flush = () => {
    if (paragraph.length > 0) blocks.push({ t: "p", c: parseInline(paragraph.join("\n")) })
    paragraph = []
  }
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!
    const open = fence.exec(line)
    if (open !== null) {
      flush()
      const marker = open[1]!
      const code: Array<string> = []
      index++
      while (index < lines.length && !lines[index]!.trim().startsWith(marker)) code.push(lines[index++]!)
      blocks.push({ t: "pre", v: code.join("\n") })
      continue
    }
    const listMatch = bullet.exec(line) ?? numbered.exec(line)
    if (listMatch !== null) {
      flush()
      const ordered = numbered.test(line)
      const pattern = ordered ? numbered : bullet
      const items: Array<Array<string>> = []
      const start = ordered ? Number(numbered.exec(line)![1]) : undefined
      while (index < lines.length) {
        const item = pattern.exec(lines[index]!)
        if (item !== null) items.push([ordered ? item[2]! : item[1]!])
        else if (/^\s{2,}\S/.test(lines[index]!) && items.length > 0) items[items.length - 1]!.push(lines[index]!.trim())
        else break
        index++
      }
      index--
      blocks.push({ t: ordered ? "ol" : "ul", items: items.map((item) => parseInline(item.join("\n"))), ...(start !== undefined && start !== 1 ? { start } : {}) })
      continue
    }
    const title = heading.exec(line)
    if (title !== null) {
      flush()
      blocks.push({ t: "p", c: [{ t: "strong", c: parseInline(title[1]!) }] })
      continue
    }
    if (line.trim() === "") flush()
    else paragraph.push(line)
  }
  flush()
  return blocks
}
