/**
 * undici's `Agent` and `request`, in a module of their own: the egress guard imports it on its
 * first request, so a process that never calls out never loads undici (≈ 1 MB of JavaScript).
 * Re-exported from an ES module (not imported from undici directly) so that bundlers give the
 * dynamic import its named exports, as Node does.
 *
 * @since 0.1.0
 */
export { Agent, request } from "undici"
