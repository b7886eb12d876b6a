// Stored PDFs are write-once (the database refuses to change a DocumentPdf or its file), so a
// copy kept in memory can never go stale: serving one again costs a map lookup instead of two
// queries and a bytea read. Keyed by organization AND document, so a lookup for another
// organization misses and goes to the database, where it is not found. Bounded by total bytes,
// least recently used first out; an entry weighs its PDF and its Factur-X XML (as UTF-16, the
// string's own size in memory).

export type CachedPdf = { bytes: Buffer; sha256: string; filename: string; facturxXml: string | null };

/** What an entry holds in memory. */
function weight(entry: CachedPdf): number {
  return entry.bytes.byteLength + (entry.facturxXml?.length ?? 0) * 2;
}

export function createPdfCache(maxBytes: number) {
  const entries = new Map<string, CachedPdf>();
  let totalBytes = 0;
  const key = (organizationId: string, documentId: string) => `${organizationId}\u0000${documentId}`;

  return {
    get(organizationId: string, documentId: string): CachedPdf | undefined {
      const k = key(organizationId, documentId);
      const entry = entries.get(k);
      if (entry) {
        // Map keeps insertion order: re-inserting makes it the most recently used.
        entries.delete(k);
        entries.set(k, entry);
      }
      return entry;
    },
    set(organizationId: string, documentId: string, entry: CachedPdf): void {
      if (weight(entry) > maxBytes) return;
      const k = key(organizationId, documentId);
      const previous = entries.get(k);
      if (previous) {
        totalBytes -= weight(previous);
        entries.delete(k);
      }
      entries.set(k, entry);
      totalBytes += weight(entry);
      for (const [oldest, value] of entries) {
        if (totalBytes <= maxBytes) break;
        entries.delete(oldest);
        totalBytes -= weight(value);
      }
    },
    clear(): void {
      entries.clear();
      totalBytes = 0;
    },
    get size() {
      return entries.size;
    },
    get bytes() {
      return totalBytes;
    },
  };
}
