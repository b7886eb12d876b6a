// The signed-in pages every page-wide check walks (mobile-width, accessibility): the lists —
// whose rows give the detail pages — and the form and settings pages.

export const LIST_PAGES = [
  "/dashboard",
  "/invoices",
  "/recurring",
  "/quotes",
  "/credit-notes",
  "/payments",
  "/clients",
  "/articles",
];

export const FORM_PAGES = [
  "/invoices/new",
  "/recurring/new",
  "/quotes/new",
  "/clients/new",
  "/clients/groups",
  "/clients/import",
  "/articles/new",
  "/articles/import",
  "/settings",
  "/settings/organization",
  "/settings/members",
  "/settings/audit",
  "/settings/accounting",
  "/settings/reminders",
  "/settings/api",
  "/settings/webhooks",
  "/reports",
  "/reports/fec",
  "/profile",
  "/organizations",
];
