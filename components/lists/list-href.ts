/** The current list URL with some parameters changed (null removes one). */
export function listHref(
  pathname: string,
  current: Record<string, string>,
  changes: Record<string, string | number | null>,
): string {
  const params = new URLSearchParams(current);
  for (const [key, value] of Object.entries(changes)) {
    if (value === null || value === "") params.delete(key);
    else params.set(key, String(value));
  }
  const query = params.toString();
  return query ? `${pathname}?${query}` : pathname;
}
