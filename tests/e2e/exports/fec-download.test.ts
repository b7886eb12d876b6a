import { readFile } from "node:fs/promises";
import type { Browser, Page } from "playwright-core";
import { baseUrl, launchBrowser, screenshot } from "../support/browser";
import { logInAsDemo } from "../support/demo-login";

// The FEC of the demo organization downloaded in a real browser (production build): reached from
// /reports, a period checked on the page, the file saved by Chromium named <SIREN>FEC<date>.txt
// with the 18 columns in order, every entry balanced; a reversed period is said on its field and
// offers no download.

const FEC_COLUMNS = [
  "JournalCode",
  "JournalLib",
  "EcritureNum",
  "EcritureDate",
  "CompteNum",
  "CompteLib",
  "CompAuxNum",
  "CompAuxLib",
  "PieceRef",
  "PieceDate",
  "EcritureLib",
  "Debit",
  "Credit",
  "EcritureLet",
  "DateLet",
  "ValidDate",
  "Montantdevise",
  "Idevise",
];

describe("FEC download (production build, real browser)", () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    browser = await launchBrowser();
    page = await (await browser.newContext({ locale: "fr-FR", acceptDownloads: true })).newPage();
    await logInAsDemo(page);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("is reached from /reports and downloads a balanced file of the checked period", async () => {
    await page.goto(`${baseUrl()}/reports`);
    await page.getByRole("link", { name: "Fichier des écritures comptables (FEC)" }).click();
    await page.waitForURL("**/reports/fec");
    const year = new Date().getFullYear();
    await page.getByLabel("Du", { exact: true }).fill(`${year - 1}-01-01`);
    await page.getByLabel("Au", { exact: true }).fill(`${year}-12-31`);
    await page.getByRole("button", { name: "Vérifier la période" }).click();
    await page.waitForURL(`**/reports/fec?from=${year - 1}-01-01&to=${year}-12-31`);
    await screenshot(page, "fec-demo");

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Télécharger le FEC" }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(new RegExp(`^\\d{9}FEC${year}1231\\.txt$`));
    const text = await readFile((await download.path())!, "utf8");
    const lines = text.replace(/\r?\n$/, "").split(/\r?\n/);
    const separator = lines[0]!.includes("\t") ? "\t" : "|";
    expect(lines[0]!.split(separator)).toEqual(FEC_COLUMNS);
    expect(lines.length).toBeGreaterThan(10);
    const cents = (amount: string) => Math.round(Number(amount.replace(",", ".")) * 100);
    const entries = new Map<string, number>();
    for (const line of lines.slice(1)) {
      const fields = line.split(separator);
      expect(fields).toHaveLength(18);
      const key = `${fields[0]}:${fields[2]}`;
      entries.set(key, (entries.get(key) ?? 0) + cents(fields[11]!) - cents(fields[12]!));
    }
    expect([...entries.values()].filter((balance) => balance !== 0)).toEqual([]);
  });

  it("says on its field why a reversed period cannot be exported, and offers no download", async () => {
    await page.goto(`${baseUrl()}/reports/fec?from=2026-06-30&to=2026-01-01`);
    const to = page.getByLabel("Au", { exact: true });
    expect(await to.getAttribute("aria-invalid")).toBe("true");
    await page.getByText("La date de fin doit suivre la date de début.").waitFor();
    expect(await page.getByRole("link", { name: "Télécharger le FEC" }).count()).toBe(0);
  });
});
