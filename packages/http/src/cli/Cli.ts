/**
 * The `sire` command: `serve`, `run` and `validate` under one root with `--help` (also for each
 * command) and `--version`, parsed by `@effect/cli`; and how the process ends — 0 on success, the
 * status a command failed with (`Failure.ExitCode`), 2 for a command line it could not parse.
 *
 * @since 0.1.0
 */
import { CliConfig, Command, HelpDoc, Span, ValidationError } from "@effect/cli"
import { NodeContext } from "@effect/platform-node"
import { Cause, Console, Effect, Option } from "effect"
import packageJson from "../../package.json" with { type: "json" }
import { CommandFailed, ExitCode } from "./Failure.js"
import * as Mcp from "./Mcp.js"
import * as Run from "./Run.js"
import * as Serve from "./Serve.js"
import * as Style from "./Style.js"
import * as Validate from "./Validate.js"

/** The version the package is published as. */
export const version: string = packageJson.version

const overview = [
  "Examples:",
  "  sire serve                                            the server on http://localhost:8080",
  "  sire run lead.json --input '{\"email\":\"ada@acme.com\"}'   run a workflow here, print its output",
  "  sire validate lead.json                               list every problem of a document",
  "  SIRE_URL=… SIRE_API_KEY=sk_… sire mcp                 serve a server to an AI assistant over MCP (stdio)",
  "",
  "Each command explains itself: sire serve --help, sire run --help, sire validate --help, sire mcp --help."
].join("\n")

/** The root command: without a command it shows the help. */
export const command = Command.make("sire").pipe(
  Command.withDescription("Sire, an embeddable workflow engine: start its server, run and check workflow documents (JSON) here, or serve it to an AI assistant (MCP)."),
  Command.withSubcommands([Serve.command, Run.command, Validate.command, Mcp.command])
)

/** The text below a help page: the command's details, or the overview for `sire --help`. */
const footerFor = (argv: ReadonlyArray<string>): string => {
  switch (argv.slice(2).find((arg) => !arg.startsWith("-"))) {
    case "serve":
      return Serve.details
    case "run":
      return Run.details
    case "validate":
      return Validate.details
    case "mcp":
      return Mcp.details
    default:
      return overview
  }
}

const cli = (argv: ReadonlyArray<string>) =>
  Command.run(command, {
    name: "sire",
    version,
    summary: Span.text("an embeddable workflow engine"),
    footer: HelpDoc.p(footerFor(argv))
  })(argv)

/** The exit status of a command that failed: its own, 2 for a command line that could not be parsed, else 1. */
export const exitCode = (cause: Cause.Cause<unknown>): number =>
  Option.match(Cause.failureOption(cause), {
    onNone: () => (Cause.isInterruptedOnly(cause) ? ExitCode.interrupted : ExitCode.failed),
    onSome: (error) =>
      error instanceof CommandFailed ? error.code : ValidationError.isValidationError(error) ? ExitCode.usage : ExitCode.failed
  })

/** What is printed for a failure the command has not printed itself: a failed command's message; a defect in full. */
const report = (cause: Cause.Cause<unknown>) =>
  Option.match(Cause.failureOption(cause), {
    onNone: () => (Cause.isInterruptedOnly(cause) ? Effect.void : Console.error(Cause.pretty(cause))),
    onSome: (error) =>
      error instanceof CommandFailed
        ? error.message === "" ? Effect.void : Console.error(error.message)
        : ValidationError.isValidationError(error)
        ? Effect.void
        : Console.error(Cause.pretty(cause))
  })

/** A console that removes ANSI escapes from what goes to a stream that is not a terminal (help piped to a file or a test). */
const plainWhereNotTerminal = Effect.map(Effect.console, (console): Console.Console => {
  const out = Style.colorFor(process.stdout)
  const err = Style.colorFor(process.stderr)
  const clean = (keep: boolean) => (args: ReadonlyArray<unknown>) => keep ? args : args.map((arg) => (typeof arg === "string" ? Style.strip(arg) : arg))
  return {
    ...console,
    log: (...args) => console.log(...clean(out)(args)),
    error: (...args) => console.error(...clean(err)(args)),
    unsafe: {
      ...console.unsafe,
      log: (...args) => console.unsafe.log(...clean(out)(args)),
      error: (...args) => console.unsafe.error(...clean(err)(args))
    }
  }
})

/** Runs the command line `argv` (as `process.argv`: the runtime and the script first). */
export const main = (argv: ReadonlyArray<string>) =>
  Effect.flatMap(plainWhereNotTerminal, (console) =>
    cli(argv).pipe(
      Effect.tapErrorCause(report),
      Effect.provide(CliConfig.layer({ showBuiltIns: false })),
      Effect.provide(NodeContext.layer),
      Effect.withConsole(console)
    ))
