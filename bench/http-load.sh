#!/usr/bin/env bash
# Load on the API over loopback with wrk (Debian's package): StartSyncExecution of a 10-state
# Express Pass chain. Starts its own server on a temporary data directory; prints wrk's figures
# for each number of connections given (default 4, 8 and 16) after a warm-up (WARMUP seconds, 10).
# Usage: bench/http-load.sh [seconds] [connections...]   (after ./mvnw -B -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-15}"
shift || true
levels=("${@:-4 8 16}")
warmup="${WARMUP:-10}"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
command -v wrk > /dev/null || { echo "wrk is missing: apt-get install -y wrk (Debian, Ubuntu)" >&2; exit 1; }
data="$(mktemp -d)"
"$java" -jar stepwise-cli/target/stepwise.jar server --port 0 --data "$data" > "$data/server.log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true; rm -rf "$data"' EXIT
# Port 0: the server takes a free port and says which, so that two runs never collide.
until grep -q "listens on" "$data/server.log" 2>/dev/null; do
  kill -0 "$server" 2>/dev/null || { cat "$data/server.log" >&2; exit 1; }
  sleep 0.1
done
port="$(grep -oP 'listens on http://127.0.0.1:\K[0-9]+' "$data/server.log")"

chain='{\"StartAt\":\"P1\",\"States\":{'
for i in $(seq 1 9); do chain+="\\\"P$i\\\":{\\\"Type\\\":\\\"Pass\\\",\\\"Next\\\":\\\"P$((i + 1))\\\"},"; done
chain+='\"P10\":{\"Type\":\"Pass\",\"End\":true}}}'
curl -sf "http://127.0.0.1:$port/" -H "Content-Type: application/x-amz-json-1.0" \
  -H "X-Amz-Target: AWSStepFunctions.CreateStateMachine" \
  -d "{\"name\":\"load\",\"type\":\"EXPRESS\",\"roleArn\":\"arn:aws:iam::123456789012:role/load\",\"definition\":\"$chain\"}" > /dev/null

cat > "$data/sync.lua" <<'LUA'
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/x-amz-json-1.0"
wrk.headers["X-Amz-Target"] = "AWSStepFunctions.StartSyncExecution"
wrk.body = '{"stateMachineArn":"arn:aws:states:us-east-1:123456789012:stateMachine:load","input":"{\\"orderId\\":\\"o-1\\",\\"amount\\":42.5}"}'
LUA
wrk -t1 -c16 -d"${warmup}s" -s "$data/sync.lua" "http://127.0.0.1:$port/" > /dev/null
for connections in ${levels[*]}; do
  echo "== StartSyncExecution, $connections connections, ${seconds}s"
  wrk -t1 -c"$connections" -d"${seconds}s" --latency -s "$data/sync.lua" "http://127.0.0.1:$port/" \
    | grep -E "Requests/sec|50%|99%|Non-2xx"
done
