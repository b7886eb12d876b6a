import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { startResendStandIn } from "./resend-stand-in";
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
  // Email goes through the real resend SDK to a local stand-in, as in production.
  const mailboxFile = path.join(mkdtempSync(path.join(tmpdir(), "facturo-mail-")), "mailbox.jsonl");
  const resend = await startResendStandIn(mailboxFile);
  const app = await startApp({ RESEND_API_KEY: "re_e2e_key", RESEND_BASE_URL: resend.url });
  process.env.E2E_BASE_URL = app.baseUrl;
  process.env.E2E_MAILBOX_FILE = mailboxFile;
  (globalThis as { __facturoE2e?: { app: RunningApp; closeResend: () => Promise<void> } }).__facturoE2e = {
    app,
    closeResend: resend.close,
  };
}
