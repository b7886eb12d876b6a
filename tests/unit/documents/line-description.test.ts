import { splitDescription, withDesignation, withDetails } from "@/components/documents/line-description";

describe("a line's description as designation and long description", () => {
  it("splits at the first newline", () => {
    expect(splitDescription("Audit")).toEqual({ designation: "Audit", details: "" });
    expect(splitDescription("Audit\nOn site\n\nTwo days")).toEqual({
      designation: "Audit",
      details: "On site\n\nTwo days",
    });
    expect(splitDescription("")).toEqual({ designation: "", details: "" });
  });

  it("gives back every text it split, character for character", () => {
    for (const text of ["Audit", "Audit\n", "Audit\n\nOn site", "\nOn site", "A\r\nB", "", "Audit\nOn site\n"]) {
      const { designation, details } = splitDescription(text);
      expect(withDesignation(text, designation)).toBe(text);
      if (details !== "") expect(withDetails(text, details)).toBe(text);
    }
  });

  it("changes one part and keeps the other", () => {
    expect(withDesignation("Audit\nOn site", "Security audit")).toBe("Security audit\nOn site");
    expect(withDesignation("Audit", "Audit 2")).toBe("Audit 2");
    expect(withDetails("Audit", "On site")).toBe("Audit\nOn site");
    expect(withDetails("Audit\nOn site", "Remote")).toBe("Audit\nRemote");
    // Emptying the long description leaves the designation alone, without a trailing newline.
    expect(withDetails("Audit\nOn site", "")).toBe("Audit");
  });

  it("keeps a pasted designation on one line", () => {
    expect(withDesignation("Audit\nOn site", "Security\naudit")).toBe("Security audit\nOn site");
  });
});
