import { listsEn } from "./lists-en";
import { accountEn } from "./account-en";
import { adminEn } from "./admin-en";
import { authEn } from "./auth-en";
import { clientsEn } from "./clients-en";
import { membersEn } from "./members-en";
import { settingsEn } from "./settings-en";
import { articlesEn } from "./articles-en";
import { csvEn } from "./csv-en";
import { documentsEn } from "./documents-en";
import { documentErrorsEn } from "./document-errors-en";
import { paymentsEn } from "./payments-en";
import { pdfEn } from "./pdf-en";
import { sendingEn } from "./sending-en";
import { shareLinksEn } from "./share-links-en";
import { requestErrorsEn } from "./request-errors-en";
import type { Messages } from "./fr";
import { errorsEn } from "./errors-en";
import { dashboardEn } from "./dashboard-en";
import { reportsEn } from "./reports-en";
import { recurringErrorsEn } from "./recurring-errors-en";
import { recurringEn } from "./recurring-en";
import { emailDeliveryEn } from "./email-delivery-en";
import { webhooksEn } from "./webhooks-en";
import { apiTokensEn } from "./api-tokens-en";

export const en: Messages = {
  ...authEn,
  ...clientsEn,
  ...listsEn,
  ...accountEn,
  ...adminEn,
  ...membersEn,
  ...settingsEn,
  ...articlesEn,
  ...csvEn,
  ...documentsEn,
  ...documentErrorsEn,
  ...paymentsEn,
  ...pdfEn,
  ...sendingEn,
  ...shareLinksEn,
  ...requestErrorsEn,
  ...dashboardEn,
  ...reportsEn,
  ...recurringErrorsEn,
  ...recurringEn,
  ...emailDeliveryEn,
  ...webhooksEn,
  ...apiTokensEn,
  meta: {
    title: "Facturo — quotes and invoices for small businesses",
    description: "Compliant quotes, invoices, payments and credit notes for small French businesses.",
  },
  common: {
    appName: "Facturo",
    skipToContent: "Skip to content",
    language: "Language",
    languages: { fr: "Français", en: "English" },
    openMenu: "Open menu",
    closeMenu: "Close menu",
    mainNavigation: "Main navigation",
    backHome: "Back to home",
    loading: "Loading…",
  },
  landing: {
    headline: "Quotes and invoices, without the headache.",
    lead: "Facturo writes quotes, turns them into gapless numbered invoices, tracks payments and handles credit notes — with every mandatory mention.",
    openApp: "Open the app",
    login: "Log in",
    signup: "Create an account",
    features: [
      { title: "Compliant", body: "Continuous numbering, legal mentions, VAT per rate, VAT franchise." },
      { title: "Simple", body: "From a quote accepted online to a paid invoice, in a few clicks." },
      { title: "Multi-company", body: "Each business has its own data, members and roles." },
    ],
  },
  nav: {
    dashboard: "Dashboard",
    quotes: "Quotes",
    invoices: "Invoices",
    recurring: "Recurring invoices",
    creditNotes: "Credit notes",
    payments: "Payments",
    clients: "Clients",
    articles: "Articles",
    reports: "Reports",
    settings: "Settings",
  },
  pages: {
    dashboard: {
      title: "Dashboard",
      emptyTitle: "Nothing to show yet",
      emptyBody: "Your revenue, overdue invoices and pending quotes will appear here after your first document.",
    },
    quotes: {
      title: "Quotes",
      emptyTitle: "No quotes",
      emptyBody: "Create a quote for a client, send it, and they can accept it online.",
    },
    invoices: {
      title: "Invoices",
      emptyTitle: "No invoices",
      emptyBody: "Your issued invoices, their payments and credit notes will appear here.",
    },
    clients: {
      title: "Clients",
      emptyTitle: "No clients",
      emptyBody: "Add your clients (companies or individuals) and sort them into groups.",
    },
    articles: {
      title: "Articles",
      emptyTitle: "No articles",
      emptyBody: "Your catalogue of goods and services, with prices excl. VAT and VAT rates.",
    },
    settings: {
      title: "Settings",
      emptyTitle: "Company settings",
      emptyBody: "Legal identity, logo, VAT regime and numbering will be set here.",
    },
  },
  comingSoon: "Coming soon",
  errors: errorsEn,
};
