import { AppError } from "@/lib/errors/app-error";
import type { InvitationState } from "./invitation-rules";

// Codes are translated in memberErrors.*.

export const invitationNotFound = () => new AppError("NOT_FOUND", "invitation_not_found", "Invitation not found");

/** An invitation that can no longer be accepted, with a code that says why. */
export function invitationUnusable(state: Exclude<InvitationState, "valid">): AppError {
  if (state === "accepted") {
    return new AppError("CONFLICT", "invitation_accepted", "This invitation has already been accepted");
  }
  if (state === "revoked") return new AppError("GONE", "invitation_revoked", "This invitation has been revoked");
  return new AppError("GONE", "invitation_expired", "This invitation has expired");
}

export const alreadyMember = () =>
  new AppError("CONFLICT", "already_member", "This person is already a member of the organization", {
    fieldErrors: { email: ["already_member"] },
  });
