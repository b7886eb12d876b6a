import { createSession } from "@/lib/auth/sessions/create-session";
import { loadSession } from "@/lib/auth/sessions/load-session";
import type { SessionContext } from "@/lib/auth/sessions/session-context";
import { AppError } from "@/lib/errors/app-error";
import { testMeta } from "./factories";

/** A real server-side session for a user, as the request helpers would load it. */
export async function signedInAs(userId: string): Promise<SessionContext> {
  const session = await loadSession(await createSession(userId, testMeta()));
  if (!session) throw new Error(`could not open a session for ${userId}`);
  return session;
}

/** The AppError a promise rejects with (fails the test if it resolves or throws something else). */
export async function appErrorOf(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}
