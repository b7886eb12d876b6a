import { signUp } from "@/lib/auth/signup/sign-up";
import { db } from "@/lib/db/prisma";
import { AppError } from "@/lib/errors/app-error";
import { testMeta, uniqueSuffix } from "../../support/factories";
import { latestCodeFor } from "../../support/outbox";

function validInput() {
  const suffix = uniqueSuffix();
  return {
    name: "Léa Martin",
    email: `Lea.Martin-${suffix}@Example.test`,
    password: "solid-password-2026",
    organizationName: `Atelier Martin ${suffix}`,
  };
}

describe("sign-up", () => {
  it("creates the user, the organization and an OWNER membership, then emails a code", async () => {
    const input = validInput();
    const challenge = await signUp(input, "fr", testMeta());
    const email = input.email.toLowerCase();
    const user = await db.user.findUniqueOrThrow({
      where: { email },
      include: { memberships: { include: { organization: true } } },
    });
    expect(user.emailVerifiedAt).toBeNull();
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    expect(user.memberships).toHaveLength(1);
    expect(user.memberships[0]).toMatchObject({ role: "OWNER", organization: { name: input.organizationName } });
    expect(challenge.email).toBe(email);
    expect(await latestCodeFor(email)).toMatch(/^\d{6}$/);
    expect(await db.auditLog.count({ where: { actorId: user.id, action: "auth.signup" } })).toBe(1);
  });

  it("creates no second account with the same email (any case): same answer as a new sign-up", async () => {
    const input = validInput();
    await signUp(input, "en", testMeta());
    const organizations = await db.organization.count();
    const answer = await signUp(
      { ...input, email: input.email.toUpperCase(), organizationName: "Other" },
      "en",
      testMeta(),
    );
    expect(answer).toEqual({
      token: expect.any(String),
      expiresAt: expect.any(Date),
      email: input.email.toLowerCase(),
    });
    expect(
      await db.organization.count({
        where: { name: "Other", memberships: { some: { user: { email: input.email.toLowerCase() } } } },
      }),
    ).toBe(0);
    expect(organizations).toBeGreaterThan(0);
  });

  it.each([
    [{ password: "short1" }, "password", "password_length"],
    [{ password: "onlyletterslong" }, "password", "password_digit"],
    [{ password: "1234567890123" }, "password", "password_letter"],
    [{ email: "nope" }, "email", "email_invalid"],
    [{ name: "" }, "name", "required"],
    [{ name: "x".repeat(10_000) }, "name", "too_long"],
    [{ organizationName: "A" }, "organizationName", "too_short"],
    [{ organizationName: undefined }, "organizationName", "required"],
  ])("bad input %# → field message on %s (%s), nothing written", async (override, field, message) => {
    const input = { ...validInput(), ...override };
    const error = await signUp(input, "fr", testMeta()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).details.fieldErrors?.[field]).toContain(message);
    if (typeof input.email === "string" && input.email.includes("@")) {
      expect(await db.user.count({ where: { email: input.email.toLowerCase() } })).toBe(0);
    }
  });
});
