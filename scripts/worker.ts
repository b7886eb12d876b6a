/**
 * `npm run worker`: see scripts/worker-cli.ts.
 *
 * Runs without the react-server condition, like scripts/reminders.ts: jobs render PDFs with
 * @react-pdf/renderer, which needs React's regular build; the `server-only` guard is emptied
 * by a resolution hook instead.
 */
import { register } from "node:module";

register("./server-only-hook.mjs", import.meta.url);
await import("./worker-cli");
