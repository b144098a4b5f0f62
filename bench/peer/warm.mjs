// Warm throughput of aws-local-stepfunctions, the peer half of the side-by-side comparison
// (io.stepwise.bench.WarmThroughput is the Stepwise half and prints the same JSON).
// Each workload of bench/workloads (<name>.asl.json, its input and its expected output) is
// constructed once, checked once, then run one execution after another for a warm-up and a
// measured time. Node runs JavaScript on one thread, as the Java harness does.
//
//   node --require ./with-resolvers.cjs warm.mjs ../workloads [warmup-s] [measure-s] [name...]
import fs from "node:fs";
import path from "node:path";
import { StateMachine } from "aws-local-stepfunctions";

const [dir = "../workloads", warmup = "3", seconds = "5", ...chosen] = process.argv.slice(2);
const names = chosen.length
  ? chosen
  : fs
      .readdirSync(dir)
      .filter((file) => file.endsWith(".asl.json"))
      .map((file) => file.slice(0, -".asl.json".length))
      .sort();
const read = (name, kind) => JSON.parse(fs.readFileSync(path.join(dir, `${name}.${kind}.json`), "utf8"));
const here = path.dirname(new URL(import.meta.url).pathname);
const packageFile = path.join(here, "node_modules/aws-local-stepfunctions/package.json");
const version = JSON.parse(fs.readFileSync(packageFile, "utf8")).version;

// JSON text with object keys sorted, so that two equal values give equal text.
function canonical(value) {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object") {
    const keys = Object.keys(value).sort();
    return `{${keys.map((key) => `${JSON.stringify(key)}:${canonical(value[key])}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

async function runFor(machine, input, secondsToRun) {
  const end = process.hrtime.bigint() + BigInt(Math.round(secondsToRun * 1e9));
  let executions = 0;
  while (process.hrtime.bigint() < end) {
    await machine.run(input).result;
    executions++;
  }
  return executions;
}

async function measure(name) {
  const machine = new StateMachine(read(name, "asl"));
  const input = read(name, "input");
  const output = await machine.run(input).result;
  const matches = canonical(output) === canonical(read(name, "expected"));
  await runFor(machine, input, Number(warmup));
  const start = process.hrtime.bigint();
  const executions = await runFor(machine, input, Number(seconds));
  const elapsed = Number(process.hrtime.bigint() - start) / 1e9;
  return {
    executionsPerSecond: Math.round((executions / elapsed) * 10) / 10,
    executions,
    outputMatchesExpected: matches,
  };
}

const report = {
  engine: `aws-local-stepfunctions@${version}`,
  runtime: `Node ${process.version}`,
  warmupSeconds: Number(warmup),
  seconds: Number(seconds),
  workloads: {},
};
for (const name of names) {
  report.workloads[name] = await measure(name);
}
console.log(JSON.stringify(report));
