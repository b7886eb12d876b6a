import { randomBytes } from "node:crypto";

/** "Atelier Dupont & Fils" → "atelier-dupont-fils-3f9a1c": readable, and unique by its suffix. */
export function createOrganizationSlug(name: string): string {
  const base = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40);
  return `${base || "org"}-${randomBytes(3).toString("hex")}`;
}
