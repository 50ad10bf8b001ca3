/**
 * @sire/core — workflow documents, validation, execution semantics, expressions, node registry,
 * rate limiting and quotas, as Effect services over ports.
 *
 * @since 0.1.0
 */
export * as BuiltinNodes from "./BuiltinNodes.js"
export * as DeltaRelay from "./DeltaRelay.js"
export * as Engine from "./Engine.js"
export * as Execution from "./Execution.js"
export * as ExecutionEvents from "./ExecutionEvents.js"
export * as Executions from "./Executions.js"
export * as ExecutionStore from "./ExecutionStore.js"
export * as Expression from "./Expression.js"
export * as Graph from "./Graph.js"
export * as Id from "./Id.js"
export * as Json from "./Json.js"
export * as NodeRegistry from "./NodeRegistry.js"
export * as NodeType from "./NodeType.js"
export * as Quota from "./Quota.js"
export * as QuotaStore from "./QuotaStore.js"
export * as RateLimiter from "./RateLimiter.js"
export * as RateLimitStore from "./RateLimitStore.js"
export * as Signal from "./Signal.js"
export * as Sire from "./Sire.js"
export * as StartStore from "./StartStore.js"
export * as SireClient from "./SireClient.js"
export * as Telemetry from "./Telemetry.js"
export * as Validation from "./Validation.js"
export * as Worker from "./Worker.js"
export * as Workflow from "./Workflow.js"
export * as WorkflowStore from "./WorkflowStore.js"
export * as WorkQueue from "./WorkQueue.js"
