/**
 * The resume hook group: `POST /hooks/resume/:token`, the signed URL a workflow hands out as
 * `{{ execution.resumeUrl }}` (e.g. to a human approver). No authentication: the token is the
 * capability for one execution. Beside the incoming webhook triggers' `POST /hooks/:token`, which
 * never matches it (one path segment fewer).
 *
 * @since 0.1.0
 */
import { HttpApiEndpoint, HttpApiGroup, OpenApi } from "@effect/platform"
import { Schema } from "effect"
import { Status } from "@sire/core/Execution"
import { BadRequest, NotFound } from "../Errors.js"
import { ResumePayload } from "../executions/Api.js"

/** What the hook answers: the execution's id and status, nothing more. */
export const ResumeAccepted = Schema.Struct({
  id: Schema.String,
  status: Status
}).annotations({ identifier: "ResumeAccepted" })

/** The resume hook endpoint. */
export class ResumeApi extends HttpApiGroup.make("resume")
  .add(
    HttpApiEndpoint.post("resumeHook", "/hooks/resume/:token")
      .annotateContext(OpenApi.annotations({ identifier: "resumeWithToken", summary: "Resume with a signed URL" }))
      .setPath(Schema.Struct({ token: Schema.String }))
      .setPayload(ResumePayload)
      .addSuccess(ResumeAccepted, { status: 202 })
      .addError(BadRequest.schema)
      .addError(NotFound.schema)
      .annotate(
        OpenApi.Description,
        "Resumes the execution the signed token names, like `POST /api/v1/executions/:id/resume` but without " +
          "authentication (the token, from `{{ execution.resumeUrl }}`, is the capability); 404 for a token that is not genuine."
      )
  )
  .annotate(OpenApi.Title, "Resume hooks")
  .annotate(OpenApi.Description, "Signed resume URLs of executions waiting for an event; the token is the authority.")
{}
