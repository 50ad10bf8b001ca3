/**
 * Organizations are sealed from each other: a generated matrix calls every endpoint with an `:id`
 * (the list comes from the API itself) with organization A's credentials on organization B's
 * resources, expects 404s that reveal nothing, and checks B's resources are untouched (and that
 * none of A's refused calls wrote into B's audit log).
 */
import { afterAll, assert, beforeAll, describe, it } from "@effect/vitest"
import { routes } from "../src/Api.js"
import { type Account, databases, failingWorkflow, signup, skip, start, type TestServer } from "./harness.js"
import { type LocalServer, startMcpServer } from "./mcpServer.js"

const api = "/api/v1"

/** A workflow parked on a 60 s durable delay once started, and on a `waitForEvent` node: its executions stay cancellable, and resumable once. */
const parked = (name: string) => ({
  name,
  nodes: [
    { id: "start", type: "trigger" },
    { id: "wait", type: "delay", params: { ms: 60_000 } },
    { id: "done", type: "output", params: { value: "woke" } },
    { id: "approval", type: "waitForEvent" }
  ],
  edges: [
    { source: "start", target: "wait" },
    { source: "wait", target: "done" },
    { source: "start", target: "approval" }
  ]
})

/** An organization's resources and credentials. */
interface Org {
  readonly account: Account
  /** The organization (team) id. */
  readonly organizationId: string
  /** A member of the organization besides its owner. */
  readonly memberId: string
  /** A pending invitation of the organization. */
  readonly invitationId: string
  readonly workflowId: string
  /** A workflow with a yearly `schedule` trigger node `tick`. */
  readonly scheduledWorkflowId: string
  readonly executionId: string
  readonly apiKeyId: string
  readonly apiKey: string
  readonly credentialId: string
  /** A webhook endpoint (at a refused address: no delivery ever leaves). */
  readonly webhookId: string
  /** The notification of a failed execution of the organization's. */
  readonly notificationId: string
  /** A chat session (of a workflow that answers at once) with one exchange. */
  readonly chatSessionId: string
  /** A chat deployment of the chat workflow. */
  readonly chatDeploymentId: string
  /** A tool (`<serverId>:echo`) of an MCP server the organization registered (a local one, built with the SDK). */
  readonly mcpToolId: string
  /** An entry of the organization's audit log. */
  readonly auditEntryId: string
  /** A failed execution (retried, re-run from its `boom` node). */
  readonly failedExecutionId: string
  /** A bulk operation. */
  readonly bulkOperationId: string
}

/** Which resource id an endpoint takes, and a valid body when it needs one. */
interface Target {
  readonly id: (org: Org) => string
  /** The `:userId` of the path, when it has one. */
  readonly userId?: (org: Org) => string
  /** The `:invitationId` of the path, when it has one. */
  readonly invitationId?: (org: Org) => string
  /** The `:nodeId` of the path, when it has one. */
  readonly nodeId?: string
  /** The `:version` of the path, when it has one. */
  readonly version?: string
  /** A query string to add (without `?`). */
  readonly query?: string
  readonly body?: unknown
}

/** Every endpoint with an `:id`, keyed `METHOD path`: the resource it names and a valid body. */
const targets: Record<string, Target> = {
  "DELETE /api/v1/apikeys/:id": { id: (o) => o.apiKeyId },
  "DELETE /api/v1/credentials/:id": { id: (o) => o.credentialId },
  "GET /api/v1/credentials/:id": { id: (o) => o.credentialId },
  "PATCH /api/v1/credentials/:id": { id: (o) => o.credentialId, body: { value: "taken-over" } },
  "DELETE /api/v1/webhooks/:id": { id: (o) => o.webhookId },
  "POST /api/v1/notifications/:id/read": { id: (o) => o.notificationId },
  "GET /api/v1/workflows/:id": { id: (o) => o.workflowId },
  "PUT /api/v1/workflows/:id": { id: (o) => o.workflowId, body: parked("taken over") },
  "DELETE /api/v1/workflows/:id": { id: (o) => o.workflowId },
  "POST /api/v1/workflows/:id/versions": { id: (o) => o.workflowId },
  "GET /api/v1/workflows/:id/versions": { id: (o) => o.workflowId },
  "GET /api/v1/workflows/:id/versions/:version": { id: (o) => o.workflowId, version: "1" },
  "POST /api/v1/workflows/:id/versions/:version/restore": { id: (o) => o.workflowId, version: "1" },
  "GET /api/v1/workflows/:id/versions/:version/diff": { id: (o) => o.workflowId, version: "1", query: "against=1" },
  "POST /api/v1/workflows/:id/publish": { id: (o) => o.workflowId, body: { version: 1 } },
  "POST /api/v1/workflows/:id/unpublish": { id: (o) => o.workflowId },
  "POST /api/v1/workflows/:id/execute": { id: (o) => o.workflowId, body: { input: {} } },
  "POST /api/v1/workflows/:id/schedules/:nodeId/pause": { id: (o) => o.scheduledWorkflowId, nodeId: "tick" },
  "POST /api/v1/workflows/:id/schedules/:nodeId/resume": { id: (o) => o.scheduledWorkflowId, nodeId: "tick" },
  "POST /api/v1/workflows/:id/schedules/:nodeId/run": { id: (o) => o.scheduledWorkflowId, nodeId: "tick" },
  "GET /api/v1/executions/:id": { id: (o) => o.executionId },
  "POST /api/v1/executions/:id/cancel": { id: (o) => o.executionId },
  "POST /api/v1/executions/:id/resume": { id: (o) => o.executionId, body: { payload: { approved: true } } },
  "GET /api/v1/executions/:id/logs": { id: (o) => o.executionId },
  "GET /api/v1/teams/:id/members": { id: (o) => o.organizationId },
  "POST /api/v1/teams/:id/members": { id: (o) => o.organizationId, body: { email: "newcomer@example.com", role: "member" } },
  "POST /api/v1/chat/sessions/:id/messages": { id: (o) => o.chatSessionId, body: { content: "taken over" } },
  "GET /api/v1/chat/sessions/:id/messages": { id: (o) => o.chatSessionId },
  "GET /api/v1/chat/deployments/:id": { id: (o) => o.chatDeploymentId },
  "PATCH /api/v1/chat/deployments/:id": { id: (o) => o.chatDeploymentId, body: { allowedOrigins: ["https://taken-over.example"] } },
  "POST /api/v1/chat/deployments/:id/rotate-key": { id: (o) => o.chatDeploymentId },
  "DELETE /api/v1/chat/deployments/:id": { id: (o) => o.chatDeploymentId },
  "DELETE /api/v1/teams/:id/members/:userId": { id: (o) => o.organizationId, userId: (o) => o.memberId },
  "PATCH /api/v1/teams/:id/members/:userId": { id: (o) => o.organizationId, userId: (o) => o.memberId, body: { role: "viewer" } },
  "GET /api/v1/teams/:id/invitations": { id: (o) => o.organizationId },
  "DELETE /api/v1/teams/:id/invitations/:invitationId": { id: (o) => o.organizationId, invitationId: (o) => o.invitationId },
  "POST /api/v1/marketplace/tools/:id/install": { id: (o) => o.mcpToolId },
  "DELETE /api/v1/marketplace/tools/:id/install": { id: (o) => o.mcpToolId },
  "DELETE /api/v1/marketplace/servers/:id": { id: (o) => o.mcpToolId.split(":")[0]! },
  "GET /api/v1/audit-logs/:id": { id: (o) => o.auditEntryId },
  "POST /api/v1/executions/:id/retry": { id: (o) => o.failedExecutionId },
  "POST /api/v1/executions/:id/rerun": { id: (o) => o.failedExecutionId, body: { fromNodeId: "boom" } },
  "POST /api/v1/executions/:id/replay": { id: (o) => o.executionId },
  "GET /api/v1/executions/bulk/:id": { id: (o) => o.bulkOperationId }
}

/** The endpoints with an `:id`, destructive ones last so that every other call still finds its resource. */
const withId = routes()
  .filter((route) => route.path.includes(":id"))
  .map((route) => `${route.method} ${route.path}`)
  .sort((a, b) => Number(a.startsWith("DELETE ")) - Number(b.startsWith("DELETE ")))

/** The answer to one call: status, content type and (for JSON) the body; streams are not read. */
interface Reply {
  readonly status: number
  readonly contentType: string
  readonly body: any
}

const call = async (server: TestServer, endpoint: string, org: Org, token: string): Promise<Reply & { readonly id: string }> => {
  const [method, template] = endpoint.split(" ")
  const target = targets[endpoint]
  const id = target.id(org)
  const controller = new AbortController()
  const path = template.replace(":id", id).replace(":userId", target.userId?.(org) ?? ":userId")
    .replace(":invitationId", target.invitationId?.(org) ?? ":invitationId").replace(":nodeId", target.nodeId ?? ":nodeId")
    .replace(":version", target.version ?? ":version") + (target.query !== undefined ? `?${target.query}` : "")
  const response = await fetch(`${server.base}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${token}`,
      ...(target.body !== undefined ? { "content-type": "application/json" } : {})
    },
    ...(target.body !== undefined ? { body: JSON.stringify(target.body) } : {}),
    signal: controller.signal
  })
  const contentType = response.headers.get("content-type") ?? ""
  if (contentType.startsWith("text/event-stream")) {
    controller.abort()
    return { id, status: response.status, contentType, body: undefined }
  }
  const text = await response.text()
  return { id, status: response.status, contentType, body: text === "" ? undefined : JSON.parse(text) }
}

describe.each(databases)("organization isolation on %s", (db) => {
  describe.skipIf(skip(db))("", () => {
    let server: TestServer
    let a: Org
    let b: Org
    let mcp: LocalServer
    const send = (method: string, path: string, token: string, body?: unknown) =>
      server.request(method, `${api}${path}`, { token, ...(body !== undefined ? { body } : {}) })

    /** Runs a workflow with a `fail` node to its failure; the failed execution and the notification it produced. */
    const failureNotification = async (account: Account, label: string): Promise<{ readonly executionId: string; readonly notificationId: string }> => {
      const failing = await send("POST", "/workflows", account.token, failingWorkflow(`${label} failing`))
      assert.strictEqual(failing.status, 201, failing.text)
      const failed = await send("POST", "/executions", account.token, { workflowId: failing.body.id, mode: "sync" })
      assert.strictEqual(failed.body?.status, "failed", failed.text)
      const deadline = Date.now() + 15_000
      while (true) {
        const listed = await send("GET", "/notifications", account.token)
        const found = listed.body.find((n: { data?: { executionId?: string } }) => n.data?.executionId === failed.body.id)
        if (found !== undefined) return { executionId: failed.body.id, notificationId: found.id }
        if (Date.now() > deadline) throw new Error("the failure was never notified")
        await new Promise((resolve) => setTimeout(resolve, 25))
      }
    }

    const organization = async (label: string): Promise<Org> => {
      const account = await signup(server, label)
      const workflow = await send("POST", "/workflows", account.token, parked(`${label} workflow`))
      assert.strictEqual(workflow.status, 201, workflow.text)
      const scheduled = await send("POST", "/workflows", account.token, {
        name: `${label} yearly`,
        nodes: [{ id: "tick", type: "trigger", params: { kind: "schedule", cron: "0 0 1 1 *" } }],
        edges: []
      })
      assert.strictEqual(scheduled.status, 201, scheduled.text)
      const execution = await send("POST", "/executions", account.token, { workflowId: workflow.body.id, idempotencyKey: "shared-key" })
      assert.strictEqual(execution.status, 201, execution.text)
      const key = await send("POST", "/apikeys", account.token, { name: `${label} key`, role: "admin" })
      assert.strictEqual(key.status, 201, key.text)
      // A second member, invited and accepted (the owner, as the last owner, cannot be removed).
      const member = await signup(server, `${label}-member`)
      const invited = await send("POST", `/teams/${account.organizationId}/members`, account.token, { email: member.email })
      assert.strictEqual(invited.status, 201, invited.text)
      const invitation = /ivt_[0-9a-f]{64}/.exec([...server.mail].reverse().find((m) => m.to === member.email)?.text ?? "")?.[0]
      const accepted = await send("POST", "/teams/invitations/accept", member.token, { token: invitation })
      assert.strictEqual(accepted.status, 200, accepted.text)
      const pending = await send("POST", `/teams/${account.organizationId}/members`, account.token, { email: `pending-${label}@example.com` })
      assert.strictEqual(pending.status, 201, pending.text)
      const credential = await send("POST", "/credentials", account.token, { name: `${label} token`, type: "bearer", value: `${label}-secret`, allowedHosts: ["api.example.com"] })
      assert.strictEqual(credential.status, 201, credential.text)
      const chatWorkflow = await send("POST", "/workflows", account.token, {
        name: `${label} chat`,
        nodes: [{ id: "start", type: "trigger" }, { id: "done", type: "output", params: { value: { reply: "ok" } } }],
        edges: [{ source: "start", target: "done" }]
      })
      assert.strictEqual(chatWorkflow.status, 201, chatWorkflow.text)
      const chat = await send("POST", "/chat/sessions", account.token, { workflowId: chatWorkflow.body.id })
      assert.strictEqual(chat.status, 201, chat.text)
      const said = await send("POST", `/chat/sessions/${chat.body.id}/messages`, account.token, { content: "hello" })
      assert.strictEqual(said.status, 201, said.text)
      const deployment = await send("POST", "/chat/deployments", account.token, { workflowId: chatWorkflow.body.id, allowedOrigins: ["https://example.com"] })
      assert.strictEqual(deployment.status, 201, deployment.text)
      const webhook = await send("POST", "/webhooks", account.token, { url: "http://127.0.0.1:9/hook", events: ["workflow.deleted"] })
      assert.strictEqual(webhook.status, 201, webhook.text)
      const mcpServer = await send("POST", "/marketplace/servers", account.token, { name: `${label} tools`, url: mcp.url })
      assert.strictEqual(mcpServer.status, 201, mcpServer.text)
      const bulk = await send("POST", "/executions/bulk", account.token, { action: "cancel", filter: { status: "completed" } })
      assert.strictEqual(bulk.status, 202, bulk.text)
      const failure = await failureNotification(account, label)
      const audited = await send("GET", `/audit-logs?limit=1&action=workflow.created&resourceId=${workflow.body.id}`, account.token)
      assert.strictEqual(audited.body?.length, 1, audited.text)
      return {
        account,
        organizationId: account.organizationId,
        memberId: member.userId,
        invitationId: pending.body.id,
        workflowId: workflow.body.id,
        scheduledWorkflowId: scheduled.body.id,
        executionId: execution.body.id,
        apiKeyId: key.body.id,
        apiKey: key.body.key,
        credentialId: credential.body.id,
        webhookId: webhook.body.id,
        chatSessionId: chat.body.id,
        chatDeploymentId: deployment.body.id,
        mcpToolId: `${mcpServer.body.id}:echo`,
        auditEntryId: audited.body[0].id,
        failedExecutionId: failure.executionId,
        bulkOperationId: bulk.body.id,
        notificationId: failure.notificationId
      }
    }

    beforeAll(async () => {
      mcp = await startMcpServer()
      server = await start(db, { egressAllow: ["127.0.0.1"] })
      a = await organization("org-a")
      b = await organization("org-b")
      for (const org of [a, b]) {
        const deadline = Date.now() + 20_000
        while ((await send("GET", `/executions/${org.executionId}`, org.account.token)).body.status !== "waiting") {
          if (Date.now() > deadline) throw new Error("the execution never parked on its delay")
          await new Promise((resolve) => setTimeout(resolve, 25))
        }
      }
    })
    afterAll(async () => {
      await server?.close()
      await mcp?.close()
    })

    it("every endpoint with an :id is in the isolation table, and the table names no endpoint the API lacks", () => {
      assert.deepStrictEqual(withId.filter((endpoint) => !(endpoint in targets)), [], "endpoints missing from the table")
      assert.deepStrictEqual(Object.keys(targets).filter((endpoint) => !withId.includes(endpoint)), [], "stale table entries")
    })

    it("the same idempotency key in two organizations names two executions", () => {
      assert.notStrictEqual(a.executionId, b.executionId)
    })

    it("organization A (session and API key) gets a bare 404 on every endpoint with B's id, and B's resources are unchanged", async () => {
      const before = {
        workflow: (await send("GET", `/workflows/${b.workflowId}`, b.account.token)).body,
        execution: (await send("GET", `/executions/${b.executionId}`, b.account.token)).body,
        executions: (await send("GET", "/executions?limit=100", b.account.token)).body.map((e: { id: string }) => e.id),
        keys: (await send("GET", "/apikeys", b.account.token)).body,
        credentials: (await send("GET", "/credentials", b.account.token)).body,
        members: (await send("GET", `/teams/${b.organizationId}/members`, b.account.token)).body,
        invitations: (await send("GET", `/teams/${b.organizationId}/invitations`, b.account.token)).body,
        servers: (await send("GET", "/marketplace/servers", b.account.token)).body.map((server: { id: string }) => server.id),
        deployment: (await send("GET", `/chat/deployments/${b.chatDeploymentId}`, b.account.token)).body,
        schedules: (await send("GET", "/schedules", b.account.token)).body
      }
      assert.deepStrictEqual(before.schedules.map((s: { paused: boolean }) => s.paused), [false])
      assert.include(before.servers, b.mcpToolId.split(":")[0])
      assert.strictEqual(before.invitations.length, 1)
      assert.strictEqual(before.execution.status, "waiting")
      const beforeMessages = (await send("GET", `/chat/sessions/${b.chatSessionId}/messages`, b.account.token)).body
      assert.strictEqual(beforeMessages.length, 2, "B's session holds one exchange")

      const violations: Array<string> = []
      for (const [who, token] of [["A's session", a.account.token], ["A's API key", a.apiKey]] as const) {
        for (const endpoint of withId) {
          const reply = await call(server, endpoint, b, token)
          const bodyOk = reply.body !== null && typeof reply.body === "object" &&
            Object.keys(reply.body).join() === "error" && typeof reply.body.error === "string"
          if (reply.status !== 404 || !bodyOk) {
            violations.push(`${who}: ${endpoint} on B's ${reply.id} → ${reply.status} ${JSON.stringify(reply.body)}`)
            continue
          }
          const ghost = { ...b, workflowId: "wf_0000000000000000", scheduledWorkflowId: "wf_0000000000000000", executionId: "exec_0000000000000000", apiKeyId: "key_0000000000000000", credentialId: "cred_0000000000000000", webhookId: "wh_0000000000000000", organizationId: "org_0000000000000000", memberId: "usr_0000000000000000", notificationId: "ntf_0000000000000000", chatSessionId: "chat_0000000000000000", chatDeploymentId: "chd_0000000000000000", auditEntryId: "audit_0000000000000000" }
          const unknown = await call(server, endpoint, ghost, token)
          if (unknown.status !== 404 || unknown.body?.error.replace(unknown.id, "<id>") !== reply.body.error.replace(reply.id, "<id>")) {
            violations.push(`${who}: ${endpoint} tells B's id from an unknown one: ${JSON.stringify(reply.body)} vs ${JSON.stringify(unknown.body)}`)
          }
        }
      }
      assert.deepStrictEqual(violations, [])

      const startB = await send("POST", "/executions", a.account.token, { workflowId: b.workflowId, input: {} })
      assert.strictEqual(startB.status, 404, "starting B's workflow through the body is 404 too")
      const searchB = await send("GET", `/executions/search?workflowId=${b.workflowId}`, a.account.token)
      assert.deepStrictEqual(searchB.body, [])
      const listA = await send("GET", "/workflows?limit=100", a.account.token)
      assert.notInclude(listA.body.map((w: { id: string }) => w.id), b.workflowId)

      const workflow = await send("GET", `/workflows/${b.workflowId}`, b.account.token)
      assert.strictEqual(workflow.status, 200, "B's workflow still exists")
      assert.deepStrictEqual(workflow.body, before.workflow, "B's workflow: same revision, document, no new version")
      const execution = await send("GET", `/executions/${b.executionId}`, b.account.token)
      assert.strictEqual(execution.body.status, before.execution.status, "B's execution was not cancelled")
      const executions = await send("GET", "/executions?limit=100", b.account.token)
      assert.deepStrictEqual(executions.body.map((e: { id: string }) => e.id), before.executions, "no execution was started for B")
      const listed = await send("GET", "/workflows?limit=100", b.apiKey)
      assert.strictEqual(listed.status, 200, "B's key still works")
      assert.include(listed.body.map((w: { id: string }) => w.id), b.workflowId, "B's workflow is still listed")
      assert.deepStrictEqual((await send("GET", "/apikeys", b.account.token)).body, before.keys)
      assert.deepStrictEqual((await send("GET", "/credentials", b.account.token)).body, before.credentials, "B's credential is intact")
      const members = await send("GET", `/teams/${b.organizationId}/members`, b.account.token)
      assert.deepStrictEqual(members.body, before.members, "B's members are unchanged")
      assert.strictEqual(before.members.length, 2)
      const servers = await send("GET", "/marketplace/servers", b.account.token)
      assert.deepStrictEqual(servers.body.map((server: { id: string }) => server.id), before.servers, "B's MCP server stays registered")
      const invitations = await send("GET", `/teams/${b.organizationId}/invitations`, b.account.token)
      assert.deepStrictEqual(invitations.body, before.invitations, "B's pending invitation stands")
      const deployment = await send("GET", `/chat/deployments/${b.chatDeploymentId}`, b.account.token)
      assert.deepStrictEqual(deployment.body, before.deployment, "B's chat deployment: same key, same origins")
      const messages = await send("GET", `/chat/sessions/${b.chatSessionId}/messages`, b.account.token)
      assert.deepStrictEqual(messages.body, beforeMessages, "B's chat messages are unchanged")
      assert.deepStrictEqual((await send("GET", "/schedules", b.account.token)).body, before.schedules, "B's schedule is not paused")
      const audit = await send("GET", "/audit-logs?limit=100", b.account.token)
      assert.strictEqual(audit.status, 200, audit.text)
      assert.deepStrictEqual(audit.body.filter((entry: { actor: { userId: string } }) => entry.actor.userId === a.account.userId), [], "A's calls wrote nothing into B's audit log")
      assert.deepStrictEqual((await send("GET", "/schedules", a.account.token)).body.map((s: { workflowId: string }) => s.workflowId), [a.scheduledWorkflowId])
    })

    it("the same calls with A's own ids succeed, so the 404s above come from the organization boundary", async () => {
      const failures: Array<string> = []
      for (const endpoint of withId) {
        const reply = await call(server, endpoint, a, a.account.token)
        if (reply.status < 200 || reply.status > 299) failures.push(`${endpoint} on A's ${reply.id} → ${reply.status} ${JSON.stringify(reply.body)}`)
      }
      assert.deepStrictEqual(failures, [])
    })
  })
})
