import { FAILURES_PER_EMAIL, FAILURES_PER_IP, ipFailureKey } from "@/lib/auth/login/login-rules";
import { startLogin } from "@/lib/auth/login/start-login";
import { db } from "@/lib/db/prisma";
import { AppError } from "@/lib/errors/app-error";
import { createUser, TEST_PASSWORD, testMeta, uniqueSuffix } from "../../support/factories";

async function failure(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

describe("login, first step (email + password)", () => {
  it("gives the same answer for an unknown email and a wrong password", async () => {
    const user = await createUser();
    const unknown = await failure(
      startLogin({ email: `nobody-${uniqueSuffix()}@example.test`, password: "whatever-123" }, testMeta()),
    );
    const wrong = await failure(startLogin({ email: user.email, password: "wrong-password-1" }, testMeta()));
    expect({ kind: unknown.kind, code: unknown.code, message: unknown.message, details: unknown.details }).toEqual({
      kind: wrong.kind,
      code: wrong.code,
      message: wrong.message,
      details: wrong.details,
    });
    expect(wrong.code).toBe("invalid_credentials");
  });

  it("takes the same time for an unknown email and a wrong password (both run argon2 once)", async () => {
    const user = await createUser();
    const unknownTimes: number[] = [];
    const wrongTimes: number[] = [];
    // Warm-up: the dummy hash is computed on first use.
    await failure(startLogin({ email: `warm-${uniqueSuffix()}@example.test`, password: "x" }, testMeta()));
    for (let round = 0; round < 4; round++) {
      let started = performance.now();
      await failure(
        startLogin({ email: `nobody-${uniqueSuffix()}@example.test`, password: "wrong-password-1" }, testMeta()),
      );
      unknownTimes.push(performance.now() - started);
      started = performance.now();
      await failure(startLogin({ email: user.email, password: "wrong-password-1" }, testMeta()));
      wrongTimes.push(performance.now() - started);
    }
    const [a, b] = [median(unknownTimes), median(wrongTimes)];
    // argon2 dominates both paths; without the dummy verification the unknown-email path
    // would be several times faster.
    expect(Math.abs(a - b) / Math.max(a, b)).toBeLessThan(0.5);
  });

  it("locks an email after repeated failures, with a clear retry delay, even for the right password", async () => {
    const user = await createUser();
    for (let attempt = 0; attempt < FAILURES_PER_EMAIL; attempt++) {
      expect((await failure(startLogin({ email: user.email, password: "nope-nope-1" }, testMeta()))).code).toBe(
        "invalid_credentials",
      );
    }
    const locked = await failure(startLogin({ email: user.email, password: TEST_PASSWORD }, testMeta()));
    expect(locked.code).toBe("login_locked");
    expect(locked.details.retryAfterSeconds).toBeGreaterThan(0);
    expect(locked.details.retryAfterSeconds).toBeLessThanOrEqual(15 * 60);
    expect(await db.loginChallenge.count({ where: { userId: user.id } })).toBe(0);
  });

  it("locks an IP after repeated failures across many emails", async () => {
    const meta = testMeta();
    for (let attempt = 0; attempt < FAILURES_PER_IP; attempt++) {
      await failure(startLogin({ email: `spray-${uniqueSuffix()}@example.test`, password: "guess-12345" }, meta));
    }
    const user = await createUser();
    expect((await failure(startLogin({ email: user.email, password: TEST_PASSWORD }, meta))).code).toBe("login_locked");
    // Another IP is unaffected.
    await expect(startLogin({ email: user.email, password: TEST_PASSWORD }, testMeta())).resolves.toHaveProperty(
      "token",
    );
  });

  it("refuses a disabled account, and audits failures", async () => {
    const user = await createUser();
    await db.user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
    expect((await failure(startLogin({ email: user.email, password: TEST_PASSWORD }, testMeta()))).code).toBe(
      "account_disabled",
    );
    await failure(startLogin({ email: user.email, password: "bad-password-9" }, testMeta("10.9.9.9")));
    const audit = await db.auditLog.findFirst({ where: { actorId: user.id, action: "auth.login_failed" } });
    expect(audit).toMatchObject({ ip: "10.9.9.9", userAgent: "jest" });
  });

  it.each([
    [{ email: "not-an-email", password: "x" }, "email", "email_invalid"],
    [{ email: "", password: "x" }, "email", "required"],
    [{ email: "a@b.fr" }, "password", "required"],
    [{ email: `${"a".repeat(300)}@example.test`, password: "x" }, "email", "too_long"],
    [{ email: "a@b.fr", password: "x".repeat(5_000) }, "password", "too_long"],
    [{}, "email", "required"],
  ])("bad input %# gets a field message (%s: %s) and writes nothing", async (input, field, message) => {
    const meta = testMeta();
    const error = await failure(startLogin(input, meta));
    expect(error.kind).toBe("VALIDATION");
    expect(error.details.fieldErrors?.[field]).toContain(message);
    expect(await db.rateLimitEvent.count({ where: { key: ipFailureKey(meta.ip) } })).toBe(0);
  });
});
