/** The list's current parameters for its links (sort headers, pages), without an empty search. */
export function listParams(query: { q: string; sort: string; dir: string }): Record<string, string> {
  const params: Record<string, string> = { sort: query.sort, dir: query.dir };
  if (query.q) params.q = query.q;
  return params;
}
