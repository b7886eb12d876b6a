// How a figure moved from the previous period, as words can say it (never colour alone):
// "+12 %", "−5 %", the same, or "new" when there was nothing to compare with.

export type FigureChange =
  | { kind: "up" | "down"; percent: number }
  | { kind: "same" }
  /** The previous value was zero (or missing): no percentage means anything. */
  | { kind: "new" };

/** Relative change, rounded to a whole percent (−100 % when a figure falls to zero). */
export function figureChange(current: number, previous: number | null): FigureChange {
  if (previous === null || previous === 0) return current === 0 ? { kind: "same" } : { kind: "new" };
  if (current === previous) return { kind: "same" };
  const percent = Math.round((Math.abs(current - previous) / Math.abs(previous)) * 100);
  if (percent === 0) return { kind: "same" };
  return { kind: current > previous ? "up" : "down", percent };
}

/** Change between two rates (0–1) in percentage points; null when either is unknown. */
export function pointsChange(current: number | null, previous: number | null): FigureChange | null {
  if (current === null || previous === null) return null;
  const points = Math.round((current - previous) * 100);
  if (points === 0) return { kind: "same" };
  return { kind: points > 0 ? "up" : "down", percent: Math.abs(points) };
}
