import { buildReactPdfBundle } from "./react-pdf-bundle";
import { prepareTestDatabase } from "./test-database";

export default async function globalSetup(): Promise<void> {
  await buildReactPdfBundle();
  const cleanup = await prepareTestDatabase();
  (globalThis as { __facturoTestCleanup?: () => Promise<void> }).__facturoTestCleanup = cleanup;
}
