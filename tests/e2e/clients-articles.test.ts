import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import type { Browser, Page } from "playwright-core";
import sharp from "sharp";
import { baseUrl, launchBrowser, mailboxFile, screenshot } from "./support/browser";
import { codeIn, waitForEmail } from "./support/resend-stand-in";

const PASSWORD = "Solide-mot-de-passe-2026";

async function signUp(page: Page, email: string, organization: string) {
  await page.goto(`${baseUrl()}/signup`);
  await page.getByLabel("Votre nom").fill("Olivia Owner");
  await page.getByLabel("Adresse e-mail professionnelle").fill(email);
  await page.getByLabel("Mot de passe", { exact: true }).fill(PASSWORD);
  await page.getByLabel("Nom de votre entreprise").fill(organization);
  await page.getByRole("button", { name: "Créer mon compte" }).click();
  await page.waitForURL("**/login/verify");
  await page.getByLabel("Code à 6 chiffres").fill(codeIn(await waitForEmail(mailboxFile(), email, 1)));
  await page.getByRole("button", { name: "Valider" }).click();
  await page.waitForURL("**/dashboard");
}

/** A toast (sonner) with exactly this text. */
function toast(page: Page, text: string) {
  return page.getByRole("listitem").filter({ hasText: text }).first();
}

/** A small logo made here: a 240 × 120 blue rectangle with a white disc, as PNG bytes. */
async function logoPng(): Promise<Buffer> {
  const disc = Buffer.from(
    '<svg xmlns="http://www.w3.org/2000/svg" width="240" height="120"><circle cx="60" cy="60" r="40" fill="#fff"/></svg>',
  );
  return sharp({ create: { width: 240, height: 120, channels: 4, background: "#1d4ed8" } })
    .composite([{ input: disc }])
    .png()
    .toBuffer();
}

describe("organization settings, clients with groups, articles, clients CSV (production build, real browser)", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("a new owner fills in the organization, creates a client, a group and an article, imports and exports clients", async () => {
    const suffix = randomUUID().slice(0, 8);
    const email = `owner-${suffix}@example.test`;
    const organization = `Ébénisterie ${suffix}`;
    const context = await browser.newContext({ locale: "fr-FR", viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await signUp(page, email, organization);

    // 1. The organization's legal identity, then a logo.
    await page.goto(`${baseUrl()}/settings/organization`);
    await page.getByRole("heading", { level: 1, name: "Paramètres de l'organisation" }).waitFor();
    const identity = page.getByRole("group", { name: "Identité" });
    await identity.getByLabel("Raison sociale ou nom *").fill(`${organization} SAS`);
    await identity.getByLabel("Forme juridique").selectOption("SAS");
    await identity.getByLabel("Capital social (€) *").fill("10 000");
    await identity.getByLabel("E-mail de contact").fill(email);
    const address = page.getByRole("group", { name: "Adresse du siège" });
    await address.getByLabel("Adresse *").fill("12 rue des Artisans");
    await address.getByLabel("Code postal *").fill("69003");
    await address.getByLabel("Ville *").fill("Lyon");
    const registration = page.getByRole("group", { name: "Immatriculation" });
    // A wrong check digit is caught in the browser as soon as the field is left.
    const siren = registration.getByLabel("SIREN", { exact: true });
    await siren.fill("732829321");
    await siren.blur();
    await registration.getByText("SIREN invalide : 9 chiffres dont le dernier est une clé de contrôle.").waitFor();
    expect(await siren.getAttribute("aria-invalid")).toBe("true");
    await siren.fill("732 829 320");
    await registration.getByLabel("Ville du greffe (RCS)").fill("Lyon");
    const vat = page.getByRole("group", { name: "TVA" });
    await vat.getByRole("button", { name: "Calculer depuis le SIREN" }).click();
    await vat.getByText("Numéro de TVA calculé : FR44732829320.").waitFor();
    expect(await vat.getByLabel("Numéro de TVA intracommunautaire").inputValue()).toBe("FR44732829320");
    await page.getByRole("button", { name: "Enregistrer les paramètres" }).click();
    await toast(page, "Paramètres enregistrés.").waitFor();
    // The saved, normalized values come back into the form (selects included: React resets the
    // form after the action).
    expect(await siren.inputValue()).toBe("732829320");
    expect(await identity.getByLabel("Forme juridique").inputValue()).toBe("SAS");
    expect(await siren.getAttribute("aria-invalid")).toBeNull();
    await screenshot(page, "clients-articles-01-settings-saved");
    await page.reload();
    expect(await page.getByLabel("Raison sociale ou nom *").inputValue()).toBe(`${organization} SAS`);
    expect(await page.getByLabel("Capital social (€) *").inputValue()).toBe("10000");
    expect(await page.getByText("Ces paramètres n'ont jamais été enregistrés").count()).toBe(0);

    const logo = page.getByRole("region", { name: "Logo" });
    await logo.getByText("Aucun logo pour l'instant.").waitFor();
    await logo.getByLabel("Fichier du logo").setInputFiles({
      name: "logo.png",
      mimeType: "image/png",
      buffer: await logoPng(),
    });
    await logo.getByRole("button", { name: "Enregistrer ce logo" }).click();
    await toast(page, "Logo enregistré.").waitFor();
    const preview = logo.getByRole("img", { name: `Logo de ${organization}` });
    await preview.waitFor();
    await logo.getByText("240 × 120 pixels").waitFor();
    // The browser really loaded the image from the members-only route.
    await page.waitForFunction(
      (img) => img instanceof HTMLImageElement && img.complete && img.naturalWidth === 240,
      await preview.elementHandle(),
    );
    expect(await preview.getAttribute("src")).toMatch(/^\/api\/organizations\/logo\?v=/);
    await screenshot(page, "clients-articles-02-logo");

    // 2. A company client through the form.
    const clientName = `Boulangerie Dupain ${suffix}`;
    await page.goto(`${baseUrl()}/clients`);
    await page.getByRole("heading", { name: "Aucun client pour l'instant" }).waitFor();
    await page.getByRole("link", { name: "Nouveau client" }).first().click();
    await page.waitForURL("**/clients/new");
    expect(await page.getByRole("radio", { name: /Entreprise/ }).isChecked()).toBe(true);
    await page.getByLabel("Raison sociale").fill(clientName);
    await page.getByLabel("SIREN (9 chiffres) (facultatif)").fill("732829320");
    const billing = page.getByRole("group", { name: "Adresse de facturation" });
    await billing.getByLabel("Adresse", { exact: true }).fill("3 place du Marché");
    await billing.getByLabel("Code postal").fill("75011");
    await billing.getByLabel("Ville").fill("Paris");
    await page.getByLabel("E-mail 1", { exact: true }).fill(`compta-${suffix}@dupain.example`);
    await page.getByRole("button", { name: "Ajouter un e-mail" }).click();
    await page.getByLabel("E-mail 2", { exact: true }).fill(`direction-${suffix}@dupain.example`);
    await page.getByLabel("Délai de paiement (jours)").fill("45");
    await screenshot(page, "clients-articles-03-client-form");
    await page.getByRole("button", { name: "Créer le client" }).click();
    await page.getByRole("heading", { level: 1, name: clientName }).waitFor();
    await toast(page, "Client créé.").waitFor();
    const clientUrl = page.url().replace(/\?.*$/, "");
    expect(new URL(clientUrl).pathname).toMatch(/^\/clients\/[^/]+$/);
    const identitySection = page.getByRole("region", { name: "Identité" });
    await identitySection.getByText("732829320").waitFor();
    await page.getByRole("region", { name: "Contacts" }).getByText(`direction-${suffix}@dupain.example`).waitFor();
    await page.getByRole("region", { name: "Conditions" }).getByText("45 jours").waitFor();
    await page.getByRole("region", { name: "Groupes" }).getByText("Aucun groupe n'existe encore.").waitFor();
    await screenshot(page, "clients-articles-04-client-detail");

    // 3. A group, the client put in it from its page, and the list filtered by the group.
    const groupName = `Grands comptes ${suffix}`;
    await page.goto(`${baseUrl()}/clients/groups`);
    await page.getByLabel("Nom du groupe").fill(groupName);
    await page.getByRole("button", { name: "Créer le groupe" }).click();
    await toast(page, "Groupe créé.").waitFor();
    await page.getByRole("link", { name: `Voir les clients de ${groupName}` }).waitFor();
    expect(await page.getByRole("link", { name: `Voir les clients de ${groupName}` }).textContent()).toBe(
      "0 client(s)",
    );
    await screenshot(page, "clients-articles-05-groups");

    await page.goto(clientUrl);
    const groupsSection = page.getByRole("region", { name: "Groupes" });
    await groupsSection.getByRole("checkbox", { name: groupName }).check();
    await groupsSection.getByRole("button", { name: "Enregistrer les groupes" }).click();
    await toast(page, "Groupes mis à jour.").waitFor();
    await page.reload();
    expect(
      await page.getByRole("region", { name: "Groupes" }).getByRole("checkbox", { name: groupName }).isChecked(),
    ).toBe(true);

    await page.goto(`${baseUrl()}/clients`);
    const search = page.getByRole("search");
    await search.getByLabel("Groupe").selectOption({ label: groupName });
    await search.getByRole("button", { name: "Rechercher" }).click();
    await page.waitForURL(/[?&]group=/);
    const clientsTable = page.getByRole("table", { name: "Clients de l'organisation" });
    const clientRow = clientsTable.getByRole("row").filter({ hasText: clientName });
    await clientRow.getByRole("link", { name: clientName }).waitFor();
    await clientRow.getByText(groupName).waitFor();
    await screenshot(page, "clients-articles-06-list-by-group");
    // The groups page counts the client and links to the same filtered list.
    await page.goto(`${baseUrl()}/clients/groups`);
    const groupLink = page.getByRole("link", { name: `Voir les clients de ${groupName}` });
    expect(await groupLink.textContent()).toBe("1 client(s)");
    await groupLink.click();
    await page.waitForURL(/[?&]group=/);
    await page
      .getByRole("table", { name: "Clients de l'organisation" })
      .getByRole("link", { name: clientName })
      .waitFor();

    // 4. An article, found again by searching the catalogue.
    const articleName = `Pose de parquet chêne ${suffix}`;
    const reference = `PARQ-${suffix}`.toUpperCase();
    await page.goto(`${baseUrl()}/articles`);
    await page.getByRole("link", { name: "Créer un article" }).click();
    await page.waitForURL("**/articles/new");
    await page.getByLabel("Nom", { exact: true }).fill(articleName);
    await page.getByLabel("Référence").fill(reference);
    await page.getByLabel("Type").selectOption({ label: "Prestation" });
    await page.getByLabel("Prix unitaire HT").fill("1 234,5");
    await page.getByLabel("TVA").selectOption("1000"); // 10 %, in basis points
    await page.getByLabel("Unité").fill("m²");
    await page.getByLabel("Description").fill("Fourniture et pose, finition vernie.");
    await screenshot(page, "clients-articles-07-article-form");
    await page.getByRole("button", { name: "Créer l'article" }).click();
    await page.waitForURL(/\/articles$/);
    await toast(page, "Article créé.").waitFor();
    const articleSearch = page.getByRole("search");
    await articleSearch.getByLabel("Rechercher (nom, référence, description)").fill(reference.toLowerCase());
    await articleSearch.getByRole("button", { name: "Rechercher" }).click();
    await page.waitForURL(/[?&]q=/);
    const articles = page.getByRole("table", { name: "Articles du catalogue" });
    const articleRow = articles.getByRole("row").filter({ hasText: articleName });
    await articleRow.waitFor();
    const articleText = (await articleRow.textContent()) ?? "";
    expect(articleText).toContain(reference);
    expect(articleText).toMatch(/1\s234,50\s€/);
    expect(articleText).toMatch(/10\s%/);
    await screenshot(page, "clients-articles-08-article-search");
    await articleSearch.getByLabel("Rechercher (nom, référence, description)").fill(`introuvable-${suffix}`);
    await articleSearch.getByRole("button", { name: "Rechercher" }).click();
    await page.getByRole("heading", { name: "Aucun article ne correspond" }).waitFor();

    // 5. Clients CSV: a file with a bad row is previewed with its error and cannot be imported;
    // the corrected file is imported; the filtered list is exported back.
    const header =
      "Type;Raison sociale;SIREN;E-mails;Adresse de facturation;Code postal de facturation;Ville de facturation";
    const rows = [
      `Entreprise;Menuiserie Alpha ${suffix};;alpha-${suffix}@example.test;1 rue A;69001;Lyon`,
      `Entreprise;Charpente Beta ${suffix};732829321;beta-${suffix}@example.test;2 rue B;69002;Lyon`,
      `Entreprise;Couverture Gamma ${suffix};;gamma-${suffix}@example.test;3 rue C;13001;Marseille`,
    ];
    const csv = (lines: string[]) => Buffer.from([header, ...lines].join("\r\n") + "\r\n", "utf8");

    await page.goto(`${baseUrl()}/clients`);
    await page.getByRole("link", { name: "Importer un CSV" }).click();
    await page.waitForURL("**/clients/import");
    const fileInput = page.getByLabel("Fichier CSV");
    await fileInput.setInputFiles({ name: "clients.csv", mimeType: "text/csv", buffer: csv(rows) });
    await page.getByRole("button", { name: "Prévisualiser" }).click();
    await page.getByText("3 lignes lues : 2 valides, 1 avec des erreurs.").waitFor();
    const errorsTable = page.getByRole("table", { name: "Erreurs du fichier, par ligne" });
    const errorRows = errorsTable.getByRole("row");
    expect(await errorRows.count()).toBe(2); // header + one error
    // The header is line 1: the second data row is line 3.
    expect(await errorRows.nth(1).getByRole("rowheader").textContent()).toBe("3");
    expect(await errorRows.nth(1).getByRole("cell").allTextContents()).toEqual([
      "SIREN",
      "SIREN invalide : 9 chiffres avec une clé de contrôle correcte.",
    ]);
    const blockedImport = page.getByRole("button", { name: "Importer 2 lignes" });
    expect(await blockedImport.isDisabled()).toBe(true);
    await page.getByText("Import impossible tant que le fichier contient des erreurs.").waitFor();
    await screenshot(page, "clients-articles-09-import-errors");
    // The wide preview table scrolls inside its box; the page itself does not scroll sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);

    const fixed = [rows[0]!, rows[1]!.replace("732829321", "732829320"), rows[2]!];
    await fileInput.setInputFiles({ name: "clients.csv", mimeType: "text/csv", buffer: csv(fixed) });
    await page.getByRole("button", { name: "Prévisualiser" }).click();
    await page.getByText("3 lignes lues, toutes valides. Vérifiez l'aperçu puis lancez l'import.").waitFor();
    const sample = page.getByRole("table", { name: "Aperçu des lignes valides" });
    await sample
      .getByRole("row")
      .filter({ hasText: `Charpente Beta ${suffix}` })
      .waitFor();
    await page.getByRole("button", { name: "Importer 3 lignes" }).click();
    await page.getByRole("status").filter({ hasText: "3 lignes importées." }).waitFor();
    await screenshot(page, "clients-articles-10-imported");
    await page.getByRole("link", { name: "Retour aux clients" }).click();
    await page.waitForURL(/\/clients$/);
    for (const name of [
      clientName,
      `Menuiserie Alpha ${suffix}`,
      `Charpente Beta ${suffix}`,
      `Couverture Gamma ${suffix}`,
    ])
      await page.getByRole("table", { name: "Clients de l'organisation" }).getByRole("link", { name }).waitFor();

    // Export: the link carries the search and filters; the file holds what the list shows.
    await page.getByRole("search").getByLabel("Rechercher un client (nom, e-mail, ville, SIREN…)").fill("Lyon");
    await page.getByRole("search").getByRole("button", { name: "Rechercher" }).click();
    await page.waitForURL(/[?&]q=Lyon/);
    await page
      .getByRole("table", { name: "Clients de l'organisation" })
      .getByRole("link", { name: `Charpente Beta ${suffix}` })
      .waitFor();
    expect(
      await page
        .getByRole("table", { name: "Clients de l'organisation" })
        .getByRole("link", { name: clientName })
        .count(),
    ).toBe(0);
    const exportLink = page.getByRole("link", { name: "Exporter CSV" });
    const href = new URL((await exportLink.getAttribute("href"))!, baseUrl());
    expect(href.pathname).toBe("/api/clients/export");
    expect(href.searchParams.get("q")).toBe("Lyon");
    await screenshot(page, "clients-articles-11-list-search");
    const [download] = await Promise.all([page.waitForEvent("download"), exportLink.click()]);
    expect(download.suggestedFilename()).toMatch(/^clients-\d{4}-\d{2}-\d{2}\.csv$/);
    const exported = (await readFile((await download.path())!, "utf8")).replace(/^\uFEFF/, "");
    const lines = exported.trim().split("\r\n");
    expect(lines[0]).toContain("Raison sociale;");
    expect(lines).toHaveLength(3);
    expect(exported).toContain(`Menuiserie Alpha ${suffix}`);
    expect(exported).toContain(`Charpente Beta ${suffix}`);
    expect(exported).not.toContain("Couverture Gamma");
    expect(exported).not.toContain(clientName);

    // The same with the group filter: only the client of the group.
    await page.goto(`${baseUrl()}/clients`);
    await page.getByRole("search").getByLabel("Groupe").selectOption({ label: groupName });
    await page.getByRole("search").getByRole("button", { name: "Rechercher" }).click();
    await page.waitForURL(/[?&]group=/);
    const groupId = new URL(page.url()).searchParams.get("group");
    const groupExport = new URL(
      (await page.getByRole("link", { name: "Exporter CSV" }).getAttribute("href"))!,
      baseUrl(),
    );
    expect(groupExport.searchParams.get("group")).toBe(groupId);
    const [groupDownload] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Exporter CSV" }).click(),
    ]);
    const groupCsv = await readFile((await groupDownload.path())!, "utf8");
    expect(groupCsv.trim().split("\r\n")).toHaveLength(2);
    expect(groupCsv).toContain(clientName);

    await context.close();
  }, 180_000);
});
