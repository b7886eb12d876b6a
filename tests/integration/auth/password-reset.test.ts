import { FAILURES_PER_EMAIL } from "@/lib/auth/login/login-rules";
import { startLogin } from "@/lib/auth/login/start-login";
import { describeResetLink } from "@/lib/auth/password-reset/find-reset-token";
import { RESET_REQUESTS_PER_EMAIL, RESET_TOKEN_TTL_MS } from "@/lib/auth/password-reset/password-reset-rules";
import { requestPasswordReset } from "@/lib/auth/password-reset/request-password-reset";
import { resetPassword } from "@/lib/auth/password-reset/reset-password";
import { sendPasswordReset } from "@/lib/auth/password-reset/send-password-reset";
import { verifyPassword } from "@/lib/auth/password";
import { createSession } from "@/lib/auth/sessions/create-session";
import { loadSession } from "@/lib/auth/sessions/load-session";
import { db } from "@/lib/db/prisma";
import { AppError } from "@/lib/errors/app-error";
import { QUEUES } from "@/lib/jobs/job-definitions";
import { createUser, TEST_PASSWORD, testMeta, uniqueSuffix } from "../../support/factories";
import { drainJobs } from "../../support/jobs";
import { emailCountTo, latestEmailTo } from "../../support/outbox";

const NEW_PASSWORD = "brand-new-secret-77";

async function failure(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

/** Asks for a link and reads the token out of the email, as the person would click it. */
async function requestLink(email: string, now?: Date): Promise<string> {
  await requestPasswordReset({ email }, testMeta(), now);
  const message = await latestEmailTo(email);
  const token = message.text?.match(/\/reset-password\/([A-Za-z0-9_-]+)/)?.[1];
  if (!token) throw new Error("no reset link in the email");
  return token;
}

describe("password reset", () => {
  it("emails a link to APP_URL/reset-password/<token> and stores only the token's SHA-256", async () => {
    const user = await createUser();
    const token = await requestLink(user.email);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const message = await latestEmailTo(user.email);
    expect(message.template).toBe("password-reset");
    expect(message.text).toContain(`http://localhost:3000/reset-password/${token}`);
    const row = await db.passwordResetToken.findFirstOrThrow({ where: { userId: user.id } });
    expect(row.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(row.tokenHash).not.toContain(token);
    expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBe(RESET_TOKEN_TTL_MS);
    expect(await db.auditLog.count({ where: { actorId: user.id, action: "auth.password_reset_requested" } })).toBe(1);
  });

  it("the request only queues the work: the auth.password-reset job makes the link and queues its email", async () => {
    const user = await createUser();
    const meta = testMeta();
    await requestPasswordReset({ email: user.email }, meta);
    expect(await db.passwordResetToken.count({ where: { userId: user.id } })).toBe(0);
    expect(await db.emailMessage.count({ where: { to: { has: user.email } } })).toBe(0);

    expect(await drainJobs({ names: [QUEUES.passwordReset.name] })).toEqual({ completed: 1, failed: 0 });
    expect(await db.passwordResetToken.count({ where: { userId: user.id } })).toBe(1);
    expect(await db.emailMessage.findFirstOrThrow({ where: { to: { has: user.email } } })).toMatchObject({
      template: "password-reset",
      status: "QUEUED",
    });
    const audit = await db.auditLog.findFirstOrThrow({
      where: { actorId: user.id, action: "auth.password_reset_requested" },
    });
    expect(audit).toMatchObject({ ip: meta.ip, userAgent: meta.userAgent, targetId: user.id });
    expect(audit.metadata).toMatchObject({ email: user.email, sent: true });
  });

  it("a repeated password-reset job sends no second link", async () => {
    const user = await createUser();
    const job = { id: "same-job", name: QUEUES.passwordReset.name, retryCount: 0, retryLimit: 3 };
    const data = { email: user.email, ip: null, userAgent: null };
    await sendPasswordReset(data, job);
    await sendPasswordReset(data, job);
    expect(await db.passwordResetToken.count({ where: { userId: user.id } })).toBe(1);
    expect(await emailCountTo(user.email)).toBe(1);
  });

  it("gives the same answer for an unknown email and sends nothing", async () => {
    const email = `nobody-${uniqueSuffix()}@example.test`;
    await expect(requestPasswordReset({ email }, testMeta())).resolves.toBeUndefined();
    expect(await emailCountTo(email)).toBe(0);
  });

  it("sends nothing to a disabled account (same answer)", async () => {
    const user = await createUser();
    await db.user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
    await expect(requestPasswordReset({ email: user.email }, testMeta())).resolves.toBeUndefined();
    expect(await emailCountTo(user.email)).toBe(0);
  });

  it("sets the new password, works once, and ends every session of the account", async () => {
    const user = await createUser();
    const sessions = [await createSession(user.id, testMeta()), await createSession(user.id, testMeta())];
    const token = await requestLink(user.email);
    expect(await describeResetLink(token)).toBe("valid");

    await expect(resetPassword({ token, password: NEW_PASSWORD }, testMeta())).resolves.toEqual({
      email: user.email,
    });
    const updated = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await verifyPassword(updated.passwordHash!, NEW_PASSWORD)).toBe(true);
    expect(await verifyPassword(updated.passwordHash!, TEST_PASSWORD)).toBe(false);
    expect(updated.passwordChangedAt).not.toBeNull();
    for (const sessionId of sessions) expect(await loadSession(sessionId)).toBeNull();
    expect(await db.auditLog.count({ where: { actorId: user.id, action: "auth.password_reset" } })).toBe(1);

    // Single use.
    expect(await describeResetLink(token)).toBe("used");
    expect((await failure(resetPassword({ token, password: "another-one-88" }, testMeta()))).code).toBe(
      "reset_link_used",
    );
    const after = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after.passwordHash).toBe(updated.passwordHash);
  });

  it("two parallel uses of one link: exactly one succeeds", async () => {
    const user = await createUser();
    const token = await requestLink(user.email);
    const results = await Promise.all(
      ["parallel-one-11", "parallel-two-22"].map((password) =>
        resetPassword({ token, password }, testMeta()).then(
          () => "ok",
          (error: AppError) => error.code,
        ),
      ),
    );
    expect(results.sort()).toEqual(["ok", "reset_link_used"]);
  });

  it("refuses a link after one hour", async () => {
    const user = await createUser();
    const token = await requestLink(user.email);
    const later = new Date(Date.now() + RESET_TOKEN_TTL_MS + 1_000);
    expect(await describeResetLink(token, later)).toBe("expired");
    expect((await failure(resetPassword({ token, password: NEW_PASSWORD }, testMeta(), later))).code).toBe(
      "reset_link_expired",
    );
  });

  it("a newer request supersedes the older link", async () => {
    const user = await createUser();
    const first = await requestLink(user.email);
    const second = await requestLink(user.email);
    expect(second).not.toBe(first);
    expect((await failure(resetPassword({ token: first, password: NEW_PASSWORD }, testMeta()))).code).toBe(
      "reset_link_expired",
    );
    await expect(resetPassword({ token: second, password: NEW_PASSWORD }, testMeta())).resolves.toBeDefined();
  });

  it("unknown, malformed or huge tokens are refused as invalid", async () => {
    for (const token of ["forged-token-forged-token-forged-token-xx", "", undefined, 42, "x".repeat(100_000)]) {
      expect(await describeResetLink(token)).toBe("invalid");
      expect((await failure(resetPassword({ token, password: NEW_PASSWORD }, testMeta()))).code).toBe(
        "reset_link_invalid",
      );
    }
  });

  it.each([
    ["short1", "password_length"],
    ["onlyletterslong", "password_digit"],
    [undefined, "required"],
    ["a1".repeat(1_000), "too_long"],
  ])("a weak new password (%#) is a field error and the link stays usable", async (password, message) => {
    const user = await createUser();
    const token = await requestLink(user.email);
    const error = await failure(resetPassword({ token, password }, testMeta()));
    expect(error.details.fieldErrors?.password).toContain(message);
    expect(await describeResetLink(token)).toBe("valid");
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.passwordChangedAt).toBeNull();
  });

  it.each([["nope"], [""], [undefined], [`${"x".repeat(300)}@example.test`]])(
    "a malformed email (%#) is a field error and nothing is recorded",
    async (email) => {
      const before = await db.auditLog.count({ where: { action: "auth.password_reset_requested" } });
      const error = await failure(requestPasswordReset({ email }, testMeta()));
      expect(error.details.fieldErrors?.email).toBeDefined();
      expect(await db.auditLog.count({ where: { action: "auth.password_reset_requested" } })).toBe(before);
    },
  );

  it(`throttles to ${RESET_REQUESTS_PER_EMAIL} requests per hour per address, known or not`, async () => {
    const user = await createUser();
    for (let i = 0; i < RESET_REQUESTS_PER_EMAIL; i++) await requestPasswordReset({ email: user.email }, testMeta());
    const error = await failure(requestPasswordReset({ email: user.email }, testMeta()));
    expect(error.code).toBe("reset_too_many");
    expect(error.details.retryAfterSeconds).toBeGreaterThan(0);
    expect(await emailCountTo(user.email)).toBe(RESET_REQUESTS_PER_EMAIL);

    const unknown = `ghost-${uniqueSuffix()}@example.test`;
    for (let i = 0; i < RESET_REQUESTS_PER_EMAIL; i++) await requestPasswordReset({ email: unknown }, testMeta());
    expect((await failure(requestPasswordReset({ email: unknown }, testMeta()))).code).toBe("reset_too_many");
  });

  it("a reset lifts a login lockout and the new password signs in", async () => {
    const user = await createUser();
    for (let i = 0; i < FAILURES_PER_EMAIL; i++) {
      await startLogin({ email: user.email, password: "wrong-password-1" }, testMeta()).catch(() => null);
    }
    const token = await requestLink(user.email);
    await resetPassword({ token, password: NEW_PASSWORD }, testMeta());
    await expect(startLogin({ email: user.email, password: NEW_PASSWORD }, testMeta())).resolves.toMatchObject({
      email: user.email,
    });
  });
});
