/**
 * A document's problems as `sire validate` and `sire run` print them: one line each, with where
 * (`nodes[2].params.url`), the node it is about, and what is wrong.
 *
 * @since 0.1.0
 */
import type { Problem } from "@sire/core/Validation"

/** One problem on one line: `nodes[1].type (node "check"): unknown node type "conditon"`. */
export const line = (problem: Problem): string => {
  const where = problem.path === "" ? "document" : problem.path
  const node = problem.nodeId === undefined ? "" : ` (node "${problem.nodeId}")`
  return `${where}${node}: ${problem.message}`
}

/** A header naming the file and how many problems it has, then one indented line per problem. */
export const report = (file: string, problems: ReadonlyArray<Problem>): string =>
  [`${file}: ${problems.length} ${problems.length === 1 ? "problem" : "problems"}`, ...problems.map((problem) => `  ${line(problem)}`)].join("\n")
