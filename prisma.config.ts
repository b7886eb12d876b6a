import path from "node:path";
import { defineConfig } from "prisma/config";

// Prisma's native schema engine cannot be downloaded on our machines (offline), and
// `prisma generate` refuses to run without it even though generating does not use it.
// Pointing the variable at any existing file satisfies that check; migrations go
// through scripts/db.ts and the WebAssembly engine instead.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.resolve("package.json");

export default defineConfig({
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
});
