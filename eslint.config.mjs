import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  globalIgnores([
    ".next/**",
    ".next-*/**",
    "out/**",
    "build/**",
    "next-env.d.ts",
    "lib/generated/**",
    ".data/**",
    "test-results/**",
  ]),
  {
    // Pages, layouts and route handlers reach the database only through lib/ (thin shells, fat domain).
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@/lib/generated/*", "**/generated/prisma/*"],
              message: "Use a function from lib/<domain> instead of Prisma.",
            },
            {
              group: ["@/lib/db/prisma", "@/lib/db/adapter"],
              message: "Use a function from lib/<domain> instead of the database client.",
            },
            { group: ["@prisma/*", "pg", "@electric-sql/pglite"], message: "Database access belongs in lib/." },
          ],
        },
      ],
    },
  },
  {
    // Domain logic never imports Next.js nor next-auth: what needs them lives in app/ (e.g.
    // app/_shared/auth-options.ts). tests/unit/architecture/lib-lint.test.ts proves the rule bites.
    files: ["lib/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["next", "next/*", "next-auth", "next-auth/*"],
              message: "lib/ is framework-free: pass data in from app/.",
            },
          ],
        },
      ],
    },
  },
]);
