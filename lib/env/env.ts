import { z } from "zod";

// The only module that reads process.env. Everything else imports `env` from here,
// so a bad variable fails fast at start-up with its name instead of deep in a request.

const postgresUrl = /^postgres(ql)?:\/\//;

// Only for development and tests; production must set its own (checked below).
const DEV_AUTH_SECRET = "facturo-development-secret-do-not-use-in-production";

const optionalText = z
  .string()
  .trim()
  .optional()
  .transform((value) => (value ? value : undefined));

const envSchema = z
  .object({
    NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
    // postgres://… → real PostgreSQL through @prisma/adapter-pg; empty → embedded PGlite.
    DATABASE_URL: optionalText.refine((value) => value === undefined || postgresUrl.test(value), {
      message: "must be a postgres:// or postgresql:// URL, or empty for the embedded database",
    }),
    // Directory of the embedded database, or "memory://" for a throwaway in-memory one.
    PGLITE_DATA_DIR: z.string().trim().min(1).default("./.data/pglite"),
    // Public base URL, used in links sent by email.
    APP_URL: z.url().default("http://localhost:3000"),
    LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
    // Signs session tokens and keys the HMAC of one-time codes. At least 32 characters.
    AUTH_SECRET: z.string().min(32, "must be at least 32 characters").default(DEV_AUTH_SECRET),
    // Email: with RESEND_API_KEY mail goes through Resend; without it, to the outbox table
    // (read it at /dev/mailbox in development).
    RESEND_API_KEY: optionalText,
    // Resend API base URL (tests point it at a local stand-in server).
    RESEND_BASE_URL: z.url().optional(),
    EMAIL_FROM: z.string().trim().min(3).default("Facturo <no-reply@facturo.test>"),
    // Reverse proxies in front of the app (each appending to X-Forwarded-For): the client's
    // address is the entry this many places before the socket peer. 0 = clients connect
    // straight to `next start`, and a client-sent X-Forwarded-For is ignored.
    TRUSTED_PROXY_HOPS: z
      .string()
      .trim()
      .default("0")
      .transform((value, context) => {
        const hops = value || "0";
        if (!/^\d{1,2}$/.test(hops) || Number(hops) > 10) {
          context.addIssue({
            code: "custom",
            message: "must be the number of reverse proxies in front of the app, 0 to 10 (e.g. 1 behind nginx)",
          });
          return z.NEVER;
        }
        return Number(hops);
      }),
    // Background work (lib/jobs): "in-app" — the app process also works the job queue (the
    // default; the only way with the embedded PGlite); "off" — it only sends jobs, and
    // `npm run worker` processes work them (PostgreSQL only).
    JOB_WORKERS: z.enum(["in-app", "off"]).default("in-app"),
    // Jobs of one queue a working process runs at the same time.
    JOB_CONCURRENCY: z.coerce.number().int().min(1).max(50).default(2),
    // Bearer token of GET /api/metrics (Prometheus). Empty → the route answers 404.
    METRICS_TOKEN: optionalText.refine((value) => value === undefined || value.length >= 16, {
      message: "must be at least 16 characters (e.g. openssl rand -hex 32), or empty to turn /api/metrics off",
    }),
    // Requests one API token may make per minute (/api/v1; counted in the database, so the
    // limit holds across processes). Over it: 429 with Retry-After.
    API_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(100_000).default(600),
    // Payment reminders (npm run reminders): days after the due date, comma-separated; empty
    // → the default. Parsed to sorted, distinct numbers.
    REMINDER_DAYS: z
      .string()
      .trim()
      .default("7,15,30")
      .transform((value, context) => {
        const steps = (value || "7,15,30").split(",").map((part) => part.trim());
        if (steps.some((step) => !/^\d{1,4}$/.test(step) || Number(step) < 1)) {
          context.addIssue({
            code: "custom",
            message: "must be whole numbers of days ≥ 1, comma-separated (e.g. 7,15,30)",
          });
          return z.NEVER;
        }
        return [...new Set(steps.map(Number))].sort((a, b) => a - b);
      }),
  })
  .superRefine((env, context) => {
    if (env.NODE_ENV === "production" && env.AUTH_SECRET === DEV_AUTH_SECRET) {
      context.addIssue({
        code: "custom",
        path: ["AUTH_SECRET"],
        message: "must be set in production (e.g. openssl rand -base64 32)",
      });
    }
  });

export type Env = z.infer<typeof envSchema>;

export class EnvError extends Error {
  constructor(readonly issues: { variable: string; message: string }[]) {
    super(
      "Invalid environment configuration:\n" +
        issues.map((issue) => `  - ${issue.variable}: ${issue.message}`).join("\n") +
        "\nSee .env.example for every variable and its meaning.",
    );
    this.name = "EnvError";
  }
}

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    throw new EnvError(
      result.error.issues.map((issue) => ({
        variable: issue.path.join(".") || "(root)",
        message: issue.message,
      })),
    );
  }
  return result.data;
}

let cached: Env | undefined;

/** Parsed environment, read once per process. */
export function getEnv(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

/** Tests change process.env between cases; this forgets the cached parse. */
export function resetEnvCache(): void {
  cached = undefined;
}
