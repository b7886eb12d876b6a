import { completeLogin } from "@/lib/auth/login/complete-login";
import { startLogin } from "@/lib/auth/login/start-login";
import { loadSession } from "@/lib/auth/sessions/load-session";
import { logout, revokeUserSessions } from "@/lib/auth/sessions/revoke-sessions";
import { db } from "@/lib/db/prisma";
import { createOrganizationWithMember, createUser, TEST_PASSWORD, testMeta } from "../../support/factories";
import { latestCodeFor } from "../../support/outbox";

async function signIn(email: string) {
  const meta = testMeta();
  const { token } = await startLogin({ email, password: TEST_PASSWORD }, meta);
  return completeLogin(token, await latestCodeFor(email), meta);
}

describe("sessions", () => {
  it("password + code opens a session in the user's organization", async () => {
    const { user, organization } = await createOrganizationWithMember("MEMBER");
    const login = await signIn(user.email);
    const session = await loadSession(login.sessionId);
    expect(session).toMatchObject({
      sessionId: login.sessionId,
      activeOrganizationId: organization.id,
      user: { id: user.id, email: user.email, isPlatformAdmin: false },
    });
    expect(JSON.stringify(session)).not.toContain("passwordHash");
  });

  it("marks the email verified when a sign-up code is used", async () => {
    const user = await createUser({ verified: false });
    await signIn(user.email);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).emailVerifiedAt).not.toBeNull();
  });

  it("logout revokes the session: the same session id no longer loads", async () => {
    const user = await createUser();
    const login = await signIn(user.email);
    expect(await loadSession(login.sessionId)).not.toBeNull();
    await logout(login.sessionId, testMeta());
    expect(await loadSession(login.sessionId)).toBeNull();
    expect(await db.auditLog.count({ where: { actorId: user.id, action: "auth.logout" } })).toBe(1);
  });

  it("revoking a user's other sessions keeps the current one", async () => {
    const user = await createUser();
    const first = await signIn(user.email);
    const second = await signIn(user.email);
    expect(await revokeUserSessions(user.id, second.sessionId)).toBe(1);
    expect(await loadSession(first.sessionId)).toBeNull();
    expect(await loadSession(second.sessionId)).not.toBeNull();
  });

  it("a disabled user's session stops working at once", async () => {
    const user = await createUser();
    const login = await signIn(user.email);
    await db.user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
    expect(await loadSession(login.sessionId)).toBeNull();
  });

  it("expired sessions do not load", async () => {
    const user = await createUser();
    const login = await signIn(user.email);
    const row = await db.authSession.findUniqueOrThrow({ where: { id: login.sessionId } });
    expect(await loadSession(login.sessionId, new Date(row.expiresAt.getTime() + 1))).toBeNull();
  });
});
