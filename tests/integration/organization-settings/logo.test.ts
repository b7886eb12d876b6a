import { createHash } from "node:crypto";
import sharp from "sharp";
import { db } from "@/lib/db/prisma";
import { getOrganizationLogo } from "@/lib/organization-settings/get-organization-logo";
import { getOrganizationSettings } from "@/lib/organization-settings/get-organization-settings";
import { removeLogo } from "@/lib/organization-settings/remove-logo";
import { uploadLogo } from "@/lib/organization-settings/upload-logo";
import { createOrganizationWithMember, testMeta } from "../../support/factories";
import { actingAs, addMember, expectAppError } from "../../support/member-factories";
import { jpegOf, pngOf, settingsSnapshot, svgOf } from "./settings-fixtures";

async function owner() {
  const { organization, user } = await createOrganizationWithMember("OWNER");
  return { organization, user, ctx: await actingAs(user.id, organization.id, "organization.update") };
}

async function storedLogo(organizationId: string) {
  const settings = await db.organizationSettings.findUniqueOrThrow({
    where: { organizationId },
    include: { logo: true },
  });
  if (!settings.logo?.data) throw new Error("no logo stored");
  return { file: settings.logo, meta: await sharp(settings.logo.data).metadata() };
}

describe("logo upload", () => {
  it("normalizes a large PNG to a PNG within 600×300, keeping the aspect ratio, with size and sha256", async () => {
    const { organization, user, ctx } = await owner();
    const view = await uploadLogo(
      ctx,
      { data: await pngOf(1200, 400), fileName: "logo.png", declaredType: "image/png" },
      testMeta(),
    );
    const { file, meta } = await storedLogo(organization.id);
    expect(meta).toMatchObject({ format: "png", width: 600, height: 200 });
    expect(file).toMatchObject({ contentType: "image/png", width: 600, height: 200, purpose: "logo" });
    expect(file.byteSize).toBe(file.data!.byteLength);
    expect(file.sha256).toBe(createHash("sha256").update(file.data!).digest("hex"));
    expect(view).toEqual({ version: file.sha256.slice(0, 16), width: 600, height: 200, byteSize: file.byteSize });
    expect((await getOrganizationSettings(ctx)).logo).toEqual(view);
    const audit = await db.auditLog.findFirstOrThrow({
      where: { organizationId: organization.id, action: "organization.logo_updated" },
    });
    expect(audit).toMatchObject({ actorId: user.id, targetId: file.id });
  });

  it("converts a JPEG (tall) to a PNG within 600×300, and never enlarges a small image", async () => {
    const { organization, ctx } = await owner();
    await uploadLogo(
      ctx,
      { data: await jpegOf(500, 1000), fileName: "photo.jpg", declaredType: "image/jpeg" },
      testMeta(),
    );
    expect((await storedLogo(organization.id)).meta).toMatchObject({ format: "png", width: 150, height: 300 });
    await uploadLogo(ctx, { data: await pngOf(120, 40) }, testMeta());
    expect((await storedLogo(organization.id)).meta).toMatchObject({ format: "png", width: 120, height: 40 });
  });

  it("rasterizes an SVG to fill the box (sharp, not upscaled from 72 dpi)", async () => {
    const { organization, ctx } = await owner();
    await uploadLogo(ctx, { data: svgOf(), fileName: "logo.svg", declaredType: "image/svg+xml" }, testMeta());
    const { file, meta } = await storedLogo(organization.id);
    expect(file.contentType).toBe("image/png");
    expect(meta.format).toBe("png");
    expect(meta.width).toBeLessThanOrEqual(600);
    expect(meta.height).toBeLessThanOrEqual(300);
    expect(meta.width).toBeGreaterThanOrEqual(590);
  });

  it("replaces the previous logo and deletes its file", async () => {
    const { organization, ctx } = await owner();
    await uploadLogo(ctx, { data: await pngOf(300, 100) }, testMeta());
    const first = (await storedLogo(organization.id)).file.id;
    await uploadLogo(ctx, { data: await jpegOf(200, 200) }, testMeta());
    const second = (await storedLogo(organization.id)).file.id;
    expect(second).not.toBe(first);
    expect(await db.storedFile.findUnique({ where: { id: first } })).toBeNull();
    expect(await db.storedFile.count({ where: { organizationId: organization.id } })).toBe(1);
  });

  it("removes the logo and its file; removing again is a no-op", async () => {
    const { organization, ctx } = await owner();
    await uploadLogo(ctx, { data: await pngOf(300, 100) }, testMeta());
    expect(await removeLogo(ctx, testMeta())).toBe(true);
    expect(await db.storedFile.count({ where: { organizationId: organization.id } })).toBe(0);
    expect((await getOrganizationSettings(ctx)).logo).toBeNull();
    expect(await getOrganizationLogo(ctx)).toBeNull();
    expect(await removeLogo(ctx, testMeta())).toBe(false);
    expect(
      await db.auditLog.count({ where: { organizationId: organization.id, action: "organization.logo_removed" } }),
    ).toBe(1);
  });

  describe("refused files: a field message, and nothing stored or replaced", () => {
    const svgWith = (body: string) => svgOf(body);
    it.each([
      [
        "a PNG renamed .svg",
        async () => ({ data: await pngOf(100, 50), fileName: "logo.svg", declaredType: "image/svg+xml" }),
        "logo_type_mismatch",
      ],
      [
        "a JPEG declared as PNG",
        async () => ({ data: await jpegOf(100, 50), fileName: "logo.png", declaredType: "image/png" }),
        "logo_type_mismatch",
      ],
      [
        "a text file named .png",
        async () => ({
          data: new TextEncoder().encode("just some text, not an image\n"),
          fileName: "logo.png",
          declaredType: "image/png",
        }),
        "logo_type",
      ],
      [
        "a GIF",
        async () => ({
          data: await sharp({ create: { width: 10, height: 10, channels: 3, background: "red" } })
            .gif()
            .toBuffer(),
          fileName: "logo.gif",
        }),
        "logo_type",
      ],
      [
        "a 1.1 MB file",
        async () => {
          const data = new Uint8Array(1_100_000);
          data.set(await pngOf(10, 10));
          return { data, fileName: "big.png", declaredType: "image/png" };
        },
        "logo_too_large",
      ],
      ["an empty file", async () => ({ data: new Uint8Array(0), fileName: "logo.png" }), "logo_required"],
      [
        "a truncated PNG",
        async () => ({ data: (await pngOf(400, 200)).slice(0, 60), fileName: "logo.png" }),
        "logo_corrupt",
      ],
      [
        "an SVG with <script>",
        async () => ({
          data: svgWith('<script>alert(1)</script><rect width="10" height="10"/>'),
          fileName: "logo.svg",
        }),
        "logo_svg_unsafe",
      ],
      [
        "an SVG with an event handler",
        async () => ({ data: svgWith('<rect width="10" height="10" onload="alert(1)"/>') }),
        "logo_svg_unsafe",
      ],
      [
        "an SVG with an external image",
        async () => ({ data: svgWith('<image href="https://evil.example/x.png" width="10" height="10"/>') }),
        "logo_svg_unsafe",
      ],
      [
        "an SVG with an external xlink:href",
        async () => ({ data: svgWith('<use xlink:href="http://evil.example/a.svg#x"/>') }),
        "logo_svg_unsafe",
      ],
      [
        "an SVG with a CSS url()",
        async () => ({ data: svgWith("<style>rect { fill: url(https://evil.example/f); }</style>") }),
        "logo_svg_unsafe",
      ],
      [
        "an SVG with an entity-encoded url()",
        async () => ({ data: svgWith('<rect style="fill: &#117;rl(https://evil.example/f)"/>') }),
        "logo_svg_unsafe",
      ],
      [
        "an SVG with a DOCTYPE (XXE)",
        async () => ({
          data: new TextEncoder().encode(
            '<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]><svg xmlns="http://www.w3.org/2000/svg">&x;</svg>',
          ),
        }),
        "logo_svg_unsafe",
      ],
      [
        "an SVG with foreignObject",
        async () => ({ data: svgWith("<foreignObject><div>hi</div></foreignObject>") }),
        "logo_svg_unsafe",
      ],
      [
        "malformed SVG",
        async () => ({ data: new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"><rect></svg>') }),
        "logo_corrupt",
      ],
      [
        "XML that is not SVG",
        async () => ({
          data: new TextEncoder().encode('<?xml version="1.0"?><html><body/></html>'),
          fileName: "logo.svg",
        }),
        "logo_type",
      ],
    ])("%s", async (_label, makeUpload, code) => {
      const { organization, ctx } = await owner();
      await uploadLogo(ctx, { data: await pngOf(300, 100) }, testMeta());
      const before = await settingsSnapshot(organization.id);
      const error = await expectAppError(uploadLogo(ctx, await makeUpload(), testMeta()), code);
      expect(error.details.fieldErrors).toEqual({ logo: [code] });
      expect(await settingsSnapshot(organization.id)).toEqual(before);
    });
  });

  it.each(["MEMBER", "ACCOUNTANT"] as const)("%s cannot upload or remove, but can read the logo", async (role) => {
    const { organization, ctx: ownerCtx } = await owner();
    await uploadLogo(ownerCtx, { data: await pngOf(300, 100) }, testMeta());
    const { user } = await addMember(organization.id, role);
    const ctx = await actingAs(user.id, organization.id, "organization.read");
    const before = await settingsSnapshot(organization.id);
    await expectAppError(uploadLogo(ctx, { data: await pngOf(50, 50) }, testMeta()), "forbidden");
    await expectAppError(removeLogo(ctx, testMeta()), "forbidden");
    expect(await settingsSnapshot(organization.id)).toEqual(before);
    expect((await getOrganizationLogo(ctx))?.contentType).toBe("image/png");
  });
});
