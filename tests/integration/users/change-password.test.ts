import { startLogin } from "@/lib/auth/login/start-login";
import { verifyPassword } from "@/lib/auth/password";
import { loadSession } from "@/lib/auth/sessions/load-session";
import { db } from "@/lib/db/prisma";
import { changePassword } from "@/lib/users/change-password";
import { createUser, TEST_PASSWORD, testMeta } from "../../support/factories";
import { appErrorOf, signedInAs } from "../../support/sessions";

const NEW_PASSWORD = "fresh-password-2027";

describe("change password", () => {
  it("sets the new password, ends the other sessions and keeps the current one", async () => {
    const user = await createUser();
    const current = await signedInAs(user.id);
    const others = [await signedInAs(user.id), await signedInAs(user.id)];

    await expect(
      changePassword(current, { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD }, testMeta()),
    ).resolves.toEqual({ sessionsRevoked: 2 });

    const row = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await verifyPassword(row.passwordHash!, NEW_PASSWORD)).toBe(true);
    expect(row.passwordChangedAt).not.toBeNull();
    expect(await loadSession(current.sessionId)).not.toBeNull();
    for (const other of others) expect(await loadSession(other.sessionId)).toBeNull();
    expect(await db.auditLog.count({ where: { actorId: user.id, action: "auth.password_changed" } })).toBe(1);
    await expect(startLogin({ email: user.email, password: NEW_PASSWORD }, testMeta())).resolves.toBeDefined();
  });

  it("a wrong current password is a field error and changes nothing", async () => {
    const user = await createUser();
    const current = await signedInAs(user.id);
    const other = await signedInAs(user.id);
    const error = await appErrorOf(
      changePassword(current, { currentPassword: "not-my-password-1", newPassword: NEW_PASSWORD }, testMeta()),
    );
    expect(error.details.fieldErrors).toEqual({ currentPassword: ["current_password_wrong"] });
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await verifyPassword(row.passwordHash!, TEST_PASSWORD)).toBe(true);
    expect(row.passwordChangedAt).toBeNull();
    expect(await loadSession(other.sessionId)).not.toBeNull();
  });

  it("locks the change after 5 wrong current passwords, without locking the login", async () => {
    const user = await createUser();
    const current = await signedInAs(user.id);
    for (let i = 0; i < 5; i++) {
      await changePassword(current, { currentPassword: `guess-${i}`, newPassword: NEW_PASSWORD }, testMeta()).catch(
        () => null,
      );
    }
    const error = await appErrorOf(
      changePassword(current, { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD }, testMeta()),
    );
    expect(error.code).toBe("reauth_locked");
    expect(error.details.retryAfterSeconds).toBeGreaterThan(0);
    await expect(startLogin({ email: user.email, password: TEST_PASSWORD }, testMeta())).resolves.toBeDefined();
  });

  it("refuses the current password as the new one", async () => {
    const user = await createUser();
    const current = await signedInAs(user.id);
    const error = await appErrorOf(
      changePassword(current, { currentPassword: TEST_PASSWORD, newPassword: TEST_PASSWORD }, testMeta()),
    );
    expect(error.details.fieldErrors).toEqual({ newPassword: ["password_unchanged"] });
  });

  it.each([
    ["newPassword", "password_length", { newPassword: "short1" }],
    ["newPassword", "password_digit", { newPassword: "no-digits-at-all" }],
    ["newPassword", "too_long", { newPassword: "x1".repeat(500) }],
    ["newPassword", "required", { newPassword: undefined }],
    ["currentPassword", "required", { currentPassword: "" }],
    ["currentPassword", "too_long", { currentPassword: "y".repeat(5_000) }],
    ["currentPassword", "required", { currentPassword: undefined }],
  ])("bad %s (%s) → field error, nothing written", async (field, message, override) => {
    const user = await createUser();
    const current = await signedInAs(user.id);
    const error = await appErrorOf(
      changePassword(current, { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD, ...override }, testMeta()),
    );
    expect(error.details.fieldErrors?.[field]).toContain(message);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).passwordChangedAt).toBeNull();
  });
});
