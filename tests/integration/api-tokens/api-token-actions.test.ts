import { createApiTokenAction, revokeApiTokenAction } from "@/app/(app)/settings/api/actions";
import type { SessionContext } from "@/lib/auth/sessions/session-context";
import { db } from "@/lib/db/prisma";
import { createOrganizationWithMember } from "../../support/factories";
import { addMember, signedIn } from "../../support/member-factories";

// Settings → API's server actions: the session's active organization, organization.update,
// the form's fields to createApiToken (the secret answered once), revocation by posted id.

let currentSession: SessionContext | null = null;
jest.mock("@/app/_shared/session", () => ({
  getSession: async () => currentSession,
  getRequestMeta: async () => ({ ip: "10.0.0.1", userAgent: "jest" }),
}));
jest.mock("next/cache", () => ({ revalidatePath: jest.fn() }));

function form(fields: [string, string][]): FormData {
  const data = new FormData();
  for (const [name, value] of fields) data.append(name, value);
  return data;
}

describe("Settings → API actions", () => {
  it("creates a token from the form and answers its secret; revokes it", async () => {
    const { organization, user } = await createOrganizationWithMember("ADMIN");
    currentSession = await signedIn(user.id, organization.id);
    const state = await createApiTokenAction(
      { status: "idle" },
      form([
        ["name", "Zapier"],
        ["scopes", "clients.read"],
        ["scopes", "documents.read"],
        ["expiresOn", ""],
      ]),
    );
    expect(state).toMatchObject({ status: "success", secret: expect.stringMatching(/^fct_/) });
    const token = await db.apiToken.findFirstOrThrow({ where: { organizationId: organization.id } });
    expect(token).toMatchObject({ name: "Zapier", scopes: ["clients.read", "documents.read"], expiresAt: null });

    await revokeApiTokenAction(form([["tokenId", token.id]]));
    expect((await db.apiToken.findUniqueOrThrow({ where: { id: token.id } })).revokedAt).toBeInstanceOf(Date);
  });

  it("gives field errors and the typed values back; a MEMBER is refused", async () => {
    const { organization, user } = await createOrganizationWithMember("OWNER");
    currentSession = await signedIn(user.id, organization.id);
    const refused = await createApiTokenAction({ status: "idle" }, form([["name", "Sans droits"]]));
    expect(refused).toMatchObject({
      status: "error",
      fieldErrors: { scopes: ["scopes_required"] },
      values: { name: "Sans droits", scopes: "" },
    });

    const member = await addMember(organization.id, "MEMBER");
    currentSession = await signedIn(member.user.id, organization.id);
    const forbidden = await createApiTokenAction(
      { status: "idle" },
      form([
        ["name", "x"],
        ["scopes", "clients.read"],
      ]),
    );
    expect(forbidden).toMatchObject({ status: "error", formError: { code: "forbidden" } });
    expect(await db.apiToken.count({ where: { organizationId: organization.id } })).toBe(0);
  });
});
