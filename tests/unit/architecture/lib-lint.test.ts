/** @jest-environment node */
import { spawnSync } from "node:child_process";
import path from "node:path";

// The ESLint rule that keeps the framework out of lib/ (eslint.config.mjs), run by the real
// ESLint CLI on text that breaks it: a rule that silently matched nothing would pass every lint.

const root = path.resolve(__dirname, "../../..");

const frameworkImports = [
  'import NextAuth from "next-auth";',
  'import CredentialsProvider from "next-auth/providers/credentials";',
  'import { headers } from "next/headers";',
  'import type { NextConfig } from "next";',
  "export const used = [NextAuth, CredentialsProvider, headers];",
  "export type Config = NextConfig;",
].join("\n");

type LintMessage = { ruleId: string | null; line: number };

function restrictedImportLines(filePath: string): number[] {
  const eslint = spawnSync(
    path.join(root, "node_modules/.bin/eslint"),
    ["--stdin", "--stdin-filename", filePath, "--format", "json"],
    { cwd: root, input: frameworkImports, encoding: "utf8" },
  );
  const [result] = JSON.parse(eslint.stdout) as { messages: LintMessage[] }[];
  return (result?.messages ?? []).filter((m) => m.ruleId === "no-restricted-imports").map((m) => m.line);
}

describe("lint: lib/ does not import the framework", () => {
  it("refuses next, next/*, next-auth and next-auth/* in lib/", () => {
    expect(restrictedImportLines("lib/probe/probe.ts")).toEqual([1, 2, 3, 4]);
  }, 60_000);

  it("allows them in app/, where the framework belongs", () => {
    expect(restrictedImportLines("app/_shared/probe.ts")).toEqual([]);
  }, 60_000);
});
