import { GET } from "@/app/api/health/route";
import { openAdapter } from "@/lib/db/adapter";
import { closeDb, installDb } from "@/lib/db/prisma";
import { openTestDatabase } from "../../support/test-database";

describe("GET /api/health", () => {
  it("answers 200 with the version and a real database round trip", async () => {
    const response = await GET(new Request("http://localhost/api/health"));
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const body = await response.json();
    expect(body).toMatchObject({
      status: "ok",
      version: expect.stringMatching(/^\d+\.\d+\.\d+/),
      database: { status: "ok" },
    });
    expect(body.database.latencyMs).toBeGreaterThanOrEqual(0);
  });

  describe("with the database unreachable", () => {
    beforeAll(async () => {
      await closeDb();
      // Port 1 on loopback: nothing listens there, so the connection is refused at once.
      installDb(openAdapter({ kind: "postgres", url: "postgres://facturo:secret@127.0.0.1:1/facturo" }));
    });
    afterAll(async () => {
      await closeDb();
      installDb(await openTestDatabase());
    });

    it("answers 503 with a reason and no connection details", async () => {
      const response = await GET(new Request("http://localhost/api/health"));
      expect(response.status).toBe(503);
      const body = await response.json();
      expect(body).toMatchObject({
        status: "error",
        database: { status: "error", reason: expect.stringMatching(/^database unreachable/) },
      });
      expect(JSON.stringify(body)).not.toContain("secret");
    });
  });
});
