import { signUp } from "@/lib/auth/signup/sign-up";
import { describeChallenge } from "@/lib/auth/challenges/describe-challenge";
import { db } from "@/lib/db/prisma";
import { createUser, testMeta, uniqueSuffix } from "../../support/factories";
import { emailCountTo, latestEmailTo } from "../../support/outbox";

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
    // The token of the taken address opens no code step (no code for anyone to guess or receive).
    expect(await describeChallenge(taken.token)).toBeNull();

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
});
