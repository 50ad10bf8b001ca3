/** The little of `oidc-provider` (which ships no types) that `oauthFakes.ts` uses. */
declare module "oidc-provider" {
  import type { IncomingMessage, ServerResponse } from "node:http"
  export interface Interaction {
    readonly uid: string
    readonly params: Record<string, unknown>
    readonly prompt: { readonly name: string; readonly details: Record<string, unknown> }
    readonly session?: { readonly accountId?: string }
    readonly grantId?: string
  }
  export class Grant {
    constructor(options: { accountId: string; clientId: string })
    addOIDCScope(scope: string): void
    addOIDCClaims(claims: ReadonlyArray<string>): void
    save(): Promise<string>
  }
  export default class Provider {
    constructor(issuer: string, configuration: Record<string, unknown>)
    Grant: typeof Grant
    proxy: boolean
    callback(): (req: IncomingMessage, res: ServerResponse) => void
    interactionDetails(req: IncomingMessage, res: ServerResponse): Promise<Interaction>
    interactionFinished(req: IncomingMessage, res: ServerResponse, result: Record<string, unknown>, options?: { mergeWithLastSubmission?: boolean }): Promise<void>
  }
}
