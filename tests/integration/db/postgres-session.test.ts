import { db } from "@/lib/db/prisma";

// The app's PostgreSQL connections run without JIT compilation (lib/db/adapter.ts): the
// reports' aggregates pass jit_above_cost at 100,000 documents and compiling cost more than
// it saved. Only a PostgreSQL server has JIT; PGlite (the embedded default) has none to turn off.
const onPostgres = Boolean(process.env.TEST_DATABASE_URL);

(onPostgres ? it : it.skip)("turns JIT off on the app's PostgreSQL connections", async () => {
  const [setting] = await db.$queryRaw<{ jit: string }[]>`SHOW jit`;
  expect(setting?.jit).toBe("off");
});
