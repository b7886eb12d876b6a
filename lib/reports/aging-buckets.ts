// The columns of the aged receivables report: how late a balance is on the as-of day.
// "Not yet due" holds what falls due on that day or later (and an invoice without a due date):
// the same line as the OVERDUE display status, late only from the day after the due date.
// The bounds are data, so the SQL aggregates (aged-receivables.ts) and agingBucket read the
// same table instead of two copies of the rule.

export const AGING_BUCKETS = ["notDue", "days0To30", "days31To60", "days61To90", "over90"] as const;

export type AgingBucket = (typeof AGING_BUCKETS)[number];

/** Inclusive bounds of days late; null: unbounded on that side. */
export const BUCKET_BOUNDS: Record<AgingBucket, { min: number | null; max: number | null }> = {
  notDue: { min: null, max: 0 },
  days0To30: { min: 1, max: 30 },
  days31To60: { min: 31, max: 60 },
  days61To90: { min: 61, max: 90 },
  over90: { min: 91, max: null },
};

export type BucketAmounts = Record<AgingBucket, number> & { totalCents: number };

/** The bucket of a balance `daysLate` days past its due date (null: no due date). */
export function agingBucket(daysLate: number | null): AgingBucket {
  if (daysLate === null) return "notDue";
  return AGING_BUCKETS.find((bucket) => {
    const { min, max } = BUCKET_BOUNDS[bucket];
    return (min === null || daysLate >= min) && (max === null || daysLate <= max);
  })!;
}

export function emptyBuckets(): BucketAmounts {
  return { notDue: 0, days0To30: 0, days31To60: 0, days61To90: 0, over90: 0, totalCents: 0 };
}
