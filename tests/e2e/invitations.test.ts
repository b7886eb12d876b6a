import { randomUUID } from "node:crypto";
import type { Browser, Page } from "playwright-core";
import { baseUrl, launchBrowser, mailboxFile, screenshot } from "./support/browser";
import { codeIn, linkIn, waitForEmail } from "./support/resend-stand-in";

const PASSWORD = "Solide-mot-de-passe-2026";

async function signUp(page: Page, email: string, organization: string) {
  await page.goto(`${baseUrl()}/signup`);
  await page.getByLabel("Votre nom").fill("Nora Owner");
  await page.getByLabel("Adresse e-mail professionnelle").fill(email);
  await page.getByLabel("Mot de passe", { exact: true }).fill(PASSWORD);
  await page.getByLabel("Nom de votre entreprise").fill(organization);
  await page.getByRole("button", { name: "Créer mon compte" }).click();
  await page.waitForURL("**/login/verify");
  await page.getByLabel("Code à 6 chiffres").fill(codeIn(await waitForEmail(mailboxFile(), email, 1)));
  await page.getByRole("button", { name: "Valider" }).click();
  await page.waitForURL("**/dashboard");
}

describe("inviting a second user (production build, real browser)", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("the owner invites by email; the invitee creates an account from the link and joins as MEMBER", async () => {
    const suffix = randomUUID().slice(0, 8);
    const ownerEmail = `owner-${suffix}@example.test`;
    const inviteeEmail = `invitee-${suffix}@example.test`;
    const organization = `Menuiserie ${suffix}`;

    const owner = await browser.newContext({ locale: "fr-FR" });
    const ownerPage = await owner.newPage();
    await signUp(ownerPage, ownerEmail, organization);
    await ownerPage.goto(`${baseUrl()}/settings/members`);
    const inviteSection = ownerPage.getByRole("region", { name: "Inviter quelqu'un" });
    await inviteSection.getByLabel("Adresse e-mail", { exact: true }).fill(inviteeEmail);
    await inviteSection.getByLabel("Rôle", { exact: true }).selectOption("MEMBER");
    await inviteSection.getByRole("button", { name: "Envoyer l'invitation" }).click();
    await ownerPage.getByText(`Invitation envoyée à ${inviteeEmail}.`).waitFor();
    await screenshot(ownerPage, "members-invited");

    const invitation = await waitForEmail(mailboxFile(), inviteeEmail, 1);
    const link = linkIn(invitation, "/invitations/");
    expect(new URL(link).origin).toBe(new URL(baseUrl()).origin);

    const invitee = await browser.newContext({ locale: "fr-FR" });
    const page = await invitee.newPage();
    await page.goto(link);
    await page.getByRole("heading", { name: `Rejoindre ${organization}` }).waitFor();
    await page.getByLabel("Votre nom").fill("Ines Invitee");
    await page.getByLabel("Mot de passe", { exact: true }).fill(PASSWORD);
    await page.getByRole("button", { name: "Créer mon compte et rejoindre" }).click();
    await page.waitForURL("**/login/verify");
    await page.getByLabel("Code à 6 chiffres").fill(codeIn(await waitForEmail(mailboxFile(), inviteeEmail, 2)));
    await page.getByRole("button", { name: "Valider" }).click();
    await page.waitForURL("**/dashboard");
    expect(await page.getByTestId("active-organization").first().textContent()).toBe(organization);

    await page.goto(`${baseUrl()}/organizations`);
    const row = page.getByRole("listitem").filter({ hasText: organization });
    await row.getByText("Votre rôle : Membre").waitFor();
    await screenshot(page, "invitee-organizations");

    // A MEMBER cannot manage members: the invite form is not offered.
    await page.goto(`${baseUrl()}/settings/members`);
    expect(await page.getByRole("button", { name: "Envoyer l'invitation" }).count()).toBe(0);

    // The owner now sees two members.
    await ownerPage.reload();
    const inviteeRow = ownerPage.getByRole("row").filter({ hasText: inviteeEmail });
    expect(await inviteeRow.getByRole("combobox").inputValue()).toBe("MEMBER");
    await owner.close();
    await invitee.close();
  });
});
