/**
 * `sire run <workflow.json>`: runs a document in this process with the server's node types — its
 * executions in memory, or in PGlite under `--data-dir` — showing each node's progress on stderr
 * as the engine's events arrive (`Display`), then prints the execution's output as JSON on stdout.
 * Exits 0 when the execution completed, 1 when the document or the input is invalid or the
 * execution failed, 130 when Ctrl-C cancelled it.
 *
 * @since 0.1.0
 */
import { Command, Options } from "@effect/cli"
import { Console, Effect, Either, Logger, LogLevel, Option, Stream } from "effect"
import type { Execution } from "@sire/core/Execution"
import * as Sire from "@sire/core/Sire"
import type { Document } from "@sire/core/Workflow"
import * as Main from "../Main.js"
import * as Display from "./Display.js"
import * as Documents from "./Documents.js"
import { CommandFailed, ExitCode } from "./Failure.js"
import * as LocalRuntime from "./LocalRuntime.js"
import * as Problems from "./Problems.js"
import * as Progress from "./Progress.js"
import * as Style from "./Style.js"
import { workflowFile } from "./Validate.js"

const input = Options.text("input").pipe(
  Options.withPseudoName("json|@file"),
  Options.withDescription("The execution's input: JSON ('{\"email\":\"ada@acme.com\"}'), or @file to read it from a file. Default: null."),
  Options.optional
)

const dataDir = Options.directory("data-dir").pipe(
  Options.withPseudoName("dir"),
  Options.withDescription(
    "Keep the workflow and its execution in PGlite under <dir>/db (the layout of sire serve's SIRE_DATA_DIR; not the " +
      "directory of a server that is running). Default: memory, nothing kept."
  ),
  Options.optional
)

/** The progress display for stderr: live on a terminal, plain lines otherwise. */
const display = Effect.suspend(() => {
  const write = (text: string) => void process.stderr.write(text)
  return process.stderr.isTTY === true && process.env.TERM !== "dumb"
    ? Display.live(write, Style.colorFor(process.stderr), () => (process.stderr.columns > 0 ? process.stderr.columns : 80))
    : Effect.succeed(Display.plain(write))
})

/** Shows the execution's events until it ends, then its summary; cancels it on the first SIGINT or SIGTERM. */
const follow = (sire: Sire.Sire["Type"], document: Document, execution: Execution) =>
  Effect.gen(function*() {
    const shown = yield* display
    const describe = Progress.make(document)
    const watched = sire.events(execution.id).pipe(
      Stream.runForEach((event) => Option.match(Option.fromNullable(describe(event)), { onNone: () => Effect.void, onSome: shown.show }))
    )
    const stopped = yield* Effect.raceFirst(Effect.as(watched, false), Effect.as(Main.firstSignal, true))
    const final = stopped ? yield* sire.cancel(execution.id) : yield* sire.wait(execution.id)
    yield* shown.end(Progress.summary(final))
    return { final, stopped }
  }).pipe(Effect.scoped)

/** Runs the document in `file` with `given` input, printing the output; fails with the exit status when it did not complete. */
export const run = (file: string, given: Option.Option<string>) =>
  Effect.gen(function*() {
    const read = yield* Documents.readDocument(file)
    if (Either.isLeft(read)) return yield* new CommandFailed({ code: ExitCode.failed, message: Problems.report(file, [read.left]) })
    const value = Option.isSome(given) ? yield* Documents.readInput(given.value) : null
    const sire = yield* Sire.Sire
    const workflow = yield* sire.createWorkflow(read.right)
    const execution = yield* sire.start({ workflowId: workflow.id, input: value, trigger: "manual" })
    const { final, stopped } = yield* follow(sire, workflow.document, execution)
    if (final.status === "completed") return yield* Console.log(JSON.stringify(final.output ?? null, null, 2))
    return yield* new CommandFailed({ code: stopped ? ExitCode.interrupted : ExitCode.failed })
  }).pipe(
    Effect.catchTags({
      InvalidWorkflow: (invalid) => new CommandFailed({ code: ExitCode.failed, message: Problems.report(file, Problems.collapse(invalid.details)) }),
      InvalidInput: (invalid) =>
        new CommandFailed({
          code: ExitCode.failed,
          message: [`the input does not match the workflow's inputs:`, ...invalid.details.map((problem) => `  ${Problems.line(problem)}`)].join("\n")
        })
    })
  )

/** The `run` command. */
export const command = Command.make("run", { file: workflowFile, input, dataDir }, ({ dataDir, file, input }) =>
  run(file, input).pipe(
    Effect.provide(LocalRuntime.layer({ dataDir: Option.getOrUndefined(dataDir) })),
    // the engine's own log lines go to stderr, and only when something is wrong
    Logger.withMinimumLogLevel(LogLevel.Warning),
    Effect.provide(Logger.replace(Logger.defaultLogger, Logger.withConsoleError(Logger.logfmtLogger)))
  )).pipe(
    Command.withDescription("Run a workflow document here, with the server's nodes, showing each node's progress; print its output as JSON.")
  )

/** What `sire run --help` adds below the options. */
export const details = [
  "Progress goes to stderr: live on a terminal (nodes in progress stay at the bottom with a spinner), one line",
  "per event otherwise (CI logs): ▸ started, ✓ completed in 12 ms, ↻ retrying, ◷ waiting, ✗ failed, - skipped.",
  "The output goes to stdout as JSON, so it pipes into other tools.",
  "",
  "Exit status: 0 the execution completed; 1 the document or the input is invalid, or the execution failed;",
  "2 the command line is wrong (a file that cannot be read, --input that is not JSON); 130 Ctrl-C cancelled it.",
  "",
  "Outbound requests follow the server's settings (SIRE_EGRESS_ALLOW=localhost lets the http node reach a local",
  "service); credentials and installed MCP tools belong to a server's organizations and are not available here.",
  "",
  "Examples:",
  "  sire run lead.json --input '{\"email\":\"ada@acme.com\"}'",
  "  sire run lead.json --input @input.json > output.json",
  "  sire run lead.json --data-dir ./.sire-runs     keep the workflow and its execution in PGlite"
].join("\n")
