/**
 * Summary of a V8 CPU profile (`node --cpu-prof`, e.g. `npm run bench:web -- --profile DIR`):
 * `tsx bench/cpu-profile-summary.ts FILE.cpuprofile [--top N] [--match TEXT] [--from S] [--to S]`.
 * Prints the busy samples per second (to find the load's window: a profile of `next start` also
 * holds its start-up and the warm-up requests), then the functions with the most self time and
 * those with the most total time (self + callees, each sample counted once per function), as
 * shares of the non-idle samples between --from and --to (seconds since the profile started).
 */
import { readFileSync } from "node:fs";

type Node = { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] };
type Profile = { nodes: Node[]; samples: number[]; timeDeltas: number[] };

const [file, ...rest] = process.argv.slice(2);
if (!file) throw new Error("usage: cpu-profile-summary FILE.cpuprofile [--top N] [--match TEXT]");
const top = Number(rest[rest.indexOf("--top") + 1]) || 25;
const match = rest.includes("--match") ? rest[rest.indexOf("--match") + 1] : undefined;
const seconds = (name: string, fallback: number) =>
  rest.includes(name) ? Number(rest[rest.indexOf(name) + 1]) : fallback;
const from = seconds("--from", 0);
const to = seconds("--to", Infinity);
const profile = JSON.parse(readFileSync(file, "utf8")) as Profile;

const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const parent = new Map<number, number>();
for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
const label = (node: Node) => {
  const { functionName, url, lineNumber } = node.callFrame;
  const where = url.replace(/^.*\/(node_modules\/|\.next\/)/, "$1").slice(-70);
  return `${functionName || "(anonymous)"} ${where}:${lineNumber + 1}`;
};

const self = new Map<string, number>();
const total = new Map<string, number>();
const busyPerSecond: number[] = [];
let busy = 0;
let elapsedMs = 0;
for (const [index, id] of profile.samples.entries()) {
  elapsedMs += profile.timeDeltas[index]! / 1000;
  const node = byId.get(id)!;
  if (["(idle)", "(program)"].includes(node.callFrame.functionName)) continue;
  const second = Math.floor(elapsedMs / 1000);
  busyPerSecond[second] = (busyPerSecond[second] ?? 0) + 1;
  if (elapsedMs < from * 1000 || elapsedMs >= to * 1000) continue;
  busy += 1;
  self.set(label(node), (self.get(label(node)) ?? 0) + 1);
  const seen = new Set<string>();
  for (let current: number | undefined = id; current !== undefined; current = parent.get(current)) {
    const name = label(byId.get(current)!);
    if (seen.has(name)) continue;
    seen.add(name);
    total.set(name, (total.get(name) ?? 0) + 1);
  }
}
const print = (title: string, map: Map<string, number>) => {
  console.log(`\n${title} (${busy} busy samples)`);
  [...map.entries()]
    .filter(([name]) => !match || name.includes(match))
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .forEach(([name, count]) => console.log(`${((count / busy) * 100).toFixed(1).padStart(5)} %  ${name}`));
};
console.log(
  `busy samples per second: ${Array.from(busyPerSecond, (count, second) => `${second}:${count ?? 0}`).join(" ")}`,
);
print("self time", self);
print("total time", total);
