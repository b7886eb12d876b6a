/**
 * `npm run bench:jobs`: bench/jobs-run.ts, run without the react-server condition (sending a
 * document loads react-pdf, as scripts/worker.ts explains) and with `server-only` emptied by
 * the scripts' resolution hook.
 */
import { register } from "node:module";

// The figures, not a log line per email sent.
process.env.LOG_LEVEL ??= "warn";
// Measured as served: React (the emails' renderer) in its production build, as `next start`
// runs it — the development build renders several times slower. Production needs a secret.
Object.assign(process.env, { NODE_ENV: "production" });
process.env.AUTH_SECRET ??= "bench-jobs-secret-bench-jobs-secret-0123456789";

register("../scripts/server-only-hook.mjs", import.meta.url);
await import("./jobs-run");
