import { listOrganizations } from "@/lib/admin/list-organizations";
import { listUsers } from "@/lib/admin/list-users";
import { db } from "@/lib/db/prisma";
import { PAGE_SIZE } from "@/lib/lists/list-query";
import { createOrganization, createUser, uniqueSuffix } from "../../support/factories";
import { signedInAs } from "../../support/sessions";

async function adminSession() {
  return signedInAs((await createUser({ isPlatformAdmin: true })).id);
}

describe("admin lists", () => {
  it("searches users by name or email, case-insensitively, and pages them 25 at a time in a stable order", async () => {
    const admin = await adminSession();
    const tag = `Zebra${uniqueSuffix()}`;
    // 30 matches, several created in the same millisecond: the id must break ties.
    const createdAt = new Date("2026-01-01T00:00:00Z");
    const ids: string[] = [];
    for (let i = 0; i < 30; i++) {
      const user = await db.user.create({
        data: {
          name: i % 2 === 0 ? `${tag} Person ${i}` : `Someone ${i}`,
          email: i % 2 === 0 ? `p${i}-${uniqueSuffix()}@example.test` : `${tag.toLowerCase()}-${i}@example.test`,
          createdAt: new Date(createdAt.getTime() + Math.floor(i / 3) * 1000),
        },
      });
      ids.push(user.id);
    }
    const first = await listUsers(admin, { q: tag.toUpperCase(), page: "1" });
    expect(first).toMatchObject({ total: 30, page: 1, pageCount: 2, pageSize: PAGE_SIZE });
    expect(first.items).toHaveLength(25);
    const second = await listUsers(admin, { q: `  ${tag.toLowerCase()}  `, page: "2" });
    expect(second.items).toHaveLength(5);
    const seen = [...first.items, ...second.items].map((user) => user.id);
    expect(new Set(seen).size).toBe(30);
    expect(new Set(seen)).toEqual(new Set(ids));
    // Newest first.
    const times = [...first.items, ...second.items].map((user) => user.createdAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
    // Same query, same pages.
    expect((await listUsers(admin, { q: tag, page: "1" })).items.map((u) => u.id)).toEqual(
      first.items.map((u) => u.id),
    );
    expect(JSON.stringify(first)).not.toMatch(/passwordHash|argon2/);
  });

  it("falls back on bad paging input and clamps past the last page", async () => {
    const admin = await adminSession();
    const user = await createUser({ name: `Solo ${uniqueSuffix()}` });
    for (const page of ["0", "-3", "abc", undefined, "1.5", "99999999999"]) {
      const result = await listUsers(admin, { q: user.email, page });
      expect(result.items.map((u) => u.id)).toEqual([user.id]);
      expect(result.page).toBe(1);
    }
    const none = await listUsers(admin, { q: `no-such-${uniqueSuffix()}` });
    expect(none).toMatchObject({ items: [], total: 0, page: 1, pageCount: 1 });
    // An absurd query falls back to no search rather than failing the page.
    const long = await listUsers(admin, { q: "x".repeat(10_000) });
    expect(long.query.q).toBe("");
    // Past the last page: the last page is shown, not an empty one.
    const past = await listUsers(admin, { q: user.email, page: "7" });
    expect([past.page, past.items.length]).toEqual([1, 1]);
  });

  it("lists organizations with member counts and disabled state, searched by name", async () => {
    const admin = await adminSession();
    const tag = `Quokka${uniqueSuffix()}`;
    const busy = await createOrganization({ name: `${tag} Busy SARL` });
    const quiet = await createOrganization({ name: `${tag.toLowerCase()} quiet` });
    await createOrganization({ name: `Unrelated ${uniqueSuffix()}` });
    for (let i = 0; i < 3; i++) {
      const member = await createUser();
      await db.membership.create({ data: { organizationId: busy.id, userId: member.id, role: "MEMBER" } });
    }
    await db.organization.update({ where: { id: quiet.id }, data: { disabledAt: new Date() } });
    const result = await listOrganizations(admin, { q: tag.toUpperCase() });
    expect(result.total).toBe(2);
    expect(result.items.map((o) => [o.id, o.memberCount, o.disabledAt !== null])).toEqual([
      [quiet.id, 0, true],
      [busy.id, 3, false],
    ]);
  });

  it("pages organizations 25 at a time", async () => {
    const admin = await adminSession();
    const tag = `Pangolin${uniqueSuffix()}`;
    for (let i = 0; i < 26; i++) await createOrganization({ name: `${tag} ${i}` });
    const first = await listOrganizations(admin, { q: tag, page: "1" });
    const second = await listOrganizations(admin, { q: tag, page: "2" });
    expect([first.items.length, second.items.length, first.pageCount]).toEqual([25, 1, 2]);
    expect(first.items.map((o) => o.id)).not.toContain(second.items[0]!.id);
  });

  it("sorts on request, with bad sort parameters falling back to newest first", async () => {
    const admin = await adminSession();
    const tag = `Sorted${uniqueSuffix()}`;
    const [b, a, c] = [
      await createOrganization({ name: `${tag} B` }),
      await createOrganization({ name: `${tag} A` }),
      await createOrganization({ name: `${tag} C` }),
    ];
    for (let i = 0; i < 2; i++) {
      const member = await createUser();
      await db.membership.create({ data: { organizationId: c.id, userId: member.id, role: "MEMBER" } });
    }
    const ids = async (params: Record<string, string>) =>
      (await listOrganizations(admin, { q: tag, ...params })).items.map((o) => o.id);
    expect(await ids({ sort: "name", dir: "asc" })).toEqual([a.id, b.id, c.id]);
    expect(await ids({ sort: "members", dir: "desc" })).toEqual([c.id, ...[a.id, b.id].sort().reverse()]);
    expect(await ids({ sort: "passwordHash", dir: "sideways" })).toEqual([c.id, a.id, b.id]);
  });
});
