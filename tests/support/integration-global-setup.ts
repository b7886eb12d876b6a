import { buildReactPdfBundle } from "./react-pdf-bundle";
import { prepareTestDatabase } from "./test-database";

export default async function globalSetup(globalConfig: { maxWorkers: number }): Promise<void> {
  await buildReactPdfBundle();
  const cleanup = await prepareTestDatabase(globalConfig.maxWorkers);
  (globalThis as { __facturoTestCleanup?: () => Promise<void> }).__facturoTestCleanup = cleanup;
}
