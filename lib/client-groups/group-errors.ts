import { AppError } from "@/lib/errors/app-error";

// Failures of the group functions; codes are translated in clientErrors.*.

/** Missing, or another organization's: the two look the same. */
export const groupNotFound = () => new AppError("NOT_FOUND", "group_not_found", "Group not found");

export const groupNameTaken = () =>
  new AppError("VALIDATION", "group_name_taken", "A group with this name already exists", {
    fieldErrors: { name: ["group_name_taken"] },
  });
