#!/usr/bin/env bash
# The README's curl session against a running `sire serve` (run from the repository root):
# sign up, create an API key, create the CONTRACT example workflow, execute it, read its logs.
set -euo pipefail
B=${SIRE_URL:-http://localhost:8080}
json() { node -pe "JSON.parse(require('fs').readFileSync(0, 'utf8'))$1"; }

# 1. Sign up: a user, their organization, and a session token.
TOKEN=$(curl -sf -X POST "$B/api/v1/auth/signup" -H 'Content-Type: application/json' \
  -d "{\"email\":\"ada+$RANDOM@example.com\",\"password\":\"correct horse battery staple\"}" | json .token)

# 2. An API key for scripts (shown once; it has your role unless "role" narrows it).
KEY=$(curl -sf -X POST "$B/api/v1/apikeys" -H "Authorization: Bearer $TOKEN" \
  -H 'Content-Type: application/json' -d '{"name":"laptop"}' | json .key)

# 3. The CONTRACT example workflow.
WF=$(curl -sf -X POST "$B/api/v1/workflows" -H "Authorization: Bearer $KEY" \
  -H 'Content-Type: application/json' -d @examples/server/lead-notification.json | json .id)

# 4. Execute it and wait for the result.
RESULT=$(curl -sf -X POST "$B/api/v1/workflows/$WF/execute" -H "Authorization: Bearer $KEY" \
  -H 'Content-Type: application/json' -d '{"input":{"email":"ceo@acme.com"},"mode":"sync"}')
echo "$RESULT"
EXEC=$(echo "$RESULT" | json .id)

# 5. Its log, as Server-Sent Events (the stream ends after the final event).
curl -sfN "$B/api/v1/executions/$EXEC/logs" -H "Authorization: Bearer $KEY"
