/**
 * How a command ends other than with success: the process's exit status and, when there is
 * something to say that the command has not printed already, a message for stderr.
 *
 * @since 0.1.0
 */
import { Data } from "effect"

/** The exit statuses of the `sire` command. */
export const ExitCode = {
  /** The document is invalid, or the execution failed or was cancelled. */
  failed: 1,
  /** The command line is wrong: an unknown command or option, a missing argument, a file that cannot be read, `--input` that is not JSON. */
  usage: 2,
  /** Stopped by Ctrl-C (SIGINT) or SIGTERM: 128 + 2, as shells report it. */
  interrupted: 130
} as const

/** A command's end with `code`, printing `message` on stderr when there is one (an error's message is `""` when none is given). */
export class CommandFailed extends Data.TaggedError("CommandFailed")<{
  readonly code: number
  readonly message?: string
}> {}
