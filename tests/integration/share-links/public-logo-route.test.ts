import { createHash } from "node:crypto";
import { GET } from "@/app/api/public/[token]/logo/route";
import { db } from "@/lib/db/prisma";
import { loadPublicDocument } from "@/lib/share-links/public-document";
import { revokeShareLink } from "@/lib/share-links/revoke-share-link";
import { loadSnapshotLogo } from "@/lib/documents/snapshot-logo";
import { removeLogo } from "@/lib/organization-settings/remove-logo";
import { uploadLogo } from "@/lib/organization-settings/upload-logo";
import { testMeta } from "../../support/factories";
import { actingAs } from "../../support/member-factories";
import { pngOf } from "../organization-settings/settings-fixtures";
import { guessedToken, linkFor, makeInvoice, shareWorkspace } from "./share-link-fixtures";

// Issue 11: the client saw Facturo's brand, not the seller's. The public page shows the logo of
// the document's seller snapshot (the PDF's) through this route, gated by the link like the PDF.

let address = 0;
function get(token: string, query = "", headers: Record<string, string> = {}) {
  const request = new Request(`http://localhost/api/public/${token}/logo${query}`, {
    headers: { "x-forwarded-for": `192.0.2.${++address % 250}`, ...headers },
  });
  return GET(request, { params: Promise.resolve({ token }) });
}

async function workspaceWithLogo(width = 300) {
  const workspace = await shareWorkspace();
  const admin = await actingAs(workspace.user.id, workspace.organization.id, "organization.update");
  await uploadLogo(
    admin,
    { data: await pngOf(width, 100), fileName: "logo.png", declaredType: "image/png" },
    testMeta(),
  );
  return { ...workspace, admin };
}

describe("GET /api/public/[token]/logo", () => {
  it("serves the snapshot's logo, pinned by its content version, and the public page names that version", async () => {
    const workspace = await workspaceWithLogo();
    const invoice = await makeInvoice(workspace);
    const link = await linkFor(workspace, invoice.id);
    const page = await loadPublicDocument(workspace.organization.id, invoice.id);
    expect(page?.sellerLogoVersion).toMatch(/^[0-9a-f]{16}$/);

    const pinned = await get(link.token, `?v=${page?.sellerLogoVersion}`);
    expect(pinned.status).toBe(200);
    expect(pinned.headers.get("content-type")).toBe("image/png");
    expect(pinned.headers.get("cache-control")).toBe("private, max-age=31536000, immutable");
    expect(pinned.headers.get("referrer-policy")).toBe("no-referrer");
    const bytes = Buffer.from(await pinned.arrayBuffer());
    const sha = createHash("sha256").update(bytes).digest("hex");
    expect(sha.slice(0, 16)).toBe(page?.sellerLogoVersion);
    // Another URL is revalidated; the ETag answers 304.
    const loose = await get(link.token);
    expect(loose.headers.get("cache-control")).toBe("private, no-cache");
    const again = await get(link.token, "", { "if-none-match": loose.headers.get("etag")! });
    expect(again.status).toBe(304);
  });

  it("keeps the logo of the issued document after the organization changes its logo", async () => {
    const workspace = await workspaceWithLogo(300);
    const invoice = await makeInvoice(workspace);
    const link = await linkFor(workspace, invoice.id);
    const before = Buffer.from(await (await get(link.token)).arrayBuffer());
    await uploadLogo(
      workspace.admin,
      { data: await pngOf(500, 100), fileName: "new.png", declaredType: "image/png" },
      testMeta(),
    );
    const after = Buffer.from(await (await get(link.token)).arrayBuffer());
    expect(after.equals(before)).toBe(true);
  });

  it("answers the one 404 for a document without logo, a revoked link and a guessed token", async () => {
    const bare = await shareWorkspace();
    const noLogo = await linkFor(bare, (await makeInvoice(bare)).id);
    const branded = await workspaceWithLogo();
    const revoked = await linkFor(branded, (await makeInvoice(branded)).id);
    await revokeShareLink(branded.member, revoked.id, testMeta());
    for (const token of [noLogo.token, revoked.token, guessedToken(), "nope"]) {
      const response = await get(token);
      expect(response.status).toBe(404);
      expect(await response.json()).toEqual({ status: 404, code: "public_link_unusable" });
    }
  });

  it("keeps serving it after the logo is removed; a logo no document shows is deleted", async () => {
    const workspace = await workspaceWithLogo();
    const unused = await db.organizationSettings.findUniqueOrThrow({
      where: { organizationId: workspace.organization.id },
    });
    // Replaced before any document used it: its file goes.
    await uploadLogo(
      workspace.admin,
      { data: await pngOf(400, 100), fileName: "second.png", declaredType: "image/png" },
      testMeta(),
    );
    expect(await db.storedFile.count({ where: { id: unused.logoFileId! } })).toBe(0);
    const invoice = await makeInvoice(workspace);
    const link = await linkFor(workspace, invoice.id);
    await removeLogo(workspace.admin, testMeta());
    const response = await get(link.token);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/png");
  });

  it("never serves another organization's file, even if a snapshot pointed at it", async () => {
    const owner = await workspaceWithLogo();
    const other = await shareWorkspace();
    const settings = await db.organizationSettings.findUniqueOrThrow({
      where: { organizationId: owner.organization.id },
      include: { logo: true },
    });
    const named = { fileId: settings.logo!.id, sha256: settings.logo!.sha256 };
    expect(await loadSnapshotLogo(owner.organization.id, named)).not.toBeNull();
    expect(await loadSnapshotLogo(other.organization.id, named)).toBeNull();
  });
});
