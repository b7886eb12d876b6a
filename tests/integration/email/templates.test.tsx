import { emailMessages } from "@/lib/email/messages";
import type { RenderedEmail } from "@/lib/email/render-email";
import { invitationEmail } from "@/lib/email/templates/invitation";
import { loginCodeEmail } from "@/lib/email/templates/login-code";
import { passwordResetEmail } from "@/lib/email/templates/password-reset";
import type { Locale } from "@/lib/i18n/locales";

// Real rendering through @react-email/render. It lives in the integration project although it
// needs no database: the renderer loads react-dom/server with a dynamic import(), which jest
// only runs with --experimental-vm-modules (on here, off in the unit project).

const locales: Locale[] = ["fr", "en"];
// A query string with "&" checks that the text version carries the link unescaped.
const resetUrl = "https://app.facturo.test/reset-password?token=abc123XYZ&from=email";
const inviteUrl = "https://app.facturo.test/invitations/inv_42?token=tok-987";

function expectClean(email: RenderedEmail) {
  for (const part of [email.subject, email.html, email.text]) {
    expect(part).not.toMatch(/undefined|\bnull\b|NaN|\[object Object\]/);
  }
  expect(email.text).not.toMatch(/<[a-z][^>]*>/i);
}

describe.each(locales)("email templates in %s", (locale) => {
  const t = emailMessages(locale);

  it.each(["LOGIN", "SIGNUP", "EMAIL_CHANGE"] as const)(
    "login code (%s) shows the code and its expiry",
    async (purpose) => {
      const email = await loginCodeEmail({ locale, code: "042917", purpose, expiresInMinutes: 10 });

      expect(email.template).toBe("login-code");
      expect(email.subject).toBe(t.loginCode.subject[purpose]);
      expect(email.html).toContain("042917");
      expect(email.text).toContain("042917");
      expect(email.text).toContain(t.loginCode.expires(10));
      expect(email.text).toContain(t.loginCode.notYou);
      expect(email.text).toContain(t.loginCode.footerReason);
      expect(email.html).toContain(`lang="${locale}"`);
      expectClean(email);
    },
  );

  it("password reset carries the link in both versions", async () => {
    const email = await passwordResetEmail({ locale, url: resetUrl, expiresInMinutes: 60 });

    expect(email.template).toBe("password-reset");
    expect(email.subject).toBe(t.passwordReset.subject);
    expect(email.html).toContain(`href="${resetUrl.replace("&", "&amp;")}"`);
    expect(email.text).toContain(resetUrl);
    expect(email.text).toContain(t.passwordReset.expires(60));
    expect(email.text).toContain(t.passwordReset.footerReason);
    expectClean(email);
  });

  it("invitation names the organization, the inviter and the role, with the link", async () => {
    const email = await invitationEmail({
      locale,
      organizationName: "Atelier Démo SARL",
      inviterName: "Camille Martin",
      roleLabel: locale === "fr" ? "Comptable" : "Accountant",
      url: inviteUrl,
      expiresInDays: 7,
    });

    expect(email.template).toBe("invitation");
    expect(email.subject).toBe(t.invitation.subject("Atelier Démo SARL"));
    expect(email.html).toContain(`href="${inviteUrl}"`);
    expect(email.text).toContain(inviteUrl);
    expect(email.text).toContain("Camille Martin");
    expect(email.text).toContain(locale === "fr" ? "Comptable" : "Accountant");
    expect(email.text).toContain(t.invitation.expires(7));
    expectClean(email);
  });
});

describe("email templates", () => {
  it("have French and English subjects that differ", async () => {
    const [fr, en] = await Promise.all(
      locales.map((locale) => loginCodeEmail({ locale, code: "123456", purpose: "LOGIN", expiresInMinutes: 10 })),
    );
    expect(fr!.subject).not.toBe(en!.subject);
    expect(fr!.text).toContain("10 minutes");
  });

  it("escape names in the HTML version", async () => {
    const email = await invitationEmail({
      locale: "fr",
      organizationName: '<script>alert("x")</script>',
      inviterName: "Eve",
      roleLabel: "Lecteur",
      url: inviteUrl,
      expiresInDays: 1,
    });
    expect(email.html).not.toContain("<script>");
    expect(email.text).toContain("1 jour.");
  });

  it("refuse a malformed code or link rather than mail it", async () => {
    await expect(
      loginCodeEmail({ locale: "fr", code: "12345", purpose: "LOGIN", expiresInMinutes: 10 }),
    ).rejects.toThrow(/6 digits/);
    await expect(passwordResetEmail({ locale: "fr", url: "/reset?token=x", expiresInMinutes: 60 })).rejects.toThrow(
      /absolute URL/,
    );
    await expect(
      invitationEmail({
        locale: "en",
        organizationName: "Org",
        inviterName: "Eve",
        roleLabel: "Owner",
        url: "javascript:alert(1)",
        expiresInDays: 7,
      }),
    ).rejects.toThrow(/http/);
  });
});
