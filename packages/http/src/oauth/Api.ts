/**
 * The sign-in-with-a-provider group (issue 18 §2): the providers offered, the start of the
 * authorization-code flow, the provider's callback, and the exchange of the one-time code the
 * browser brings back for a session. None needs a caller.
 *
 * @since 0.1.0
 */
import { HttpApiEndpoint, HttpApiGroup, HttpApiSchema, OpenApi } from "@effect/platform"
import { Schema } from "effect"
import { SessionTokens } from "../auth/Api.js"
import { BadRequest, Forbidden, NotFound } from "../Errors.js"
import { strict } from "../Schemas.js"

/** A provider offered for sign-in. */
export const ProviderInfo = Schema.Struct({
  id: Schema.String.annotations({ description: "Its id in `/api/v1/auth/oauth/{provider}`: google, github, apple, okta or oidc" }),
  name: Schema.String.annotations({ description: "The name a sign-in button shows" })
}).annotations({ identifier: "AuthProvider" })

const ProviderPath = Schema.Struct({
  provider: Schema.String.annotations({ description: "The provider's id, from `GET /api/v1/auth/providers`" })
})

const StartParams = Schema.Struct({
  returnTo: Schema.optional(Schema.String).annotations({
    description: "The path of the app (`SIRE_APP_URL`) to return to, starting with a single `/`; `/` by default"
  })
})

/** What a provider sends back to the callback (other parameters are passed on to the provider's checks). */
const CallbackFields = {
  code: Schema.optional(Schema.String),
  state: Schema.optional(Schema.String),
  error: Schema.optional(Schema.String),
  error_description: Schema.optional(Schema.String),
  iss: Schema.optional(Schema.String)
}

const redirect = (description: string) =>
  HttpApiSchema.Empty(302).annotations({ description })

const callbackDescription = [
  "Where the provider sends the browser back. Checks that the browser carries the flow cookie of a live, unspent sign-in",
  "with this provider and that `state` matches it, exchanges the code (PKCE; for OpenID Connect the ID token is verified,",
  "nonce included), then signs the identity in: a linked identity is its user; otherwise the email must be verified by the",
  "provider, and then an existing user with that email is linked, or a new user and organization are created (as at sign-up).",
  "Answers 302 to the app (`SIRE_APP_URL` + `returnTo`) with a one-time `code` in the query, valid one minute, to trade at",
  "`POST /api/v1/auth/oauth/exchange`: no token travels in a URL. A provider error (`?error=access_denied`), a missing",
  "or mismatched state or cookie, or a spent flow is 400; an unverified email is 403; nothing is created then."
].join("\n")

/** The provider sign-in endpoints. */
export class OAuthApi extends HttpApiGroup.make("oauth")
  .add(
    HttpApiEndpoint.get("providers", "/api/v1/auth/providers")
      .annotateContext(OpenApi.annotations({ identifier: "listAuthProviders", summary: "List the sign-in providers" }))
      .addSuccess(Schema.Array(ProviderInfo))
      .annotate(OpenApi.Description, "The providers this server offers for sign-in (those configured), for sign-in buttons. Public.")
  )
  .add(
    HttpApiEndpoint.get("start", "/api/v1/auth/oauth/:provider")
      .annotateContext(OpenApi.annotations({ identifier: "startOAuthSignIn", summary: "Start signing in with a provider" }))
      .setPath(ProviderPath)
      .setUrlParams(StartParams)
      .addSuccess(redirect("To the provider's authorization page, with the flow cookie set"))
      .addError(BadRequest.schema)
      .addError(NotFound.schema)
      .annotate(
        OpenApi.Description,
        "Starts the authorization-code flow: sets a short-lived HttpOnly cookie binding this browser to the flow (its `state`, " +
          "PKCE verifier and nonce are kept on the server, ten minutes, single use) and redirects (302) to the provider. " +
          "`returnTo` must be a path of the app; anything else (another origin, `//host`) is 400. A provider that is not configured is 404."
      )
  )
  .add(
    HttpApiEndpoint.get("callback", "/api/v1/auth/oauth/:provider/callback")
      .annotateContext(OpenApi.annotations({ identifier: "completeOAuthSignIn", summary: "Provider callback" }))
      .setPath(ProviderPath)
      .setUrlParams(Schema.Struct(CallbackFields))
      .addSuccess(redirect("To the app with a one-time `code`"))
      .addError(BadRequest.schema)
      .addError(Forbidden.schema)
      .addError(NotFound.schema)
      .annotate(OpenApi.Description, callbackDescription)
  )
  .add(
    HttpApiEndpoint.post("callbackForm", "/api/v1/auth/oauth/:provider/callback")
      .annotateContext(OpenApi.annotations({ identifier: "completeOAuthSignInFormPost", summary: "Provider callback (form post)" }))
      .setPath(ProviderPath)
      .setPayload(Schema.Struct({ ...CallbackFields, user: Schema.optional(Schema.String) }).pipe(HttpApiSchema.withEncoding({ kind: "UrlParams" })))
      .addSuccess(redirect("To the app with a one-time `code`"))
      .addError(BadRequest.schema)
      .addError(Forbidden.schema)
      .addError(NotFound.schema)
      .annotate(
        OpenApi.Description,
        "The callback for providers that POST their answer as a form (`response_mode=form_post`: Sign in with Apple), " +
          "`application/x-www-form-urlencoded`. Otherwise as the GET callback.\n\n" + callbackDescription
      )
  )
  .add(
    HttpApiEndpoint.post("exchange", "/api/v1/auth/oauth/exchange")
      .annotateContext(OpenApi.annotations({ identifier: "exchangeOAuthCode", summary: "Exchange a one-time sign-in code" }))
      .setPayload(strict(Schema.Struct({ code: Schema.String.annotations({ description: "The `code` the callback added to the app URL" }) })))
      .addSuccess(SessionTokens)
      .addError(BadRequest.schema)
      .annotate(
        OpenApi.Description,
        "Trades the one-time code of a provider sign-in for an access token and refresh token, as `POST /api/v1/auth/login` answers. " +
          "A code works once, within a minute; an unknown, spent or expired one is 400."
      )
  )
  .annotate(OpenApi.Title, "Sign in with a provider")
  .annotate(OpenApi.Description, "Sign in with Google, GitHub, Apple, Okta or an OpenID Connect provider.")
{}
