import { prepareTestDatabase } from "./test-database";

export default async function globalSetup(): Promise<void> {
  const cleanup = await prepareTestDatabase();
  (globalThis as { __facturoTestCleanup?: () => Promise<void> }).__facturoTestCleanup = cleanup;
}
