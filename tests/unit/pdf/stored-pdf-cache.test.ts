import { createPdfCache } from "@/lib/pdf/stored-pdf-cache";

const pdf = (size: number, sha256 = "x", facturxXml: string | null = null) => ({
  bytes: Buffer.alloc(size),
  sha256,
  filename: "F.pdf",
  facturxXml,
});

describe("stored PDF cache", () => {
  it("is keyed by organization and document: another organization's lookup misses", () => {
    const cache = createPdfCache(1000);
    cache.set("org-a", "doc-1", pdf(10, "a"));
    expect(cache.get("org-a", "doc-1")?.sha256).toBe("a");
    expect(cache.get("org-b", "doc-1")).toBeUndefined();
    expect(cache.get("org-a", "doc-2")).toBeUndefined();
  });

  it("keeps the total under its byte budget, dropping the least recently used first", () => {
    const cache = createPdfCache(100);
    cache.set("o", "1", pdf(40));
    cache.set("o", "2", pdf(40));
    expect(cache.get("o", "1")).toBeDefined(); // 1 is now the most recent
    cache.set("o", "3", pdf(40)); // 120 > 100: 2 goes
    expect(cache.get("o", "2")).toBeUndefined();
    expect(cache.get("o", "1")).toBeDefined();
    expect(cache.get("o", "3")).toBeDefined();
    expect(cache.bytes).toBe(80);
    cache.set("o", "big", pdf(101)); // larger than the whole budget: not kept
    expect(cache.get("o", "big")).toBeUndefined();
    expect(cache.size).toBe(2);
  });

  it("replacing an entry counts its bytes once", () => {
    const cache = createPdfCache(100);
    cache.set("o", "1", pdf(30));
    cache.set("o", "1", pdf(50));
    expect(cache.bytes).toBe(50);
    expect(cache.size).toBe(1);
  });

  it("counts an entry's Factur-X XML in its weight", () => {
    const cache = createPdfCache(100);
    cache.set("o", "1", pdf(40, "a", "x".repeat(10)));
    expect(cache.bytes).toBe(60);
    cache.set("o", "2", pdf(40, "b", "y".repeat(10))); // 120 > 100: 1 goes
    expect(cache.get("o", "1")).toBeUndefined();
    expect(cache.get("o", "2")?.facturxXml).toBe("y".repeat(10));
    cache.set("o", "big", pdf(10, "c", "z".repeat(60))); // 130 alone: not kept
    expect(cache.get("o", "big")).toBeUndefined();
  });

  it("clear() empties it", () => {
    const cache = createPdfCache(100);
    cache.set("o", "1", pdf(30));
    cache.clear();
    expect(cache.get("o", "1")).toBeUndefined();
    expect(cache.bytes).toBe(0);
    expect(cache.size).toBe(0);
  });
});
