/**
 * The request log: one line per request, `Sent HTTP response` with `http.method`, `http.url` and
 * `http.status` (the platform's `HttpMiddleware.logger`, whose lines it replaces). A request no route
 * matches — scanners probe thousands — is a `DEBUG` line `No route for the request`, without the
 * platform's `RouteNotFound` cause (it quotes the raw URL); any other failure is written with its
 * cause at `INFO`, as the platform does.
 *
 * @since 0.1.0
 */
import { type HttpApp, HttpServerError, HttpServerRequest } from "@effect/platform"
import { Cause, Chunk, Effect, Exit, Option } from "effect"

/** Whether a failure (its response taken out) is only the router finding no route for the request. */
const noRoute = <E>(cause: Cause.Cause<E>): boolean => {
  const failures = Cause.failures(cause)
  return Chunk.isNonEmpty(failures) && Chunk.every(failures, (failure) => failure instanceof HttpServerError.RouteNotFound) &&
    Chunk.isEmpty(Cause.defects(cause))
}

/** Logs each request once it is answered (see the module's description). */
export const middleware = <E, R>(app: HttpApp.Default<E, R>): HttpApp.Default<E, R> =>
  Effect.flatMap(HttpServerRequest.HttpServerRequest, (request) =>
    Effect.withLogSpan(
      Effect.flatMap(Effect.exit(app), (exit) => {
        const annotate = (status: number) => ({ "http.method": request.method, "http.url": request.url, "http.status": status })
        if (Exit.isSuccess(exit)) {
          return Effect.zipRight(Effect.annotateLogs(Effect.log("Sent HTTP response"), annotate(exit.value.status)), exit)
        }
        const [response, stripped] = HttpServerError.causeResponseStripped(exit.cause)
        const cause = Option.getOrElse(stripped, () => Cause.empty)
        const line = noRoute(cause) ? Effect.logDebug("No route for the request") : Effect.log("Sent HTTP response", cause)
        return Effect.zipRight(Effect.annotateLogs(line, annotate(response.status)), exit)
      }),
      "http.span"
    ))
