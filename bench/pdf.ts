/**
 * `npm run bench:pdf`: bench/pdf-render.ts, run WITHOUT the react-server condition (react-pdf's
 * reconciler needs React's regular build, as scripts/reminders.ts explains) and with
 * `server-only` emptied by the scripts' resolution hook.
 */
import { register } from "node:module";

register("../scripts/server-only-hook.mjs", import.meta.url);
await import("./pdf-render");
