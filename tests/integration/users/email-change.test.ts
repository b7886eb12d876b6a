import { startLogin } from "@/lib/auth/login/start-login";
import { requestPasswordReset } from "@/lib/auth/password-reset/request-password-reset";
import { describeResetLink } from "@/lib/auth/password-reset/find-reset-token";
import { db } from "@/lib/db/prisma";
import { confirmEmailChange } from "@/lib/users/confirm-email-change";
import { describeEmailChange } from "@/lib/users/describe-email-change";
import { startEmailChange } from "@/lib/users/start-email-change";
import { createUser, TEST_PASSWORD, testMeta, uniqueSuffix } from "../../support/factories";
import { emailCountTo, latestCodeFor, latestEmailTo } from "../../support/outbox";
import { appErrorOf, signedInAs } from "../../support/sessions";

const newAddress = () => `moved-${uniqueSuffix()}@example.test`;

describe("email change", () => {
  it("sends a code to the NEW address and changes the email once it is entered", async () => {
    const user = await createUser();
    const session = await signedInAs(user.id);
    const newEmail = newAddress();
    const started = await startEmailChange(session, { newEmail, currentPassword: TEST_PASSWORD }, testMeta());
    expect(started.email).toBe(newEmail);
    expect(await describeEmailChange(user.id, started.token)).toMatchObject({ newEmail });
    // Not yet changed, and nothing went to the old address.
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).email).toBe(user.email);
    expect(await emailCountTo(user.email)).toBe(0);
    expect((await latestEmailTo(newEmail)).template).toBe("login-code");

    const code = await latestCodeFor(newEmail);
    await expect(confirmEmailChange(session, started.token, code, testMeta())).resolves.toEqual({ email: newEmail });
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.email).toBe(newEmail);
    expect(row.emailVerifiedAt).not.toBeNull();
    const audit = await db.auditLog.findFirstOrThrow({ where: { actorId: user.id, action: "user.email_changed" } });
    expect(audit.metadata).toEqual({ from: user.email, to: newEmail });
    // The new address signs in; the pending step is gone.
    await expect(startLogin({ email: newEmail, password: TEST_PASSWORD }, testMeta())).resolves.toBeDefined();
    expect(await describeEmailChange(user.id, started.token)).toBeNull();
  });

  it("normalises the new address (trim, lower case)", async () => {
    const user = await createUser();
    const session = await signedInAs(user.id);
    const newEmail = newAddress();
    const started = await startEmailChange(
      session,
      { newEmail: `  ${newEmail.toUpperCase()} `, currentPassword: TEST_PASSWORD },
      testMeta(),
    );
    expect(started.email).toBe(newEmail);
  });

  it("refuses an address that another account uses, at the start and at the end", async () => {
    const user = await createUser();
    const other = await createUser();
    const session = await signedInAs(user.id);
    const taken = await appErrorOf(
      startEmailChange(session, { newEmail: other.email, currentPassword: TEST_PASSWORD }, testMeta()),
    );
    expect(taken.details.fieldErrors).toEqual({ newEmail: ["email_taken"] });

    // Someone signs up with the address while the code is on its way.
    const newEmail = newAddress();
    const started = await startEmailChange(session, { newEmail, currentPassword: TEST_PASSWORD }, testMeta());
    await createUser({ email: newEmail });
    const error = await appErrorOf(
      confirmEmailChange(session, started.token, await latestCodeFor(newEmail), testMeta()),
    );
    expect(error.code).toBe("email_taken");
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).email).toBe(user.email);
  });

  it("a wrong current password or the same address is a field error, and no code is sent", async () => {
    const user = await createUser();
    const session = await signedInAs(user.id);
    const newEmail = newAddress();
    const wrong = await appErrorOf(
      startEmailChange(session, { newEmail, currentPassword: "wrong-password-9" }, testMeta()),
    );
    expect(wrong.details.fieldErrors).toEqual({ currentPassword: ["current_password_wrong"] });
    const same = await appErrorOf(
      startEmailChange(session, { newEmail: user.email, currentPassword: TEST_PASSWORD }, testMeta()),
    );
    expect(same.details.fieldErrors).toEqual({ newEmail: ["email_unchanged"] });
    expect(await emailCountTo(newEmail)).toBe(0);
    expect(await db.loginChallenge.count({ where: { userId: user.id } })).toBe(0);
  });

  it.each([
    ["newEmail", "email_invalid", { newEmail: "not-an-email" }],
    ["newEmail", "required", { newEmail: "" }],
    ["newEmail", "too_long", { newEmail: `${"a".repeat(300)}@example.test` }],
    ["newEmail", "required", { newEmail: undefined }],
    ["currentPassword", "required", { currentPassword: undefined }],
    ["currentPassword", "too_long", { currentPassword: "p".repeat(5_000) }],
  ])("bad %s (%s) → field error, nothing written", async (field, message, override) => {
    const user = await createUser();
    const session = await signedInAs(user.id);
    const error = await appErrorOf(
      startEmailChange(session, { newEmail: newAddress(), currentPassword: TEST_PASSWORD, ...override }, testMeta()),
    );
    expect(error.details.fieldErrors?.[field]).toContain(message);
    expect(await db.loginChallenge.count({ where: { userId: user.id } })).toBe(0);
  });

  it("a wrong code changes nothing; another user's session cannot use the step", async () => {
    const user = await createUser();
    const session = await signedInAs(user.id);
    const newEmail = newAddress();
    const started = await startEmailChange(session, { newEmail, currentPassword: TEST_PASSWORD }, testMeta());
    const code = await latestCodeFor(newEmail);
    const wrong = await appErrorOf(
      confirmEmailChange(session, started.token, code === "000000" ? "111111" : "000000", testMeta()),
    );
    expect(wrong.code).toBe("code_invalid");
    const malformed = await appErrorOf(confirmEmailChange(session, started.token, "12ab", testMeta()));
    expect(malformed.details.fieldErrors?.code).toEqual(["code_format"]);

    const intruder = await signedInAs((await createUser()).id);
    expect((await appErrorOf(confirmEmailChange(intruder, started.token, code, testMeta()))).code).toBe(
      "challenge_expired",
    );
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).email).toBe(user.email);
    // The owner can still finish.
    await expect(confirmEmailChange(session, started.token, code, testMeta())).resolves.toEqual({ email: newEmail });
  });

  it("a login challenge cannot be spent as an email change", async () => {
    const user = await createUser();
    const session = await signedInAs(user.id);
    const login = await startLogin({ email: user.email, password: TEST_PASSWORD }, testMeta());
    const error = await appErrorOf(
      confirmEmailChange(session, login.token, await latestCodeFor(user.email), testMeta()),
    );
    expect(error.code).toBe("challenge_expired");
  });

  it("reset links sent to the old address stop working after the change", async () => {
    const user = await createUser();
    const session = await signedInAs(user.id);
    await requestPasswordReset({ email: user.email }, testMeta());
    const token = (await latestEmailTo(user.email)).text!.match(/\/reset-password\/([A-Za-z0-9_-]+)/)![1];
    const newEmail = newAddress();
    const started = await startEmailChange(session, { newEmail, currentPassword: TEST_PASSWORD }, testMeta());
    await confirmEmailChange(session, started.token, await latestCodeFor(newEmail), testMeta());
    expect(await describeResetLink(token)).toBe("expired");
  });
});
