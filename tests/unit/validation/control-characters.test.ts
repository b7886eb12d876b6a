import { parseInput } from "@/lib/errors/validation";
import { z } from "zod";
import { optionalText, requiredText } from "@/lib/organization-settings/schema-helpers";
import { parseClientListQuery } from "@/lib/clients/client-list-query";
import { parseDocumentListQuery } from "@/lib/documents/lists/document-list-query";
import { parseArticleListQuery } from "@/lib/articles/article-list-query";
import {
  controlCharacterPaths,
  hasControlCharacters,
  stripControlCharacters,
} from "@/lib/validation/control-characters";
import { recordIdOrNull } from "@/lib/validation/record-id";

describe("control characters", () => {
  it("finds NUL, escape, DEL and C1 codes but not tabs and line breaks", () => {
    for (const text of ["a\u0000", "\u0001", "\u001b[31m", "\u007f", "\u0085", "\u000b"]) {
      expect(hasControlCharacters(text)).toBe(true);
    }
    expect(hasControlCharacters("ligne\r\n\tsuite — é €")).toBe(false);
    expect(stripControlCharacters("a\u0000b\u001bc\n")).toBe("abc\n");
  });

  it("names the paths of parsed values that hold them", () => {
    expect(controlCharacterPaths({ a: "ok", b: ["x", "y\u0000"], c: { d: "\u0007" }, e: 3, f: new Date() })).toEqual([
      "b.1",
      "c.d",
    ]);
    expect(controlCharacterPaths("\u0000")).toEqual(["_form"]);
  });

  it("the form helpers answer control_characters", () => {
    expect(requiredText(10).safeParse("a\u0000").error?.issues[0]?.message).toBe("control_characters");
    expect(optionalText(10).safeParse("a\u0000").error?.issues[0]?.message).toBe("control_characters");
    expect(optionalText(10).parse("  ")).toBeNull();
  });

  it("parseInput refuses them for any schema, next to the schema's own errors", () => {
    const schema = z.object({ name: z.string(), count: z.number() });
    expect(() => parseInput(schema, { name: "x\u0000", count: 1 })).toThrow(
      expect.objectContaining({ details: { fieldErrors: { name: ["control_characters"] } } }),
    );
    expect(() => parseInput(schema, { name: "x\u0000", count: "no" })).toThrow(
      expect.objectContaining({
        details: { fieldErrors: { count: [expect.any(String)], name: ["control_characters"] } },
      }),
    );
    expect(parseInput(schema, { name: "ok", count: 1 })).toEqual({ name: "ok", count: 1 });
  });

  it("list queries strip them from the search and drop an id filter holding them", () => {
    expect(parseClientListQuery({ q: "a\u0000b", group: "\u0000" })).toMatchObject({ q: "ab", group: "" });
    expect(parseClientListQuery({ group: "cgroup123" })).toMatchObject({ group: "cgroup123" });
    expect(parseDocumentListQuery("invoices", { q: "\u0000", client: "c1\u0000" })).toMatchObject({
      q: "",
      client: "",
    });
    expect(parseArticleListQuery({ q: " F-\u00002026 " }).q).toBe("F-2026");
  });

  it("an id holding one is no id", () => {
    expect(recordIdOrNull("abc\u0000")).toBeNull();
    expect(recordIdOrNull(" abc ")).toBe("abc");
    expect(recordIdOrNull("x".repeat(65))).toBeNull();
  });
});
