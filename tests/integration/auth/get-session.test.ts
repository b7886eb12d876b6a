import { encode } from "next-auth/jwt";
import { getSession } from "@/app/_shared/session";
import { getAuthOptions } from "@/app/_shared/auth-options";
import { createSession } from "@/lib/auth/sessions/create-session";
import { logout } from "@/lib/auth/sessions/revoke-sessions";
import { createOrganizationWithMember, testMeta } from "../../support/factories";

// getSession reads the session cookie itself (decode, not getServerSession): the cookie next-auth
// issues signs the page in; anything else — no cookie, another secret, a tampered or expired JWT,
// a revoked session — is no session. next/headers' cookies() is this test's jar.
const jar = new Map<string, string>();
jest.mock("next/headers", () => ({
  cookies: async () => ({ get: (name: string) => (jar.has(name) ? { name, value: jar.get(name) } : undefined) }),
  headers: async () => new Headers(),
}));

const COOKIE = "next-auth.session-token";

async function cookieFor(sid: string, options: { secret?: string; maxAge?: number } = {}) {
  const secret = options.secret ?? getAuthOptions().secret!;
  return encode({ token: { sub: "user", sid }, secret, maxAge: options.maxAge ?? 3600 });
}

async function signedIn() {
  const { user, organization } = await createOrganizationWithMember("MEMBER");
  const sessionId = await createSession(user.id, testMeta());
  return { user, organization, sessionId };
}

beforeEach(() => jar.clear());

describe("getSession", () => {
  it("the cookie next-auth issues loads its server-side session", async () => {
    const { user, organization, sessionId } = await signedIn();
    jar.set(COOKIE, await cookieFor(sessionId));
    await expect(getSession()).resolves.toMatchObject({
      sessionId,
      activeOrganizationId: organization.id,
      user: { id: user.id, email: user.email },
    });
  });

  it("no cookie, a JWT of another secret, a tampered or expired one is no session", async () => {
    const { sessionId } = await signedIn();
    await expect(getSession()).resolves.toBeNull();

    jar.set(COOKIE, await cookieFor(sessionId, { secret: "another-secret-another-secret-another-secret" }));
    await expect(getSession()).resolves.toBeNull();

    const valid = await cookieFor(sessionId);
    const tampered = `${valid.slice(0, -6)}${valid.slice(-6) === "AAAAAA" ? "BBBBBB" : "AAAAAA"}`;
    jar.set(COOKIE, tampered);
    await expect(getSession()).resolves.toBeNull();

    // next-auth's clock tolerance is 15 s: a JWT expired a minute ago is refused.
    jar.set(COOKIE, await cookieFor(sessionId, { maxAge: -60 }));
    await expect(getSession()).resolves.toBeNull();

    // Over http (APP_URL here) next-auth names its cookie without the __Secure- prefix.
    jar.clear();
    jar.set("__Secure-next-auth.session-token", valid);
    await expect(getSession()).resolves.toBeNull();
  });

  it("a revoked session's cookie is no longer a session", async () => {
    const { sessionId } = await signedIn();
    jar.set(COOKIE, await cookieFor(sessionId));
    await logout(sessionId, testMeta());
    await expect(getSession()).resolves.toBeNull();
  });
});
