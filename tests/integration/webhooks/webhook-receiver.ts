import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";

// A webhook receiver on 127.0.0.1 for the tests: records every request (headers, body) and
// answers the statuses it is told to, in turn (then 200).

export type ReceivedWebhook = { headers: IncomingHttpHeaders; body: string; json: { type: string; data: unknown } };

export type Receiver = {
  url: string;
  received: ReceivedWebhook[];
  /** Statuses for the next requests, in order; 200 once they are used up. */
  answer: (...statuses: number[]) => void;
  close: () => Promise<void>;
};

export async function startReceiver(): Promise<Receiver> {
  const received: ReceivedWebhook[] = [];
  const statuses: number[] = [];
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      received.push({ headers: request.headers, body, json: JSON.parse(body) as ReceivedWebhook["json"] });
      response.statusCode = statuses.shift() ?? 200;
      response.end("ok");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks`,
    received,
    answer: (...next) => statuses.push(...next),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** Runs the code with NODE_ENV=production (the SSRF guard and the https rule are on), then restores it. */
export async function inProduction<T>(run: () => Promise<T>): Promise<T> {
  const env = process.env as Record<string, string | undefined>;
  const before = env.NODE_ENV;
  env.NODE_ENV = "production";
  try {
    return await run();
  } finally {
    env.NODE_ENV = before;
  }
}
