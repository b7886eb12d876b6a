import { db } from "@/lib/db/prisma";
import { listAccountDeletionBlockers, planAccountDeletion } from "@/lib/users/account-deletion-blockers";
import { deleteAccount } from "@/lib/users/delete-account";
import { TEST_PASSWORD, testMeta } from "../../support/factories";
import { addMember } from "../../support/member-factories";
import { appErrorOf, signedInAs } from "../../support/sessions";
import { documentWorkspace, makeDraft, makeIssuedInvoice } from "../../support/document-factories";

// Issued documents are kept ten years: an organization holding some is never deleted with
// its only member's account; the deletion is blocked until someone else takes it over.

describe("account deletion and documents to keep", () => {
  it("is blocked while the user is alone in an organization with issued documents", async () => {
    const { user, organization, member, client } = await documentWorkspace();
    await makeIssuedInvoice(member, client.id);
    await makeIssuedInvoice(member, client.id);
    await makeDraft(member, client.id);

    expect(await listAccountDeletionBlockers(user.id)).toEqual([
      {
        organizationId: organization.id,
        organizationName: organization.name,
        reason: "organization_has_documents",
        otherMembers: 0,
        keptDocuments: 2,
      },
    ]);
    expect((await planAccountDeletion(user.id)).deletedWithAccount).toEqual([]);
    const session = await signedInAs(user.id);
    const error = await appErrorOf(deleteAccount(session, { password: TEST_PASSWORD }, testMeta()));
    expect(error.code).toBe("account_deletion_blocked");
    expect(error.details.organizations).toEqual([organization.name]);
    expect(await db.organization.count({ where: { id: organization.id } })).toBe(1);
    expect(await db.user.count({ where: { id: user.id } })).toBe(1);
  });

  it("drafts alone do not block: the organization goes with the account", async () => {
    const { user, organization, member, client } = await documentWorkspace();
    await makeDraft(member, client.id);
    expect(await listAccountDeletionBlockers(user.id)).toEqual([]);
    const session = await signedInAs(user.id);
    await expect(deleteAccount(session, { password: TEST_PASSWORD }, testMeta())).resolves.toEqual({
      deletedOrganizationIds: [organization.id],
    });
    expect(await db.document.count({ where: { organizationId: organization.id } })).toBe(0);
  });

  it("once another owner has joined, the account can go and the organization keeps its documents", async () => {
    const { user, organization, member, client } = await documentWorkspace();
    const invoice = await makeIssuedInvoice(member, client.id);
    await addMember(organization.id, "OWNER");
    expect(await listAccountDeletionBlockers(user.id)).toEqual([]);
    const session = await signedInAs(user.id);
    await expect(deleteAccount(session, { password: TEST_PASSWORD }, testMeta())).resolves.toEqual({
      deletedOrganizationIds: [],
    });
    expect(await db.document.count({ where: { id: invoice.id } })).toBe(1);
  });
});
