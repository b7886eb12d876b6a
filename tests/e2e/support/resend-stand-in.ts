import { appendFileSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

// A local stand-in for the Resend API: the production build sends real SDK calls here, and
// tests read what "arrived" from a JSON-lines file (the server lives in jest's global setup,
// the tests in other module contexts). Like Resend, a POST with an Idempotency-Key it has
// already seen is answered with the first one's id and not recorded again (the email.send
// job repeats a send after a worker died past the provider's OK).

export type ReceivedEmail = {
  from: string;
  to: string[];
  subject: string;
  html: string;
  text: string;
  attachments?: { filename: string; content: string }[];
};

export async function startResendStandIn(mailboxFile: string): Promise<{ url: string; close: () => Promise<void> }> {
  writeFileSync(mailboxFile, "");
  let counter = 0;
  const idsByKey = new Map<string, string>();
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      if (request.method === "POST" && request.url === "/emails") {
        const key = request.headers["idempotency-key"];
        const seen = typeof key === "string" ? idsByKey.get(key) : undefined;
        if (seen) {
          response.writeHead(200, { "content-type": "application/json" });
          response.end(JSON.stringify({ id: seen }));
          return;
        }
        appendFileSync(mailboxFile, Buffer.concat(chunks).toString("utf8").replace(/\n/g, " ") + "\n");
        counter += 1;
        const id = `re_e2e_${counter}`;
        if (typeof key === "string") idsByKey.set(key, id);
        response.writeHead(200, { "content-type": "application/json" });
        response.end(JSON.stringify({ id }));
        return;
      }
      response.writeHead(404, { "content-type": "application/json" });
      response.end(JSON.stringify({ name: "not_found", message: "Not found" }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export function readMailbox(mailboxFile: string): ReceivedEmail[] {
  if (!existsSync(mailboxFile)) return [];
  return readFileSync(mailboxFile, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as ReceivedEmail);
}

/** Waits for the n-th email to an address (1-based) and returns it. */
export async function waitForEmail(
  mailboxFile: string,
  to: string,
  nth = 1,
  timeoutMs = 15_000,
): Promise<ReceivedEmail> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const received = readMailbox(mailboxFile).filter((email) => email.to.includes(to));
    if (received.length >= nth) return received[nth - 1]!;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no email #${nth} to ${to} within ${timeoutMs} ms`);
}

export function codeIn(email: ReceivedEmail): string {
  const code = email.text.match(/\b(\d{6})\b/)?.[1];
  if (!code) throw new Error(`no 6-digit code in "${email.subject}"`);
  return code;
}

export function linkIn(email: ReceivedEmail, pathPrefix: string): string {
  const link = email.text.match(new RegExp(`https?://[^\\s"<>]+${pathPrefix}[^\\s"<>]*`))?.[0];
  if (!link) throw new Error(`no ${pathPrefix} link in "${email.subject}"`);
  return link;
}
