import { closeDb, installDb } from "@/lib/db/prisma";
import { openTestDatabase } from "./test-database";

// Every integration test file gets the shared `db` pointed at its test database.
beforeAll(async () => {
  installDb(await openTestDatabase());
});

afterAll(async () => {
  await closeDb();
});

// Real database round trips (and the PostgreSQL pass in CI) need more than jest's 5 s default.
jest.setTimeout(30_000);
