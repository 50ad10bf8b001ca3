/**
 * Who a provider identity signs in as. An identity linked before is its user. Otherwise the
 * provider must assert the email verified: then an existing user with that email is linked (and
 * only then: an unverified address never takes over an account), and a new email gets a new user
 * and organization, as at sign-up (the password a random one nobody knows; "forgot password" sets
 * a real one). Linking and creating happen in one transaction.
 *
 * @since 0.1.0
 */
import * as SqlClient from "@effect/sql/SqlClient"
import type { SqlError } from "@effect/sql/SqlError"
import { Clock, Effect, Option, Schema } from "effect"
import { Accounts, type EmailTaken } from "../auth/Accounts.js"
import * as Passwords from "../auth/Passwords.js"
import { opaque } from "../auth/Tokens.js"
import type { Identity } from "./Provider.js"
import { Store } from "./Store.js"

/** The identity may not sign in: no email, or one the provider does not vouch for, or an account without an organization. */
export class SignInRefused extends Schema.TaggedError<SignInRefused>()("SignInRefused", { message: Schema.String }) {}

/** The user and organization an identity signs in to, linking or creating the account as needed. */
export const resolve = (provider: string, identity: Identity): Effect.Effect<
  { readonly userId: string; readonly organizationId: string; readonly created: boolean },
  SignInRefused | EmailTaken | SqlError,
  Accounts | Store | SqlClient.SqlClient
> =>
  Effect.gen(function*() {
    const accounts = yield* Accounts
    const store = yield* Store
    const sql = yield* SqlClient.SqlClient
    const existing = yield* store.linked(provider, identity.subject)
    if (Option.isSome(existing)) {
      const organizationId = yield* store.firstOrganization(existing.value)
      if (Option.isNone(organizationId)) return yield* Effect.fail(new SignInRefused({ message: "this account belongs to no organization any more" }))
      return { userId: existing.value, organizationId: organizationId.value, created: false }
    }
    const email = identity.email
    if (email === undefined || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) || email.length > 254) {
      return yield* Effect.fail(new SignInRefused({ message: "the provider did not share an email address: allow access to it and try again" }))
    }
    if (!identity.emailVerified) {
      return yield* Effect.fail(new SignInRefused({
        message: "the provider does not vouch for this email address (not verified): verify it with the provider, or sign in with a password"
      }))
    }
    const now = yield* Clock.currentTimeMillis
    const account = yield* accounts.byEmail(email)
    if (Option.isSome(account)) {
      yield* store.link(provider, identity.subject, account.value.userId, email, now)
      return { userId: account.value.userId, organizationId: account.value.organizationId, created: false }
    }
    const name = (identity.name?.trim() || email.slice(0, email.indexOf("@"))).slice(0, 200)
    const passwordHash = yield* Passwords.hash(opaque("unusable_"))
    return yield* sql.withTransaction(Effect.gen(function*() {
      const profile = yield* accounts.signup({ email, name, passwordHash, organizationName: `${name}'s organization` }, now)
      yield* store.link(provider, identity.subject, profile.id, email, now)
      return { userId: profile.id, organizationId: profile.organization.id, created: true }
    }))
  })
