import { db } from "@/lib/db/prisma";
import { getProfile } from "@/lib/users/get-profile";
import { updateProfile } from "@/lib/users/update-profile";
import { createUser, testMeta } from "../../support/factories";
import { appErrorOf, signedInAs } from "../../support/sessions";

describe("profile", () => {
  it("updates the name and the language, and records what changed", async () => {
    const user = await createUser({ locale: "fr" });
    const session = await signedInAs(user.id);
    await expect(updateProfile(session, { name: "  Jeanne Dupuis ", locale: "en" }, testMeta())).resolves.toEqual({
      name: "Jeanne Dupuis",
      locale: "en",
    });
    const profile = await getProfile(user.id);
    expect(profile).toMatchObject({ name: "Jeanne Dupuis", locale: "en", email: user.email });
    expect(JSON.stringify(profile)).not.toContain("argon2");
    const audit = await db.auditLog.findFirstOrThrow({ where: { actorId: user.id, action: "user.profile_updated" } });
    expect(audit.metadata).toEqual({ changed: ["name", "locale"] });
  });

  it.each([
    ["name", "required", { name: "   " }],
    ["name", "required", { name: undefined }],
    ["name", "too_long", { name: "n".repeat(10_000) }],
    ["locale", "locale_invalid", { locale: "de" }],
    ["locale", "locale_invalid", { locale: undefined }],
  ])("bad %s (%s) → field error, nothing written", async (field, message, override) => {
    const user = await createUser();
    const session = await signedInAs(user.id);
    const error = await appErrorOf(
      updateProfile(session, { name: "Valid Name", locale: "fr", ...override }, testMeta()),
    );
    expect(error.details.fieldErrors?.[field]).toContain(message);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).name).toBe(user.name);
  });
});
