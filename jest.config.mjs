import nextJest from "next/jest.js";

// Three kinds of tests, each its own jest project (run separately: the database suite
// needs --experimental-vm-modules for PGlite, which other suites must not get).
//   unit         tests/unit/**         jsdom/node, no database, no network
//   integration  tests/integration/**  real database: PGlite by default, PostgreSQL if TEST_DATABASE_URL
//   e2e          tests/e2e/**          production build + Debian chromium (npm run test:e2e)
const createJestConfig = nextJest({ dir: "./" });

const shared = {
  moduleNameMapper: {
    "^@/(.*)$": "<rootDir>/$1",
    // A CommonJS bundle of the ESM-only PDF renderer (tests/support/react-pdf-bundle.ts).
    "^@react-pdf/renderer$": "<rootDir>/node_modules/.cache/facturo/react-pdf.cjs",
  },
};

const unit = await createJestConfig({
  ...shared,
  displayName: "unit",
  testEnvironment: "jsdom",
  // Timeouts: tests/support/setup-unit.ts (a project config ignores testTimeout).
  testMatch: ["<rootDir>/tests/unit/**/*.test.{ts,tsx}"],
  globalSetup: "<rootDir>/tests/support/unit-global-setup.ts",
  setupFilesAfterEnv: ["<rootDir>/tests/support/setup-unit.ts"],
})();

const integration = await createJestConfig({
  ...shared,
  displayName: "integration",
  testEnvironment: "node",
  testMatch: ["<rootDir>/tests/integration/**/*.test.{ts,tsx}"],
  globalSetup: "<rootDir>/tests/support/integration-global-setup.ts",
  globalTeardown: "<rootDir>/tests/support/integration-global-teardown.ts",
  setupFilesAfterEnv: ["<rootDir>/tests/support/setup-integration.ts"],
})();

const e2e = await createJestConfig({
  ...shared,
  displayName: "e2e",
  testEnvironment: "node",
  testMatch: ["<rootDir>/tests/e2e/**/*.test.ts"],
  globalSetup: "<rootDir>/tests/e2e/support/global-setup.ts",
  globalTeardown: "<rootDir>/tests/e2e/support/global-teardown.ts",
  setupFilesAfterEnv: ["<rootDir>/tests/e2e/support/setup.ts"],
})();

// `reporters` is a global option: jest ignores it inside projects.
// Every core: jest's default leaves one idle (one worker on a 2-core machine), and each
// integration file has its own in-memory PGlite copy, so files run side by side safely. The
// PostgreSQL pass of CI shares one database between files and runs them one at a time
// (.ci/run passes --runInBand); e2e runs in band too (one server, one browser).
const config = {
  maxWorkers: "100%",
  projects: [unit, integration, e2e],
  reporters: ["default", "<rootDir>/tests/support/summary-reporter.cjs"],
};

export default config;
