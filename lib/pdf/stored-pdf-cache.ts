// Stored PDFs are write-once (the database refuses to change a DocumentPdf or its file), so a
// copy kept in memory can never go stale: serving one again costs a map lookup instead of two
// queries and a bytea read. Keyed by organization AND document, so a lookup for another
// organization misses and goes to the database, where it is not found. Bounded by total bytes,
// least recently used first out.

export type CachedPdf = { bytes: Buffer; sha256: string; filename: string };

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
      if (entry.bytes.byteLength > maxBytes) return;
      const k = key(organizationId, documentId);
      const previous = entries.get(k);
      if (previous) {
        totalBytes -= previous.bytes.byteLength;
        entries.delete(k);
      }
      entries.set(k, entry);
      totalBytes += entry.bytes.byteLength;
      for (const [oldest, value] of entries) {
        if (totalBytes <= maxBytes) break;
        entries.delete(oldest);
        totalBytes -= value.bytes.byteLength;
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
