/**
 * Client list benchmark: `npm run bench:clients [-- --clients N --runs R]`.
 *
 * Seeds one organization with N clients (50,000 by default) through createMany batches, in a
 * throwaway in-memory PGlite, or in the PostgreSQL database of DATABASE_URL (in a new
 * organization, deleted at the end). Then times the list's own query (findClientPage: count
 * + one page, exactly what /clients runs) for the cases below and prints p50/p95, followed by
 * EXPLAIN (ANALYZE) of the search and sort queries, to show which indexes they use.
 * Figures only: no thresholds (machines differ); read the plans.
 */
import { randomUUID } from "node:crypto";
import { clientListQuery, type ClientListQuery } from "@/lib/clients/client-list-query";
import { findClientPage } from "@/lib/clients/find-client-page";
import { seedClients } from "@/lib/clients/seed-clients";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { openBenchDatabase } from "./open-bench-database";
import { percentile } from "./percentile";

type QueryEvent = { query: string; params: string; duration: number };

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const index = args.indexOf(`--${name}`);
  const value = index === -1 ? NaN : Number(args[index + 1]);
  return Number.isInteger(value) && value > 0 ? value : fallback;
};
const CLIENTS = option("clients", 50_000);
const RUNS = option("runs", 30);
const WARMUP = 3;

async function main() {
  const { adapter, where } = await openBenchDatabase();
  const client = new PrismaClient({ adapter: adapter.factory, log: [{ emit: "event", level: "query" }] });
  let captured: QueryEvent[] | null = null;
  client.$on("query", (event: QueryEvent) => captured?.push(event));
  const organization = await client.organization.create({
    data: { name: "Benchmark clients", slug: `bench-clients-${randomUUID().slice(0, 8)}` },
  });
  try {
    console.log(`Database: ${where}`);
    const seedStart = performance.now();
    const { groupIds } = await seedClients(client, organization.id, CLIENTS, {
      onProgress: (written) => process.stdout.write(`\rSeeding ${written}/${CLIENTS} clients…`),
    });
    console.log(
      `\rSeeded ${CLIENTS} clients in ${((performance.now() - seedStart) / 1000).toFixed(1)} s (createMany, 1000 per batch).`,
    );
    // Statistics and visibility map as autovacuum leaves them on a PostgreSQL server (PGlite
    // runs no autovacuum: without this its plans would reflect a table nobody ever vacuumed).
    await client.$executeRawUnsafe(`VACUUM ANALYZE "Client"`);
    await client.$executeRawUnsafe(`VACUUM ANALYZE "ClientGroupMember"`);

    const query = (params: Record<string, unknown>): ClientListQuery => clientListQuery.parse(params);
    const cases: [string, ClientListQuery][] = [
      ["first page, sorted by name", query({})],
      ["page 200, sorted by name", query({ page: "200" })],
      ['search "dupont"', query({ q: "dupont" })],
      ['search by city "montpellier"', query({ q: "montpellier" })],
      ["group filter (1 client in 10)", query({ group: groupIds[0] })],
      ["sorted by city", query({ sort: "city" })],
      ["sorted by creation date, newest first", query({ sort: "createdAt", dir: "desc" })],
    ];

    console.log(`\n${RUNS} runs each (after ${WARMUP} warm-up runs), count + one page of 25:\n`);
    console.log(`${"case".padEnd(40)} ${"total".padStart(7)} ${"p50 ms".padStart(8)} ${"p95 ms".padStart(8)}`);
    for (const [label, listQuery] of cases) {
      let total = 0;
      for (let i = 0; i < WARMUP; i += 1) total = (await findClientPage(client, organization.id, listQuery)).total;
      const times: number[] = [];
      for (let i = 0; i < RUNS; i += 1) {
        const start = performance.now();
        await findClientPage(client, organization.id, listQuery);
        times.push(performance.now() - start);
      }
      times.sort((a, b) => a - b);
      console.log(
        `${label.padEnd(40)} ${String(total).padStart(7)} ${percentile(times, 50).toFixed(1).padStart(8)} ${percentile(times, 95).toFixed(1).padStart(8)}`,
      );
    }

    for (const [label, listQuery] of cases) {
      captured = [];
      await findClientPage(client, organization.id, listQuery);
      const statements = captured.filter((event) => /FROM "(public"\.")?Client"/.test(event.query));
      captured = null;
      for (const statement of statements) {
        const kind = /COUNT\(/i.test(statement.query)
          ? "count"
          : /WITH matches/.test(statement.query)
            ? "ids of the page"
            : "page";
        const params = JSON.parse(statement.params) as unknown[];
        const plan = await client.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(
          `EXPLAIN (ANALYZE, BUFFERS) ${statement.query}`,
          ...params,
        );
        console.log(`\n── EXPLAIN ANALYZE: ${label} (${kind}) ──`);
        console.log(plan.map((row) => row["QUERY PLAN"]).join("\n"));
      }
    }
  } finally {
    await client.organization.delete({ where: { id: organization.id } });
    await client.$disconnect();
    await adapter.close();
  }
}

await main();
