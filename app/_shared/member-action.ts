import "server-only";
import { unstable_rethrow } from "next/navigation";
import { requireMember, type MemberContext } from "@/lib/auth/access/require-member";
import type { Permission } from "@/lib/auth/permissions";
import { errorState, type FormState } from "./form-state";
import { getSession } from "./session";

// Every server action of the signed-in app has the same shape (formbricks' action client is the
// model): parse the form → check access → call one lib function → map its errors to a FormState.
// The access step and the error mapping are written here once.

/**
 * The member acting in the session's active organization (never a posted id) with a permission,
 * or the AppError of requireMember (unauthenticated, no organization, not a member, forbidden).
 */
export async function actingMember(permission: Permission): Promise<MemberContext> {
  const session = await getSession();
  return requireMember(session, session?.activeOrganizationId, permission);
}

type MemberActionOptions = {
  /** The form's inputs, given back on an error so nothing typed is lost. */
  values?: Record<string, string>;
  /** Another mapping of the error to a state (the default is errorState(error, values)). */
  onError?: (error: unknown) => FormState | Promise<FormState>;
};

/**
 * Runs `call` as the acting member and answers its state; any failure (access or lib) becomes
 * an error state. Next.js's own control flow thrown inside `call` (redirect, notFound…) passes
 * through, so a successful call may end with redirect().
 */
export async function memberAction<State extends FormState>(
  permission: Permission,
  call: (member: MemberContext) => Promise<State>,
  options: MemberActionOptions = {},
): Promise<State | FormState> {
  try {
    return await call(await actingMember(permission));
  } catch (error) {
    unstable_rethrow(error);
    return options.onError ? await options.onError(error) : errorState(error, options.values);
  }
}
