/**
 * `npm run reminders`: see scripts/reminders-cli.ts.
 *
 * Runs WITHOUT the react-server condition, unlike scripts/db.ts: the reminders render PDFs
 * with @react-pdf/renderer, whose reconciler needs React's regular build (under react-server,
 * `react` resolves to the server build and rendering fails with "Cannot read properties of
 * undefined (reading 'S')"; Next.js avoids it by loading @react-pdf/renderer as an external
 * package). The `server-only` guard, which the react-server condition empties, is emptied by a
 * resolution hook instead.
 */
import { register } from "node:module";

register("./server-only-hook.mjs", import.meta.url);
await import("./reminders-cli");
