import { createHash } from "node:crypto";
import { db } from "@/lib/db/prisma";
import { addDays, calendarDate } from "@/lib/documents/calendar-date";
import { createShareLink, createShareLinkForMember } from "@/lib/share-links/create-share-link";
import { getShareActivity, listShareLinks } from "@/lib/share-links/list-share-links";
import { recordShareLinkView } from "@/lib/share-links/record-share-link-view";
import { resolveShareLink } from "@/lib/share-links/resolve-share-link";
import { regenerateShareLink, revokeShareLink } from "@/lib/share-links/revoke-share-link";
import { endOfParisDay } from "@/lib/share-links/share-link-expiry";
import { testMeta } from "../../support/factories";
import { makeDraft } from "../../support/document-factories";
import { sentQuote } from "../../support/issued-document-factories";
import { expectAppError } from "../../support/member-factories";
import {
  guessedToken,
  linkFor,
  makeInvoice,
  makeSentQuote,
  oneCharChanged,
  shareWorkspace,
} from "./share-link-fixtures";

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

describe("createShareLink", () => {
  it("gives a 256-bit base64url token in the URL and stores only its SHA-256", async () => {
    const workspace = await shareWorkspace();
    const invoice = await makeInvoice(workspace);
    const link = await linkFor(workspace, invoice.id);
    expect(link.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(link.token, "base64url")).toHaveLength(32);
    expect(link.url).toBe(`http://localhost:3000/p/${link.token}`);
    const row = await db.shareLink.findUniqueOrThrow({ where: { id: link.id } });
    expect(row.tokenHash).toBe(sha256(link.token));
    // The token itself is nowhere in the row.
    expect(JSON.stringify(row)).not.toContain(link.token);
    // Invoices: no expiry by default.
    expect(link.expiresAt).toBeNull();
    expect((await linkFor(workspace, invoice.id)).token).not.toBe(link.token);
  });

  it("a quote's link ends with its validity day (Paris); an explicit expiry wins", async () => {
    const workspace = await shareWorkspace();
    const quote = await makeSentQuote(workspace);
    const validUntil = quote.validUntil!.toISOString().slice(0, 10);
    const link = await linkFor(workspace, quote.id);
    expect(link.expiresAt).toEqual(endOfParisDay(validUntil));
    // Midnight in Paris at the end of that day is 22:00 or 23:00 UTC the same day.
    expect(link.expiresAt!.toISOString()).toMatch(new RegExp(`^${validUntil}T2[23]:00:00.000Z$`));
    const explicit = new Date(Date.now() + 3_600_000);
    expect((await linkFor(workspace, quote.id, { expiresAt: explicit })).expiresAt).toEqual(explicit);
    expect((await linkFor(workspace, quote.id, { expiresAt: null })).expiresAt).toBeNull();
  });

  it("refuses a draft and another organization's document", async () => {
    const workspace = await shareWorkspace();
    const other = await shareWorkspace();
    const draft = await makeDraft(workspace.member, workspace.client.id);
    await expectAppError(linkFor(workspace, draft.id), "share_link_draft");
    const foreign = await makeInvoice(other);
    await expectAppError(linkFor(workspace, foreign.id), "share_link_not_found");
    await expectAppError(createShareLinkForMember(workspace.member, foreign.id, testMeta()), "share_link_not_found");
    expect(await db.shareLink.count({ where: { documentId: { in: [draft.id, foreign.id] } } })).toBe(0);
  });

  it("works inside a caller's transaction (rolled back with it)", async () => {
    const workspace = await shareWorkspace();
    const invoice = await makeInvoice(workspace);
    await expect(
      db.$transaction(async (tx) => {
        await createShareLink(tx, {
          organizationId: workspace.organization.id,
          documentId: invoice.id,
          createdById: null,
        });
        throw new Error("rollback");
      }),
    ).rejects.toThrow("rollback");
    expect(await db.shareLink.count({ where: { documentId: invoice.id } })).toBe(0);
  });
});

describe("resolveShareLink", () => {
  it("opens a working link; unknown, guessed, altered, revoked, expired, disabled all give null", async () => {
    const workspace = await shareWorkspace();
    const invoice = await makeInvoice(workspace);
    const link = await linkFor(workspace, invoice.id);
    expect(await resolveShareLink(link.token)).toEqual({
      linkId: link.id,
      organizationId: workspace.organization.id,
      documentId: invoice.id,
      documentType: "INVOICE",
      expiresAt: null,
    });
    expect(await resolveShareLink(guessedToken())).toBeNull();
    expect(await resolveShareLink(oneCharChanged(link.token))).toBeNull();
    expect(await resolveShareLink("")).toBeNull();
    expect(await resolveShareLink("../../etc/passwd")).toBeNull();
    expect(await resolveShareLink(link.token.slice(0, 20))).toBeNull();

    const revoked = await linkFor(workspace, invoice.id);
    await revokeShareLink(workspace.member, revoked.id, testMeta());
    expect(await resolveShareLink(revoked.token)).toBeNull();

    const expired = await linkFor(workspace, invoice.id, { expiresAt: new Date(Date.now() - 1000) });
    expect(await resolveShareLink(expired.token)).toBeNull();

    // An expired quote's default link ends with it.
    const quote = await sentQuote(workspace.organization.id, workspace.client.id, {
      validUntil: addDays(calendarDate(), -1),
    });
    const lateLink = await linkFor(workspace, quote.id);
    expect(await resolveShareLink(lateLink.token)).toBeNull();

    await db.organization.update({ where: { id: workspace.organization.id }, data: { disabledAt: new Date() } });
    expect(await resolveShareLink(link.token)).toBeNull();
    await db.organization.update({ where: { id: workspace.organization.id }, data: { disabledAt: null } });
    expect(await resolveShareLink(link.token)).not.toBeNull();
  });

  it("every outcome is the same single SQL query (timing does not depend on the reason)", async () => {
    const workspace = await shareWorkspace();
    const invoice = await makeInvoice(workspace);
    const valid = await linkFor(workspace, invoice.id);
    const revoked = await linkFor(workspace, invoice.id);
    await revokeShareLink(workspace.member, revoked.id, testMeta());
    const expired = await linkFor(workspace, invoice.id, { expiresAt: new Date(Date.now() - 1000) });
    const operations: string[] = [];
    const counting = db.$extends({
      query: {
        async $allOperations({ operation, model, args, query }) {
          operations.push(model ? `${model}.${operation}` : operation);
          return query(args);
        },
      },
    });
    for (const token of [valid.token, revoked.token, expired.token, guessedToken(), "not a token"]) {
      operations.length = 0;
      await resolveShareLink(token, counting);
      // One raw statement: the link, its organization and its document in one indexed join.
      expect(operations).toEqual(["$queryRaw"]);
    }
  });
});

describe("managing links", () => {
  it("create (audited), list with views and sends, revoke, regenerate", async () => {
    const workspace = await shareWorkspace();
    const invoice = await makeInvoice(workspace);
    const created = await createShareLinkForMember(workspace.member, invoice.id, testMeta());
    expect(
      await db.auditLog.count({
        where: { action: "share_link.created", targetId: created.id, actorId: workspace.user.id },
      }),
    ).toBe(1);
    const resolved = (await resolveShareLink(created.token))!;
    await recordShareLinkView(resolved, "page", { ip: "203.0.113.9", userAgent: "Firefox" });
    await recordShareLinkView(resolved, "pdf", { ip: "203.0.113.9", userAgent: "Firefox" });
    const views = await db.shareLinkView.findMany({
      where: { shareLinkId: created.id },
      orderBy: { createdAt: "asc" },
    });
    expect(views.map((view) => [view.resource, view.ip, view.userAgent])).toEqual([
      ["page", "203.0.113.9", "Firefox"],
      ["pdf", "203.0.113.9", "Firefox"],
    ]);

    let rows = await listShareLinks(workspace.member, invoice.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      id: created.id,
      state: "active",
      createdByName: workspace.user.name,
      expiresAt: null,
      revokedAt: null,
      send: null,
      viewCount: 2,
      lastViewedAt: views[1]!.createdAt.toISOString(),
    });
    // Never the token or its hash.
    expect(JSON.stringify(rows)).not.toContain(created.token);
    expect(JSON.stringify(rows)).not.toContain(sha256(created.token));
    const activity = await getShareActivity(workspace.member, invoice.id);
    expect(activity.views).toEqual({
      count: 2,
      firstViewedAt: views[0]!.createdAt.toISOString(),
      lastViewedAt: views[1]!.createdAt.toISOString(),
    });
    expect(activity.response).toBeNull();

    const regenerated = await regenerateShareLink(workspace.member, created.id, testMeta());
    expect(regenerated.replacedId).toBe(created.id);
    expect(regenerated.token).not.toBe(created.token);
    expect(await resolveShareLink(created.token)).toBeNull();
    expect((await resolveShareLink(regenerated.token))?.linkId).toBe(regenerated.id);
    rows = await listShareLinks(workspace.member, invoice.id);
    expect(rows.map((row) => [row.id, row.state])).toEqual([
      [regenerated.id, "active"],
      [created.id, "revoked"],
    ]);

    await revokeShareLink(workspace.member, regenerated.id, testMeta());
    // Revoking twice changes nothing.
    const again = await revokeShareLink(workspace.member, regenerated.id, testMeta());
    expect(again.revokedAt).toEqual(
      (await db.shareLink.findUniqueOrThrow({ where: { id: regenerated.id } })).revokedAt,
    );
    expect(await resolveShareLink(regenerated.token)).toBeNull();
    expect(await db.auditLog.count({ where: { action: "share_link.revoked", targetId: regenerated.id } })).toBe(1);
    expect(await db.auditLog.count({ where: { action: "share_link.regenerated", targetId: regenerated.id } })).toBe(1);
  });

  it("a link made by a send says so", async () => {
    const workspace = await shareWorkspace();
    const invoice = await makeInvoice(workspace);
    const send = await db.documentSend.create({
      data: {
        organizationId: workspace.organization.id,
        documentId: invoice.id,
        kind: "SEND",
        recipients: ["client@example.test"],
        subject: "Facture",
      },
    });
    await createShareLink(db, {
      organizationId: workspace.organization.id,
      documentId: invoice.id,
      createdById: workspace.user.id,
      sendId: send.id,
    });
    const [row] = await listShareLinks(workspace.member, invoice.id);
    expect(row!.send).toEqual({
      kind: "SEND",
      sentAt: send.createdAt.toISOString(),
      recipients: ["client@example.test"],
    });
  });

  it("another organization's member can neither list, create, revoke nor regenerate (NOT_FOUND, nothing changed)", async () => {
    const owner = await shareWorkspace();
    const intruder = await shareWorkspace();
    const invoice = await makeInvoice(owner);
    const link = await linkFor(owner, invoice.id);
    const before = await db.shareLink.findMany({ where: { documentId: invoice.id }, orderBy: { id: "asc" } });
    await expectAppError(listShareLinks(intruder.member, invoice.id), "document_not_found");
    await expectAppError(getShareActivity(intruder.member, invoice.id), "document_not_found");
    await expectAppError(createShareLinkForMember(intruder.member, invoice.id, testMeta()), "share_link_not_found");
    await expectAppError(revokeShareLink(intruder.member, link.id, testMeta()), "share_link_not_found");
    await expectAppError(regenerateShareLink(intruder.member, link.id, testMeta()), "share_link_not_found");
    expect(await db.shareLink.findMany({ where: { documentId: invoice.id }, orderBy: { id: "asc" } })).toEqual(before);
    expect(await resolveShareLink(link.token)).not.toBeNull();
    expect(
      await db.auditLog.count({
        where: { organizationId: intruder.organization.id, action: { startsWith: "share_link." } },
      }),
    ).toBe(0);
  });

  it("an accountant lists links but cannot manage them", async () => {
    const workspace = await shareWorkspace();
    const invoice = await makeInvoice(workspace);
    const link = await linkFor(workspace, invoice.id);
    const { otherMember } = await import("../../support/issued-document-factories");
    const accountant = await otherMember(workspace.organization.id, "ACCOUNTANT", "documents.read");
    expect(await listShareLinks(accountant, invoice.id)).toHaveLength(1);
    await expectAppError(createShareLinkForMember(accountant, invoice.id, testMeta()), "forbidden");
    await expectAppError(revokeShareLink(accountant, link.id, testMeta()), "forbidden");
    await expectAppError(regenerateShareLink(accountant, link.id, testMeta()), "forbidden");
  });
});
