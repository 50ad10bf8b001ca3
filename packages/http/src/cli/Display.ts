/**
 * Where `sire run` shows its progress (stderr, so that stdout holds only the output): plain lines,
 * one per entry, when stderr is not a terminal (CI logs, pipes); on a terminal, the finished
 * entries scroll by while the nodes still running or waiting stay at the bottom, each with a
 * spinner and its time so far, redrawn in place.
 *
 * @since 0.1.0
 */
import { Clock, Duration, Effect, Schedule, type Scope } from "effect"
import { duration, type Entry, type Kind } from "./Progress.js"
import * as Style from "./Style.js"

/** A progress display. */
export interface Display {
  /** Shows an entry. */
  readonly show: (entry: Entry) => Effect.Effect<void>
  /** Clears what is live and writes the last line. */
  readonly end: (line: string) => Effect.Effect<void>
}

/** Writes text as it comes. */
export type Write = (text: string) => void

const line = (color: boolean, entry: Entry): string =>
  `${Style.paint(color, entry.kind, Style.symbols[entry.kind])} ${entry.label} ${entry.kind === "log" ? Style.dim(color, entry.text) : entry.text}`

/** One line per entry, nothing redrawn. */
export const plain = (write: Write, color = false): Display => ({
  show: (entry) => Effect.sync(() => write(`${line(color, entry)}\n`)),
  end: (text) => Effect.sync(() => write(`${text}\n`))
})

const frames = ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"]

/** A node still in progress, as the bottom of the display shows it. */
interface Live {
  readonly label: string
  readonly kind: Extract<Kind, "started" | "retrying" | "waiting">
  readonly since: number
  readonly text: string
  readonly wakeAt?: number | undefined
}

/** `text` cut to `width` characters (with an ellipsis), so that a live line never wraps and every redraw moves up by its line count. */
const fit = (text: string, width: number): string => (text.length <= width ? text : `${text.slice(0, Math.max(0, width - 1))}…`)

/**
 * The live display: finished entries above, nodes in progress below (each cut to the terminal's
 * `columns()`), redrawn every `tickMs` (100).
 */
export const live = (write: Write, color: boolean, columns: () => number = () => 80, tickMs = 100): Effect.Effect<Display, never, Scope.Scope> =>
  Effect.gen(function*() {
    const inProgress = new Map<string, Live>()
    let drawn = 0
    let frame = 0
    const draw = (above: ReadonlyArray<string>, now: number) => {
      const clear = drawn > 0 ? `\x1b[${drawn}A\r\x1b[J` : ""
      const rows = [...inProgress.values()].map((node) => {
        const mark = node.kind === "waiting" ? Style.paint(color, "waiting", Style.symbols.waiting) : Style.paint(color, node.kind, frames[frame % frames.length]!)
        const status = node.kind === "started"
          ? `running ${duration(now - node.since)}`
          : node.wakeAt !== undefined
          ? `waiting, ${duration(Math.max(0, node.wakeAt - now))} left`
          : node.text
        return `${mark} ${Style.dim(color, fit(`${node.label} ${status}`, columns() - 3))}`
      })
      write(clear + [...above, ...rows].map((row) => `${row}\n`).join(""))
      drawn = rows.length
    }
    const redraw = (above: ReadonlyArray<string>) => Effect.map(Clock.currentTimeMillis, (now) => draw(above, now))
    write("\x1b[?25l")
    yield* Effect.addFinalizer(() => Effect.sync(() => write("\x1b[?25h")))
    yield* Effect.forkScoped(Effect.repeat(
      Effect.suspend(() => {
        frame += 1
        return inProgress.size > 0 ? redraw([]) : Effect.void
      }),
      Schedule.spaced(Duration.millis(tickMs))
    ))
    return {
      show: (entry) =>
        Effect.suspend(() => {
          switch (entry.kind) {
            case "started":
              inProgress.set(entry.nodeId, { label: entry.label, kind: "started", since: entry.at, text: entry.text })
              return redraw([])
            case "retrying":
              inProgress.set(entry.nodeId, { label: entry.label, kind: "retrying", since: entry.at, text: "retrying" })
              return redraw([line(color, entry)])
            case "waiting":
              inProgress.set(entry.nodeId, { label: entry.label, kind: "waiting", since: entry.at, text: entry.text, wakeAt: entry.wakeAt })
              return redraw([])
            case "log":
              return redraw([line(color, entry)])
            default:
              inProgress.delete(entry.nodeId)
              return redraw([line(color, entry)])
          }
        }),
      end: (text) =>
        Effect.suspend(() => {
          inProgress.clear()
          return redraw([text])
        })
    }
  })
