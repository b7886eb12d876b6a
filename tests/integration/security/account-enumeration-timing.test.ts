import { requestPasswordReset } from "@/lib/auth/password-reset/request-password-reset";
import { signUp } from "@/lib/auth/signup/sign-up";
import { createUser, testMeta, uniqueSuffix } from "../../support/factories";

// Whether an address has an account must not show in how long "forgot password" or sign-up
// take: both paths do the same work in the request, and what differs (looking the account up,
// the reset link, the "someone tried to sign up" notice) happens in jobs. Measured as pairs —
// one request for a registered address, one for an unknown one, back to back, the order
// alternating — so the machine's drifts (other processes, GC, JIT) hit both sides alike. The
// paths must not differ consistently: the median of the pair differences must lie within the
// spread of either side (interquartile range), and the sign of the differences must not be
// lopsided (sign test, two-sided p < 0.001 fails). No fixed threshold in milliseconds: what
// is compared is the difference against the noise of the same run.

const PAIRS = 40;
const WARM_UP = 4;

type Sample = { registered: number[]; unknown: number[] };

async function timed(run: () => Promise<unknown>): Promise<number> {
  const start = process.hrtime.bigint();
  await run();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

async function pairedTimings(
  registered: (index: number) => () => Promise<unknown>,
  unknown: (index: number) => () => Promise<unknown>,
): Promise<Sample> {
  const sample: Sample = { registered: [], unknown: [] };
  for (let index = 0; index < WARM_UP + PAIRS; index += 1) {
    let a: number;
    let b: number;
    if (index % 2 === 0) {
      a = await timed(registered(index));
      b = await timed(unknown(index));
    } else {
      b = await timed(unknown(index));
      a = await timed(registered(index));
    }
    if (index < WARM_UP) continue;
    sample.registered.push(a);
    sample.unknown.push(b);
  }
  return sample;
}

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((x, y) => x - y);
  const position = (sorted.length - 1) * q;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (position - low);
}

const iqr = (values: number[]) => quantile(values, 0.75) - quantile(values, 0.25);

/** Two-sided sign test: the chance of a split at least this lopsided if neither side is slower. */
function signTestP(differences: number[]): number {
  const nonZero = differences.filter((d) => d !== 0);
  const n = nonZero.length;
  const positive = nonZero.filter((d) => d > 0).length;
  const k = Math.min(positive, n - positive);
  let tail = 0;
  let term = 0.5 ** n; // C(n, 0) / 2^n
  for (let i = 0; i <= k; i += 1) {
    tail += term;
    term = (term * (n - i)) / (i + 1);
  }
  return Math.min(1, 2 * tail);
}

function expectIndistinguishable(name: string, sample: Sample): void {
  const differences = sample.registered.map((time, index) => time - sample.unknown[index]!);
  const summary = {
    name,
    medianRegistered: quantile(sample.registered, 0.5),
    medianUnknown: quantile(sample.unknown, 0.5),
    medianDifference: quantile(differences, 0.5),
    iqrRegistered: iqr(sample.registered),
    iqrUnknown: iqr(sample.unknown),
    signTestP: signTestP(differences),
  };
  // Printed for whoever reads a failure (or tunes a path): ms.
  console.info(JSON.stringify(summary));
  expect(Math.abs(summary.medianDifference)).toBeLessThanOrEqual(Math.min(summary.iqrRegistered, summary.iqrUnknown));
  expect(summary.signTestP).toBeGreaterThan(0.001);
}

describe("account enumeration by timing", () => {
  it("forgot password takes as long for a registered address as for an unknown one", async () => {
    const users = await Promise.all(Array.from({ length: WARM_UP + PAIRS }, () => createUser()));
    const sample = await pairedTimings(
      (index) => () => requestPasswordReset({ email: users[index]!.email }, testMeta()),
      () => () => requestPasswordReset({ email: `nobody-${uniqueSuffix()}@example.test` }, testMeta()),
    );
    expectIndistinguishable("forgot password", sample);
  }, 120_000);

  it("sign-up takes as long for a registered address as for a new one", async () => {
    const owners = await Promise.all(Array.from({ length: WARM_UP + PAIRS }, () => createUser()));
    const input = (email: string) => ({
      name: "Mallory",
      email,
      password: "solid-password-2026",
      organizationName: `Essai ${uniqueSuffix()}`,
    });
    const sample = await pairedTimings(
      (index) => () => signUp(input(owners[index]!.email), "fr", testMeta()),
      () => () => signUp(input(`new-${uniqueSuffix()}@example.test`), "fr", testMeta()),
    );
    expectIndistinguishable("sign-up", sample);
  }, 240_000);
});
