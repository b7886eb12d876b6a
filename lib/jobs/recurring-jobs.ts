import "server-only";
import { z } from "zod";
import { findDueRecurringProfiles, runRecurringProfile } from "@/lib/recurring/run-recurring-profile";
import { QUEUES } from "./job-definitions";
import type { JobHandler } from "./job-handler";
import { enqueueJob } from "./enqueue-job";

// Recurring invoices on the queue. The tick (every 15 minutes) only finds the profiles with a
// period due and enqueues one recurring.run per profile; the run generates that profile's due
// periods in order. Exactly one invoice per period is the RecurringRun claim's doing (unique
// profile + period, in the invoice's transaction), not the queue's: two ticks, two workers or
// a repeated job find the period claimed and make nothing.

/** Profiles enqueued per tick; the rest wait for the next tick (most late first). */
const DUE_PER_TICK = 500;

export const recurringTick: JobHandler = async () => {
  const due = await findDueRecurringProfiles(new Date(), DUE_PER_TICK);
  for (const { organizationId, profileId } of due) {
    // One job per profile per tick slot, so a slow run is not stacked up by the next ticks.
    await enqueueJob(QUEUES.recurringRun.name, { organizationId, profileId } satisfies RecurringRunJob, {
      singletonKey: `recurring:${profileId}`,
      singletonSeconds: 15 * 60,
    });
  }
};

const recurringRunJob = z.object({ organizationId: z.string().min(1), profileId: z.string().min(1) });

export type RecurringRunJob = z.infer<typeof recurringRunJob>;

export const recurringRun: JobHandler = async (data) => {
  const { organizationId, profileId } = recurringRunJob.parse(data);
  await runRecurringProfile(organizationId, profileId, new Date());
};
