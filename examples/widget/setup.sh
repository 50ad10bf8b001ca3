set -euo pipefail
B=${SIRE_URL:-http://localhost:8080}           # your Sire server
SITE=${SITE_ORIGIN:-http://localhost:5500}     # the origin of the page that shows the chat
MODEL=${MODEL_URL:-https://api.openai.com/v1}  # any OpenAI-compatible server
json() { node -pe "JSON.parse(require('fs').readFileSync(0, 'utf8'))$1"; }

# 1. Sign up (or log in): an admin token of your organization.
TOKEN=$(curl -sf -X POST "$B/api/v1/auth/signup" -H 'Content-Type: application/json' \
  -d "{\"email\":\"owner+$RANDOM@example.com\",\"password\":\"correct horse battery staple\"}" | json .token)

# 2. The model's API key as a credential, sent only to the model's host.
CRED=$(curl -sf -X POST "$B/api/v1/credentials" -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
  -d "{\"name\":\"openai\",\"type\":\"bearer\",\"value\":\"$OPENAI_API_KEY\",\"allowedHosts\":[\"$(node -pe 'new URL(process.argv[1]).hostname' "$MODEL")\"]}" | json .id)

# 3. The chat workflow (chat-workflow.json) with that credential and model server.
WF=$(node -e '
  const workflow = JSON.parse(require("fs").readFileSync("examples/widget/chat-workflow.json", "utf8"))
  Object.assign(workflow.nodes[1].params, { credentialId: process.argv[1], baseUrl: process.argv[2] })
  console.log(JSON.stringify(workflow))' "$CRED" "$MODEL" |
  curl -sf -X POST "$B/api/v1/workflows" -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' -d @- | json .id)

# 4. A chat deployment of it for your site: its publishable key goes in the page.
PK=$(curl -sf -X POST "$B/api/v1/chat/deployments" -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
  -d "{\"workflowId\":\"$WF\",\"allowedOrigins\":[\"$SITE\"],\"title\":\"Acme helper\",
       \"greeting\":\"Hi! Ask me anything about your garden.\",
       \"suggestions\":[\"When should I plant tomatoes?\",\"Do you ship abroad?\"]}" | json .publishableKey)
echo "publishable key: $PK"
