/**
 * Prisma's `contains` puts the value between % signs without escaping it, so a search for
 * "%" or "_" would match every row. Escape LIKE's wildcards (and its escape character, the
 * backslash in PostgreSQL) so that they are searched as text.
 */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, "\\$&");
}
