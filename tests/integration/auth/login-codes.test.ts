import { createChallenge, resendChallengeCode } from "@/lib/auth/challenges/create-challenge";
import { CODE_MAX_ATTEMPTS, CODE_TTL_MS } from "@/lib/auth/challenges/challenge-rules";
import { sendChallengeCode } from "@/lib/auth/challenges/send-code";
import { verifyChallengeCode } from "@/lib/auth/challenges/verify-code";
import { startLogin } from "@/lib/auth/login/start-login";
import { db } from "@/lib/db/prisma";
import { AppError } from "@/lib/errors/app-error";
import { createUser, TEST_PASSWORD, testMeta } from "../../support/factories";
import { emailCountTo, latestCodeFor } from "../../support/outbox";

async function expectAppError(promise: Promise<unknown>, code: string): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
  return error as AppError;
}

async function loginChallenge() {
  const user = await createUser();
  const meta = testMeta();
  const challenge = await startLogin({ email: user.email, password: TEST_PASSWORD }, meta);
  const code = await latestCodeFor(user.email);
  const row = await db.loginChallenge.findFirstOrThrow({ where: { userId: user.id }, orderBy: { createdAt: "desc" } });
  return { user, meta, token: challenge.token, code, challenge: row };
}

function wrongCode(code: string): string {
  return code === "000000" ? "111111" : "000000";
}

describe("emailed login codes", () => {
  it("sends a random 6-digit code and stores only its hash", async () => {
    const { code, challenge } = await loginChallenge();
    expect(code).toMatch(/^\d{6}$/);
    const stored = await db.otpCode.findFirstOrThrow({ where: { challengeId: challenge.id } });
    expect(stored.codeHash).not.toContain(code);
    expect(stored.codeHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("accepts the right code once (single use)", async () => {
    const { token, code, meta, user } = await loginChallenge();
    await expect(verifyChallengeCode(token, code, meta)).resolves.toMatchObject({ userId: user.id, purpose: "LOGIN" });
    await expectAppError(verifyChallengeCode(token, code, meta), "challenge_expired");
  });

  it("refuses a code after 10 minutes", async () => {
    const { token, code, meta } = await loginChallenge();
    const later = new Date(Date.now() + CODE_TTL_MS + 1_000);
    await expectAppError(verifyChallengeCode(token, code, meta, later), "code_expired");
  });

  it("invalidates the code after 5 wrong tries, even for the right code afterwards", async () => {
    const { token, code, meta } = await loginChallenge();
    for (let attempt = 1; attempt < CODE_MAX_ATTEMPTS; attempt++) {
      const error = await expectAppError(verifyChallengeCode(token, wrongCode(code), meta), "code_invalid");
      expect(error.details.attemptsLeft).toBe(CODE_MAX_ATTEMPTS - attempt);
    }
    await expectAppError(verifyChallengeCode(token, wrongCode(code), meta), "code_locked");
    await expectAppError(verifyChallengeCode(token, code, meta), "code_locked");
  });

  it("counts parallel guesses atomically: never more than 5 tries", async () => {
    const { token, code, meta, challenge } = await loginChallenge();
    const guesses = Array.from({ length: 12 }, () => verifyChallengeCode(token, wrongCode(code), meta).catch((e) => e));
    const results = await Promise.all(guesses);
    expect(results.every((result) => result instanceof AppError)).toBe(true);
    const stored = await db.otpCode.findFirstOrThrow({ where: { challengeId: challenge.id } });
    expect(stored.attempts).toBe(CODE_MAX_ATTEMPTS);
    expect(stored.invalidatedAt).not.toBeNull();
  });

  it("a new code invalidates the old one", async () => {
    const { token, code: oldCode, meta, challenge, user } = await loginChallenge();
    await sendChallengeCode(challenge, meta, new Date(Date.now() + 31_000));
    const newCode = await latestCodeFor(user.email);
    // One in a million: the same digits twice would make this test meaningless.
    if (newCode === oldCode) return;
    await expectAppError(verifyChallengeCode(token, oldCode, meta), "code_invalid");
    await expect(verifyChallengeCode(token, newCode, meta)).resolves.toMatchObject({ userId: user.id });
  });

  it("throttles resending: once per 30 s, and 5 codes per hour", async () => {
    const { token, meta, challenge, user } = await loginChallenge();
    const tooSoon = await expectAppError(resendChallengeCode(token, meta), "resend_too_soon");
    expect(tooSoon.details.retryAfterSeconds).toBeGreaterThan(0);
    expect(tooSoon.details.retryAfterSeconds).toBeLessThanOrEqual(30);
    expect(await emailCountTo(user.email)).toBe(1);

    let at = Date.now();
    for (let sent = 2; sent <= 5; sent++) {
      at += 31_000;
      await sendChallengeCode(challenge, meta, new Date(at));
    }
    expect(await emailCountTo(user.email)).toBe(5);
    const hourly = await expectAppError(sendChallengeCode(challenge, meta, new Date(at + 31_000)), "too_many_codes");
    expect(hourly.details.retryAfterSeconds).toBeGreaterThan(0);
    expect(await emailCountTo(user.email)).toBe(5);
  });

  it("rejects a malformed code with a field message, without counting a try", async () => {
    const { token, meta, challenge } = await loginChallenge();
    for (const bad of ["1234567", "12345", "abcdef", "", null, "1".repeat(10_000)]) {
      const error = await expectAppError(verifyChallengeCode(token, bad, meta), "invalid_input");
      expect(error.details.fieldErrors?.code).toBeDefined();
    }
    const stored = await db.otpCode.findFirstOrThrow({ where: { challengeId: challenge.id } });
    expect(stored.attempts).toBe(0);
  });

  it("an unknown or forged challenge token is refused", async () => {
    await expectAppError(verifyChallengeCode("forged-token", "123456", testMeta()), "challenge_expired");
    await expectAppError(verifyChallengeCode(undefined, "123456", testMeta()), "challenge_expired");
  });

  it("createChallenge for another purpose sends to the given address", async () => {
    const user = await createUser();
    const challenge = await createChallenge(
      { userId: user.id, purpose: "EMAIL_CHANGE", email: `new-${user.email}` },
      testMeta(),
    );
    expect(challenge.email).toBe(`new-${user.email}`);
    expect(await latestCodeFor(`new-${user.email}`)).toMatch(/^\d{6}$/);
  });
});
