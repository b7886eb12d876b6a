import { can, manageableRoles, permissions, rolePermissions, type Permission } from "@/lib/auth/permissions";
import type { Role } from "@/lib/generated/prisma/enums";

// The expected table, written out in full: a change to lib/auth/permissions.ts must be
// mirrored here on purpose. O = OWNER, A = ADMIN, M = MEMBER, C = ACCOUNTANT.
const expected: Record<Permission, string> = {
  "organization.read": "OAMC",
  "organization.update": "OA",
  "members.read": "OAMC",
  "members.invite": "OA",
  "members.updateRole": "OA",
  "members.remove": "OA",
  "auditLog.read": "OAC",
  "clients.read": "OAMC",
  "clients.write": "OAM",
  "articles.read": "OAMC",
  "articles.write": "OAM",
  "documents.read": "OAMC",
  "documents.write": "OAM",
  "documents.issue": "OAM",
  "payments.write": "OAM",
  "exports.read": "OAC",
};

const letter: Record<Role, string> = { OWNER: "O", ADMIN: "A", MEMBER: "M", ACCOUNTANT: "C" };
const roles = Object.keys(letter) as Role[];

describe("role → permission table", () => {
  it("covers every permission", () => {
    expect(Object.keys(expected).sort()).toEqual([...permissions].sort());
  });

  const cases = permissions.flatMap((permission) =>
    roles.map((role) => [role, permission, expected[permission].includes(letter[role])] as const),
  );
  it.each(cases)("%s / %s → %s", (role, permission, allowed) => {
    expect(can(role, permission)).toBe(allowed);
  });

  it("gives the accountant no write permission at all", () => {
    const writes = [...rolePermissions.ACCOUNTANT].filter((permission) => !/\.(read)$/.test(permission));
    expect(writes).toEqual([]);
  });

  it("lets only owners hand out the owner role", () => {
    expect(manageableRoles("OWNER")).toContain("OWNER");
    expect(manageableRoles("ADMIN")).not.toContain("OWNER");
    expect(manageableRoles("MEMBER")).toEqual([]);
    expect(manageableRoles("ACCOUNTANT")).toEqual([]);
  });
});
