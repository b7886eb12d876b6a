import type { ErrorMessages } from "./errors-fr";

// The error pages' texts, on their own (see errors-fr.ts).
export const errorsEn: ErrorMessages = {
  notFoundTitle: "Page not found",
  notFoundBody: "This page does not exist or is no longer available.",
  errorTitle: "Something went wrong",
  errorBody:
    "We could not display this page. Try again; if the problem persists, contact support quoting the reference below.",
  reference: "Reference",
  forbiddenTitle: "Access denied",
  forbiddenBody: "Your role does not allow opening this page. Ask an administrator of the organization for access.",
  backToApp: "Back to the dashboard",
  retry: "Try again",
};
