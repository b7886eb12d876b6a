import { z } from "zod";

// The only module that reads process.env. Everything else imports `env` from here,
// so a bad variable fails fast at start-up with its name instead of deep in a request.

const postgresUrl = /^postgres(ql)?:\/\//;

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  // postgres://… → real PostgreSQL through @prisma/adapter-pg; empty → embedded PGlite.
  DATABASE_URL: z
    .string()
    .trim()
    .optional()
    .transform((value) => (value ? value : undefined))
    .refine((value) => value === undefined || postgresUrl.test(value), {
      message: "must be a postgres:// or postgresql:// URL, or empty for the embedded database",
    }),
  // Directory of the embedded database, or "memory://" for a throwaway in-memory one.
  PGLITE_DATA_DIR: z.string().trim().min(1).default("./.data/pglite"),
  // Public base URL, used in links sent by email.
  APP_URL: z.url().default("http://localhost:3000"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
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
