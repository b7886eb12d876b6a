import { PrismaClient } from "@/lib/generated/prisma/client";
import type { OpenedAdapter } from "./adapter";

// Not "server-only": CLI scripts (scripts/db.ts) open their own client with it.
export function createDbClient(adapter: OpenedAdapter): PrismaClient {
  return new PrismaClient({ adapter: adapter.factory });
}
