/**
 * The id of the request being handled (`X-Request-Id`: the client's when it sent a valid one, else
 * one the request guard chose), for what the handlers record about it (the audit log).
 *
 * @since 0.1.0
 */
import { FiberRef } from "effect"

/** The id of the request being handled; null outside a request. */
export const currentRequestId: FiberRef.FiberRef<string | null> = FiberRef.unsafeMake<string | null>(null)
