import "server-only";
import { recordAudit, type RequestMeta } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/prisma";
import { AppError } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/errors/validation";
import { loginInput } from "../auth-schemas";
import { createChallenge, type StartedChallenge } from "../challenges/create-challenge";
import { verifyAgainstDummy, verifyPassword } from "../password";
import { clearEvents, pruneEvents, recordEvent, retryAfterSeconds } from "../rate-limit";
import { emailFailureKey, FAILURES_PER_EMAIL, FAILURES_PER_IP, ipFailureKey, LOGIN_WINDOW_MS } from "./login-rules";

/**
 * First login step: email + password. On success, emails a code and returns the challenge
 * token (the second step). An unknown email and a wrong password fail the same way, with the
 * same argon2 work, so neither the message nor the timing tells whether an account exists.
 */
export async function startLogin(rawInput: unknown, meta: RequestMeta): Promise<StartedChallenge> {
  const { email, password } = parseInput(loginInput, rawInput);
  const emailRule = { key: emailFailureKey(email), limit: FAILURES_PER_EMAIL, windowMs: LOGIN_WINDOW_MS };
  const ipRule = meta.ip ? { key: ipFailureKey(meta.ip), limit: FAILURES_PER_IP, windowMs: LOGIN_WINDOW_MS } : null;

  const locked = Math.max(await retryAfterSeconds(db, emailRule), ipRule ? await retryAfterSeconds(db, ipRule) : 0);
  if (locked > 0) {
    await recordAudit(db, { action: "auth.login_locked", ip: meta.ip, userAgent: meta.userAgent, metadata: { email } });
    throw new AppError("RATE_LIMITED", "login_locked", "Too many failed attempts; try again later", {
      retryAfterSeconds: locked,
    });
  }

  const user = await db.user.findUnique({ where: { email } });
  const passwordOk = user?.passwordHash
    ? await verifyPassword(user.passwordHash, password)
    : await verifyAgainstDummy(password);

  if (!user || !passwordOk) {
    await recordEvent(db, emailRule.key);
    if (ipRule) await recordEvent(db, ipRule.key);
    await pruneEvents(db);
    await recordAudit(db, {
      action: "auth.login_failed",
      actorId: user?.id ?? null,
      ip: meta.ip,
      userAgent: meta.userAgent,
      metadata: { email },
    });
    throw invalidCredentials();
  }
  // Only someone who knows the password learns that the account is disabled.
  if (user.disabledAt) {
    throw new AppError("FORBIDDEN", "account_disabled", "This account has been disabled; contact support");
  }

  await clearEvents(db, emailRule.key);
  return createChallenge(
    { userId: user.id, purpose: user.emailVerifiedAt ? "LOGIN" : "SIGNUP", email: user.email },
    meta,
  );
}

function invalidCredentials(): AppError {
  return new AppError("VALIDATION", "invalid_credentials", "Wrong email or password", {
    fieldErrors: { _form: ["invalid_credentials"] },
  });
}
