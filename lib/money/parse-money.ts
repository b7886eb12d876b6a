// Amounts typed by people ("1 234,56", "1234.56", "1 234,5 €") → integer cents, by string
// arithmetic only: a float would turn 0.29 into 28.999… cents. Anything ambiguous is refused
// rather than guessed (see parseMoney).

/** Above this an amount is a typo, not an invoice line (10 billion euros). */
export const MAX_MONEY_CENTS = 1_000_000_000_000;

export type MoneyErrorCode =
  "money_required" | "money_invalid" | "money_decimals" | "money_negative" | "money_too_large";

export type MoneyParseResult = { ok: true; cents: number } | { ok: false; code: MoneyErrorCode };

// Spaces people and spreadsheets put between thousands: space, no-break, narrow no-break, thin.
const GROUP_SPACES = /[\s\u00a0\u202f\u2009]/g;
const CURRENCY = /^(?:€|eur)|(?:€|eur)$/i;

/**
 * Parses a money amount in euros into cents.
 * - "," or "." is the decimal separator when it appears once; repeated, or followed by the
 *   other one, it separates thousands and must then group digits by three ("1.234.567,8").
 *   So "1,234" is 1.234 € (refused: three decimals), never silently 1 234 €.
 * - at most two decimals; a "€" or "EUR" before or after is ignored.
 * - negative amounts ("-12,50", "−12,50") only with allowNegative.
 */
export function parseMoney(input: string, options: { allowNegative?: boolean } = {}): MoneyParseResult {
  let text = input.replace(GROUP_SPACES, "");
  if (text === "") return { ok: false, code: "money_required" };
  let negative = false;
  if (text.startsWith("-") || text.startsWith("\u2212")) {
    negative = true;
    text = text.slice(1);
  }
  text = text.replace(CURRENCY, "");
  if (!negative && (text.startsWith("-") || text.startsWith("\u2212"))) {
    negative = true; // "€-12"
    text = text.slice(1);
  }
  if (text === "") return { ok: false, code: "money_invalid" };

  const split = splitDecimal(text);
  if (!split) return { ok: false, code: "money_invalid" };
  const { whole, fraction } = split;
  if (fraction.length > 2) return { ok: false, code: "money_decimals" };

  const digits = (whole.replace(/^0+(?=\d)/, "") || "0") + fraction.padEnd(2, "0");
  // More digits than MAX_MONEY_CENTS has: too large, whatever they are (and no Number overflow).
  if (digits.replace(/^0+(?=\d)/, "").length > String(MAX_MONEY_CENTS).length) {
    return { ok: false, code: "money_too_large" };
  }
  const cents = Number(digits);
  if (cents > MAX_MONEY_CENTS) return { ok: false, code: "money_too_large" };
  if (negative && cents !== 0) {
    if (!options.allowNegative) return { ok: false, code: "money_negative" };
    return { ok: true, cents: -cents };
  }
  return { ok: true, cents };
}

/** "1.234,56" → { whole: "1234", fraction: "56" }; null when it is not a well-formed number. */
function splitDecimal(text: string): { whole: string; fraction: string } | null {
  if (!/^[\d.,]+$/.test(text) || !/\d/.test(text)) return null;
  const lastComma = text.lastIndexOf(",");
  const lastDot = text.lastIndexOf(".");
  const commas = text.split(",").length - 1;
  const dots = text.split(".").length - 1;

  let decimalSeparator: "," | "." | null = null;
  if (commas > 0 && dots > 0) decimalSeparator = lastComma > lastDot ? "," : ".";
  else if (commas === 1) decimalSeparator = ",";
  else if (dots === 1) decimalSeparator = ".";

  let whole = text;
  let fraction = "";
  if (decimalSeparator) {
    const at = text.lastIndexOf(decimalSeparator);
    whole = text.slice(0, at);
    fraction = text.slice(at + 1);
    if (!/^\d*$/.test(fraction)) return null;
    if (whole === "" && fraction === "") return null;
  }
  const groupSeparator = decimalSeparator === "," ? "." : decimalSeparator === "." ? "," : commas > 0 ? "," : ".";
  if (whole.includes(groupSeparator)) {
    // Thousands groups: 1 to 3 digits, then groups of exactly three.
    const groups = whole.split(groupSeparator);
    if (!/^\d{1,3}$/.test(groups[0] ?? "") || groups.slice(1).some((group) => !/^\d{3}$/.test(group))) return null;
    whole = groups.join("");
  }
  if (!/^\d*$/.test(whole)) return null;
  return { whole, fraction };
}
