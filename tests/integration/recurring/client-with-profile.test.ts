import { db } from "@/lib/db/prisma";
import { deleteClient } from "@/lib/clients/delete-client";
import { actingAs, expectAppError } from "../../support/member-factories";
import { documentWorkspace } from "../../support/document-factories";
import { testMeta } from "../../support/factories";
import { makeProfile } from "./recurring-fixtures";

// A client named by a recurring profile (and no document yet) is in use: deleting it is the
// clear "client_in_use" (archive it instead), not the database's foreign key failing.

it("refuses to delete a client a recurring profile bills, and keeps both", async () => {
  const { member, client, organization, user } = await documentWorkspace();
  const profile = await makeProfile(member, client.id);
  const writer = await actingAs(user.id, organization.id, "clients.write");
  await expectAppError(deleteClient(writer, client.id, testMeta()), "client_in_use");
  expect(await db.client.count({ where: { id: client.id } })).toBe(1);
  expect(await db.recurringProfile.count({ where: { id: profile.id } })).toBe(1);
});
