import { isStandardUnit, normalizeUnit, type ArticleUnit } from "@/lib/articles/article-units";

// BT-130 (invoiced quantity unit of measure) takes a UN/ECE Recommendation 20 code (BR-CL-23).
// Our standard units map one to one; a unit typed as free text ("séance", "nuitée") has no
// code of its own and is counted as C62 ("one"), its text staying in the line's description.

const REC20: Record<ArticleUnit, string> = {
  hour: "HUR",
  day: "DAY",
  piece: "H87",
  flat: "LS",
  month: "MON",
  km: "KMT",
  kg: "KGM",
  m2: "MTK",
};

/** A stored unit ("hour", or a free text) → its Rec 20 code. */
export function unitCode(unit: string): string {
  const normalized = normalizeUnit(unit);
  return isStandardUnit(normalized) ? REC20[normalized] : "C62";
}
