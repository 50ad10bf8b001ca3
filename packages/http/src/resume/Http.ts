/**
 * Handler of the resume hook: verifies the signed token, then resumes the execution it names
 * through the same `Resumer` as the authenticated endpoint.
 *
 * @since 0.1.0
 */
import { HttpApiBuilder, HttpServerResponse } from "@effect/platform"
import { Effect, Option } from "effect"
import type { OrganizationId } from "@sire/core/Id"
import { SireApi } from "../Api.js"
import { notFound } from "../Errors.js"
import { resumeFailure } from "../executions/Http.js"
import { Resumer } from "../executions/Resume.js"
import { ResumeTokens } from "./ResumeTokens.js"

/** The resume hook group's handler. */
export const ResumeLive = HttpApiBuilder.group(SireApi, "resume", (handlers) =>
  Effect.gen(function*() {
    const tokens = yield* ResumeTokens
    const resumer = yield* Resumer
    return handlers.handle("resumeHook", ({ path, payload }) =>
      Effect.gen(function*() {
        const ref = tokens.verify(path.token)
        if (Option.isNone(ref)) return yield* notFound("resume URL not found")
        const { executionId, organizationId } = ref.value
        const execution = yield* resumer.resume(organizationId as OrganizationId, executionId, payload).pipe(
          Effect.catchAll(resumeFailure(executionId))
        )
        return HttpServerResponse.unsafeJson({ id: execution.id, status: execution.status }, { status: 202 })
      }))
  }))
