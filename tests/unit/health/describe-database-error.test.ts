import { checkHealth, describeDatabaseError } from "@/lib/health/check-health";

describe("describeDatabaseError", () => {
  it("recognises a refused connection, even nested in an AggregateError cause", () => {
    const refused = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:1"), { code: "ECONNREFUSED" });
    expect(describeDatabaseError(refused)).toBe("database unreachable: connection refused");
    expect(describeDatabaseError(new Error("wrapped", { cause: new AggregateError([refused]) }))).toBe(
      "database unreachable: connection refused",
    );
  });

  it("recognises Prisma driver adapter errors (what adapter-pg raises through Prisma)", () => {
    const prismaError = Object.assign(new Error("Raw query failed. Can't reach database server at 127.0.0.1:1"), {
      code: "P2010",
      meta: {
        driverAdapterError: Object.assign(new Error("DatabaseNotReachable"), {
          cause: { kind: "DatabaseNotReachable", host: "127.0.0.1", port: 1 },
        }),
      },
    });
    expect(describeDatabaseError(prismaError)).toBe("database unreachable");
    const auth = { meta: { driverAdapterError: { cause: { kind: "AuthenticationFailed", user: "bob" } } } };
    expect(describeDatabaseError(auth)).toBe("database refused the credentials");
  });

  it("recognises PostgreSQL error codes without echoing the message", () => {
    const error = Object.assign(new Error('password authentication failed for user "bob"'), { code: "28P01" });
    expect(describeDatabaseError(error)).toBe("database refused the credentials");
  });

  it("falls back to a generic reason", () => {
    expect(describeDatabaseError(new Error("syntax error at secret_table"))).toBe("database query failed");
  });
});

describe("checkHealth", () => {
  it("reports ok with a latency when the query answers", async () => {
    const report = await checkHealth({ $queryRawUnsafe: async () => [{ "?column?": 1 }] });
    expect(report.status).toBe("ok");
    expect(report.database).toEqual({ status: "ok", latencyMs: expect.any(Number) });
    expect(report.version).toMatch(/^\d+\.\d+\.\d+/);
  });

  it("times out a database that never answers", async () => {
    const report = await checkHealth({ $queryRawUnsafe: () => new Promise(() => {}) }, 50);
    expect(report).toMatchObject({
      status: "error",
      database: { status: "error", reason: "database did not answer: no answer within 50 ms" },
    });
  });
});
