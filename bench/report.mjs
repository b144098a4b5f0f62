// Turns the JSON lines bench/run.sh records into a Markdown report: medians, spread (min–max),
// the ratio Stepwise/peer and the goals, with the machine and the load during each measurement.
//
//   node bench/report.mjs bench/results/<date>.jsonl > bench/results/<date>.md
import fs from "node:fs";

const file = process.argv[2];
const lines = fs
  .readFileSync(file, "utf8")
  .split("\n")
  .filter(Boolean)
  .map((line) => JSON.parse(line));
const of = (measure) => lines.filter((line) => line.measure === measure);
const machine = of("machine")[0];

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
const digits = (value) => (Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : 2);
const number = (value) =>
  value.toLocaleString("en-US", { maximumFractionDigits: digits(value) });
// "median (min–max)" of some values; the median alone when there is one.
function spread(values, unit = "") {
  if (!values.length) return "–";
  const text = `${number(median(values))}${unit}`;
  if (values.length === 1) return text;
  return `${text} (${number(Math.min(...values))}–${number(Math.max(...values))})`;
}
const loads = (rows) => {
  const values = rows.map((row) => row.load);
  if (!values.length) return "–";
  const [low, high] = [Math.min(...values), Math.max(...values)];
  return low === high ? `${low}` : `${low}–${high}`;
};
const verdict = (met) => (met ? "met" : "**missed**");

const out = [];
const date = file.match(/(\d{4}-\d\d-\d\dT\d{4})/)?.[1] ?? "";
out.push(`# Stepwise beside aws-local-stepfunctions, ${date} UTC`, "");
out.push(
  `Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memory}; ${machine.os}; ` +
    `${machine.java}; Node ${machine.node}. Commit \`${machine.commit}\`, ` +
    `${machine.runs} run(s) of each measurement, engines alternating. ` +
    "Figures are medians with min–max; load is the 1-minute load average as each run ended.",
  "",
);

const cold = of("cold");
const coldOf = (engine) => cold.filter((row) => row.engine === engine).map((row) => row.seconds * 1000);
const coldRatio = median(coldOf("stepwise")) / median(coldOf("peer"));
out.push("## Cold: one `run` of the 10-state Pass chain from a fresh process", "");
out.push("| Stepwise `stepwise run` | peer `local-sfn` | Stepwise/peer (time) | goal ≤ 1 | load |");
out.push("|---:|---:|---:|---|---|");
out.push(
  `| ${spread(coldOf("stepwise"), " ms")} | ${spread(coldOf("peer"), " ms")} | ` +
    `${coldRatio.toFixed(2)} | ${verdict(coldRatio <= 1)} | ${loads(cold)} |`,
  "",
);

const warm = of("warm");
const stepwise = warm.filter((row) => row.engine === "stepwise" && row.history !== false);
const bare = warm.filter((row) => row.engine === "stepwise" && row.history === false);
const peer = warm.filter((row) => row.engine !== "stepwise");
out.push("## Warm throughput, in-process API, one thread, executions/s", "");
out.push(
  `Stepwise: \`LocalExecution\` (Standard, history kept), ${stepwise[0]?.runtime}. ` +
    `Peer: \`${peer[0]?.engine}\` \`StateMachine.run\`, ${peer[0]?.runtime}. ` +
    `${stepwise[0]?.warmupSeconds} s of warm-up, then ${stepwise[0]?.seconds} s measured, per workload. ` +
    "The goal is judged on Stepwise as it runs by default (history kept; the peer keeps an event " +
    "log too); the last columns show Stepwise without history (`recordHistory(false)`, as Express " +
    "executions without logging run).",
  "",
);
out.push(
  "| workload | Stepwise | peer | Stepwise/peer | goal ≥ 20 | outputs as expected | " +
    "Stepwise, no history | its ratio | load |",
);
out.push("|---|---:|---:|---:|---|---|---:|---:|---|");
for (const name of Object.keys(stepwise[0]?.workloads ?? {})) {
  const rate = (rows) => rows.map((row) => row.workloads[name].executionsPerSecond);
  const ratio = median(rate(stepwise)) / median(rate(peer));
  const checked = (rows) => rows.every((row) => row.workloads[name].outputMatchesExpected);
  const outputs = `Stepwise ${checked(stepwise) ? "yes" : "**no**"}, peer ${checked(peer) ? "yes" : "**no**"}`;
  const bareRatio = bare.length ? (median(rate(bare)) / median(rate(peer))).toFixed(1) : "–";
  out.push(
    `| ${name} | ${spread(rate(stepwise))} | ${spread(rate(peer))} | ${ratio.toFixed(1)} | ` +
      `${verdict(ratio >= 20)} | ${outputs} | ${spread(rate(bare))} | ${bareRatio} | ${loads(warm)} |`,
  );
}
out.push("");

out.push("## Stepwise alone (the peer has none of these)", "");
out.push("| measurement | result | target | | load |");
out.push("|---|---|---|---|---|");
const durable = of("durable").map((row) => row.transitionsPerSecond);
out.push(
  `| durable state transitions/s, SQLite, 1,000 Standard 10-state chains in flight | ` +
    `${spread(durable)} | ≥ 20,000 | ${verdict(median(durable) >= 20000)} | ${loads(of("durable"))} |`,
);
const http = of("http");
const p99 = median(http.map((row) => row.p99ms));
const rps = median(http.map((row) => row.requestsPerSecond));
out.push(
  `| StartSyncExecution over loopback HTTP, wrk, 16 connections | ` +
    `${spread(http.map((row) => row.requestsPerSecond))} requests/s; ` +
    `p50 ${spread(http.map((row) => row.p50ms), " ms")}; p99 ${spread(http.map((row) => row.p99ms), " ms")} | ` +
    `≥ 5,000/s, p99 < 10 ms | ${verdict(rps >= 5000 && p99 < 10)} | ${loads(http)} |`,
);
const waiting = of("waiting");
const heap = waiting.map((row) => row.heapBytesEach);
out.push(
  `| heap per waiting execution (${waiting[0]?.count.toLocaleString("en-US")} Standard executions in a ` +
    `day-long Wait, SQLite; heap after GC, minus before) | ${spread(heap, " B")}; on disk ` +
    `${spread(waiting.map((row) => row.diskBytesEach), " B")} | ≤ 1 GiB per 100,000 (10,737 B) | ` +
    `${verdict(median(heap) <= 10737)} | ${loads(waiting)} |`,
);
for (const row of of("million")) {
  const complete = row.count >= 1000000;
  out.push(
    `| ${row.count.toLocaleString("en-US")} executions waiting on one node (-Xmx4g, SQLite, once) | ` +
      `started in ${number(row.startSeconds)} s (${number(row.count / row.startSeconds)}/s); heap ` +
      `${number(row.heapBytesEach)} B each; store ${number((row.count * row.diskBytesEach) / 2 ** 20)} MiB` +
      `${complete ? "" : `; extrapolated to 1,000,000: ≈ ${number((1e6 / row.count) * row.startSeconds)} s, ≈ ${number((1e6 * row.diskBytesEach) / 2 ** 30)} GiB on disk`} | ` +
      `1,000,000 in 4 GiB of heap | ${complete ? verdict(true) : "not run at full size"} | ${row.load} |`,
  );
}
out.push("");
console.log(out.join("\n"));
