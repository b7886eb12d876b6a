import { db } from "@/lib/db/prisma";
import { fecFileName } from "@/lib/exports/fec/fec-file-name";
import { documentWorkspace } from "../../support/document-factories";
import { expectAppError } from "../../support/member-factories";

// The name the FEC page announces before the download: the acting organization's SIREN and the
// closing date, never another organization's; null (the page asks for the SIREN) without one.

const period = { from: "2025-07-01", to: "2026-06-30" };

it("names the file after the acting organization's SIREN and the closing date", async () => {
  const mine = await documentWorkspace();
  const theirs = await documentWorkspace();
  await db.organizationSettings.update({
    where: { organizationId: mine.organization.id },
    data: { siren: "552120222" },
  });
  await db.organizationSettings.update({
    where: { organizationId: theirs.organization.id },
    data: { siren: "732829320" },
  });
  expect(await fecFileName(mine.member, period)).toBe("552120222FEC20260630.txt");
  expect(await fecFileName(theirs.member, period)).toBe("732829320FEC20260630.txt");

  await db.organizationSettings.update({ where: { organizationId: mine.organization.id }, data: { siren: null } });
  expect(await fecFileName(mine.member, period)).toBeNull();
  await expectAppError(fecFileName({ ...mine.member, role: "MEMBER" }, period), "forbidden");
});
