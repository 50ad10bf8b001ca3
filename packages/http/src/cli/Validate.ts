/**
 * `sire validate <workflow.json>`: checks a document as the server does when it is saved, against
 * the same node types — duplicate ids, edges to unknown nodes or handles, cycles, unknown node
 * types, params that fail their type's schema, unparsable expressions — and lists every problem
 * with its path and node. Exits 0 when the document is valid, 1 when it is not (for CI).
 *
 * @since 0.1.0
 */
import { Args, Command, Options } from "@effect/cli"
import { Console, Effect, Either } from "effect"
import * as NodeRegistry from "@sire/core/NodeRegistry"
import * as Validation from "@sire/core/Validation"
import * as Documents from "./Documents.js"
import { CommandFailed, ExitCode } from "./Failure.js"
import * as LocalRuntime from "./LocalRuntime.js"
import * as Problems from "./Problems.js"

/** The workflow file argument, shared with `sire run`. */
export const workflowFile = Args.file({ name: "workflow.json", exists: "yes" }).pipe(
  Args.withDescription("A workflow document in JSON: { name, nodes, edges, … } as POST /api/v1/workflows takes it (docs/workflows.md).")
)

const json = Options.boolean("json").pipe(
  Options.withDescription("Print the result as one JSON object, { valid, problems: [{ path, message, nodeId? }] }, for tools.")
)

/** Every problem of the document in `file` (empty when it is valid), against the server's node types; a union's alternatives merged (`Problems.collapse`). */
export const problemsOf = (file: string) =>
  Effect.gen(function*() {
    const read = yield* Documents.readDocument(file)
    if (Either.isLeft(read)) return [read.left]
    const registry = yield* NodeRegistry.NodeRegistry
    return yield* Validation.compileWith(registry, read.right).pipe(
      Effect.as<ReadonlyArray<Validation.Problem>>([]),
      Effect.catchTag("InvalidWorkflow", (invalid) => Effect.succeed(Problems.collapse(invalid.details)))
    )
  })

/** The `validate` command. */
export const command = Command.make("validate", { file: workflowFile, json }, ({ file, json }) =>
  Effect.gen(function*() {
    const problems = yield* problemsOf(file)
    if (json) yield* Console.log(JSON.stringify({ valid: problems.length === 0, problems }))
    else yield* Console.log(problems.length === 0 ? `${file}: valid` : Problems.report(file, problems))
    if (problems.length > 0) return yield* Effect.fail(new CommandFailed({ code: ExitCode.failed }))
  }).pipe(Effect.provide(LocalRuntime.registry))).pipe(
    Command.withDescription("Check a workflow document as the server does when it is saved; list every problem with its path and node.")
  )

/** What `sire validate --help` adds below the options. */
export const details = [
  "It checks what the server checks, with the same node types: duplicate ids, edges to unknown nodes or handles,",
  "cycles, unknown node types, params that fail their type's schema, expressions that do not parse. Each problem",
  "is one line: nodes[1].params.expression (node \"check\"): …",
  "",
  "Exit status: 0 the document is valid; 1 it has problems (a file that is not JSON is one); 2 the command line is",
  "wrong (no such file).",
  "",
  "Examples:",
  "  sire validate lead.json",
  "  sire validate --json lead.json      { \"valid\": false, \"problems\": [{ \"path\", \"message\", \"nodeId\" }] }"
].join("\n")
