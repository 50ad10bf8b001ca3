/**
 * The nesting limit of JSON request bodies, checked on the text before it is parsed: a body nested
 * deeper never reaches schema decoding, the engine or the database, whose recursive code it could
 * overflow. Workflow documents and inputs fit well within it.
 *
 * @since 0.1.0
 */

/** The deepest nesting of arrays and objects a JSON body may have (the outermost one is level 1). */
export const maxDepth = 128

const quote = 0x22
const backslash = 0x5c
const openBracket = 0x5b
const openBrace = 0x7b
const closeBracket = 0x5d
const closeBrace = 0x7d

/** Where `text` first opens an array or object deeper than `limit` (outside strings), or -1 when it never does. */
export const tooDeepAt = (text: string, limit: number = maxDepth): number => {
  let depth = 0
  let inString = false
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at)
    if (inString) {
      if (code === backslash) at++
      else if (code === quote) inString = false
    } else if (code === quote) inString = true
    else if (code === openBracket || code === openBrace) {
      if (++depth > limit) return at
    } else if (code === closeBracket || code === closeBrace) depth--
  }
  return -1
}
