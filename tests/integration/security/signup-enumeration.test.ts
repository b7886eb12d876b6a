import { signUp } from "@/lib/auth/signup/sign-up";
import { CODE_MAX_ATTEMPTS, CODES_PER_HOUR } from "@/lib/auth/challenges/challenge-rules";
import { resendChallengeCode } from "@/lib/auth/challenges/create-challenge";
import { describeChallenge } from "@/lib/auth/challenges/describe-challenge";
import { sendChallengeCode } from "@/lib/auth/challenges/send-code";
import { verifyChallengeCode } from "@/lib/auth/challenges/verify-code";
import { completeLogin } from "@/lib/auth/login/complete-login";
import { startLogin } from "@/lib/auth/login/start-login";
import { hashToken } from "@/lib/auth/crypto/tokens";
import { db } from "@/lib/db/prisma";
import { AppError } from "@/lib/errors/app-error";
import { createUser, TEST_PASSWORD, testMeta, uniqueSuffix } from "../../support/factories";
import { emailCountTo, latestCodeFor, latestEmailTo } from "../../support/outbox";

// Issue 11: sign-up answered `email_taken` to anyone, telling who has an account. Now an
// address with an account gets the same answer as a new one, and its owner gets an email.

const input = (email: string) => ({
  name: "Mallory",
  email,
  password: "solid-password-2026",
  organizationName: `Piège ${uniqueSuffix()}`,
});

describe("sign-up with a registered address", () => {
  it("answers as for a new address, creates nothing and tells the owner by email", async () => {
    const owner = await createUser({ locale: "en" });
    const before = await emailCountTo(owner.email);

    const freshInput = input(`new-${uniqueSuffix()}@example.test`);
    const takenInput = input(owner.email.toUpperCase());
    const fresh = await signUp(freshInput, "fr", testMeta());
    const taken = await signUp(takenInput, "fr", testMeta());

    // Same shape, same kinds of values: nothing says which one had an account.
    expect(Object.keys(taken).sort()).toEqual(Object.keys(fresh).sort());
    expect(taken.token).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(taken.token.length).toBe(fresh.token.length);
    expect(taken.email).toBe(owner.email);
    expect(Math.abs(taken.expiresAt.getTime() - fresh.expiresAt.getTime())).toBeLessThan(60_000);

    // Only the fresh sign-up created a user and an organization; the owner's account is untouched.
    expect(await db.organization.count({ where: { name: freshInput.organizationName } })).toBe(1);
    expect(await db.organization.count({ where: { name: takenInput.organizationName } })).toBe(0);
    expect(await db.user.count({ where: { email: { equals: owner.email, mode: "insensitive" } } })).toBe(1);
    expect(await db.user.findUniqueOrThrow({ where: { id: owner.id } })).toMatchObject({
      passwordHash: owner.passwordHash,
      name: owner.name,
    });
    // The code page of the taken address reads like the fresh one: it names the address.
    expect(await describeChallenge(taken.token)).toEqual({ email: owner.email });
    expect(await describeChallenge(fresh.token)).toEqual({ email: freshInput.email });

    expect(await emailCountTo(owner.email)).toBe(before + 1);
    const email = await latestEmailTo(owner.email);
    expect(email.template).toBe("signup-attempt");
    expect(email.subject).toBe("Someone tried to sign up to Facturo with your address");
    expect(email.text).toContain("no new account was created");
    expect(email.text).toContain("/forgot-password");
    expect(email.text).not.toMatch(/\b\d{6}\b/);
  });

  it("writes the owner's email in French for a French account", async () => {
    const owner = await createUser({ locale: "fr" });
    await signUp(input(owner.email), "en", testMeta());
    const email = await latestEmailTo(owner.email);
    expect(email.subject).toBe("Quelqu'un a essayé de créer un compte Facturo avec votre adresse");
    expect(email.text).toContain("aucun nouveau compte n'a été créé");
  });

  it("its code step answers like a real one — wrong code, tries left, lock, resend throttle — and never opens", async () => {
    const owner = await createUser({ locale: "en" });
    const fresh = await signUp(input(`new-${uniqueSuffix()}@example.test`), "fr", testMeta());
    const taken = await signUp(input(owner.email), "fr", testMeta());
    const before = await emailCountTo(owner.email);

    // The same answers, try by try, up to the lock.
    for (let attempt = 1; attempt <= CODE_MAX_ATTEMPTS + 1; attempt += 1) {
      const [real, decoy] = await Promise.all([
        failure(verifyChallengeCode(fresh.token, "000000", testMeta())),
        failure(verifyChallengeCode(taken.token, "000000", testMeta())),
      ]);
      expect({ code: decoy.code, details: decoy.details }).toEqual({ code: real.code, details: real.details });
    }
    // Resending: too soon on both.
    const [realResend, decoyResend] = await Promise.all([
      failure(resendChallengeCode(fresh.token, testMeta())),
      failure(resendChallengeCode(taken.token, testMeta())),
    ]);
    expect(decoyResend.code).toBe("resend_too_soon");
    expect(realResend.code).toBe("resend_too_soon");
    // No code ever reaches the address, and no 6-digit number can open the step: the stored
    // code is not an HMAC at all.
    const challenge = await db.loginChallenge.findUniqueOrThrow({
      where: { tokenHash: hashToken(taken.token) },
      include: { codes: true },
    });
    expect(challenge).toMatchObject({ purpose: "SIGNUP_DECOY", userId: owner.id, completedAt: null });
    expect(challenge.codes.every((code) => !/^[0-9a-f]{64}$/.test(code.codeHash))).toBe(true);
    expect(await emailCountTo(owner.email)).toBe(before);
    await expect(completeLogin(taken.token, "123456", testMeta())).rejects.toBeInstanceOf(AppError);
    expect(await db.authSession.count({ where: { userId: owner.id } })).toBe(0);
  });

  it("decoy codes do not use up the owner's hourly codes, and resends of a decoy are throttled like real ones", async () => {
    const owner = await createUser({ locale: "fr" });
    const taken = await signUp(input(owner.email), "fr", testMeta());
    const challenge = await db.loginChallenge.findUniqueOrThrow({ where: { tokenHash: hashToken(taken.token) } });
    const start = Date.now();
    for (let index = 1; index < CODES_PER_HOUR; index += 1) {
      await sendChallengeCode(challenge, testMeta(), new Date(start + index * 31_000));
    }
    const hourly = await failure(sendChallengeCode(challenge, testMeta(), new Date(start + CODES_PER_HOUR * 31_000)));
    expect(hourly.code).toBe("too_many_codes");
    // The owner still gets a login code right away.
    await startLogin({ email: owner.email, password: TEST_PASSWORD }, testMeta());
    expect(await latestCodeFor(owner.email)).toMatch(/^\d{6}$/);
  });
});

async function failure(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}
