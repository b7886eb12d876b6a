import { AppError } from "@/lib/errors/app-error";

// Failures shared by the member functions; codes are translated in memberErrors.*.

export const memberNotFound = () => new AppError("NOT_FOUND", "member_not_found", "Member not found");

export const lastOwner = () => new AppError("CONFLICT", "last_owner", "The organization must keep at least one owner");

/** An ADMIN acting on an OWNER (or anyone on a role they cannot hand out). */
export const memberNotManageable = () =>
  new AppError("FORBIDDEN", "member_not_manageable", "Only an owner can change or remove an owner");

export const roleNotAllowed = () =>
  new AppError("FORBIDDEN", "role_not_allowed", "Your role cannot grant this role", {
    fieldErrors: { role: ["role_not_allowed"] },
  });
