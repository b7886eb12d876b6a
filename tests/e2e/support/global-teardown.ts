import type { RunningApp } from "./server";

export default async function globalTeardown(): Promise<void> {
  const e2e = (globalThis as { __facturoE2e?: { app: RunningApp; closeResend: () => Promise<void> } }).__facturoE2e;
  await e2e?.app.stop();
  await e2e?.closeResend();
}
