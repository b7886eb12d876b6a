/**
 * `npm run bench:jobs`: bench/jobs-run.ts, run without the react-server condition (sending a
 * document loads react-pdf, as scripts/worker.ts explains) and with `server-only` emptied by
 * the scripts' resolution hook.
 */
import { register } from "node:module";

// The figures, not a log line per email sent.
process.env.LOG_LEVEL ??= "warn";

register("../scripts/server-only-hook.mjs", import.meta.url);
await import("./jobs-run");
