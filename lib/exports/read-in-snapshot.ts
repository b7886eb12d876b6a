import "server-only";
import { db } from "@/lib/db/prisma";
import type { Prisma } from "@/lib/generated/prisma/client";

// A long export read in one database transaction (one snapshot: a payment recorded while the
// file streams is either in all of its queries or in none) and handed to the consumer batch by
// batch. The reader runs inside Prisma's interactive transaction and waits after each batch
// until the consumer has taken it: at most the batch being written and the one being read are
// in memory, whatever the size of the export.

export type SnapshotTransaction = Prisma.TransactionClient;

/** The consumer stopped reading (download cancelled): the transaction is rolled back. */
class ConsumerStopped extends Error {}

/** How long one export may keep its transaction open (a slow download included). */
const TRANSACTION_TIMEOUT_MS = 30 * 60 * 1000;

/**
 * Runs `read` in a REPEATABLE READ, READ ONLY transaction; every batch it emits is yielded in
 * order. The next batch is read while the consumer writes the current one. Stopping the
 * iteration (return/throw) makes the next `emit` throw, which ends the transaction.
 *
 * `snapshot`: the id of a snapshot another open transaction exported (pg_export_snapshot()),
 * to read on a second connection exactly what that one reads (PostgreSQL only: PGlite has a
 * single connection). The exporting transaction must stay open until this one has started
 * (its first batch emitted is proof enough).
 */
export async function* readInSnapshot<T>(
  read: (tx: SnapshotTransaction, emit: (batch: T) => Promise<void>) => Promise<void>,
  options: { snapshot?: string } = {},
): AsyncGenerator<T> {
  let pending: { batch: T; resume: () => void } | null = null;
  let wake: (() => void) | null = null;
  let finished = false;
  let failure: unknown = null;
  let stopped = false;
  const notify = () => {
    const waiting = wake;
    wake = null;
    waiting?.();
  };
  const emit = (batch: T) =>
    new Promise<void>((resolve, reject) => {
      if (stopped) return reject(new ConsumerStopped());
      pending = { batch, resume: () => (stopped ? reject(new ConsumerStopped()) : resolve()) };
      notify();
    });
  const done = db
    .$transaction(
      async (tx) => {
        // One snapshot for every query of the file, and nothing written by an export.
        await tx.$executeRawUnsafe("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
        if (options.snapshot !== undefined) {
          if (!/^[0-9A-F-]+$/i.test(options.snapshot)) throw new Error("Not a snapshot id");
          await tx.$executeRawUnsafe(`SET TRANSACTION SNAPSHOT '${options.snapshot}'`);
        }
        await read(tx, emit);
      },
      { timeout: TRANSACTION_TIMEOUT_MS, maxWait: 10_000 },
    )
    .then(
      () => undefined,
      (error: unknown) => {
        failure = error;
      },
    )
    .finally(() => {
      finished = true;
      notify();
    });
  try {
    for (;;) {
      const current = pending as { batch: T; resume: () => void } | null;
      if (current) {
        pending = null;
        current.resume();
        yield current.batch;
        continue;
      }
      if (finished) {
        if (failure && !(failure instanceof ConsumerStopped)) throw failure;
        return;
      }
      await new Promise<void>((resolve) => {
        wake = resolve;
      });
    }
  } finally {
    stopped = true;
    const left = pending as { batch: T; resume: () => void } | null;
    left?.resume();
    await done;
  }
}
