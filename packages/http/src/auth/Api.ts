/**
 * The auth group (`/api/v1/auth/*`): sign up, log in and out, who am I, refresh, and the
 * password-reset pair. Only `logout` and `me` need a caller; the rest are how one gets to be one.
 *
 * @since 0.1.0
 */
import { HttpApiEndpoint, HttpApiGroup, OpenApi } from "@effect/platform"
import { Schema } from "effect"
import { BadRequest, Unauthorized } from "../Errors.js"
import { Name, strict, UnixSeconds } from "../Schemas.js"
import { Authentication } from "./Authentication.js"
import { Role } from "./Roles.js"

/** An email address (normalized to lower case). */
export const Email = Schema.Trim.pipe(
  Schema.maxLength(254),
  Schema.pattern(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, { message: () => "expected an email address" })
)

/** A secret string (password or token) whose refusals never quote the value sent. */
export const Secret = Schema.String.annotations({ message: () => "expected a string" })

/** A password: 8 to 256 characters. */
export const Password = Secret.pipe(
  Schema.minLength(8, { message: () => "a password has at least 8 characters" }),
  Schema.maxLength(256, { message: () => "a password has at most 256 characters" })
)

/** An access token, its expiry (unix seconds) and the refresh token that renews it. */
export const SessionTokens = Schema.Struct({
  token: Schema.String,
  expiresAt: UnixSeconds,
  refreshToken: Schema.String
})

/** An organization. */
export const Organization = Schema.Struct({
  id: Schema.String,
  name: Schema.String,
  plan: Schema.String,
  createdAt: UnixSeconds
})

/** The caller: a user, their role and organization (and the API key used, if any). */
export const Me = Schema.Struct({
  id: Schema.String,
  email: Schema.String,
  name: Schema.String,
  role: Role,
  organization: Organization,
  apiKeyId: Schema.optional(Schema.String),
  createdAt: UnixSeconds
})

/** A plain acknowledgement. */
export const Message = Schema.Struct({ message: Schema.String })

/** The auth endpoints. */
export class AuthApi extends HttpApiGroup.make("auth")
  .add(
    HttpApiEndpoint.post("signup", "/api/v1/auth/signup")
      .annotateContext(OpenApi.annotations({ identifier: "signUp", summary: "Sign up" }))
      .setPayload(strict(Schema.Struct({
        email: Email,
        password: Password,
        name: Schema.optional(Name),
        organizationName: Schema.optional(Name)
      })))
      .addSuccess(Schema.Struct({ ...SessionTokens.fields, user: Me }), { status: 201 })
      .addError(BadRequest.schema)
      .annotate(OpenApi.Description, "Creates a user and their organization (the user is its owner) and logs them in.")
  )
  .add(
    HttpApiEndpoint.post("login", "/api/v1/auth/login")
      .annotateContext(OpenApi.annotations({ identifier: "logIn", summary: "Log in" }))
      .setPayload(strict(Schema.Struct({
        email: Email,
        password: Secret,
        organizationId: Schema.optional(Schema.String).annotations({
          description: "The team (organization) to work in, one the user belongs to; their first one by default"
        })
      })))
      .addSuccess(SessionTokens)
      .addError(Unauthorized.schema)
      .annotate(
        OpenApi.Description,
        "Exchanges email and password for an access token (unix-seconds `expiresAt`) and a refresh token, bound to one organization " +
          "(`organizationId`, or the user's first). An organization the user is not a member of is refused like a wrong password. " +
          "Attempts slow down per email, from any address: after 5, each must come 1 s, 2 s, 4 s … (at most 15 minutes) after the " +
          "previous one, else 429 with `Retry-After` (the password is not checked); a successful login resets the count."
      )
  )
  .add(
    HttpApiEndpoint.post("logout", "/api/v1/auth/logout")
      .annotateContext(OpenApi.annotations({ identifier: "logOut", summary: "Log out" }))
      .addSuccess(Schema.Void, { status: 204 })
      .middleware(Authentication)
      .annotate(OpenApi.Description, "Ends the session: its access and refresh tokens stop working at once.")
  )
  .add(
    HttpApiEndpoint.get("me", "/api/v1/auth/me")
      .annotateContext(OpenApi.annotations({ identifier: "getCurrentUser", summary: "Get the current user" }))
      .addSuccess(Me)
      .middleware(Authentication)
      .annotate(OpenApi.Description, "The current user, their role and organization.")
  )
  .add(
    HttpApiEndpoint.post("refresh", "/api/v1/auth/refresh")
      .annotateContext(OpenApi.annotations({ identifier: "refreshToken", summary: "Refresh the access token" }))
      .setPayload(strict(Schema.Struct({ refreshToken: Secret })))
      .addSuccess(SessionTokens)
      .addError(Unauthorized.schema)
      .annotate(
        OpenApi.Description,
        "Spends a refresh token for a new access token and refresh token. Presenting a spent refresh token again ends the whole session."
      )
  )
  .add(
    HttpApiEndpoint.post("forgotPassword", "/api/v1/auth/forgot-password")
      .annotateContext(OpenApi.annotations({ identifier: "forgotPassword", summary: "Request a password reset" }))
      .setPayload(strict(Schema.Struct({ email: Email })))
      .addSuccess(Message, { status: 202 })
      .annotate(OpenApi.Description, "Mails a single-use reset link valid for 30 minutes, after answering. The answer is the same, and as fast, whether or not the account exists.")
  )
  .add(
    HttpApiEndpoint.post("resetPassword", "/api/v1/auth/reset-password")
      .annotateContext(OpenApi.annotations({ identifier: "resetPassword", summary: "Reset the password" }))
      .setPayload(strict(Schema.Struct({ token: Secret, password: Password })))
      .addSuccess(Message)
      .addError(BadRequest.schema)
      .annotate(OpenApi.Description, "Sets a new password with a reset token (single use) and ends every session of the user.")
  )
  .annotate(OpenApi.Title, "Auth")
  .annotate(OpenApi.Description, "Accounts and sessions: sign up, log in, refresh, log out, reset a password.")
{}
