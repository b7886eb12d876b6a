/**
 * `npm run bench:pdf`: bench/pdf-render.ts, run WITHOUT the react-server condition (react-pdf's
 * reconciler needs React's regular build, as scripts/reminders.ts explains) and with
 * `server-only` emptied by the scripts' resolution hook.
 */
import { register } from "node:module";

// Measured as served: `next start` runs React (and react-pdf's reconciler) in their production
// builds, several times faster than the development ones a bare script would load.
Object.assign(process.env, { NODE_ENV: "production" });

register("../scripts/server-only-hook.mjs", import.meta.url);
await import("./pdf-render");
