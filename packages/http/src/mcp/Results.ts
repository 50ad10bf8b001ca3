/**
 * REST answers as MCP tool results: a success as its JSON (text, and structured when an object),
 * a refusal as an error result carrying the API's `{ error, details }` and status, which a model
 * reads to fix its call.
 *
 * @since 0.1.0
 */
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js"
import type { Answer } from "./Rest.js"

/** A tool's arguments were not what its input schema says. */
export class InvalidArguments extends Error {
  constructor(message: string) {
    super(message)
    this.name = "InvalidArguments"
  }
}

/** A successful result holding `value` as JSON. */
export const success = (value: unknown): CallToolResult => ({
  content: [{ type: "text", text: JSON.stringify(value, null, 2) }],
  ...(value !== null && typeof value === "object" && !Array.isArray(value) ? { structuredContent: value as Record<string, unknown> } : {})
})

/** An error result: `message`, with the data a model needs to fix its call. */
export const failure = (message: string, data?: Record<string, unknown>): CallToolResult => ({
  isError: true,
  content: [{ type: "text", text: data === undefined ? message : `${message}\n${JSON.stringify(data, null, 2)}` }],
  structuredContent: { error: message, ...data }
})

/** The API's refusal as an error result: its `error` (and `details`, `Retry-After`-like fields) and status. */
export const refusal = (answer: Answer): CallToolResult => {
  const body = answer.body !== null && typeof answer.body === "object" ? answer.body as Record<string, unknown> : {}
  const message = typeof body.error === "string" ? body.error : `the Sire API answered ${answer.status}`
  const { error: _, ...rest } = body
  return failure(message, { status: answer.status, ...rest })
}

/** A REST answer as a tool result, the success shaped by `shape`. */
export const fromAnswer = (answer: Answer, shape: (body: unknown, answer: Answer) => unknown = (body) => body): CallToolResult =>
  answer.status >= 200 && answer.status < 300 ? success(shape(answer.body, answer)) : refusal(answer)

/** An argument that must be a non-empty string. */
export const text = (args: Record<string, unknown>, key: string): string => {
  const value = args[key]
  if (typeof value !== "string" || value === "") throw new InvalidArguments(`${key} is required (a non-empty string)`)
  return value
}

/** An optional argument that must be a string when present. */
export const optionalText = (args: Record<string, unknown>, key: string): string | undefined => {
  const value = args[key]
  if (value === undefined || value === null) return undefined
  if (typeof value !== "string") throw new InvalidArguments(`${key} must be a string`)
  return value
}

/** An optional argument that must be an integer when present. */
export const optionalInteger = (args: Record<string, unknown>, key: string): number | undefined => {
  const value = args[key]
  if (value === undefined || value === null) return undefined
  if (typeof value !== "number" || !Number.isInteger(value)) throw new InvalidArguments(`${key} must be an integer`)
  return value
}

/** An argument that must be a JSON object. */
export const object = (args: Record<string, unknown>, key: string): Record<string, unknown> => {
  const value = args[key]
  if (value === null || typeof value !== "object" || Array.isArray(value)) throw new InvalidArguments(`${key} is required (a JSON object)`)
  return value as Record<string, unknown>
}
