import { isAppError, type FieldErrors } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/errors/validation";
import { fecPeriodInput, type FecPeriod } from "./fec-period-schema";

// The FEC page's period (?from=&to=): the last calendar year by default — the fiscal year an
// accountant closes and asks the FEC of, most French small businesses closing on 31 December.

export type FecPeriodState = {
  /** What the fields show: the period asked, or what was typed when it was refused. */
  from: string;
  to: string;
  /** The period to export, or null when the fields hold an error. */
  period: FecPeriod | null;
  errors: FieldErrors;
};

const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);

export function resolveFecPeriod(params: Record<string, unknown>, today: string): FecPeriodState {
  const lastYear = Number(today.slice(0, 4)) - 1;
  const asked = (name: string, fallback: string) => {
    const value = first(params[name]);
    return typeof value === "string" && value.trim() !== "" ? value.trim() : fallback;
  };
  const from = asked("from", `${lastYear}-01-01`);
  const to = asked("to", `${lastYear}-12-31`);
  try {
    return { from, to, period: parseInput(fecPeriodInput, { from, to }), errors: {} };
  } catch (error) {
    if (!isAppError(error) || error.kind !== "VALIDATION") throw error;
    return { from, to, period: null, errors: error.details.fieldErrors ?? {} };
  }
}
