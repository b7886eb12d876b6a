import { db } from "@/lib/db/prisma";
import { JOB_DEAD_LETTERS, QUEUES } from "@/lib/jobs/job-definitions";
import { enqueueJob } from "@/lib/jobs/enqueue-job";
import type { JobContext } from "@/lib/jobs/job-handler";
import { getJobQueue, stopJobQueue } from "@/lib/jobs/job-queue";
import { countJobs, retryFailedJobs } from "@/lib/jobs/inspect-queue";
import { runQueuedJobs } from "@/lib/jobs/run-queued-jobs";

// The queue itself (pg-boss on the test database): transactional enqueue, retries, dead letters.
// The queues' own handlers are tested with their domains; here a test handler records calls.

const queue = QUEUES.recurringRun.name;

async function jobsIn(name: string): Promise<number> {
  const boss = await getJobQueue();
  return boss.getQueueSize(name);
}

// On PostgreSQL the test files share one database (one file at a time): start from empty queues.
beforeEach(async () => {
  const boss = await getJobQueue();
  await boss.purgeQueue(queue);
  await boss.purgeQueue(JOB_DEAD_LETTERS);
});

describe("job queue", () => {
  it("sends in a transaction even as the process's first use of the queue (no deadlock on PGlite's one connection)", async () => {
    await stopJobQueue();
    await db.$transaction(async (tx) => {
      await enqueueJob(queue, { n: 0 }, { tx });
    });
    const seen: unknown[] = [];
    await runQueuedJobs({ [queue]: async (data: unknown) => void seen.push(data) });
    expect(seen).toEqual([{ n: 0 }]);
  });

  it("keeps a job sent in a transaction only if the transaction commits", async () => {
    await db.$transaction(async (tx) => {
      await enqueueJob(queue, { n: 1 }, { tx });
    });
    await expect(
      db.$transaction(async (tx) => {
        await enqueueJob(queue, { n: 2 }, { tx });
        throw new Error("rolled back");
      }),
    ).rejects.toThrow("rolled back");
    const seen: unknown[] = [];
    const report = await runQueuedJobs({ [queue]: async (data: unknown) => void seen.push(data) });
    expect(report).toEqual({ completed: 1, failed: 0 });
    expect(seen).toEqual([{ n: 1 }]);
  });

  it("retries a failing job with its attempt count, then dead-letters it after the last retry", async () => {
    await enqueueJob(queue, { n: 3 });
    const attempts: JobContext[] = [];
    const failing = async (_data: unknown, job: JobContext) => {
      attempts.push(job);
      throw new Error("provider down");
    };
    // The first failure waits for its backoff: nothing runs again until retries are included.
    expect(await runQueuedJobs({ [queue]: failing })).toEqual({ completed: 0, failed: 1 });
    expect(await runQueuedJobs({ [queue]: failing })).toEqual({ completed: 0, failed: 0 });
    const rest = await runQueuedJobs({ [queue]: failing }, { includeRetries: true });
    expect(rest.failed).toBe(QUEUES.recurringRun.retryLimit);
    expect(attempts.map((job) => job.retryCount)).toEqual(
      Array.from({ length: QUEUES.recurringRun.retryLimit + 1 }, (_, index) => index),
    );
    expect(attempts.every((job) => job.retryLimit === QUEUES.recurringRun.retryLimit)).toBe(true);
    expect(await jobsIn(queue)).toBe(0);
    const dead = (await (await getJobQueue()).fetch<{ n: number }>(JOB_DEAD_LETTERS)).map((job) => job.data);
    expect(dead).toEqual([{ n: 3 }]);
  });

  it("completes a job that succeeds on a retry", async () => {
    await enqueueJob(queue, { n: 4 });
    let calls = 0;
    const flaky = async () => {
      calls += 1;
      if (calls < 3) throw new Error("not yet");
    };
    const first = await runQueuedJobs({ [queue]: flaky });
    const rest = await runQueuedJobs({ [queue]: flaky }, { includeRetries: true });
    expect({ first, rest, calls }).toEqual({
      first: { completed: 0, failed: 1 },
      rest: { completed: 1, failed: 1 },
      calls: 3,
    });
  });

  it("counts jobs per queue and state, and puts a failed job back to run once more", async () => {
    // Failed jobs of the tests above stay (purging a queue removes only waiting ones).
    const before = await countJobs().then(
      (rows) => rows.find((row) => row.name === queue && row.state === "failed")?.count ?? 0,
    );
    await enqueueJob(queue, { n: 5 });
    const failing = async () => {
      throw new Error("down");
    };
    await runQueuedJobs({ [queue]: failing });
    await runQueuedJobs({ [queue]: failing }, { includeRetries: true });
    const failed = () =>
      countJobs().then((rows) => rows.find((row) => row.name === queue && row.state === "failed")?.count ?? 0);
    expect(await failed()).toBe(before + 1);
    expect(await retryFailedJobs(queue)).toBe(before + 1);
    expect(await failed()).toBe(0);
    const seen: unknown[] = [];
    await runQueuedJobs({ [queue]: async (data: unknown) => void seen.push(data) }, { includeRetries: true });
    expect(seen).toContainEqual({ n: 5 });
    expect(seen).toHaveLength(before + 1);
  });
});
