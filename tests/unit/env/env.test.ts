import { EnvError, parseEnv } from "@/lib/env/env";
import { databaseTarget, describeTarget } from "@/lib/db/database-target";

describe("parseEnv", () => {
  it("defaults to the embedded database and French-first settings", () => {
    const env = parseEnv({});
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.PGLITE_DATA_DIR).toBe("./.data/pglite");
    expect(env.APP_URL).toBe("http://localhost:3000");
    expect(databaseTarget(env)).toEqual({ kind: "pglite", dataDir: "./.data/pglite" });
  });

  it("treats an empty DATABASE_URL as unset", () => {
    expect(parseEnv({ DATABASE_URL: "  " }).DATABASE_URL).toBeUndefined();
  });

  it("selects PostgreSQL for postgres:// and postgresql:// URLs", () => {
    for (const url of ["postgres://u:p@db:5432/app", "postgresql://db/app"]) {
      expect(databaseTarget(parseEnv({ DATABASE_URL: url }))).toEqual({ kind: "postgres", url });
    }
  });

  it("names the bad variable in the error", () => {
    expect(() => parseEnv({ DATABASE_URL: "mysql://db/app", LOG_LEVEL: "loud" })).toThrow(EnvError);
    try {
      parseEnv({ DATABASE_URL: "mysql://db/app", LOG_LEVEL: "loud" });
    } catch (error) {
      const message = (error as Error).message;
      expect(message).toContain("DATABASE_URL");
      expect(message).toContain("LOG_LEVEL");
      expect((error as EnvError).issues.map((issue) => issue.variable).sort()).toEqual(["DATABASE_URL", "LOG_LEVEL"]);
    }
  });

  it("rejects an APP_URL that is not a URL", () => {
    expect(() => parseEnv({ APP_URL: "localhost" })).toThrow(/APP_URL/);
  });
});

describe("describeTarget", () => {
  it("never prints credentials", () => {
    const text = describeTarget({ kind: "postgres", url: "postgres://alice:s3cret@db.internal:6543/facturo" });
    expect(text).toBe("PostgreSQL db.internal:6543/facturo");
    expect(text).not.toContain("s3cret");
  });
});
