/**
 * Colours from a deployment's theme: its accent (`#rrggbb`) and the text colour readable on it
 * (black or white, whichever contrasts more, by WCAG relative luminance).
 */

/** Whether a value is a `#rrggbb` colour. */
export const isHexColor = (value: unknown): value is string => typeof value === "string" && /^#[0-9a-fA-F]{6}$/.test(value)

const channel = (hex: string, at: number) => {
  const value = parseInt(hex.slice(at, at + 2), 16) / 255
  return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4
}

/** WCAG relative luminance of a `#rrggbb` colour. */
export const luminance = (hex: string): number => 0.2126 * channel(hex, 1) + 0.7152 * channel(hex, 3) + 0.0722 * channel(hex, 5)

/** WCAG contrast ratio of two `#rrggbb` colours. */
export const contrast = (a: string, b: string): number => {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number]
  return (high + 0.05) / (low + 0.05)
}

/** Black or white, whichever is more readable on `accent`. */
export const textOn = (accent: string): "#000000" | "#ffffff" =>
  contrast(accent, "#000000") >= contrast(accent, "#ffffff") ? "#000000" : "#ffffff"
