/**
 * Summary of a V8 CPU profile (`node --cpu-prof`, e.g. `npm run bench:web -- --profile DIR`):
 * `tsx bench/cpu-profile-summary.ts FILE.cpuprofile [--top N] [--match TEXT]`. Prints the
 * functions with the most self time, then those with the most total time (self + callees, each
 * sample counted once per function), as shares of all non-idle samples.
 */
import { readFileSync } from "node:fs";

type Node = { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] };
type Profile = { nodes: Node[]; samples: number[] };

const [file, ...rest] = process.argv.slice(2);
if (!file) throw new Error("usage: cpu-profile-summary FILE.cpuprofile [--top N] [--match TEXT]");
const top = Number(rest[rest.indexOf("--top") + 1]) || 25;
const match = rest.includes("--match") ? rest[rest.indexOf("--match") + 1] : undefined;
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
let busy = 0;
for (const id of profile.samples) {
  const node = byId.get(id)!;
  if (["(idle)", "(program)"].includes(node.callFrame.functionName)) continue;
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
print("self time", self);
print("total time", total);
