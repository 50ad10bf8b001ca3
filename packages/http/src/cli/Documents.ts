/**
 * What `sire run` and `sire validate` read: a workflow document from a JSON file, and an execution
 * input given as JSON on the command line or as `@<file>`.
 *
 * @since 0.1.0
 */
import { FileSystem } from "@effect/platform"
import { Effect, Either } from "effect"
import type { Problem } from "@sire/core/Validation"
import { CommandFailed, ExitCode } from "./Failure.js"

/** Parses JSON text; the parser's message, with the line and column of the error when it gives an offset. */
export const parseJson = (text: string): Either.Either<unknown, string> => {
  try {
    return Either.right(JSON.parse(text) as unknown)
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    const offset = /position (\d+)/.exec(message)
    if (offset === null || /line \d+/.test(message)) return Either.left(message)
    const before = text.slice(0, Number(offset[1])).split("\n")
    return Either.left(`${message} (line ${before.length} column ${before[before.length - 1]!.length + 1})`)
  }
}

/** The text of `path`, or a usage failure saying why it cannot be read. */
export const readText = (path: string) =>
  Effect.flatMap(FileSystem.FileSystem, (fs) => fs.readFileString(path)).pipe(
    Effect.mapError((error) => new CommandFailed({ code: ExitCode.usage, message: `cannot read ${path}: ${error.message}` }))
  )

/** A workflow file: its document, or the one problem that it is not JSON (a document problem, reported like the others). */
export const readDocument = (path: string) =>
  Effect.map(readText(path), (text) =>
    Either.mapLeft(parseJson(text), (message): Problem => ({ path: "", message: `the file is not JSON: ${message}` })))

/** The value of `--input`: JSON, or `@<file>` holding JSON; a usage failure when it is not JSON. */
export const readInput = (given: string) =>
  Effect.gen(function*() {
    const fromFile = given.startsWith("@")
    const text = fromFile ? yield* readText(given.slice(1)) : given
    return yield* Either.match(parseJson(text), {
      onLeft: (message) =>
        Effect.fail(new CommandFailed({
          code: ExitCode.usage,
          message: `--input ${fromFile ? `file ${given.slice(1)}` : "value"} is not JSON: ${message}${fromFile ? "" : " (quote it for the shell: --input '{\"email\":\"ada@acme.com\"}', or give a file: --input @input.json)"}`
        })),
      onRight: Effect.succeed
    })
  })
