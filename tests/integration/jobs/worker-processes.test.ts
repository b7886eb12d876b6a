import { spawn, type ChildProcess } from "node:child_process";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { db } from "@/lib/db/prisma";
import { resetEnvCache } from "@/lib/env/env";
import { queueEmail } from "@/lib/email/queue-email";
import { QUEUES } from "@/lib/jobs/job-definitions";
import { getJobQueue } from "@/lib/jobs/job-queue";
import { testDatabaseUrl, usingPostgres } from "@/tests/support/test-database";

// Several worker processes on one PostgreSQL (how Facturo scales out): real `npm run worker`
// processes, real email.send jobs, a local stand-in of Resend's API that dedups by
// Idempotency-Key as Resend does. PGlite is one process by design, so these run in the
// PostgreSQL pass (CI) only.

const describeOnPostgres = usingPostgres() ? describe : describe.skip;

type StandIn = {
  url: string;
  /** Requests received per idempotency key (a repeat of an accepted key is not a new email). */
  requests: Map<string, number>;
  /** Emails accepted (one per key). */
  accepted: Set<string>;
  /** The keys each recipient's requests carried. */
  keysByRecipient: Map<string, Set<string>>;
  /** Recipients whose request is held this long before the answer (ms). */
  hold: Map<string, number>;
  close: () => Promise<void>;
};

async function startStandIn(): Promise<StandIn> {
  const requests = new Map<string, number>();
  const accepted = new Set<string>();
  const hold = new Map<string, number>();
  const keysByRecipient = new Map<string, Set<string>>();
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const key = String(request.headers["idempotency-key"] ?? "");
      const body = JSON.parse(Buffer.concat(chunks).toString("utf8")) as { to: string[] };
      requests.set(key, (requests.get(key) ?? 0) + 1);
      accepted.add(key);
      for (const to of body.to) keysByRecipient.set(to, (keysByRecipient.get(to) ?? new Set()).add(key));
      const answer = () => {
        response.writeHead(200, { "content-type": "application/json" });
        response.end(JSON.stringify({ id: `re_${key}` }));
      };
      const delay = hold.get(body.to[0] ?? "");
      if (delay) setTimeout(answer, delay);
      else answer();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    accepted,
    keysByRecipient,
    hold,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

type Worker = { child: ChildProcess; done: () => number; exited: Promise<number | null>; stderr: () => string };

function startWorker(standIn: StandIn): Worker {
  // tsx itself (not npx, which would not pass signals on to the worker).
  const child = spawn(
    process.execPath,
    // email.send only: the cron ticks (recurring invoices every 15 min) would otherwise run the
    // due profiles earlier test files left in this database, PDFs and all, and a stop would
    // wait for them (seen in CI: a stop past 20 s at hh:45).
    [
      path.resolve("node_modules/tsx/dist/cli.mjs"),
      "scripts/worker.ts",
      "--concurrency",
      "4",
      "--queues",
      QUEUES.emailSend.name,
    ],
    {
      env: {
        ...process.env,
        NODE_OPTIONS: "",
        DATABASE_URL: testDatabaseUrl(),
        RESEND_API_KEY: "re_test_key",
        RESEND_BASE_URL: standIn.url,
        LOG_LEVEL: "debug",
        NODE_ENV: "test",
      },
      stdio: ["ignore", "pipe", "pipe"],
      // Its own process group: signals reach tsx's node child too (see stopWorker).
      detached: true,
    },
  );
  let done = 0;
  let buffer = "";
  child.stdout!.on("data", (chunk: Buffer) => {
    buffer += chunk.toString("utf8");
    const lines = buffer.split("\n");
    buffer = lines.pop() ?? "";
    for (const line of lines) if (line.includes('"job done"') && line.includes(QUEUES.emailSend.name)) done += 1;
  });
  let stderr = "";
  child.stderr!.on("data", (chunk: Buffer) => {
    stderr = (stderr + chunk.toString("utf8")).slice(-4000);
  });
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, done: () => done, exited, stderr: () => stderr };
}

function restoreEnv(name: string, value: string | undefined): void {
  if (value === undefined) delete process.env[name];
  else process.env[name] = value;
}

async function waitFor(check: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`condition not met within ${timeoutMs} ms`);
}

describeOnPostgres("worker processes on one PostgreSQL", () => {
  let standIn: StandIn;
  const workers: Worker[] = [];
  const saved = { key: process.env.RESEND_API_KEY, url: process.env.RESEND_BASE_URL };

  beforeAll(async () => {
    standIn = await startStandIn();
    // Emails queued here are for Resend (the transport is chosen when queued).
    process.env.RESEND_API_KEY = "re_test_key";
    process.env.RESEND_BASE_URL = standIn.url;
    resetEnvCache();
    // Emails queued by earlier test files (same database) would be sent here too.
    await (await getJobQueue()).purgeQueue(QUEUES.emailSend.name);
  });

  afterEach(async () => {
    for (const worker of workers.splice(0)) {
      if (worker.child.exitCode !== null || worker.child.signalCode !== null) continue;
      process.kill(-worker.child.pid!, "SIGTERM");
      // A graceful stop takes up to 10 s (held jobs) and the worker exits by itself 20 s after
      // SIGTERM whatever happens; past 30 s (slack for a loaded machine) it is hung: kill.
      const stopped = await Promise.race([
        worker.exited.then(() => true),
        new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 30_000)),
      ]);
      if (!stopped) {
        process.kill(-worker.child.pid!, "SIGKILL");
        await worker.exited;
        throw new Error(`worker ${worker.child.pid} did not exit within 30 s of SIGTERM:\n${worker.stderr()}`);
      }
    }
  }, 90_000);

  afterAll(async () => {
    const boss = await getJobQueue();
    await boss.updateQueue(QUEUES.emailSend.name, {
      name: QUEUES.emailSend.name,
      expireInSeconds: QUEUES.emailSend.expireInSeconds,
    });
    // Assigning undefined would store the string "undefined" (and break later workers' env check).
    restoreEnv("RESEND_API_KEY", saved.key);
    restoreEnv("RESEND_BASE_URL", saved.url);
    resetEnvCache();
    await standIn.close();
  });

  it("two workers send 1,000 queued emails: each exactly once, none lost, both working", async () => {
    const ids: string[] = [];
    for (let index = 0; index < 1000; index += 1) {
      const email = `bulk-${index}@workers.test`;
      ids.push(
        (await queueEmail({ to: [email], subject: `Bulk ${index}`, html: "<p>x</p>", text: "x", template: "test" })).id,
      );
    }
    workers.push(startWorker(standIn), startWorker(standIn));
    await waitFor(
      async () => (await db.emailMessage.count({ where: { id: { in: ids }, status: "SENT" } })) === 1000,
      240_000,
    );

    const keys = ids.map((id) => `email/${id}/0`);
    expect(keys.filter((key) => standIn.accepted.has(key))).toHaveLength(1000);
    expect(keys.filter((key) => standIn.requests.get(key) !== 1)).toEqual([]);
    const rows = await db.emailMessage.findMany({
      where: { id: { in: ids } },
      select: { attempts: true, status: true },
    });
    expect(rows.filter((row) => row.attempts !== 1 || row.status !== "SENT")).toEqual([]);
    // Both processes took a share of the work (their own "job done" log lines).
    await waitFor(async () => workers[0]!.done() + workers[1]!.done() === 1000, 10_000);
    expect(workers[0]!.done()).toBeGreaterThan(0);
    expect(workers[1]!.done()).toBeGreaterThan(0);
  }, 300_000);

  it("a worker killed with SIGKILL mid-send: the job is retried by another and the email sent once", async () => {
    // Short expiry for this test only: a job held by a dead worker is retried once it expires.
    const boss = await getJobQueue();
    await boss.updateQueue(QUEUES.emailSend.name, { name: QUEUES.emailSend.name, expireInSeconds: 3 });
    standIn.hold.set("crash@workers.test", 60_000);
    const { id } = await queueEmail({
      to: ["crash@workers.test"],
      subject: "Crash",
      html: "<p>x</p>",
      text: "x",
      template: "test",
    });
    const key = `email/${id}/0`;

    const first = startWorker(standIn);
    workers.push(first);
    // The provider has the email (and will answer only after the worker is gone).
    await waitFor(async () => standIn.requests.get(key) === 1, 60_000);
    process.kill(-first.child.pid!, "SIGKILL");
    await first.exited;
    expect((await db.emailMessage.findUniqueOrThrow({ where: { id } })).status).toBe("QUEUED");

    standIn.hold.delete("crash@workers.test");
    workers.push(startWorker(standIn));
    await waitFor(async () => (await db.emailMessage.findUniqueOrThrow({ where: { id } })).status === "SENT", 90_000);
    // Asked twice with the same key, delivered once: the stand-in, like Resend, answers the
    // repeat of an accepted key with the first email instead of sending another.
    expect(standIn.requests.get(key)).toBe(2);
    expect([...(standIn.keysByRecipient.get("crash@workers.test") ?? [])]).toEqual([key]);
  }, 150_000);
});

describe("npm run worker's arguments", () => {
  it("--queues with a name that is no queue: exit 2, the queues listed, nothing started", async () => {
    const child = spawn(
      process.execPath,
      [path.resolve("node_modules/tsx/dist/cli.mjs"), "scripts/worker.ts", "--queues", `${QUEUES.emailSend.name},nope`],
      { env: { ...process.env, NODE_OPTIONS: "" }, stdio: ["ignore", "pipe", "pipe"] },
    );
    let stderr = "";
    child.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
    const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
    expect(code).toBe(2);
    expect(stderr).toContain("--queues takes queue names separated by commas");
    expect(stderr).toContain(QUEUES.emailSend.name);
  }, 60_000);
});
