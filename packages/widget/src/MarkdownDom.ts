/**
 * DOM nodes for parsed Markdown (`Markdown.parse`), made with `createElement` and text nodes
 * only: no HTML is ever parsed, so model text cannot add elements or attributes. Links open in a
 * new tab with `rel="noopener noreferrer"`.
 */
import type { Block, Inline } from "./Markdown.js"

const inline = (document: Document, node: Inline): Node => {
  switch (node.t) {
    case "text":
      return document.createTextNode(node.v)
    case "br":
      return document.createElement("br")
    case "code": {
      const code = document.createElement("code")
      code.textContent = node.v
      return code
    }
    case "link": {
      const link = document.createElement("a")
      link.href = node.href
      link.target = "_blank"
      link.rel = "noopener noreferrer"
      link.append(...node.c.map((child) => inline(document, child)))
      return link
    }
    default: {
      const element = document.createElement(node.t)
      element.append(...node.c.map((child) => inline(document, child)))
      return element
    }
  }
}

/** A document fragment of the blocks. */
export const render = (document: Document, blocks: ReadonlyArray<Block>): DocumentFragment => {
  const fragment = document.createDocumentFragment()
  for (const block of blocks) {
    if (block.t === "pre") {
      const pre = document.createElement("pre")
      const code = document.createElement("code")
      code.textContent = block.v
      pre.append(code)
      fragment.append(pre)
    } else if (block.t === "p") {
      const paragraph = document.createElement("p")
      paragraph.append(...block.c.map((child) => inline(document, child)))
      fragment.append(paragraph)
    } else {
      const list = document.createElement(block.t)
      if (block.t === "ol" && block.start !== undefined) list.setAttribute("start", String(block.start))
      for (const item of block.items) {
        const li = document.createElement("li")
        li.append(...item.map((child) => inline(document, child)))
        list.append(li)
      }
      fragment.append(list)
    }
  }
  return fragment
}
