import { redirect } from "next/navigation";
import { isRedirectError } from "next/dist/client/components/redirect-error";
import { createGroupAction } from "@/app/(app)/clients/groups/actions";
import { actingMember, memberAction } from "@/app/_shared/member-action";
import type { SessionContext } from "@/lib/auth/sessions/session-context";
import { db } from "@/lib/db/prisma";
import { AppError } from "@/lib/errors/app-error";
import { createOrganization, createOrganizationWithMember } from "../../support/factories";
import { addMember, signedIn } from "../../support/member-factories";

// The one access step of the signed-in app's server actions (app/_shared/member-action.ts):
// the session's active organization and a permission, then the call, then errors → FormState.
// The session is a real one from the database; only Next's request context is replaced.

let currentSession: SessionContext | null = null;
jest.mock("@/app/_shared/session", () => ({
  getSession: async () => currentSession,
  getRequestMeta: async () => ({ ip: "10.0.0.1", userAgent: "jest" }),
}));
// revalidatePath needs a Next.js request; what it was asked to refresh is all that matters here.
jest.mock("next/cache", () => ({ revalidatePath: jest.fn() }));

const succeed = jest.fn(async () => ({ status: "success" as const }));

beforeEach(() => {
  currentSession = null;
  succeed.mockClear();
});

describe("memberAction", () => {
  it("without a session answers unauthenticated and never calls lib", async () => {
    expect(await memberAction("clients.write", succeed)).toEqual({
      status: "error",
      fieldErrors: undefined,
      formError: { code: "unauthenticated", params: {} },
      values: undefined,
    });
    expect(succeed).not.toHaveBeenCalled();
  });

  it("refuses a role without the permission, giving the typed values back", async () => {
    const { organization, user } = await createOrganizationWithMember("ACCOUNTANT");
    currentSession = await signedIn(user.id, organization.id);
    const state = await memberAction("clients.write", succeed, { values: { name: "Typed" } });
    expect(state).toMatchObject({ status: "error", formError: { code: "forbidden" }, values: { name: "Typed" } });
    expect(succeed).not.toHaveBeenCalled();
  });

  it("acts in the session's active organization, not another one the user belongs to", async () => {
    const { organization, user } = await createOrganizationWithMember("MEMBER");
    const other = await createOrganization();
    await db.membership.create({ data: { organizationId: other.id, userId: user.id, role: "OWNER" } });
    currentSession = await signedIn(user.id, organization.id);
    const member = await actingMember("clients.write");
    expect(member).toMatchObject({ organizationId: organization.id, userId: user.id, role: "MEMBER" });
    expect(await memberAction("clients.write", succeed)).toEqual({ status: "success" });
    expect(succeed).toHaveBeenCalledWith(member);
  });

  it("maps lib's AppError (field errors included) and hides an unexpected one", async () => {
    const { organization, user } = await createOrganizationWithMember("OWNER");
    currentSession = await signedIn(user.id, organization.id);
    const invalid = new AppError("VALIDATION", "invalid_input", "bad", { fieldErrors: { name: ["required"] } });
    const refused = await memberAction(
      "clients.write",
      async () => {
        throw invalid;
      },
      { values: { name: "" } },
    );
    expect(refused).toEqual({
      status: "error",
      fieldErrors: { name: ["required"] },
      formError: { code: "invalid_input", params: {} },
      values: { name: "" },
    });
    const crashed = await memberAction("clients.write", async () => {
      throw new Error("database is down");
    });
    expect(crashed).toEqual({ status: "error", formError: { code: "generic" }, values: undefined });
  });

  it("uses the action's own error mapping when it has one", async () => {
    const state = await memberAction("clients.write", succeed, {
      onError: (error) => ({ status: "error", formError: { code: `mapped:${(error as AppError).code}` } }),
    });
    expect(state).toEqual({ status: "error", formError: { code: "mapped:unauthenticated" } });
  });

  it("lets redirect() after a successful call through (it is Next's control flow, not an error)", async () => {
    const { organization, user } = await createOrganizationWithMember("OWNER");
    currentSession = await signedIn(user.id, organization.id);
    const thrown = await memberAction("clients.write", async () => redirect("/clients?notice=deleted")).then(
      () => null,
      (error: unknown) => error,
    );
    expect(isRedirectError(thrown)).toBe(true);
  });
});

describe("a real action through memberAction (createGroupAction)", () => {
  const form = (name: string) => {
    const data = new FormData();
    data.set("name", name);
    return data;
  };

  it("creates the group in the active organization for a member who may write clients", async () => {
    const { organization, user } = await createOrganizationWithMember("MEMBER");
    currentSession = await signedIn(user.id, organization.id);
    expect(await createGroupAction({ status: "idle" }, form("Grossistes"))).toEqual({ status: "success" });
    const groups = await db.clientGroup.findMany({ where: { organizationId: organization.id } });
    expect(groups.map((group) => group.name)).toEqual(["Grossistes"]);
  });

  it("refuses an accountant and writes nothing", async () => {
    const { organization } = await createOrganizationWithMember("OWNER");
    const { user } = await addMember(organization.id, "ACCOUNTANT");
    currentSession = await signedIn(user.id, organization.id);
    const state = await createGroupAction({ status: "idle" }, form("Grossistes"));
    expect(state).toMatchObject({ status: "error", formError: { code: "forbidden" }, values: { name: "Grossistes" } });
    expect(await db.clientGroup.count({ where: { organizationId: organization.id } })).toBe(0);
  });
});
