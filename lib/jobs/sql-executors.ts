import type { PGlite } from "@electric-sql/pglite";
import type PgBoss from "pg-boss";

// pg-boss runs its SQL through an executor ({ executeSql }). Real PostgreSQL uses pg-boss's own
// pool; the embedded PGlite (one connection, one process) and a Prisma transaction are
// adapted here, so the queue's SQL — SKIP LOCKED, advisory locks, its functions — is the same
// on both runtimes.

/** PGlite: statements with parameters go through `query`; parameterless text may hold several statements. */
export function pgliteExecutor(pglite: PGlite): PgBoss.Db {
  return {
    async executeSql(text, values) {
      if (values && values.length > 0) {
        const result = await pglite.query(text, values as unknown[]);
        return { rows: result.rows as unknown[] };
      }
      const results = await pglite.exec(text);
      return { rows: (results.at(-1)?.rows ?? []) as unknown[] };
    },
  };
}

type RawQueryClient = { $queryRawUnsafe: <T = unknown>(query: string, ...values: unknown[]) => Promise<T> };

/**
 * A Prisma transaction client: a job sent with it is inserted in that transaction, so it
 * exists if and only if the change that asked for it commits (no job for a rolled-back send,
 * no send lost between a commit and an enqueue).
 */
export function transactionExecutor(tx: RawQueryClient): PgBoss.Db {
  return {
    async executeSql(text, values) {
      // pg serializes objects to JSON itself; Prisma's raw parameters need the text.
      const params = (values ?? []).map((value: unknown) =>
        value !== null && typeof value === "object" && !(value instanceof Date) ? JSON.stringify(value) : value,
      );
      const rows = await tx.$queryRawUnsafe<unknown[]>(text, ...params);
      return { rows };
    },
  };
}
