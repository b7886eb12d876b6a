// Runs `prisma generate` after install. Kept as a script (not a bare npm script)
// so the generated client exists before anything else runs on a fresh clone.
import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const prismaCli = require.resolve("prisma/build/index.js");
execFileSync(process.execPath, [prismaCli, "generate"], { stdio: "inherit" });
