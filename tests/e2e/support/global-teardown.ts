import type { RunningApp } from "./server";

export default async function globalTeardown(): Promise<void> {
  await (globalThis as { __facturoApp?: RunningApp }).__facturoApp?.stop();
}
