#!/usr/bin/env bash
# Stepwise beside aws-local-stepfunctions (the peer) on the same state machines, in one run, and
# the figures Stepwise alone has. Writes bench/results/<date>.jsonl (one JSON line a measurement)
# and bench/results/<date>.md (medians, spread, ratios, goals), and prints the table.
#
# Usage: bench/run.sh [--quick] [--runs N] [--million N]
#   --quick      a smoke run: 1 run of each measurement, short durations, 10,000 waiting executions
#   --runs N     runs of each measurement, engines alternating (default 5)
#   --million N  executions for the waiting-on-one-node measurement (default 1,000,000)
# Needs: a JDK 21+ (JAVA_HOME, else java on the PATH), Node.js and npm, wrk (apt-get install wrk).
set -euo pipefail
cd "$(dirname "$0")/.."

runs=5 warmup=3 seconds=5 cold_runs=10 durable_s=10 http_s=10 http_warmup=10 waiting=20000
million=1000000
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) runs=1 warmup=0.5 seconds=1 cold_runs=1 durable_s=2 http_s=2 http_warmup=2
      waiting=2000 million=10000 ;;
    --runs) runs="$2"; shift ;;
    --million) million="$2"; shift ;;
    *) echo "unknown option: $1 (see the header of $0)" >&2; exit 2 ;;
  esac
  shift
done

java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
[ "$("$java" -version 2>&1 | grep -oP 'version "\K[0-9]+')" -ge 21 ] 2> /dev/null ||
  { echo "Stepwise needs a JDK 21 or later: set JAVA_HOME" >&2; exit 1; }
command -v node > /dev/null || { echo "Node.js is missing (the peer runs on it)" >&2; exit 1; }
command -v wrk > /dev/null || { echo "wrk is missing: apt-get install -y wrk (Debian, Ubuntu)" >&2; exit 1; }
if [ ! -f stepwise-cli/target/stepwise.jar ] || [ ! -f bench/target/benchmarks.jar ]; then
  echo "Building Stepwise..." >&2
  ./mvnw -B -q package -DskipTests -pl stepwise-cli,bench -am
fi
if [ ! -d bench/peer/node_modules/aws-local-stepfunctions ]; then
  echo "Installing the peer into bench/peer/node_modules..." >&2
  (cd bench/peer && npm ci --no-audit --no-fund --loglevel=error)
fi
# aws-local-stepfunctions 3 declares Node 22; before it, Promise.withResolvers needs a polyfill.
node_flags=()
[ "$(node -p 'process.versions.node.split(".")[0]')" -lt 22 ] &&
  node_flags=(--require "$PWD/bench/peer/with-resolvers.cjs")

mkdir -p bench/results
stamp="$(date -u +%Y-%m-%dT%H%M)"
raw="bench/results/$stamp.jsonl"
: > "$raw"
load() { cut -d' ' -f1 /proc/loadavg; }
# Appends a measurement: its JSON object with the 1-minute load average added.
record() { jq -c --argjson load "$(load)" '. + {load: $load}' <<< "$1" >> "$raw"; }

record "$(jq -nc --arg cpu "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | xargs)" \
  --arg cores "$(nproc)" --arg memory "$(free -g | awk '/Mem:/ {print $2 " GiB"}')" \
  --arg os "$(uname -sr)" --arg java "$("$java" -version 2>&1 | head -1)" \
  --arg node "$(node -v)" --arg commit "$(git rev-parse --short HEAD)" --arg quick "$runs" \
  '{measure: "machine", cpu: $cpu, cores: $cores, memory: $memory, os: $os, java: $java,
    node: $node, commit: $commit, runs: ($quick | tonumber)}')"

def=bench/workloads/pass-chain.asl.json input=bench/workloads/pass-chain.input.json
echo "cold: $cold_runs runs of each engine, alternating" >&2
for _ in $(seq "$cold_runs"); do
  for engine in stepwise peer; do
    start=$(date +%s%N)
    if [ "$engine" = stepwise ]; then
      "$java" -jar stepwise-cli/target/stepwise.jar run "$def" --input "$input" > /dev/null
    else
      node "${node_flags[@]}" bench/peer/node_modules/.bin/local-sfn -f "$def" < "$input" > /dev/null
    fi
    record "{\"measure\":\"cold\",\"engine\":\"$engine\",\"seconds\":$(( ($(date +%s%N) - start) / 1000000 ))e-3}"
  done
done

echo "warm: $runs runs of each engine (Stepwise with history and without), alternating, ${warmup} s warm-up and ${seconds} s a workload" >&2
for _ in $(seq "$runs"); do
  for history in true false; do
    record "$("$java" -Dstepwise.bench.history="$history" -cp bench/target/benchmarks.jar \
      io.stepwise.bench.WarmThroughput bench/workloads "$warmup" "$seconds" |
      jq -c '. + {measure: "warm"}')"
  done
  record "$(cd bench/peer && node "${node_flags[@]}" warm.mjs ../workloads "$warmup" "$seconds" |
    jq -c '. + {measure: "warm"}')"
done

echo "durable transitions on SQLite: $runs runs of ${durable_s} s" >&2
for _ in $(seq "$runs"); do
  line="$("$java" -cp bench/target/benchmarks.jar io.stepwise.bench.DurableRuntimeBench \
    durable "$durable_s" 1000 2> /dev/null)"
  record "{\"measure\":\"durable\",\"transitionsPerSecond\":$(grep -oP '[0-9]+(?= state transitions/s)' <<< "$line")}"
done

echo "StartSyncExecution over loopback HTTP with wrk: $runs runs of ${http_s} s, 16 connections" >&2
# wrk prints latencies with a unit (us, ms, s); they are recorded in milliseconds.
ms() { awk '{v = $2; u = v; sub(/[0-9.]+/, "", u); sub(/[a-z]+$/, "", v);
  print (u == "us" ? v / 1000 : u == "s" ? v * 1000 : v)}'; }
WARMUP="$http_warmup" bench/http-load.sh "$http_s" $(yes 16 | head -n "$runs") 2> /dev/null |
  awk '/^==/ {if (block) print block; fflush(); block = ""} !/^==/ {block = block $0 "|"}
    END {print block}' |
  while IFS= read -r block; do
    rps=$(grep -oP 'Requests/sec:\s+\K[0-9.]+' <<< "$block")
    p50=$(tr '|' '\n' <<< "$block" | grep -E '^\s+50%' | ms)
    p99=$(tr '|' '\n' <<< "$block" | grep -E '^\s+99%' | ms)
    record "{\"measure\":\"http\",\"connections\":16,\"requestsPerSecond\":$rps,\"p50ms\":$p50,\"p99ms\":$p99}"
  done

# Waiting executions: their heap after GC (the engine keeps none of them in memory by design,
# they are rows in SQLite until their timer fires), the store on disk, and the time to start them.
waiting() {
  line="$("$java" -Xmx4g -cp bench/target/benchmarks.jar io.stepwise.bench.DurableRuntimeBench \
    waiting "$1" sqlite 2> /dev/null)"
  record "$(jq -nc --arg measure "$2" --argjson count "$1" \
    --argjson seconds "$(grep -oP 'in \K[0-9.]+(?= s \()' <<< "$line")" \
    --argjson heap "$(grep -oP '\(\K-?[0-9]+(?= bytes each\);)' <<< "$line")" \
    --argjson disk "$(grep -oP 'store on disk [0-9]+ MiB \(\K[0-9]+' <<< "$line")" \
    '{measure: $measure, count: $count, startSeconds: $seconds, heapBytesEach: $heap,
      diskBytesEach: $disk}')"
}
echo "memory per waiting execution: $runs runs of $waiting on SQLite" >&2
for _ in $(seq "$runs"); do waiting "$waiting" waiting; done
echo "$million waiting executions on one node (once)" >&2
waiting "$million" million

node bench/report.mjs "$raw" > "bench/results/$stamp.md"
cat "bench/results/$stamp.md"
echo "Written: bench/results/$stamp.md (raw: $raw)" >&2
