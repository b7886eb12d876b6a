import * as clientsRoute from "@/app/api/v1/clients/route";
import { enforceApiRateLimit } from "@/lib/api/api-rate-limit";
import { resetEnvCache } from "@/lib/env/env";
import { addApiToken, callApi } from "../../support/api-factories";
import { clientOrganization } from "../../support/client-factories";

// The per-token limit (API_RATE_LIMIT_PER_MINUTE), kept on the token row: over it, 429 with
// Retry-After; another token of the same organization is not affected.

const saved = process.env.API_RATE_LIMIT_PER_MINUTE;
beforeAll(() => {
  process.env.API_RATE_LIMIT_PER_MINUTE = "3";
  resetEnvCache();
});
afterAll(() => {
  if (saved === undefined) delete process.env.API_RATE_LIMIT_PER_MINUTE;
  else process.env.API_RATE_LIMIT_PER_MINUTE = saved;
  resetEnvCache();
});

it("answers 429 with Retry-After past the per-token limit", async () => {
  const { organization, user } = await clientOrganization();
  const token = await addApiToken(organization.id, user.id, ["clients.read"]);
  const other = await addApiToken(organization.id, user.id, ["clients.read"]);
  const get = (secret: string) => callApi(clientsRoute.GET, "GET", "/clients", { token: secret });
  for (let i = 0; i < 3; i++) expect((await get(token.secret)).status).toBe(200);
  const limited = await get(token.secret);
  expect(limited).toMatchObject({
    status: 429,
    contentType: "application/problem+json",
    json: { code: "rate_limited", status: 429 },
  });
  const retryAfter = Number(limited.headers.get("retry-after"));
  expect(retryAfter).toBeGreaterThan(0);
  // Three a minute: one more every 20 s.
  expect(retryAfter).toBeLessThanOrEqual(20);
  expect((await get(other.secret)).status).toBe(200);
  // The window slides: once Retry-After has passed, one more call is allowed, not two.
  const later = Date.now() + retryAfter * 1000 + 50;
  await expect(enforceApiRateLimit(token.id, later)).resolves.toBeUndefined();
  await expect(enforceApiRateLimit(token.id, later)).rejects.toMatchObject({ code: "rate_limited" });
  // Concurrent calls cannot slip past it: the decision is one conditional UPDATE.
  const fresh = await addApiToken(organization.id, user.id, ["clients.read"]);
  const burst = await Promise.all(Array.from({ length: 8 }, () => get(fresh.secret)));
  expect(burst.filter((answer) => answer.status === 200)).toHaveLength(3);
  expect(burst.filter((answer) => answer.status === 429)).toHaveLength(5);
  // An unknown token is refused before counting: it cannot exhaust a real token's budget.
  expect((await callApi(clientsRoute.GET, "GET", "/clients", { token: "fct_nope" })).status).toBe(401);
});
