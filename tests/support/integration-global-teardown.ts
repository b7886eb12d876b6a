export default async function globalTeardown(): Promise<void> {
  await (globalThis as { __facturoTestCleanup?: () => Promise<void> }).__facturoTestCleanup?.();
}
