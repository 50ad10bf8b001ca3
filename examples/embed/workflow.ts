/** The CONTRACT §3 example: notify sales about leads from acme.com. */
export const leadNotification = {
  name: "Lead notification",
  inputs: { fields: { email: { type: "string", required: true } } },
  variables: { team: "sales" },
  settings: { timeoutMs: 60000, concurrency: 8 },
  nodes: [
    { id: "start", type: "trigger" },
    { id: "check", type: "condition", params: { expression: "{{ $contains(input.email, /@acme\\.com$/) }}" } },
    { id: "vip", type: "transform", params: { value: { tier: "vip", to: "{{ input.email }}", team: "{{ vars.team }}" } } },
    { id: "done", type: "output", params: { value: "{{ nodes.vip }}" } }
  ],
  edges: [
    { source: "start", target: "check" },
    { source: "check", sourceHandle: "true", target: "vip" },
    { source: "vip", target: "done" }
  ]
}
