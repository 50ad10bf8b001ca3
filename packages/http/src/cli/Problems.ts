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

const expected = /^Expected (.+), actual (.+)$/

/**
 * The problems with the alternatives of one value merged: a schema's union reports each literal
 * it expected on its own (`Expected "GET", actual "FETCH"`, `Expected "POST", actual "FETCH"`, …);
 * consecutive ones for the same path and node become one (`Expected "GET" | "POST", actual "FETCH"`).
 */
export const collapse = (problems: ReadonlyArray<Problem>): ReadonlyArray<Problem> =>
  problems.reduce<Array<Problem>>((merged, problem) => {
    const last = merged[merged.length - 1]
    const mine = expected.exec(problem.message)
    const theirs = last === undefined ? null : expected.exec(last.message)
    if (last !== undefined && mine !== null && theirs !== null && last.path === problem.path && last.nodeId === problem.nodeId && theirs[2] === mine[2]) {
      merged[merged.length - 1] = { ...last, message: `Expected ${theirs[1]} | ${mine[1]}, actual ${mine[2]}` }
    } else merged.push(problem)
    return merged
  }, [])
