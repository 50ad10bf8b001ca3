/**
 * How a visitor's message starts the deployment's workflow: the same input as the authenticated
 * chat's (`{ message, sessionId, history }`, trigger `chat`), and what a refused start answers.
 *
 * @since 0.1.0
 */
import type { Effect } from "effect"
import type { StartError } from "@sire/core/Sire"
import type { Message } from "../chat/Chat.js"
import { type BadRequest, badRequest, type InternalError, internal, type NotFound, notFound, type PaymentRequired, quotaExceeded } from "../Errors.js"
import { notFoundBody } from "./Cors.js"

/** The workflow's input for a message: its text, the session, and every earlier message as `{ role, content }`. */
export const chatInput = (content: string, sessionId: string, history: ReadonlyArray<Message>) => ({
  message: content,
  sessionId,
  history: history.map((earlier) => ({ role: earlier.role, content: earlier.content }))
})

/** A refused start: 402 for the quota, 404 when the deployment's workflow is gone, 400 for input it refuses, else 500. */
export const failure = (plan: string, error: StartError): Effect.Effect<never, PaymentRequired | NotFound | BadRequest | InternalError> => {
  switch (error._tag) {
    case "QuotaExceeded":
      return quotaExceeded(plan, error)
    case "WorkflowNotFound":
    case "VersionNotFound":
      return notFound(notFoundBody)
    case "InvalidInput":
    case "InvalidWorkflow":
      return badRequest(`the chat's workflow cannot take this message: ${error.message}`)
    default:
      return internal(error)
  }
}
