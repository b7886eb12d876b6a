import { db } from "@/lib/db/prisma";
import { Prisma } from "@/lib/generated/prisma/client";
import { addClient, addGroup, clientOrganization } from "../../support/client-factories";

// The schema's composite foreign keys, (organizationId, clientId) → Client and
// (organizationId, groupId) → ClientGroup, tested on the database itself: no application
// function is involved, so a bug in lib/ could never let such a row in.

async function clientOfAAndGroupOfB() {
  const a = await clientOrganization();
  const b = await clientOrganization();
  const aClient = await addClient(a.member);
  const aGroup = await addGroup(a.organization.id);
  const bGroup = await addGroup(b.organization.id);
  return { a, b, aClient, aGroup, bGroup };
}

/** The PostgreSQL SQLSTATE behind a Prisma error (the driver adapter keeps it in meta). */
function sqlState(error: unknown): string | undefined {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return undefined;
  const meta = error.meta as { driverAdapterError?: { cause?: { originalCode?: string } } } | undefined;
  return meta?.driverAdapterError?.cause?.originalCode;
}

describe("ClientGroupMember composite foreign keys (database constraint)", () => {
  it("refuses, through Prisma, a link between a client of A and a group of B, whichever organization it names", async () => {
    const { a, b, aClient, bGroup } = await clientOfAAndGroupOfB();
    for (const organizationId of [a.organization.id, b.organization.id]) {
      const error = await db.clientGroupMember
        .create({ data: { organizationId, clientId: aClient.id, groupId: bGroup.id } })
        .catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(Prisma.PrismaClientKnownRequestError);
      expect((error as Prisma.PrismaClientKnownRequestError).code).toBe("P2003");
    }
    expect(await db.clientGroupMember.count({ where: { clientId: aClient.id } })).toBe(0);
  });

  it("refuses the same link in raw SQL (foreign_key_violation, 23503)", async () => {
    const { a, aClient, bGroup } = await clientOfAAndGroupOfB();
    const error =
      await db.$executeRaw`INSERT INTO "ClientGroupMember" ("organizationId", "clientId", "groupId") VALUES (${a.organization.id}, ${aClient.id}, ${bGroup.id})`.catch(
        (caught: unknown) => caught,
      );
    // Raw statements fail as P2010 ("raw query failed") carrying PostgreSQL's own code.
    expect(error).toBeInstanceOf(Prisma.PrismaClientKnownRequestError);
    expect(sqlState(error)).toBe("23503");
    const [row] = await db.$queryRaw<{ count: bigint }[]>`
      SELECT count(*) AS count FROM "ClientGroupMember" WHERE "clientId" = ${aClient.id}`;
    expect(Number(row?.count)).toBe(0);
  });

  it("accepts a link inside one organization (the constraint is not simply refusing everything)", async () => {
    const { a, aClient, aGroup } = await clientOfAAndGroupOfB();
    await db.clientGroupMember.create({
      data: { organizationId: a.organization.id, clientId: aClient.id, groupId: aGroup.id },
    });
    expect(await db.clientGroupMember.count({ where: { clientId: aClient.id } })).toBe(1);
  });
});
