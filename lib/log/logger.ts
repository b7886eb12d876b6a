import pino, { type Logger } from "pino";
import { getEnv } from "@/lib/env/env";

// Structured JSON logs on stdout: one line per event, machine-readable in production,
// readable enough in dev. Secrets never go in log fields (see redact).
let root: Logger | undefined;

export function getLogger(): Logger {
  root ??= pino({
    level: getEnv().LOG_LEVEL,
    base: { app: "facturo" },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: {
      paths: ["password", "*.password", "passwordHash", "*.passwordHash", "code", "*.code", "token", "*.token"],
      censor: "[redacted]",
    },
  });
  return root;
}

/** A child logger whose every line carries the request id (set by proxy.ts). */
export function requestLogger(requestId: string | null | undefined): Logger {
  return getLogger().child({ requestId: requestId ?? "none" });
}
