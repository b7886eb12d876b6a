import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { parseEnv } from "@/lib/env/env";
import { clientAddressFrom, normalizePeerAddress } from "@/lib/security/client-address";
import { installPeerAddressStamp } from "@/lib/security/peer-address";

describe("TRUSTED_PROXY_HOPS", () => {
  it("defaults to 0 (no proxy: a client-sent X-Forwarded-For is ignored)", () => {
    expect(parseEnv({}).TRUSTED_PROXY_HOPS).toBe(0);
    expect(parseEnv({ TRUSTED_PROXY_HOPS: " " }).TRUSTED_PROXY_HOPS).toBe(0);
  });

  it("reads a hop count", () => {
    expect(parseEnv({ TRUSTED_PROXY_HOPS: "1" }).TRUSTED_PROXY_HOPS).toBe(1);
    expect(parseEnv({ TRUSTED_PROXY_HOPS: " 2 " }).TRUSTED_PROXY_HOPS).toBe(2);
  });

  it.each(["-1", "1.5", "two", "11", "10.0.0.0/8"])("refuses %s, naming the variable", (value) => {
    expect(() => parseEnv({ TRUSTED_PROXY_HOPS: value })).toThrow(/TRUSTED_PROXY_HOPS/);
  });
});

describe("clientAddressFrom", () => {
  it("with no proxy takes the socket peer stamped last, whatever the client wrote before it", () => {
    expect(clientAddressFrom("203.0.113.9", 0)).toBe("203.0.113.9");
    expect(clientAddressFrom("1.1.1.1, 2.2.2.2, 203.0.113.9", 0)).toBe("203.0.113.9");
  });

  it("behind N proxies takes the entry N before the peer", () => {
    // client forged "6.6.6.6"; proxy 1 saw 198.51.100.7; the app's peer is proxy 1 (10.0.0.2).
    expect(clientAddressFrom("6.6.6.6, 198.51.100.7, 10.0.0.2", 1)).toBe("198.51.100.7");
    expect(clientAddressFrom("6.6.6.6, 198.51.100.7, 10.0.0.1, 10.0.0.2", 2)).toBe("198.51.100.7");
  });

  it("falls back to the left-most entry when there are fewer entries than proxies", () => {
    expect(clientAddressFrom("10.0.0.2", 2)).toBe("10.0.0.2");
  });

  it("gives null without a header, ignores blanks and bounds the length", () => {
    expect(clientAddressFrom(null, 0)).toBeNull();
    expect(clientAddressFrom(" , ", 0)).toBeNull();
    expect(clientAddressFrom("a, , b ,", 0)).toBe("b");
    expect(clientAddressFrom("x".repeat(500), 0)).toHaveLength(64);
  });

  it("normalizes IPv4-mapped IPv6 peers", () => {
    expect(normalizePeerAddress("::ffff:127.0.0.1")).toBe("127.0.0.1");
    expect(normalizePeerAddress("::1")).toBe("::1");
  });
});

describe("installPeerAddressStamp", () => {
  it("appends the socket address to X-Forwarded-For before any request listener runs", async () => {
    installPeerAddressStamp();
    installPeerAddressStamp(); // idempotent: stamped once
    const seen: IncomingHttpHeaders[] = [];
    const server = createServer((request, response) => {
      seen.push(request.headers);
      response.end("ok");
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    try {
      const http = await import("node:http");
      const get = (headers: Record<string, string>) =>
        new Promise<void>((resolve, reject) => {
          http
            .get({ host: "127.0.0.1", port, headers }, (response) => {
              response.resume();
              response.on("end", () => resolve());
            })
            .on("error", reject);
        });
      await get({});
      await get({ "x-forwarded-for": "6.6.6.6" });
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
    expect(seen.map((headers) => headers["x-forwarded-for"])).toEqual(["127.0.0.1", "6.6.6.6, 127.0.0.1"]);
    expect(clientAddressFrom(seen[1]!["x-forwarded-for"] as string, 0)).toBe("127.0.0.1");
  });
});
