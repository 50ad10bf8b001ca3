#!/usr/bin/env bash
# The README's tour of nodes and triggers against a running `sire serve` (run from the repository
# root): a code node, a webhook trigger (and its replay), a schedule's next run, and an execution
# parked on waitForEvent, resumed through the API.
set -euo pipefail
B=${SIRE_URL:-http://localhost:8080}
json() { node -pe "JSON.parse(require('fs').readFileSync(0, 'utf8'))$1"; }
label() { printf '%s: %s\n' "$1" "$(cat)"; }
TOKEN=$(curl -sf -X POST "$B/api/v1/auth/signup" -H 'Content-Type: application/json' \
  -d "{\"email\":\"tour+$RANDOM@example.com\",\"password\":\"correct horse battery staple\"}" | json .token)
post() { curl -sf -X POST "$B/api/v1$1" -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' -d "$2"; }
get() { curl -sf "$B/api/v1$1" -H "Authorization: Bearer $TOKEN"; }
until_status() { for _ in $(seq 50); do [ "$(get "/executions/$1" | json .status)" = "$2" ] && return; sleep 0.2; done; exit 1; }

# code: JavaScript in a QuickJS sandbox scores a lead.
WF=$(post /workflows @examples/workflows/code-node.json | json .id)
post "/workflows/$WF/execute" '{"input":{"email":"ceo@acme.com","employees":120},"mode":"sync"}' | json .output | label "code node output"

# A webhook trigger: the workflow lists its URL (under SIRE_PUBLIC_URL; called here on $B); a
# replayed webhook-id starts nothing new: both answers name the same execution.
URL=$(post /workflows @examples/workflows/webhook-trigger.json | json '.triggers[0].url')
HOOK="$B/hooks/${URL##*/hooks/}"
for attempt in "first delivery" "replay (same webhook-id)"; do
  curl -sf -X POST "$HOOK?source=shop" -H 'Content-Type: application/json' -H 'webhook-id: order-1042' \
    -d '{"id":"A-1042","total":99}' | label "webhook, $attempt"
done

# A schedule trigger: the workflow lists its next run (unix seconds).
post /workflows @examples/workflows/schedule-trigger.json | json '.triggers[0].nextRunAt' | label "schedule's next run (unix seconds)"

# waitForEvent: the execution parks (status "waiting") until a resume delivers a payload.
WF=$(post /workflows '{"name":"Wait","nodes":[{"id":"start","type":"trigger"},{"id":"answer","type":"waitForEvent"}],"edges":[{"source":"start","target":"answer"}]}' | json .id)
EXEC=$(post /executions "{\"workflowId\":\"$WF\"}" | json .id)
until_status "$EXEC" waiting && echo "parked execution's status: waiting"
post "/executions/$EXEC/resume" '{"payload":{"approved":true}}' | json .status | label "resume accepted; status until a worker continues it"
until_status "$EXEC" completed && get "/executions/$EXEC" | json .output | label "resumed execution's output"
