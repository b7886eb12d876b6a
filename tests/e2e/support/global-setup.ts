import { spawnSync } from "node:child_process";
import { startApp, type RunningApp } from "./server";

// One production build per run (skipped when CI has just built it), one app server shared
// by the e2e test files; each test creates its own data.
export default async function globalSetup(): Promise<void> {
  if (process.env.E2E_SKIP_BUILD !== "1") {
    const build = spawnSync("npm", ["run", "--silent", "build"], {
      stdio: "inherit",
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
    });
    if (build.status !== 0) throw new Error("next build failed");
  }
  const app = await startApp();
  process.env.E2E_BASE_URL = app.baseUrl;
  (globalThis as { __facturoApp?: RunningApp }).__facturoApp = app;
}
