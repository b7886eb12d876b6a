import "server-only";
import http from "node:http";
import https from "node:https";
import type { LookupFunction } from "node:net";
import type { PinnedAddress } from "./webhook-target";

export const WEBHOOK_TIMEOUT_MS = 10_000;

export type PostOutcome =
  | { ok: true; status: number; durationMs: number }
  | { ok: false; status: number | null; durationMs: number; error: string };

/**
 * One POST of a signed message. 2xx is a success; any other answer, a redirect (never
 * followed: it could lead anywhere), a network error or no complete answer within 10 s is a
 * failure. With `pinned` the socket connects to that address (checked by the SSRF guard)
 * whatever the host name resolves to now; TLS still verifies the certificate for the host name.
 */
export function postWebhook(params: {
  url: string;
  body: string;
  headers: Record<string, string>;
  pinned: PinnedAddress | null;
}): Promise<PostOutcome> {
  const url = new URL(params.url);
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  const pinnedLookup: LookupFunction | undefined = params.pinned
    ? (_hostname, options, callback) => {
        const { address, family } = params.pinned!;
        if (options.all) callback(null, [{ address, family }]);
        else callback(null, address, family);
      }
    : undefined;
  const transport = url.protocol === "https:" ? https : http;

  return new Promise((resolve) => {
    let settled = false;
    const finish = (outcome: PostOutcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(outcome);
    };
    const request = transport.request(
      url,
      {
        method: "POST",
        headers: {
          ...params.headers,
          "content-type": "application/json",
          "content-length": String(Buffer.byteLength(params.body)),
          "user-agent": "Facturo-Webhooks/1",
        },
        lookup: pinnedLookup,
        agent: false,
      },
      (response) => {
        const status = response.statusCode ?? 0;
        // The body is not kept; it is read so the connection ends cleanly.
        response.resume();
        response.on("end", () =>
          finish(
            status >= 200 && status < 300
              ? { ok: true, status, durationMs: elapsed() }
              : { ok: false, status, durationMs: elapsed(), error: `HTTP ${status}` },
          ),
        );
        response.on("error", (error) => finish({ ok: false, status, durationMs: elapsed(), error: error.message }));
      },
    );
    const timer = setTimeout(() => {
      finish({ ok: false, status: null, durationMs: elapsed(), error: `timeout after ${WEBHOOK_TIMEOUT_MS} ms` });
      request.destroy();
    }, WEBHOOK_TIMEOUT_MS);
    request.on("error", (error) => finish({ ok: false, status: null, durationMs: elapsed(), error: error.message }));
    request.end(params.body);
  });
}
