import { GET as publicPdf } from "@/app/api/public/[token]/pdf/route";
import { FAILURES_PER_IP } from "@/lib/auth/login/login-rules";
import { startLogin } from "@/lib/auth/login/start-login";
import { requestMetaFrom } from "@/lib/auth/request-meta";
import { db } from "@/lib/db/prisma";
import { resetEnvCache } from "@/lib/env/env";
import { AppError } from "@/lib/errors/app-error";
import { PUBLIC_VIEW_LIMIT } from "@/lib/share-links/public-rate-limit";
import { createUser, TEST_PASSWORD, uniqueSuffix } from "../../support/factories";
import { guessedToken } from "../share-links/share-link-fixtures";

// An attacker rotating X-Forwarded-For must stay one address for the rate limits and the audit
// log. Headers are given as the app receives them: with the socket peer appended last by the
// server (lib/security/peer-address.ts), after whatever the client wrote.

let counter = 0;
/** A fresh documentation-range address for the attacker's real connection. */
function peer(): string {
  counter += 1;
  return `198.51.${(Number.parseInt(uniqueSuffix().slice(0, 2), 16) % 200) + 1}.${counter % 250}`;
}
function forged(): string {
  return `${1 + Math.floor(Math.random() * 220)}.${Math.floor(Math.random() * 256)}.${Math.floor(Math.random() * 256)}.${Math.floor(Math.random() * 256)}`;
}

async function failure(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

afterEach(() => {
  delete process.env.TRUSTED_PROXY_HOPS;
  resetEnvCache();
});

describe("X-Forwarded-For is not trusted from clients", () => {
  it("rotating the header does not get around the per-IP login lock, and the audit keeps the real address", async () => {
    const address = peer();
    const userAgent = `attacker-${uniqueSuffix()}`;
    const metaFor = () =>
      requestMetaFrom(new Headers({ "x-forwarded-for": `${forged()}, ${address}`, "user-agent": userAgent }));
    for (let attempt = 0; attempt < FAILURES_PER_IP; attempt++) {
      await failure(startLogin({ email: `spray-${uniqueSuffix()}@example.test`, password: "guess-12345" }, metaFor()));
    }
    const user = await createUser();
    expect((await failure(startLogin({ email: user.email, password: TEST_PASSWORD }, metaFor()))).code).toBe(
      "login_locked",
    );
    const audited = await db.auditLog.findMany({ where: { userAgent }, select: { ip: true } });
    expect(audited.length).toBeGreaterThan(0);
    expect(new Set(audited.map((row) => row.ip))).toEqual(new Set([address]));
  });

  it("rotating the header does not get around the public link limit (the PDF route answers 429)", async () => {
    const address = peer();
    const get = () => {
      const token = guessedToken();
      const request = new Request(`http://localhost/api/public/${token}/pdf`, {
        headers: { "x-forwarded-for": `${forged()}, ${address}` },
      });
      return publicPdf(request, { params: Promise.resolve({ token }) });
    };
    for (let request = 0; request < PUBLIC_VIEW_LIMIT.limit; request++) expect((await get()).status).toBe(404);
    const refused = await get();
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await db.rateLimitEvent.count({ where: { key: `public-link:view:${address}` } })).toBe(
      PUBLIC_VIEW_LIMIT.limit,
    );
  });

  it("behind TRUSTED_PROXY_HOPS proxies takes the address the first proxy saw, not the client's entries", () => {
    process.env.TRUSTED_PROXY_HOPS = "1";
    resetEnvCache();
    const headers = new Headers({ "x-forwarded-for": "6.6.6.6, 198.51.100.7, 10.0.0.2" });
    expect(requestMetaFrom(headers).ip).toBe("198.51.100.7");
    process.env.TRUSTED_PROXY_HOPS = "0";
    resetEnvCache();
    expect(requestMetaFrom(headers).ip).toBe("10.0.0.2");
  });
});
