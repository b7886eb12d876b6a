import { requireMember } from "@/lib/auth/access/require-member";
import type { SessionContext } from "@/lib/auth/sessions/session-context";
import { db } from "@/lib/db/prisma";
import { getNumberingFormats } from "@/lib/organization-settings/get-numbering-formats";
import { getOrganizationLogo } from "@/lib/organization-settings/get-organization-logo";
import { getOrganizationSettings } from "@/lib/organization-settings/get-organization-settings";
import { defaultNumberingFormats } from "@/lib/organization-settings/numbering";
import { removeLogo } from "@/lib/organization-settings/remove-logo";
import { updateNumberingFormats } from "@/lib/organization-settings/update-numbering-formats";
import { updateOrganizationSettings } from "@/lib/organization-settings/update-organization-settings";
import { uploadLogo } from "@/lib/organization-settings/upload-logo";
import { createOrganizationWithMember, testMeta } from "../../support/factories";
import { actingAs, signedIn } from "../../support/member-factories";
import { jpegOf, pngOf, settingsSnapshot, validSettingsForm } from "./settings-fixtures";

// The route handler's only input besides the request is the session: tests hand it one.
const session: { current: SessionContext | null } = { current: null };
jest.mock("@/app/_shared/session", () => ({ getSession: async () => session.current }));

import { GET } from "@/app/api/organizations/logo/route";

/** Two organizations, each with an owner, settings, numbering and a logo of its own. */
async function twoTenants() {
  const a = await createOrganizationWithMember("OWNER");
  const b = await createOrganizationWithMember("OWNER");
  const aCtx = await actingAs(a.user.id, a.organization.id, "organization.update");
  const bCtx = await actingAs(b.user.id, b.organization.id, "organization.update");
  await updateOrganizationSettings(aCtx, validSettingsForm({ legalName: "A SAS" }), testMeta());
  await updateOrganizationSettings(bCtx, validSettingsForm({ legalName: "B SAS", city: "Lyon" }), testMeta());
  await updateNumberingFormats(
    bCtx,
    { ...defaultNumberingFormats, INVOICE: { prefix: "BFAC", includeYear: true, padding: 4, yearlyReset: true } },
    testMeta(),
  );
  await uploadLogo(aCtx, { data: await pngOf(300, 100) }, testMeta());
  await uploadLogo(bCtx, { data: await jpegOf(200, 200) }, testMeta());
  return { a, b, aCtx, bCtx };
}

const logoRequest = (query = "", headers: Record<string, string> = {}) =>
  new Request(`http://localhost/api/organizations/logo${query}`, { headers });

describe("organization settings across tenants", () => {
  it("A cannot get a context in B, to read or to update", async () => {
    const { a, b } = await twoTenants();
    const aSession = await signedIn(a.user.id, a.organization.id);
    for (const permission of ["organization.read", "organization.update"] as const) {
      await expect(requireMember(aSession, b.organization.id, permission)).rejects.toMatchObject({
        kind: "NOT_FOUND",
        code: "organization_not_found",
      });
    }
  });

  it("A's context reads only A's settings, numbering and logo", async () => {
    const { b, aCtx } = await twoTenants();
    expect((await getOrganizationSettings(aCtx)).legalName).toBe("A SAS");
    expect((await getNumberingFormats(aCtx)).INVOICE.prefix).toBe("F");
    const aLogo = await getOrganizationLogo(aCtx);
    const bFile = await db.storedFile.findFirstOrThrow({ where: { organizationId: b.organization.id } });
    expect(aLogo?.sha256).not.toBe(bFile.sha256);
  });

  it("A's writes never touch B's rows", async () => {
    const { b, aCtx } = await twoTenants();
    const before = await settingsSnapshot(b.organization.id);
    await updateOrganizationSettings(aCtx, validSettingsForm({ legalName: "A renamed" }), testMeta());
    await updateNumberingFormats(
      aCtx,
      { ...defaultNumberingFormats, QUOTE: { ...defaultNumberingFormats.QUOTE, padding: 3 } },
      testMeta(),
    );
    await uploadLogo(aCtx, { data: await pngOf(100, 100) }, testMeta());
    await removeLogo(aCtx, testMeta());
    expect(await settingsSnapshot(b.organization.id)).toEqual(before);
  });

  it("the logo route serves the active organization's logo only, with caching headers", async () => {
    const { a, b } = await twoTenants();
    const fileOf = (organizationId: string) => db.storedFile.findFirstOrThrow({ where: { organizationId } });
    const aFile = await fileOf(a.organization.id);
    const bFile = await fileOf(b.organization.id);

    session.current = await signedIn(a.user.id, a.organization.id);
    const response = await GET(logoRequest());
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/png");
    expect(response.headers.get("cache-control")).toBe("private, no-cache");
    expect(response.headers.get("etag")).toBe(`"${aFile.sha256}"`);
    expect(Buffer.from(await response.arrayBuffer()).equals(Buffer.from(aFile.data!))).toBe(true);

    const pinned = await GET(logoRequest(`?v=${aFile.sha256.slice(0, 16)}`));
    expect(pinned.headers.get("cache-control")).toContain("immutable");
    const stale = await GET(logoRequest(`?v=${bFile.sha256.slice(0, 16)}`));
    expect(stale.headers.get("cache-control")).toBe("private, no-cache");
    expect(stale.headers.get("etag")).toBe(`"${aFile.sha256}"`);
    expect((await GET(logoRequest("", { "if-none-match": `"${aFile.sha256}"` }))).status).toBe(304);

    // A's owner whose session points at B (not a member there): "not found", never B's logo.
    session.current = await signedIn(a.user.id, b.organization.id);
    const foreign = await GET(logoRequest());
    expect(foreign.status).toBe(404);
    expect(foreign.headers.get("content-type")).toBe("application/problem+json");
    expect(await foreign.json()).toMatchObject({ status: 404, code: "organization_not_found" });

    session.current = await signedIn(b.user.id, b.organization.id);
    expect((await GET(logoRequest())).headers.get("etag")).toBe(`"${bFile.sha256}"`);
  });

  it("the logo route answers 401 without a session and 404 (problem) without a logo", async () => {
    session.current = null;
    const anonymous = await GET(logoRequest());
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toMatchObject({ code: "unauthenticated" });

    const { organization, user } = await createOrganizationWithMember("MEMBER");
    session.current = await signedIn(user.id, organization.id);
    const none = await GET(logoRequest());
    expect(none.status).toBe(404);
    expect(await none.json()).toMatchObject({ status: 404, code: "logo_not_found" });
  });
});
