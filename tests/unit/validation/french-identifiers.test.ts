import {
  bicSchema,
  compactIdentifier,
  formatIban,
  frenchVatKey,
  ibanSchema,
  isValidBic,
  isValidFrenchVatNumber,
  isValidIban,
  isValidSiren,
  isValidSiret,
  luhnValid,
  sirenSchema,
  siretSchema,
  vatNumberFromSiren,
} from "@/lib/validation/french-identifiers";

// Published identifiers (check digits verified by the implementation and by hand for the
// Luhn cases), each next to a variant with one digit changed.

describe("SIREN", () => {
  it.each(["552100554", "732829320", "356000000", "303265045", "552 100 554", "732.829.320"])("accepts %s", (siren) => {
    expect(isValidSiren(siren)).toBe(true);
  });

  it.each([
    ["552100555", "last digit changed"],
    ["732829330", "one digit changed"],
    ["55210055", "8 digits"],
    ["5521005540", "10 digits"],
    ["55210055A", "a letter"],
    ["000000000", "all zeros (Luhn-valid, but no company)"],
    ["", "empty"],
  ])("refuses %s (%s)", (siren) => {
    expect(isValidSiren(siren)).toBe(false);
  });

  it("Luhn doubles every second digit from the right", () => {
    // 7 3 2 8 2 9 3 2 0 → 7 6 2 16→7 2 18→9 3 4 0 = 40
    expect(luhnValid("732829320")).toBe(true);
    expect(luhnValid("732829321")).toBe(false);
  });
});

describe("SIRET", () => {
  it.each(["73282932000074", "55210055400013", "44306184100047", "732 829 320 00074"])("accepts %s", (siret) => {
    expect(isValidSiret(siret)).toBe(true);
  });

  it.each([
    ["73282932000075", "last digit changed"],
    ["55210055400014", "last digit changed"],
    ["7328293200007", "13 digits"],
    ["55210055500013", "SIREN part invalid"],
  ])("refuses %s (%s)", (siret) => {
    expect(isValidSiret(siret)).toBe(false);
  });

  describe("La Poste (SIREN 356000000)", () => {
    it("checks establishments by the sum of their digits (divisible by 5), not Luhn", () => {
      // 3+5+6+4+9+8+3+7 = 45: valid although the Luhn check fails.
      expect(luhnValid("35600000049837")).toBe(false);
      expect(isValidSiret("35600000049837")).toBe(true);
      expect(isValidSiret("35600000052135")).toBe(true);
      // Sum 46.
      expect(isValidSiret("35600000049838")).toBe(false);
    });

    it("keeps the Luhn check for the head office 35600000000048", () => {
      // Its digits sum to 26 (not divisible by 5), but it passes Luhn.
      expect(isValidSiret("35600000000048")).toBe(true);
      expect(isValidSiret("35600000000049")).toBe(false);
    });
  });
});

describe("French VAT number", () => {
  it("computes the key (12 + 3 × (SIREN mod 97)) mod 97, on two digits", () => {
    expect(frenchVatKey("303265045")).toBe("40");
    expect(frenchVatKey("732829320")).toBe("44");
    expect(vatNumberFromSiren("303 265 045")).toBe("FR40303265045");
    expect(vatNumberFromSiren("552100554")).toBe("FR96552100554");
    expect(vatNumberFromSiren("552100555")).toBeNull();
  });

  it.each(["FR40303265045", "FR 40 303 265 045", "fr44732829320", "FR96552100554"])("accepts %s", (vat) => {
    expect(isValidFrenchVatNumber(vat)).toBe(true);
  });

  it.each([
    ["FR41303265045", "wrong key"],
    ["FR40303265046", "SIREN digit changed"],
    ["FR4030326504", "too short"],
    ["DE40303265045", "not French"],
    ["FRXX303265045", "letter key"],
  ])("refuses %s (%s)", (vat) => {
    expect(isValidFrenchVatNumber(vat)).toBe(false);
  });
});

describe("IBAN", () => {
  it.each([
    "FR76 3000 6000 0112 3456 7890 189",
    "DE89 3704 0044 0532 0130 00",
    "GB82 WEST 1234 5698 7654 32",
    "BE68 5390 0754 7034",
    "NL91 ABNA 0417 1643 00",
    "CH93 0076 2011 6238 5295 7",
    "ES91 2100 0418 4502 0005 1332",
    "IT60 X054 2811 1010 0000 0123 456",
    "fr7630006000011234567890189",
  ])("accepts %s", (iban) => {
    expect(isValidIban(iban)).toBe(true);
  });

  it.each([
    ["FR76 3000 6000 0112 3456 7890 188", "last digit changed"],
    ["DE89 3704 0044 0532 0130 01", "last digit changed"],
    ["GB82 WEST 1234 5698 7654 33", "last digit changed"],
    ["FR77 3000 6000 0112 3456 7890 189", "check digits changed"],
    ["FR76 3000 6000 0112 3456 7890 18", "one character short for FR"],
    ["DE89 3704 0044 0532 0130 000", "one character long for DE"],
    ["XX89 3704 0044 0532 0130 00", "unknown country"],
    ["FR76-3000#6000", "garbage"],
  ])("refuses %s (%s)", (iban) => {
    expect(isValidIban(iban)).toBe(false);
  });

  it("is stored compact and upper case, shown in groups of four", () => {
    expect(ibanSchema.parse(" fr76 3000 6000 0112 3456 7890 189 ")).toBe("FR7630006000011234567890189");
    expect(formatIban("FR7630006000011234567890189")).toBe("FR76 3000 6000 0112 3456 7890 189");
    expect(formatIban("GB82WEST12345698765432")).toBe("GB82 WEST 1234 5698 7654 32");
  });
});

describe("BIC", () => {
  it.each(["BNPAFRPP", "BNPAFRPPXXX", "DEUTDEFF500", "bnpa fr pp"])("accepts %s", (bic) => {
    expect(isValidBic(bic)).toBe(true);
  });

  it.each(["BNPAFRP", "BNPAFRPPXX", "1NPAFRPP", "BNPA1RPP", "BNPAFRPPXXXX"])("refuses %s", (bic) => {
    expect(isValidBic(bic)).toBe(false);
  });
});

describe("zod schemas", () => {
  it("normalize what people type and answer with catalogue keys", () => {
    expect(sirenSchema.parse("552 100 554")).toBe("552100554");
    expect(siretSchema.parse("732 829 320 00074")).toBe("73282932000074");
    expect(bicSchema.parse("bnpafrpp")).toBe("BNPAFRPP");
    expect(sirenSchema.safeParse("552100555").error?.issues[0]?.message).toBe("siren_invalid");
    expect(siretSchema.safeParse("73282932000075").error?.issues[0]?.message).toBe("siret_invalid");
    expect(ibanSchema.safeParse("FR7630006000011234567890188").error?.issues[0]?.message).toBe("iban_invalid");
    expect(bicSchema.safeParse("BNPA").error?.issues[0]?.message).toBe("bic_invalid");
  });

  it("refuse huge strings before doing any work", () => {
    expect(sirenSchema.safeParse("5".repeat(100_000)).error?.issues[0]?.message).toBe("too_long");
    expect(ibanSchema.safeParse("FR76".repeat(10_000)).error?.issues[0]?.message).toBe("too_long");
  });

  it("compactIdentifier drops spaces, dots and dashes", () => {
    expect(compactIdentifier(" fr 40-303.265.045 ")).toBe("FR40303265045");
  });
});
